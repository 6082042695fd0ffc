"""The map's read model on a small station: jobs at their sites, home bases, a day's route."""

from __future__ import annotations

from sqlalchemy import update

from app.db import Database
from app.models import Site
from app.models.enums import JobStatus, Priority
from app.scheduling.travel import TravelModel, distance_km
from app.services.actor import Actor
from app.services.appointments import assign, unassign
from app.services.jobs import change_status
from app.services.map_data import UnplacedJob, day_route, map_data
from app.services.site_locations import set_site_location
from tests.core.conftest import TZ, local
from tests.scheduling.conftest import (
    CENTRE,
    MONDAY,
    NORTH_2KM,
    NORTH_10KM,
    SOUTH_20KM,
    PlaceJob,
    PlaceTech,
)


def test_open_jobs_with_coordinates_and_the_unlocated_count(
        db: Database, dispatcher: Actor, place_job: PlaceJob, place_tech: PlaceTech) -> None:
    near = place_job(at=NORTH_2KM, priority=Priority.URGENT)
    far = place_job(at=SOUTH_20KM, customer="李娜")
    place_job(at=None)
    done = place_job(at=CENTRE)
    change_status(db, dispatcher, done.id, JobStatus.CANCELLED, "客户取消")
    data = map_data(db)
    assert [j.id for j in data.jobs] == sorted([near.id, far.id], key=lambda i: (
        near.number if i == near.id else far.number))
    job = data.job(near.id)
    assert job is not None
    assert (job.lat, job.lon, job.priority, job.status) == (*NORTH_2KM, Priority.URGENT,
                                                             JobStatus.NEW)
    assert job.site_id and job.customer_name == "张伟" and "中山北路" in job.address
    assert data.unlocated == 1
    every = map_data(db, frozenset(JobStatus))
    assert done.id in {j.id for j in every.jobs}


def test_a_job_without_coordinates_still_names_its_site_for_a_pin_by_hand(
        db: Database, dispatcher: Actor, place_job: PlaceJob) -> None:
    pinned = place_job(at=CENTRE)
    unplaced = place_job(at=None, customer="周敏")
    data = map_data(db)
    assert [j.id for j in data.jobs] == [pinned.id]
    assert data.unplaced == (UnplacedJob(unplaced.id, unplaced.number, "周敏", unplaced.address,
                                         unplaced.site_id),)
    # "Set location here" for the job selected in the list or on the board: its site.
    assert data.site_of(unplaced.id) == unplaced.site_id
    assert data.site_of(pinned.id) == pinned.site_id and data.site_of("elsewhere") is None
    set_site_location(db, dispatcher, unplaced.site_id, *NORTH_2KM)
    again = map_data(db)
    assert again.unplaced == () and again.job(unplaced.id) is not None


def test_home_bases_of_active_technicians_with_a_home(db: Database,
                                                      place_tech: PlaceTech) -> None:
    a = place_tech("T001", home=NORTH_10KM)
    place_tech("T002", home=None)
    place_tech("T003", active=False)
    (home,) = map_data(db).homes
    assert (home.technician_id, home.code, (home.lat, home.lon)) == (a, "T001", NORTH_10KM)


def test_a_day_route_in_appointment_order_with_travel_from_the_stop_before(
        db: Database, dispatcher: Actor, place_job: PlaceJob, place_tech: PlaceTech) -> None:
    tech = place_tech("T001", home=CENTRE)
    first = place_job(at=NORTH_2KM)
    second = place_job(at=NORTH_10KM)
    third = place_job(at=None)
    fourth = place_job(at=SOUTH_20KM)
    other_day = place_job(at=CENTRE)
    cancelled = place_job(at=CENTRE)
    # booked out of order; the route follows the times
    assign(db, dispatcher, fourth.id, tech, local(2026, 11, 23, 16), local(2026, 11, 23, 17))
    assign(db, dispatcher, second.id, tech, local(2026, 11, 23, 11), local(2026, 11, 23, 12))
    assign(db, dispatcher, first.id, tech, local(2026, 11, 23, 9), local(2026, 11, 23, 10))
    assign(db, dispatcher, third.id, tech, local(2026, 11, 23, 13), local(2026, 11, 23, 14))
    assign(db, dispatcher, other_day.id, tech, local(2026, 11, 24, 9), local(2026, 11, 24, 10))
    appt, _ = assign(db, dispatcher, cancelled.id, tech, local(2026, 11, 23, 15),
                     local(2026, 11, 23, 15, 45))
    unassign(db, dispatcher, appt.id)

    route = day_route(db, tech, MONDAY, TZ)
    assert [s.job_id for s in route.stops] == [first.id, second.id, third.id, fourth.id]
    assert (route.home_lat, route.home_lon) == CENTRE
    travel = TravelModel()
    legs = [travel.minutes(CENTRE, NORTH_2KM), travel.minutes(NORTH_2KM, NORTH_10KM), None,
            None]
    assert [s.travel_minutes for s in route.stops] == legs
    assert route.stops[0].km == distance_km(CENTRE, NORTH_2KM)
    assert route.travel_minutes == legs[0] + legs[1]  # type: ignore[operator]
    assert route.stops[0].start == local(2026, 11, 23, 9)
    assert day_route(db, tech, MONDAY.replace(day=25), TZ).stops == ()


def test_a_technician_without_a_home_starts_the_day_unknown(
        db: Database, dispatcher: Actor, place_job: PlaceJob, place_tech: PlaceTech) -> None:
    tech = place_tech("T001", home=None)
    job = place_job(at=NORTH_2KM)
    assign(db, dispatcher, job.id, tech, local(2026, 11, 23, 9), local(2026, 11, 23, 10))
    (stop,) = day_route(db, tech, MONDAY, TZ).stops
    assert stop.travel_minutes is None and stop.km is None


def test_a_site_moved_shows_at_its_new_place(db: Database, place_job: PlaceJob) -> None:
    job = place_job(at=CENTRE)
    with db.session() as s:
        s.execute(update(Site).values(lat=NORTH_2KM[0], lon=NORTH_2KM[1]))
    (shown,) = map_data(db).jobs
    assert (shown.id, shown.lat, shown.lon) == (job.id, *NORTH_2KM)
