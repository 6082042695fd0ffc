"""The app side of sync: the background controller, its settings dialog and the Sync view."""
