"""PySide6 user interface of FieldDesk (the only package that imports Qt)."""
