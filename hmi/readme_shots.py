"""Every README screenshot from one list and one command: ``hmi screenshot --readme -o docs/screenshots``.

The list is ``docs/screenshots.json``: file name → how to make it — page, scenario, simulated time, size, theme,
language and optional driver steps (the scenario's own steps run at their time; these run at the end)::

    {
      "defaults": {"size": "1280x800", "language": "en", "scenario": "city-drive", "at": 30},
      "shots": {
        "nav-guidance-day.png": {"page": "navigate", "scenario": "drive-to-destination", "at": 60, "theme": "day"},
        "trip-charger-card-day.png": {"page": "navigate", "scenario": "low-battery", "at": 5, "theme": "day",
                                      "steps": [{"do": "open_charger", "charger": "Marktplatzgarage"}]}
      }
    }

Rules, checked when the list is read (and by ``tests/test_readme_screenshots.py`` against the README): a file
name says its theme (``-day`` / ``-night``) and is true to it — each rendered picture is checked to show that
theme; the pages, themes, languages, scenarios and steps are valid. Shots that share a scenario moment (and
language and steps) are rendered from one session.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hmi.sim import scenario as scenarios

REPO_ROOT = Path(__file__).resolve().parents[1]
LIST = REPO_ROOT / "docs" / "screenshots.json"
THEMES = ("day", "night")
KEYS = {"page", "scenario", "at", "size", "theme", "language", "steps", "note"}


class ListError(ValueError):
    """The screenshot list is wrong; the message names the entry and the problem."""


@dataclass(frozen=True)
class ReadmeShot:
    """One README screenshot and how to make it."""

    file: str
    page: str
    scenario: str
    at: float
    size: tuple[int, int]
    theme: str
    language: str
    steps: tuple[scenarios.Event, ...] = ()

    @property
    def moment(self) -> tuple:
        """Shots with the same moment are rendered from one session (the window size too: where a driver's tap
        lands and what the map frames depend on it)."""
        steps = tuple((s.do, json.dumps(s.params, sort_keys=True)) for s in self.steps)
        return (self.scenario, self.at, self.language, steps, self.size)


def _size(where: str, text: Any) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{3,4})x(\d{3,4})", str(text))
    if not m:
        raise ListError(f"{where}: size must be WIDTHxHEIGHT, got {text!r}")
    return int(m.group(1)), int(m.group(2))


def parse_list(data: Any, source: str = "docs/screenshots.json") -> list[ReadmeShot]:
    """Validate a decoded list (see the module docstring)."""
    from hmi.i18n.languages import CODES, PSEUDO
    from hmi.settings import SETTINGS

    if not isinstance(data, dict) or not isinstance(data.get("shots"), dict) or set(data) - {"defaults", "shots"}:
        raise ListError(f'{source}: expected {{"defaults": {{…}}, "shots": {{file: {{…}}}}}}')
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - KEYS:
        raise ListError(f"{source}: defaults: unknown key(s) {sorted(set(defaults) - KEYS)}")
    pages = SETTINGS["page"][1]
    out = []
    for name, raw in data["shots"].items():
        where = f"{source}: {name}"
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*\.png", name):
            raise ListError(f"{where}: file names are lower-case words with dashes, ending in .png")
        if not isinstance(raw, dict) or set(raw) - KEYS:
            raise ListError(f"{where}: unknown key(s) {sorted(set(raw) - KEYS) if isinstance(raw, dict) else raw}")
        entry = {**defaults, **raw}
        page, theme, language = entry.get("page"), entry.get("theme"), entry.get("language", "en")
        if page not in pages:
            raise ListError(f"{where}: page must be one of {', '.join(pages)}")
        if theme not in THEMES:
            raise ListError(f"{where}: theme must be day or night")
        if f"-{theme}" not in name or f"-{THEMES[1 - THEMES.index(theme)]}" in name:
            raise ListError(f"{where}: the file name must say its theme ({theme})")
        if language not in (*CODES, PSEUDO.code):
            raise ListError(f"{where}: unknown language {language!r}")
        at = entry.get("at", 30)
        if isinstance(at, bool) or not isinstance(at, int | float) or not 0 <= at <= 3600:
            raise ListError(f"{where}: at must be simulated seconds, 0 … 3600")
        scenario = entry.get("scenario", "city-drive")
        try:
            scenarios.find(str(scenario))
            steps = scenarios.driver_steps(entry.get("steps", []), f"{where}: steps")
        except scenarios.ScenarioError as exc:
            raise ListError(f"{where}: {exc}") from None
        size = _size(where, entry.get("size", "1280x800"))
        out.append(ReadmeShot(name, page, str(scenario), float(at), size, theme, language, steps))
    return out


def load_list(path: Path = LIST) -> list[ReadmeShot]:
    """Read and validate the screenshot list."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ListError(f"{path}: {exc}") from None
    return parse_list(data, str(path))


def readme_images(readme: Path = REPO_ROOT / "README.md") -> list[str]:
    """The ``docs/screenshots/*.png`` files the README shows, in order."""
    return re.findall(r"\(docs/screenshots/([^)/\s]+\.png)\)", readme.read_text(encoding="utf-8"))


def render_readme(out_dir: Path, shots: Sequence[ReadmeShot], progress: bool = True) -> list[Path]:
    """Render ``shots`` into ``out_dir`` (one session per scenario moment); the written paths."""
    from hmi.matrix import Progress
    from hmi.screenshot import rendering_session

    groups: dict[tuple, list[ReadmeShot]] = {}
    for shot in shots:
        groups.setdefault(shot.moment, []).append(shot)
    bar = Progress(len(shots), label="README screenshots") if progress else None
    written: list[Path] = []
    for group in groups.values():
        first = group[0]
        with rendering_session(
            scenario=first.scenario, at_s=first.at, language=first.language, steps=first.steps, size=first.size
        ) as renderer:

            async def shoot(group: list[ReadmeShot] = group) -> None:
                for shot in group:
                    if bar is not None:
                        bar.update(len(written), shot.file)
                    written.append(await renderer.shoot(shot.page, shot.size, shot.theme, Path(out_dir) / shot.file))

            renderer.run(shoot())
    if bar is not None:
        bar.update(len(written), "done")
    return written


def cmd_screenshot(args: argparse.Namespace) -> int:
    """``hmi screenshot`` (one page) and ``hmi screenshot --readme``; exit 2 with one line on any problem."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hmi.screenshot import ThemeMismatch, render_pages
    from hmi.sim.driver import DriverError

    started = time.monotonic()
    try:
        if args.readme:
            shots = load_list(args.list or LIST)
            if args.only:
                unknown = sorted(set(args.only) - {s.file for s in shots})
                if unknown:
                    raise ListError(f"not in the list: {', '.join(unknown)}")
                shots = [s for s in shots if s.file in args.only]
            written = render_readme(args.output, shots)
            print(f"{len(written)} README screenshots in {args.output} ({time.monotonic() - started:.0f} s)")
            return 0
        shot = (args.page, args.size, args.theme, args.output)
        for path in render_pages([shot], scenario=args.scenario, at_s=args.at, language=args.language or "en"):
            print(path)
        return 0
    except (ListError, scenarios.ScenarioError, DriverError, ThemeMismatch, OSError) as exc:
        print(f"hmi screenshot: {exc}", file=sys.stderr)
        return 2
