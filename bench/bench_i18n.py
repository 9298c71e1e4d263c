"""Languages benchmark: live language switch, translatable-text rendering, catalog build.

Run: ``.venv/bin/python bench/bench_i18n.py [--quick]``. Every figure is printed next to a baseline
measured in the same run:

* live switch: ``HmiApp.set_language()`` (install the catalog, re-evaluate every qsTr binding, re-render
  every Python-made text, one frame) vs. a restart in the new language (building ``HmiApp`` again);
* rendering: ``Text.render`` of a guidance sentence (nested text + distance quantity, German catalog) vs.
  ``str.format`` of the same template with pre-formatted arguments (what a text that cannot switch costs);
* catalogs: ``hmi i18n build`` (lrelease of three languages + lupdate/lrelease of the pseudo-locale).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from qt_env import app_environment


def switch_latency(repeats: int) -> dict[str, float]:
    """Median ms of a live language switch (until the next frame) vs. building the app in that language."""
    from hmi.ui.app import HmiApp

    with app_environment() as (_qapp, loop, config), tempfile.TemporaryDirectory(prefix="bench-i18n-") as tmp:
        builds = []
        for i in range(max(2, repeats // 3)):
            t0 = time.perf_counter()
            app = HmiApp(config, data_path=Path(tmp) / f"b{i}", loop=loop, language="de")
            app.grab()
            builds.append((time.perf_counter() - t0) * 1000)
            app.close()
        app = HmiApp(config, data_path=Path(tmp) / "live", loop=loop)
        app.grab()
        times = []
        for i in range(repeats):
            lang = ("de", "fr", "ca", "en")[i % 4]
            t0 = time.perf_counter()
            assert app.set_language(lang)
            app.grab()  # the next frame shows the new language
            times.append((time.perf_counter() - t0) * 1000)
        app.close()
    return {"switch_ms": statistics.median(times), "switch_max_ms": max(times), "restart_ms": statistics.median(builds)}


def render_speed(n: int) -> dict[str, float]:
    """µs per rendered sentence: translatable Text vs. a plain str.format of the same template."""
    from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
    from hmi.units import Formats

    template = QT_TRANSLATE_NOOP("bench", "In {distance}, turn left onto {street}")
    german = {template: "In {distance} links abbiegen auf {street}"}
    formats = Formats(decimal=".", group="'")
    text = Text("bench", template, distance=Quantity("short_distance_m", 320.0), street="Landstrasse")

    def translate(context: str, source: str) -> str:
        return german.get(source, source)

    t0 = time.perf_counter()
    for _ in range(n):
        text.render(translate, formats)
    text_us = (time.perf_counter() - t0) / n * 1e6
    t0 = time.perf_counter()
    for _ in range(n):
        german[template].format(distance="300 m", street="Landstrasse")
    plain_us = (time.perf_counter() - t0) / n * 1e6
    return {"text_us": text_us, "format_us": plain_us}


def catalog_build() -> dict[str, float]:
    """Seconds to compile every catalog into a scratch folder."""
    from hmi.i18n import catalog

    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        built = catalog.build(qm_dir=Path(out))
        seconds = time.perf_counter() - t0
        size_kb = sum(p.stat().st_size for p in built) / 1024
        t0 = time.perf_counter()
        catalog.stale(qm_dir=Path(out))
        stale_ms = (time.perf_counter() - t0) * 1000
    return {"build_s": seconds, "qm_kb": size_kb, "stale_check_ms": stale_ms}


def run(quick: bool) -> dict:
    """All figures (``hmi bench`` aggregates this)."""
    return {
        "switch": switch_latency(4 if quick else 12),
        "render": render_speed(20_000 if quick else 200_000),
        "catalog": catalog_build(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    res = run(args.quick)
    s, r, c = res["switch"], res["render"], res["catalog"]
    print(
        f"language switch    {s['switch_ms']:7.0f} ms median ({s['switch_max_ms']:.0f} max)   "
        f"baseline restart in that language {s['restart_ms']:.0f} ms   ratio {s['switch_ms'] / s['restart_ms']:.2f}"
    )
    print(
        f"render a sentence  {r['text_us']:7.1f} µs   baseline str.format {r['format_us']:.2f} µs   "
        f"ratio {r['text_us'] / r['format_us']:.1f}"
    )
    print(
        f"build catalogs     {c['build_s']:7.2f} s ({c['qm_kb']:.0f} KiB of .qm)   "
        f"up-to-date check {c['stale_check_ms']:.1f} ms"
    )


if __name__ == "__main__":
    main()
