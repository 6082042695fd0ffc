"""The Quality view (issue 14): the three rates and their companions, the trend, the
complaint and callback queues, the monthly report.

    view.py             QualityView: the page (filters, tabs, loading on changes)
    filters.py          month, team, technician; the figures they name
    figures_panel.py, figures_model.py   this month against last month, the technicians
    figure_jobs.py      the jobs behind a figure (opening the job editor)
    trend.py            twelve months as pyqtgraph charts (imported when first shown)
    complaints_panel.py, complaint_detail.py   the complaint queue and one complaint's stages
    callbacks_panel.py  the callback queue (a call recorded by dialogs/call_dialog.py)
    queue_models.py     the two queues' table models
    report_buttons.py   the monthly report: PDF, print, preview
    badge.py            the overdue complaints on the navigation entry and the status bar
    texts.py            the figures' names, rates, definitions, dues
"""

from app.ui.quality.view import QualityView

__all__ = ["QualityView"]
