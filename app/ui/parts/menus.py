"""The menu entries of parts, paper and contracts, added to the main window by one call
(`install`): File › Close from paper… (Ctrl+Shift+R: a signed sheet keyed in), Tools ›
Stock… and Maintenance contracts…"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.context import AppContext
from app.ui.dialogs.paper_dialog import open_close_from_paper
from app.ui.parts.contracts_dialog import open_contracts
from app.ui.parts.stock_dialog import open_stock


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartsMenus", text)


@dataclass
class PartsActions:
    close_from_paper: QAction
    stock: QAction
    contracts: QAction


def install(window: QMainWindow, ctx: AppContext, file_menu: QMenu,
            tools_menu: QMenu) -> PartsActions:
    actions = PartsActions(QAction(_tr("Close from &paper…"), window),
                           QAction(_tr("&Stock…"), window),
                           QAction(_tr("Maintenance c&ontracts…"), window))
    actions.close_from_paper.setShortcut(QKeySequence("Ctrl+Shift+R"))
    entries = file_menu.actions()
    before = entries[-2] if len(entries) >= 2 else None  # the separator above Quit
    file_menu.insertAction(before, actions.close_from_paper)  # type: ignore[arg-type]
    actions.close_from_paper.triggered.connect(lambda: open_close_from_paper(ctx, window))
    tools_menu.addSeparator()
    tools_menu.addAction(actions.stock)
    actions.stock.triggered.connect(lambda: open_stock(ctx, window))
    tools_menu.addAction(actions.contracts)
    actions.contracts.triggered.connect(lambda: open_contracts(ctx, window))
    return actions
