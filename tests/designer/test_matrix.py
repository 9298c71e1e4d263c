"""``hmi screenshot --matrix``: the expected PNGs and a contact sheet, through the real CLI and stack."""

from __future__ import annotations

import html.parser
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hmi.matrix import Cell, Progress, contact_sheet, plan

pytestmark = pytest.mark.timeout(90)

HMI = [sys.executable, "-m", "hmi"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMI_DATA_DIR": str(tmp_path / "data")}


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.sections: list[str] = []
        self.captions: list[str] = []
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.images.append(a["src"])
        elif tag == "a" and "href" in a:
            self.links.append(a["href"])
        elif tag == "section":
            self.sections.append(a["id"])
        self._in_caption = tag == "figcaption"

    def handle_data(self, data):
        if self._in_caption:
            self.captions.append(data)
            self._in_caption = False


def test_matrix_renders_one_page_one_size_both_themes_two_languages(tmp_path: Path) -> None:
    out = tmp_path / "matrix"
    res = subprocess.run(
        [
            *HMI,
            "screenshot",
            "--matrix",
            "-o",
            str(out),
            "--scenario",
            "charging-session",
            "--at",
            "10",
            *["--pages", "vehicle", "--sizes", "1024x600", "--themes", "day", "night", "--languages", "en", "de"],
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=80,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip() == str(out / "index.html")
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == [f"vehicle-{t}-1024x600-{lang}.png" for t in ("day", "night") for lang in ("de", "en")]
    shots = {name: (out / name).read_bytes() for name in pngs}
    for data in shots.values():
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == 1024 and int.from_bytes(data[20:24], "big") == 600
    assert len(set(shots.values())) == 4  # themes differ, and so do the languages
    # The progress bar reached the end on stderr.
    assert "4/4" in res.stderr and "Rendering" in res.stderr
    # The contact sheet links every PNG, grouped by page, with captions, and loads nothing from the network.
    sheet = (out / "index.html").read_text()
    parser = _Links()
    parser.feed(sheet)
    assert sorted(parser.images) == pngs and parser.sections == ["vehicle"]
    assert set(parser.links) >= set(pngs)
    assert "1024×600 · day · en" in parser.captions and "1024×600 · night · de" in parser.captions
    assert "http://" not in sheet and "https://" not in sheet and "<script" not in sheet


def test_matrix_rejects_unknown_pages_and_languages(tmp_path: Path) -> None:
    res = subprocess.run(
        [
            *HMI,
            "screenshot",
            "--matrix",
            "-o",
            str(tmp_path / "m"),
            "--scenario",
            "charging-session",
            *["--pages", "vehicle", "cockpit", "--sizes", "1024x600", "--themes", "day"],
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=80,
    )
    assert res.returncode == 2 and "cockpit" in res.stderr and "vehicle" in res.stderr
    assert "Traceback" not in res.stderr and not list((tmp_path / "m").glob("*.png"))


def test_unknown_languages_and_themes_are_refused_before_anything_starts(tmp_path: Path) -> None:
    from hmi.matrix import render_matrix

    with pytest.raises(ValueError, match="klingon"):
        render_matrix(tmp_path, languages=["en", "klingon"], progress=False)
    with pytest.raises(ValueError, match="theme"):
        render_matrix(tmp_path, themes=["dusk"], set_language=lambda app, lang: None, progress=False)
    assert not list(tmp_path.iterdir())


def test_plan_order_and_names() -> None:
    cells = plan(["vehicle", "settings"], [(1280, 800), (1024, 600)], ["day", "night"], ["en", "de"])
    assert len(cells) == 16
    assert cells[0] == Cell("vehicle", (1280, 800), "day", "en")
    assert cells[1].page == "settings" and cells[2].size == (1024, 600) and cells[4].theme == "night"
    assert cells[8].language == "de"  # languages outermost: switched once each
    assert cells[0].filename == "vehicle-day-1280x800-en.png" and cells[0].caption == "1280×800 · day · en"
    assert len({c.filename for c in cells}) == 16


def test_contact_sheet_groups_by_page_and_escapes() -> None:
    cells = plan(["vehicle", "a<b"], [(1920, 720), (1024, 600)], ["day"], ["en"])
    sheet = contact_sheet(cells, scenario="x&y", at_s=5)
    parser = _Links()
    parser.feed(sheet)
    assert parser.sections == ["vehicle", "a<b"]
    assert "a&lt;b" in sheet and "x&amp;y" in sheet and "<b>x&y" not in sheet
    # Within a page: the largest size first.
    assert parser.images[:2] == ["vehicle-day-1920x720-en.png", "vehicle-day-1024x600-en.png"]


def test_progress_bar_redraws_on_a_terminal_and_logs_lines_otherwise() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, plain = Tty(), io.StringIO()
    for stream in (tty, plain):
        bar = Progress(4, stream)
        for i in range(5):
            bar.update(i, f"shot {i}")
    assert tty.getvalue().count("\r") == 5 and tty.getvalue().endswith("\n")
    assert "4/4" in tty.getvalue() and "[###############---------------]   2/4" in tty.getvalue()
    assert plain.getvalue().count("\n") == 5 and "\r" not in plain.getvalue()


def test_the_frozen_state_is_republished_so_long_matrices_stay_fresh(mqtt_broker, agent) -> None:
    """A matrix takes longer than the HMI's 10 s staleness limit: the state is republished, unchanged."""
    import json
    import threading
    import time

    import paho.mqtt.client as mqtt

    from hmi.link import signals as sig
    from hmi.screenshot import _keep_fresh

    agent.publish(sig.SPEED, 42.0)
    seen: list[tuple[float, float]] = []
    sub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="keep-fresh-test")
    sub.on_message = lambda c, u, m: seen.append((json.loads(m.payload)["value"], json.loads(m.payload)["ts"]))
    sub.connect(mqtt_broker.host, mqtt_broker.port)
    sub.subscribe(sig.BY_PATH[sig.SPEED].topic)
    sub.loop_start()
    stop = threading.Event()
    keeper = threading.Thread(target=_keep_fresh, args=(agent, stop, 0.2), daemon=True)
    try:
        time.sleep(0.3)  # the retained value arrives first
        before = len(seen)
        keeper.start()
        time.sleep(1.1)
    finally:
        stop.set()
        keeper.join(5)
        sub.loop_stop()
        sub.disconnect()
    republished = seen[before:]
    assert len(republished) >= 4 and {value for value, _ in republished} == {42.0}
    stamps = [ts for _, ts in republished]
    assert stamps == sorted(stamps) and stamps[-1] > stamps[0]


TIME_LAPSE_SHOT = """
import json, sys
from hmi.screenshot import rendering_session
with rendering_session(scenario="slow-tyre-leak", at_s=float(sys.argv[1])) as r:
    r.run(r.shoot("health", (1024, 600), "day", sys.argv[2]))
    print(json.dumps({"status": r.hmi.health.property("statusText"),
                      "predictions": [p["text"] for p in r.hmi.health.property("predictions")],
                      "tyres": [t["pressureText"] for t in r.hmi.health.property("tyres")]}))
"""


def _time_lapse_shot(tmp_path: Path, at_s: float, png: Path) -> dict:
    """Render the Health page of ``slow-tyre-leak`` at ``at_s`` in a fresh process; what the page showed."""
    import json

    res = subprocess.run(
        [sys.executable, "-c", TIME_LAPSE_SHOT, str(at_s), str(png)],
        capture_output=True, text=True, env=_env(tmp_path), timeout=60,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_a_time_lapse_scenario_is_shown_as_played_up_to_the_moment(tmp_path: Path) -> None:
    """The agent is frozen at ``--at``: the history the demo would have played by then is delivered first,
    on the history's clock, so the health page tells that moment's story (here: the leak found on day ~12)."""
    png = tmp_path / "leak.png"
    shown = _time_lapse_shot(tmp_path, 40, png)
    leak = f"Front-left tyre at {shown['tyres'][0]}, losing"  # from the reading the tyre diagram shows
    assert shown["status"].startswith(leak), shown
    assert any(t.startswith(leak) for t in shown["predictions"]), shown
    assert png.stat().st_size > 10_000
    # Before the leak starts (day 10 of the playback at 2.5 s/day): steady tyres, nothing to report.
    shown = _time_lapse_shot(tmp_path, 15, png)
    assert shown["status"] == "All systems OK"
    assert f"Front-left tyre at {shown['tyres'][0]}, pressure steady" in shown["predictions"], shown
