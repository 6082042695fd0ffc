"""The dispatch board (DESIGN section 1, issue 3): a timeline of technicians and appointments,
the unassigned queue, technician suggestions, drag and drop through the core services, undo.

    page.py             BoardPage: the page of the main window (load, refresh, layout)
    page_actions.py     the page's answers to drops, selections, the block menu
    operations.py       the writes (services in the task runner), overrides, undo/redo
    commands.py         QUndoCommands calling the services and their inverses
    view.py             BoardView: the QGraphicsView (zoom, scroll, keyboard)
    scene.py            BoardScene: items kept by key and updated in place
    lane_item.py, block_item.py, markers.py   what is painted
    headers.py          the days/hours header and the technicians' column
    geometry.py         time <-> x and lanes <-> y (pure)
    interaction.py, pointer.py, probe.py      dragging, its events, the live rule check
    queue.py, queue_panel.py                  the unassigned queue (model and widget)
    suggestion_panel.py, toolbar.py, menu.py, navigation.py, texts.py, style.py
"""

from app.ui.board.page import BoardPage

__all__ = ["BoardPage"]
