"""The menu entries of parts, paper and contracts, added to the main window by one call
(`install`): File › Close from paper… (Ctrl+Shift+R: a signed sheet keyed in), Tools ›
Stock…, Maintenance contracts…, Catalogue… and Warranty policy… (supervisors), File › Price
list… (the customer-facing price list, previewed to print or save)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.context import AppContext
from app.ui.dialogs.paper_dialog import open_close_from_paper
from app.ui.ops import catalogue as catalogue_ops
from app.ui.parts.catalogue_dialog import open_catalogue
from app.ui.parts.contracts_dialog import open_contracts
from app.ui.parts.policy_dialog import open_policy
from app.ui.parts.stock_dialog import open_stock
from app.ui.printing.document_printer import DocumentPrinter


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartsMenus", text)


@dataclass
class PartsActions:
    close_from_paper: QAction
    stock: QAction
    contracts: QAction
    catalogue: QAction
    policy: QAction
    price_list: QAction
    printer: DocumentPrinter


def install(window: QMainWindow, ctx: AppContext, file_menu: QMenu,
            tools_menu: QMenu) -> PartsActions:
    actions = PartsActions(QAction(_tr("Close from &paper…"), window),
                           QAction(_tr("&Stock…"), window),
                           QAction(_tr("Maintenance c&ontracts…"), window),
                           QAction(_tr("C&atalogue and prices…"), window),
                           QAction(_tr("&Warranty policy…"), window),
                           QAction(_tr("Price &list…"), window), DocumentPrinter(ctx, window))
    actions.close_from_paper.setShortcut(QKeySequence("Ctrl+Shift+R"))
    entries = file_menu.actions()
    before = entries[-2] if len(entries) >= 2 else None  # the separator above Quit
    file_menu.insertActions(before, [actions.close_from_paper,  # type: ignore[arg-type]
                                     actions.price_list])
    actions.price_list.triggered.connect(lambda: actions.printer.preview(
        lambda _cancelled, _progress: catalogue_ops.price_list_pdf(ctx), _tr("Price list")))
    actions.printer.finished.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    actions.printer.failed.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    actions.close_from_paper.triggered.connect(lambda: open_close_from_paper(ctx, window))
    tools_menu.addSeparator()
    tools_menu.addAction(actions.stock)
    actions.stock.triggered.connect(lambda: open_stock(ctx, window))
    tools_menu.addAction(actions.contracts)
    actions.contracts.triggered.connect(lambda: open_contracts(ctx, window))
    for action in (actions.catalogue, actions.policy):
        tools_menu.addAction(action)
        action.setEnabled(ctx.actor.is_supervisor)
    actions.catalogue.triggered.connect(lambda: open_catalogue(ctx, window))
    actions.policy.triggered.connect(lambda: open_policy(ctx, window))
    return actions
