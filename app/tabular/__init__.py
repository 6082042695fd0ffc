"""Tables in files: CSV and Excel (.xlsx) read into plain rows and written from them, and the
guess of which column holds which field. Pure: no database (the import and export services
in app/services use it)."""
