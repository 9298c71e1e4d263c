"""``hmi mapbuild``: an OSM extract (+ Open Charge Map files) → a compact offline map directory.

Pipeline, streaming so a country fits in memory (numbers for a 1 M-node country in ``docs/benchmarks.md``):

1. :mod:`hmi.nav.osm_read`: two pyosmium passes — tagged objects (road ways through the rules of
   :mod:`hmi.nav.road_rules`, turn restriction relations, node flags, places, chargers), then the coordinates of the
   nodes those need;
2. :mod:`hmi.nav.turn_restrictions`: restrictions resolved in OSM terms (their via nodes must become graph nodes);
3. :mod:`hmi.nav.assemble` with :mod:`hmi.nav.simplify`: junctions found with numpy, ways split into edges with
   polylines, per-edge rules, barriers, components, restrictions in edge terms;
4. the map files (:mod:`hmi.nav.graph`), routing preprocessing (:func:`preprocess_routing`: the turn graph of
   :mod:`hmi.nav.routing_index`), the place index
   (:mod:`hmi.nav.places`), the charger table (:mod:`hmi.nav.chargers`), ``build_report.json``
   (:mod:`hmi.nav.build_report`) and ``metadata.json`` last.

The output is built in a temporary sibling directory and swapped in only when complete, so an interrupted or
failed build never leaves a half-written map where the app looks for one. Bad input raises :class:`BuildError`
with a one-line reason (``hmi mapbuild`` prints it and exits with code 2).

osmnx is not used here; :mod:`hmi.nav.osmnx_check` builds the same roads with osmnx as an independent check of the
simplifier and as the benchmark baseline.
"""

from __future__ import annotations

import bz2
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from hmi.nav import places as places_mod
from hmi.nav.assemble import assemble
from hmi.nav.build_report import build_report
from hmi.nav.chargers import ChargerError, load_charger_file, merge_chargers
from hmi.nav.graph import ATTRIBUTION, FORMAT, FORMAT_VERSION, RoadGraph, road_bbox, save_arrays
from hmi.nav.osm_read import Extract, ExtractError, read_extract
from hmi.nav.turn_restrictions import resolve_osm

ProgressFn = Callable[[float, str], None]
#: Each stage's usual share of a build's time (measured on the shipped extracts and a 1 M-node country), so the
#: progress bar moves evenly and its ETA holds; routing preprocessing costs more per node the bigger the map.
STAGE_WEIGHTS = {"read_ways": 50, "read_nodes": 25, "graph": 12, "routing": 150, "places": 10, "write": 3}


class BuildError(Exception):
    """A map build failed for a reason the user can fix (bad input file, unwritable output, …)."""


# ----------------------------------------------------------------------------------------------- progress
class TextProgress:
    """A plain-text progress bar with an ETA on a stream (stderr). Redraws in place on a tty; prints a line per
    stage (and per 10 %) otherwise, so logs of CI runs stay readable."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        """Draw on ``stream`` (default ``sys.stderr``)."""
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last: tuple[int, str] = (-1, "")
        self.t0 = time.monotonic()

    def __call__(self, fraction: float, stage: str) -> None:
        """Report ``fraction`` (0..1) done, currently in ``stage``."""
        f = min(1.0, max(0.0, float(fraction)))
        pct = int(f * 100)
        if not self.tty and (pct // 10, stage) == (self._last[0] // 10, self._last[1]):
            return
        if (pct, stage) == self._last:
            return
        self._last = (pct, stage)
        filled = int(f * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        elapsed = time.monotonic() - self.t0
        eta = f", ETA {_duration(elapsed * (1 - f) / f)}" if 0.02 <= f < 1.0 and elapsed > 1.0 else ""
        line = f"mapbuild [{bar}] {pct:3d}% {stage} ({_duration(elapsed)}{eta})"
        if self.tty:
            self.stream.write("\r" + line.ljust(110))
            if f >= 1.0:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, MB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0.0
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _duration(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{seconds:.1f} s"


def _noprogress(fraction: float, stage: str) -> None:
    pass


class Stages:
    """Maps each build stage's own 0..1 progress onto the whole build, weighted by its usual share of the time,
    times the stages (``seconds``) and records the process's peak memory after each (``peak_rss_mb``)."""

    def __init__(self, progress: ProgressFn, weights: dict[str, float]) -> None:
        self.progress = progress
        total = sum(weights.values()) or 1.0
        self.span: dict[str, tuple[float, float]] = {}
        at = 0.0
        for name, w in weights.items():
            self.span[name] = (at / total, (at + w) / total)
            at += w
        self.seconds: dict[str, float] = {}
        self.peak_rss_mb: dict[str, float] = {}
        self._current: tuple[str, float] | None = None

    def start(self, name: str, label: str) -> Callable[[float], None]:
        """Begin stage ``name`` (shown as ``label``); returns its ``fraction`` callback."""
        self._stop()
        self._current = (name, time.monotonic())
        lo, hi = self.span[name]
        self.progress(lo, label)
        return lambda f: self.progress(lo + (hi - lo) * min(1.0, max(0.0, f)), label)

    def _stop(self) -> None:
        if self._current is not None:
            name, t = self._current
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.monotonic() - t, 2)
            self.peak_rss_mb[name] = peak_rss_mb()
            self._current = None

    def done(self) -> dict[str, float]:
        """Stop timing; the seconds per stage."""
        self._stop()
        return self.seconds


