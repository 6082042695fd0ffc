"""Checklist templates as data: the schema (pydantic), the expression language, evaluation and
autofill (Qt-free, no database: `app/services/checklists.py` stores runs)."""
