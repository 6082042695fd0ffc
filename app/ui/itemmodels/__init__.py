"""Qt item models over the core's read models (paged, cached; `data()` never touches the db)."""