# ----------------------------------------------------------------------------------------------- input checks
def check_extract(path: Path) -> str:
    """Return the extract's kind ("pbf", "xml", "bz2") from its first bytes; :class:`BuildError` if it is not OSM."""
    if not path.is_file():
        raise BuildError(f"{path}: no such file")
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise BuildError(f"{path}: cannot read ({exc.strerror})") from None
    if len(head) < 8:
        raise BuildError(f"{path}: file is empty or truncated, not an OSM extract")
    if head.startswith(b"BZh"):
        try:
            with bz2.open(path, "rb") as fh:
                inner = fh.read(512).lstrip()
        except (OSError, EOFError, ValueError):
            raise BuildError(f"{path}: corrupt bz2 file") from None
        if not (inner.startswith(b"<?xml") or inner.startswith(b"<osm")):
            raise BuildError(f"{path}: bz2 file does not contain OSM XML")
        return "bz2"
    if b"OSMHeader" in head[:24]:
        return "pbf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<osm"):
        return "xml"
    raise BuildError(f"{path}: not an OSM extract (expected .osm.pbf, .osm or .osm.bz2)")


# ----------------------------------------------------------------------------------------------- main entry
def region_name(extract: str | Path) -> str:
    """The region a map is named after by default: the extract's file name without ``.osm``/``.pbf``/``.bz2``."""
    return re.sub(r"(\.osm)?(\.pbf|\.bz2)?$", "", Path(extract).name) or "map"


