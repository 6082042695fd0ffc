"""`fielddesk verify JOB_NUMBER`: do the job's stored signatures still match its content?"""

from __future__ import annotations

import argparse

from app.cli.common import CliError, db_option, existing_db
from app.services.signatures import verify_job


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", parents=[db_option()],
                       help="check a job's signatures against its current content")
    p.add_argument("number", metavar="JOB_NUMBER", help="the job's number (NJ01-2026-000123)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every signature matches, 1 when one is void or there is none."""
    db = existing_db(args)
    try:
        result = verify_job(db, args.number)
    finally:
        db.dispose()
    if not result.signatures:
        raise CliError(f"job {result.number} has no signatures")
    for sig in result.signatures:
        verdict = "valid" if sig.valid else "VOID: the job was amended after signing"
        print(f"{result.number}  {sig.role.value:<10} {sig.signer_name}  "
              f"{sig.signed_at:%Y-%m-%d %H:%M} UTC  {verdict}")
    return 0 if result.all_valid else 1
