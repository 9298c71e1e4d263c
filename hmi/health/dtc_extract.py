"""Make the DTC table's texts extractable by ``lupdate``: generate ``hmi/health/dtc_texts.py``.

``lupdate`` reads source code, not ``assets/dtc_codes.json``; the generated module lists every code
description and driver action of the table as a ``QT_TRANSLATE_NOOP("dtc", ...)`` literal. Regenerate
after editing the table (``python -m hmi.health.dtc_extract`` or ``hmi health dtc-texts``); a test fails
while the module is out of date (``--check``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hmi.health.dtc import CONTEXT, DEFAULT_TABLE, table_texts

MODULE = Path(__file__).resolve().with_name("dtc_texts.py")

_HEADER = '''"""DTC texts for ``lupdate``: GENERATED from assets/dtc_codes.json by hmi.health.dtc_extract — do not edit.

Regenerate with ``python -m hmi.health.dtc_extract`` (or ``hmi health dtc-texts``) after changing the table.
"""

from hmi.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEXTS = (
'''
_FOOTER = """)
# fmt: on
"""


def _literal(text: str) -> str:
    # A plain double-quoted literal (what lupdate parses); control characters as escapes.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def render_module(table: str | Path = DEFAULT_TABLE) -> str:
    """The source of ``dtc_texts.py`` for ``table``."""
    return _render(table)[0]


def _render(table: str | Path) -> tuple[str, int]:
    lines = []
    for src, comment in table_texts(table):
        line = f"    QT_TRANSLATE_NOOP({_literal(CONTEXT)}, {_literal(src)}),  # {comment}"
        lines.append(line + ("  # noqa: E501" if len(line) > 120 else "") + "\n")
    return _HEADER + "".join(lines) + _FOOTER, len(lines)


def is_current(table: str | Path = DEFAULT_TABLE, module: str | Path = MODULE) -> bool:
    """Whether ``module`` is exactly what :func:`render_module` makes of ``table``."""
    try:
        return Path(module).read_text(encoding="utf-8") == render_module(table)
    except OSError:
        return False


def write_module(table: str | Path = DEFAULT_TABLE, module: str | Path = MODULE) -> int:
    """(Re)write ``module`` from ``table``; returns the number of texts."""
    source, n = _render(table)
    Path(module).write_text(source, encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    """``python -m hmi.health.dtc_extract [--check]``: exit 1 with ``--check`` when the module is stale."""
    ap = argparse.ArgumentParser(prog="python -m hmi.health.dtc_extract", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the generated module is current")
    args = ap.parse_args(argv)
    if args.check:
        ok = is_current()
        print(f"{MODULE}: {'up to date' if ok else 'OUT OF DATE, run python -m hmi.health.dtc_extract'}")
        return 0 if ok else 1
    n = write_module()
    print(f"{n} DTC texts written to {MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
