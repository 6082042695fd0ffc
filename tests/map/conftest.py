"""Map fixtures: the small hand-made station of the scheduling tests (places in Nanjing)."""

from tests.scheduling.conftest import *  # noqa: F403  (db, admin, place_tech, place_job...)
