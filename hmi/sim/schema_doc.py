"""The generated parts of ``docs/scenarios.md``: the action table and the history generators.

``python -m hmi.sim.schema_doc`` rewrites the blocks between ``<!-- generated:NAME -->`` and
``<!-- /generated:NAME -->`` in docs/scenarios.md from ``hmi.sim.scenario.ACTIONS``/``ACTION_HELP``
(and the history generators' signatures); a test fails when the doc is out of date.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

from hmi.settings import SETTINGS
from hmi.sim import scenario as sc

DOC = Path(__file__).resolve().parents[2] / "docs" / "scenarios.md"

#: What each parameter kind of ``ACTIONS`` accepts.
KIND_TEXT = {
    "number": "number",
    "string": "text (1–120 characters)",
    "signal": "VSS path from `hmi signals`",
    "value": "value valid for `signal`",
    "tyre": "`" + "`, `".join(sc.TYRE_KEYS) + "`",
    "codes": "list of trouble codes",
    "bool": "true/false",
    "object": "a QML objectName (e.g. `phoneOfferGo`)",
    "page": "`" + "`, `".join(SETTINGS["page"][1]) + "`",
    "setting": "`" + "`, `".join((*sc.DRIVER_SETTINGS, *sc.TRIP_SETTINGS)) + "`",
    "setting_value": "a value valid for `key`",
}


def _params(name: str) -> str:
    cells = []
    for key, kind in sc.ACTIONS[name].items():
        optional = kind.endswith("?")
        cells.append(f"`{key}`: {KIND_TEXT[kind.rstrip('?')]}" + (" (optional)" if optional else ""))
    return "; ".join(cells) or "—"


def actions_markdown() -> str:
    """The car's event action table: action, parameters, what it does, whether a recording may use it."""
    rows = [
        "| action | parameters | what it does | in a recording |",
        "|---|---|---|---|",
    ]
    for name in sc.ACTIONS:
        if name not in sc.DRIVER_ACTIONS:
            replay = "yes" if name in sc.RECORDING_ACTIONS else "no"
            rows.append(f"| `{name}` | {_params(name)} | {sc.ACTION_HELP[name]} | {replay} |")
    return "\n".join(rows)


def driver_markdown() -> str:
    """The driver's step table: action, parameters, what the driver does."""
    rows = ["| action | parameters | what the driver does |", "|---|---|---|"]
    for name in sc.DRIVER_ACTIONS:
        rows.append(f"| `{name}` | {_params(name)} | {sc.ACTION_HELP[name]} |")
    return "\n".join(rows)


def history_markdown() -> str:
    """The ``history.kind`` generators and their parameters (from their signatures)."""
    from hmi.sim import health_scenarios

    rows = ["| kind | params (defaults) | what it plays |", "|---|---|---|"]
    for kind in sc.HISTORY_KINDS:
        fn = getattr(health_scenarios, kind)
        params = [
            f"`{p.name}`={p.default!r}"
            for p in inspect.signature(fn).parameters.values()
            if p.name != "start_ts" and p.default is not inspect.Parameter.empty
        ]
        summary = (inspect.getdoc(fn) or "").splitlines()[0] if inspect.getdoc(fn) else ""
        rows.append(f"| `{kind}` | {', '.join(params) or '—'} | {summary.replace('|', '/')} |")
    return "\n".join(rows)


BLOCKS = {"actions": actions_markdown, "driver": driver_markdown, "history": history_markdown}


def render(text: str) -> str:
    """``text`` with every generated block replaced by its current content."""
    for name, make in BLOCKS.items():
        pattern = re.compile(rf"(<!-- generated:{name} -->\n).*?(\n<!-- /generated:{name} -->)", re.S)
        if not pattern.search(text):
            raise ValueError(f"docs/scenarios.md has no generated:{name} block")
        text = pattern.sub(lambda m, make=make: m.group(1) + make() + m.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    """Rewrite the generated blocks of docs/scenarios.md (``--check``: only report whether it is current)."""
    argv = sys.argv[1:] if argv is None else argv
    current = DOC.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in argv:
        if wanted != current:
            print(f"{DOC} is out of date: run python -m hmi.sim.schema_doc", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        DOC.write_text(wanted, encoding="utf-8")
        print(f"updated {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
