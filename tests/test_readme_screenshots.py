"""Every README screenshot comes from ``docs/screenshots.json`` and one command: the README and the list name the
same files, names are true to their theme, every page has a day and a night shot, guidance has both; the command
renders listed shots and refuses a wrong list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hmi.readme_shots import LIST, ListError, load_list, parse_list, readme_images
from hmi.settings import SETTINGS
from hmi.sim import scenario as scenarios

pytestmark = pytest.mark.timeout(120)
SHOTS_DIR = LIST.parent / "screenshots"


@pytest.fixture(scope="module")
def shots():
    return load_list()


def test_the_readme_shows_exactly_the_listed_screenshots(shots) -> None:
    shown, listed = readme_images(), [s.file for s in shots]
    assert len(shown) == len(set(shown)), "an image shown twice in the README"
    assert sorted(set(shown) - set(listed)) == [], "README images missing from docs/screenshots.json"
    assert sorted(set(listed) - set(shown)) == [], "docs/screenshots.json names files the README does not show"
    orphans = sorted(p.name for p in SHOTS_DIR.glob("*.png") if p.name not in listed)
    assert orphans == [], "PNGs in docs/screenshots that no list entry makes"


def test_every_page_has_a_day_and_a_night_shot_and_guidance_has_both(shots) -> None:
    have = {(s.page, s.theme) for s in shots}
    for page in SETTINGS["page"][1]:
        for theme in ("day", "night"):
            assert (page, theme) in have, f"no {theme} shot of the {page} page"

    def guiding(s) -> bool:
        events = scenarios.find(s.scenario).events
        return s.page == "navigate" and any(
            e.do in ("accept_destination", "navigate_to") and e.at <= s.at for e in (*events, *s.steps)
        )

    assert {s.theme for s in shots if guiding(s)} == {"day", "night"}


def test_names_are_true_to_their_theme(shots) -> None:
    for s in shots:
        assert f"-{s.theme}" in s.file, s.file
    good = {"shots": {"x-day.png": {"page": "vehicle", "theme": "day"}}}
    assert parse_list(good)[0].theme == "day"
    for raw, message in (
        ({"x-day.png": {"page": "vehicle", "theme": "night"}}, "must say its theme"),
        ({"x-night-day.png": {"page": "vehicle", "theme": "day"}}, "must say its theme"),
        ({"x.png": {"page": "vehicle", "theme": "day"}}, "must say its theme"),
        ({"x-day.png": {"page": "radio", "theme": "day"}}, "page must be one of"),
        ({"x-day.png": {"page": "vehicle", "theme": "day", "scenario": "nowhere"}}, "unknown scenario"),
        ({"x-day.png": {"page": "vehicle", "theme": "day", "size": "big"}}, "WIDTHxHEIGHT"),
        ({"x-day.png": {"page": "vehicle", "theme": "day", "steps": [{"do": "park"}]}}, "'do': one of"),
        ({"x-day.png": {"page": "vehicle", "theme": "day", "colour": "red"}}, "unknown key"),
        ({"X Day.png": {"page": "vehicle", "theme": "day"}}, "lower-case"),
    ):
        with pytest.raises(ListError, match=message):
            parse_list({"shots": raw})


def _hmi(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    from hmi.testing.plugin import cached_map

    # the suite's own map (built from assets/osm), not whatever a user's home holds
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HMI_DATA_DIR": str(tmp_path / "data"),
        "HMI_MAP_DIR": str(cached_map("liechtenstein")),
    }
    return subprocess.run(
        [sys.executable, "-m", "hmi", "screenshot", *args], capture_output=True, text=True, env=env, timeout=100
    )


def test_the_command_renders_listed_shots_true_to_their_theme(tmp_path: Path) -> None:
    """The two guidance shots (one scenario moment: one session), each checked by the command to show its theme."""
    from PySide6.QtGui import QImage

    from hmi.screenshot import rendered_theme

    out = tmp_path / "shots"
    res = _hmi(tmp_path, "--readme", "--only", "nav-guidance-day.png", "nav-guidance-night.png", "-o", str(out))
    assert res.returncode == 0, res.stderr[-3000:]
    assert "2 README screenshots" in res.stdout
    for theme in ("day", "night"):
        image = QImage(str(out / f"nav-guidance-{theme}.png"))
        assert (image.width(), image.height()) == (1280, 800) and rendered_theme(image) == theme


def test_the_command_refuses_names_not_in_the_list_and_bad_lists(tmp_path: Path) -> None:
    res = _hmi(tmp_path, "--readme", "--only", "no-such-day.png", "-o", str(tmp_path / "x"))
    assert res.returncode == 2 and "not in the list: no-such-day.png" in res.stderr and "Traceback" not in res.stderr
    bad = tmp_path / "list.json"
    bad.write_text('{"shots": {"a-day.png": {"page": "vehicle", "theme": "night"}}}')
    res = _hmi(tmp_path, "--readme", "--list", str(bad), "-o", str(tmp_path / "x"))
    assert res.returncode == 2 and "a-day.png: the file name must say its theme" in res.stderr
