"""Running a station: Tools › Users and Change my password, Tools › Audit trail, File ›
Import… and Export list… (`menus.install` adds them to the main window's menus)."""
