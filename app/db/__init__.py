"""Engine, session scope and schema migrations of the local store."""

from app.db.database import Database, open_database

__all__ = ["Database", "open_database"]
