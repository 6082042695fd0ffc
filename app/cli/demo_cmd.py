"""`fielddesk demo`: build a ready demo station."""

from __future__ import annotations

import argparse

from app.cli.common import config_of, db_option, moment_arg


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", parents=[db_option()], help="build a demo station database")
    p.add_argument("--technicians", type=int, default=30, metavar="N",
                   help="how many technicians (default: 30)")
    p.add_argument("--jobs", type=int, default=800, metavar="N",
                   help="how many jobs, past and coming (default: 800)")
    p.add_argument("--customers", type=int, default=None, metavar="N",
                   help="default: twice the number of jobs")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="the random seed: the same seed gives the same station (default: 1)")
    p.add_argument("--now", type=moment_arg, default=None, metavar="ISO-TIME",
                   help="the moment past and coming weeks are arranged around (default: now); "
                        "the same seed and --now give the same data")
    p.add_argument("--force", action="store_true", help="replace an existing database file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.demo import build_demo

    summary = build_demo(
        config_of(args).db_path, technicians=args.technicians, jobs=args.jobs,
        customers=args.customers, seed=args.seed, force=args.force,
        now=args.now,
    )
    print(summary)
    return 0
