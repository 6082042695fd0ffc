"""Checklist entry inside the job editor, and the supervisors' template editor."""
