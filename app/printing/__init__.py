"""reportlab documents (Qt-free): the job sheet, its blank paper version and the day sheets.

Every text is set in the bundled CJK font (`app.fonts`), embedded as a subset in each PDF.
"""

from app.printing.day_sheets import Cancelled, render_day_sheets
from app.printing.job_sheet import job_sheet_story, render_job_sheet

__all__ = ["Cancelled", "job_sheet_story", "render_day_sheets", "render_job_sheet"]
