"""reportlab documents (Qt-free): the job sheet (`job_sheet`), its blank paper version and the
day sheets (`day_sheets`); `document` holds what they return, light enough to import anywhere.

Every text is set in the bundled CJK font (`app.fonts`), embedded as a subset in each PDF.
"""
