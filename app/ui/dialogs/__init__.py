"""Dialogs: sign-in, first run, job editor."""
