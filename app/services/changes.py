"""What a write changed, so that each view refreshes only for its own flags."""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    JOBS = auto()
    SCHEDULE = auto()
    TECHNICIANS = auto()
    CUSTOMERS = auto()
    MAP = auto()
    USERS = auto()
    SYNC = auto()
    CHECKLISTS = auto()
    QUALITY = auto()  # complaints, callbacks, and what the quality figures count
    SETTINGS = auto()  # a station setting or this desk's own (backup)
    PARTS = auto()  # the catalogue, prices, stock and the warranty policy
    CONTRACTS = auto()  # maintenance contracts and their visits