def build_map(
    extract: str | Path,
    out_dir: str | Path,
    chargers: Iterable[str | Path] = (),
    region: str | None = None,
    progress: ProgressFn | None = None,
    preprocess: bool = True,
) -> dict[str, Any]:
    """Build a map directory from an OSM extract; returns the written metadata (with the report under "report").

    ``chargers`` are Open Charge Map CSV or JSON exports merged with the extract's charging stations.
    ``progress(fraction, stage)`` is called along the way. ``preprocess=False`` skips the routing
    preprocessing (routing then falls back to a search without it). Raises :class:`BuildError` with a
    one-line reason on unusable input.
    """
    t0 = time.monotonic()
    extract = Path(extract)
    out_dir = Path(out_dir)
    kind = check_extract(extract)
    charger_paths = [Path(c) for c in chargers]
    for c in charger_paths:
        if not c.is_file():
            raise BuildError(f"{c}: charger file not found")
    region = region or region_name(extract)
    stages = Stages(progress or _noprogress, STAGE_WEIGHTS | ({} if preprocess else {"routing": 0}))

    try:
        data = read_extract(
            extract,
            kind,
            stages.start("read_ways", "reading roads and restrictions"),
            _later(stages, "read_nodes", "reading node positions"),
        )
    except ExtractError as exc:
        raise BuildError(f"{extract}: cannot read OSM data ({exc})") from None
    if data.ways.count == 0:
        raise BuildError(f"{extract}: no drivable roads in this extract")
    external: list[dict[str, Any]] = []
    for c in charger_paths:
        try:
            external.extend(load_charger_file(c))
        except ChargerError as exc:
            raise BuildError(str(exc)) from None

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    try:
        metadata = _build_into(work, data, extract, region, charger_paths, external, stages, preprocess, t0)
        _swap_in(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    (progress or _noprogress)(
        1.0, f"done: {metadata['nodes']:,} nodes, {metadata['edges']:,} edges, {metadata['chargers']} chargers"
    )
    return metadata


def _later(stages: Stages, name: str, label: str) -> Callable[[float], None]:
    """A stage callback that starts its stage on first use (pass 2 begins inside the reader)."""
    started: list[Callable[[float], None]] = []

    def fraction(f: float) -> None:
        if not started:
            started.append(stages.start(name, label))
        started[0](f)

    return fraction


def _build_into(
    work: Path,
    data: Extract,
    extract: Path,
    region: str,
    charger_paths: list[Path],
    external: list[dict[str, Any]],
    stages: Stages,
    preprocess: bool,
    t0: float,
) -> dict[str, Any]:
    """Everything after reading: the map files in ``work`` (``metadata.json`` last); returns the metadata."""
    summary, report = _write_graph(work, data, region, stages, preprocess)
    data.release_roads()  # the road arrays are on disk now; the place index needs the memory

    step = stages.start("places", "place index and chargers")
    index = places_mod.build_index(data.places, None, data.streets)
    (work / "places.json").write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    charger_list = merge_chargers(data.chargers, external)
    (work / "chargers.json").write_text(json.dumps(charger_list, ensure_ascii=False, indent=0), encoding="utf-8")
    step(1.0)

    stages.start("write", "writing the map")
    (work / "build_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    seconds = stages.done()
    seconds["total"] = round(time.monotonic() - t0, 2)
    metadata = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "region": region,
        "source": extract.name,
        "source_bytes": extract.stat().st_size,
        "charger_sources": [c.name for c in charger_paths],
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_seconds": seconds,
        "build_peak_rss_mb": stages.peak_rss_mb,
        "attribution": ATTRIBUTION,
        "license": "ODbL 1.0 (https://www.openstreetmap.org/copyright)",
        "rules": "car (hmi.nav.road_rules; docs/road-rules.md)",
        **summary,
        "places": len(index.get("entries", [])),
        "chargers": len(charger_list),
    }
    (work / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
    return metadata | {"report": report}


def _write_graph(
    work: Path, data: Extract, region: str, stages: Stages, preprocess: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The graph files and routing preprocessing in ``work``; (metadata entries, build report). The arrays are
    freed when this returns."""
    step = stages.start("graph", "building the road graph")
    ignored: Counter[str] = Counter()
    turns = resolve_osm(data.restrictions, data.ways, data.nodes, data.dropped_way_ids, ignored)
    step(0.1)
    asm = assemble(data, turns, ignored)
    step(0.8)
    report = build_report(data.stats, asm)
    save_arrays(work, asm.arrays)
    for name, content in (
        ("names.json", asm.names),
        ("lanes.json", asm.lanes),
        ("signs.json", asm.signs),
        ("restrictions.json", asm.restrictions),
    ):
        (work / name).write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    bbox = road_bbox(asm.arrays)
    step(1.0)
    routing: dict[str, Any] = {}
    if preprocess:
        graph = RoadGraph(
            asm.arrays,
            asm.names,
            {"bbox": bbox, "region": region},
            work,
            lanes=asm.lanes,
            signs=asm.signs,
            restrictions=asm.restrictions,
        )
        routing = preprocess_routing(graph, work, stages.start("routing", "routing preprocessing"))
    g = report["graph"]
    summary = {
        "nodes": g["nodes"],
        "edges": g["edges"],
        "components": g["components"],
        "largest_component_nodes": g["largest_component_nodes"],
        "length_km": round(float(np.sum(asm.arrays["edge_length_m"], dtype=np.float64)) / 1000.0, 1),
        "names": len(asm.names),
        "restrictions": len(asm.restrictions),
        "routing": routing.get("written", []),
        "bbox": bbox,
    }
    report["routing"] = routing
    return summary, report


def preprocess_routing(graph: RoadGraph, work: Path, fraction: Callable[[float], None]) -> dict[str, Any]:
    """The routing preprocessing stored with the map (the turn graph and its CCH order in ``turns/``, see
    :mod:`hmi.nav.routing_index`); its figures for the build report.

    The one place the build calls into routing, so a new preprocessing is a change here only.
    """
    from hmi.nav.routing_index import PREPROCESS_DIR, preprocess

    return {"written": [PREPROCESS_DIR], **preprocess(work, graph, fraction)}


def _swap_in(work: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by the freshly built ``work`` directory (old map removed only after the rename)."""
    if out_dir.exists() and not (out_dir / "metadata.json").is_file() and any(out_dir.iterdir()):
        raise BuildError(f"{out_dir}: exists and is not a map directory; refusing to overwrite it")
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        out_dir.rename(old)
    work.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


__all__ = [
    "BuildError",
    "Stages",
    "TextProgress",
    "build_map",
    "check_extract",
    "preprocess_routing",
    "region_name",
]
