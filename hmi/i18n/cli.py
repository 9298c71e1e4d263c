"""``hmi i18n``: refresh, compile and check the translation catalogs (lupdate/lrelease)."""

from __future__ import annotations

import argparse
import sys


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Add ``hmi i18n {update,build,check}``."""
    p = sub.add_parser("i18n", help="translation catalogs: update (lupdate), build (lrelease), check")
    p.add_argument("action", choices=("update", "build", "check"), help="what to do")
    p.set_defaults(func=cmd_i18n)


def cmd_i18n(args: argparse.Namespace) -> int:
    """update: add new strings to assets/i18n/*.ts; build: compile .qm into build/i18n; check: completeness."""
    from hmi.i18n import catalog

    try:
        if args.action == "update":
            print(catalog.update().strip())
            return 0
        if args.action == "build":
            for path in catalog.build():
                print(path)
            return 0
        failed = False
        for report in catalog.check_against_sources():
            state = "complete" if report.complete else "INCOMPLETE"
            print(
                f"{report.lang}: {report.total} messages, {len(report.unfinished)} untranslated, "
                f"{len(report.placeholder_errors)} placeholder errors — {state}"
            )
            for line in (report.unfinished + report.placeholder_errors)[:20]:
                print(f"  {line}")
            failed |= not report.complete
        return 1 if failed else 0
    except catalog.CatalogError as exc:
        print(f"hmi i18n: {exc}", file=sys.stderr)
        return 2
