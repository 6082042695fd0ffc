"""A site located after its address was saved, in words: how precisely, from where, and the
core's note (answered offline, nothing found).

`SiteLocator` runs `geocode_site` for a site just saved as an operation on the network lane (it
may wait for the online service's timeout; it writes in its own short transaction, and its
Changes are announced like any write) and tells the sentence to whoever shows it: the customer
editor, the job list after a new caller's job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.models.enums import GeoPrecision, GeoSource
from app.services.changes import Changes
from app.services.site_locations import GeocodeOutcome
from app.texts import shown
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.ops.places import locate_site


def precision_label(value: str) -> str:
    labels: dict[str, str] = {
        GeoPrecision.ROOFTOP: QCoreApplication.translate("Locating", "Rooftop"),
        GeoPrecision.STREET: QCoreApplication.translate("Locating", "Street"),
        GeoPrecision.DISTRICT: QCoreApplication.translate("Locating", "District"),
        GeoPrecision.CITY: QCoreApplication.translate("Locating", "City"),
        GeoPrecision.PROVINCE: QCoreApplication.translate("Locating", "Province"),
        GeoPrecision.MANUAL: QCoreApplication.translate("Locating", "Placed by hand"),
        GeoPrecision.NONE: QCoreApplication.translate("Locating", "Not located"),
    }
    return labels.get(value, value)


def source_label(value: str) -> str:
    labels: dict[str, str] = {
        GeoSource.CACHE: QCoreApplication.translate("Locating", "Geocode cache"),
        GeoSource.ONLINE: QCoreApplication.translate("Locating", "Online geocoder"),
        GeoSource.GAZETTEER: QCoreApplication.translate("Locating", "Offline gazetteer"),
        GeoSource.MANUAL: QCoreApplication.translate("Locating", "By hand"),
    }
    return labels.get(value, value or "—")


def location_text(precision: str, source: str) -> str:
    """`District · Offline gazetteer`; `Not located` alone."""
    if precision in ("", GeoPrecision.NONE):
        return precision_label(GeoPrecision.NONE)
    return f"{precision_label(precision)} · {source_label(source)}"


def outcome_text(outcome: GeocodeOutcome) -> str:
    """Where the saved address is now, and what the dispatcher should know about it."""
    place = outcome.location
    if place.lat is None:
        text = QCoreApplication.translate("Locating", "{address}: not located.")
    else:
        text = QCoreApplication.translate("Locating", "{address}: located, {location}.")
    text = text.format(address=shown(place.address),
                       location=location_text(place.precision, place.source))
    return text if outcome.note is None else f"{text} {message_text(outcome.note)}"


class SiteLocator(QObject):
    """Locates the sites its owner saved; each outcome comes back as one line of text."""

    located = Signal(str, bool)  # the text, whether it needs the dispatcher's attention

    def __init__(self, ctx: AppContext, owner: QObject) -> None:
        super().__init__(owner)
        self._ctx, self._owner = ctx, owner

    def locate(self, site_id: str) -> None:
        locate_site(self._ctx, self._owner, site_id).errors_to(
            lambda sentence: self.located.emit(sentence, True)).success(
            self._done).run()

    def _done(self, result: tuple[GeocodeOutcome, Changes]) -> None:
        outcome = result[0]
        self.located.emit(outcome_text(outcome), outcome.note is not None)
