"""Map build benchmark: the streaming build against the old osmnx path, time per stage and peak memory.

``.venv/bin/python bench/bench_mapbuild.py [--quick] [--nodes 1000000 5000000] [--regions liechtenstein andorra]``

For each extract — the shipped regions and synthetic countries from ``bench/synth_country.py`` (cached in
``build/bench-extracts``) — two builds run, each in a fresh process so its peak RSS is its own:

* **ours**: ``hmi.nav.build.build_map`` (streaming pyosmium passes, numpy simplifier), stages as it records them;
* **baseline (old path)**: what the map build did before: one pyosmium pass keeping every node location
  (``with_locations``) and the road ways with their coordinates in Python dicts, the same road rules, the ways
  written as OSM XML, ``osmnx.graph_from_xml`` (simplified), osmnx speeds and travel times, and the export to
  arrays through networkx (edges, strongly connected components).

Both skip routing preprocessing (it belongs to routing, ``bench/bench_nav.py``) and do the same work otherwise.
The baseline is run only up to ``--baseline-max`` graph nodes (default 1,000,000) and stopped after
``--baseline-timeout`` seconds; where it is not run its memory is extrapolated from the largest size it completed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
EXTRACTS = REPO / "build" / "bench-extracts"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cpu_s() -> float:
    """CPU seconds of this process (user + system): steadier than wall time on a machine others are using."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return round(r.ru_utime + r.ru_stime, 1)


# ------------------------------------------------------------------------------------------------ the two builds
def child_ours(extract: Path, out: Path) -> dict[str, Any]:
    from hmi.nav.build import build_map

    t = time.perf_counter()
    meta = build_map(extract, out, preprocess=False)
    return {
        "seconds": meta["build_seconds"] | {"total": round(time.perf_counter() - t, 2)},
        "peak_rss_mb": round(_rss_mb(), 1),
        "cpu_s": _cpu_s(),
        "peak_rss_mb_by_stage": meta["build_peak_rss_mb"],
        "nodes": meta["nodes"],
        "edges": meta["edges"],
        "restrictions": meta["restrictions"],
        "chargers": meta["chargers"],
    }


def child_baseline(extract: Path, out: Path) -> dict[str, Any]:
    """The old path on the same roads (see the module docstring), stage by stage as the old ``build_map`` ran."""
    import warnings

    import networkx as nx
    import numpy as np
    import osmium
    import osmnx as ox

    from hmi.nav import places as places_mod
    from hmi.nav.chargers import osm_charger
    from hmi.nav.road_rules import ROADS, Dropped, car_way

    seconds: dict[str, float] = {}
    t = time.perf_counter()
    node_coords: dict[int, tuple[float, float]] = {}
    ways: list[tuple[int, list[int], str, str, str | None]] = []
    raw_places: list[dict[str, Any]] = []
    chargers: list[dict[str, Any]] = []

    def feature(kind: str, osmid: int, tags: dict[str, str], coords: list[tuple[float, float]]) -> None:
        if tags.get("amenity") == "charging_station":
            c = osm_charger(f"{kind[0]}{osmid}", tags, *places_mod.centre(coords))
            if c is not None:
                chargers.append(c)
        rec = places_mod.raw_record(kind, osmid, tags, coords)
        if rec is not None:
            raw_places.append(rec)

    # one pass over every object, node locations of the whole file kept by pyosmium
    for obj in osmium.FileProcessor(str(extract), osmium.osm.NODE | osmium.osm.WAY).with_locations():
        if not obj.tags:
            continue
        tags = dict(obj.tags)
        if obj.is_node():
            if obj.location.valid():
                feature("node", obj.id, tags, [(obj.location.lat, obj.location.lon)])
            continue
        refs, coords = [], []
        for nd in obj.nodes:
            if nd.location.valid():
                refs.append(nd.ref)
                coords.append((nd.location.lat, nd.location.lon))
        if "highway" in tags and len(refs) >= 2:
            v = car_way(tags)
            if not isinstance(v, Dropped):
                p = v.profile
                oneway = "no" if p.forward and p.backward else ("yes" if p.forward else "-1")
                ways.append((obj.id, refs, oneway, tags["highway"], tags.get("maxspeed")))
                node_coords.update(zip(refs, coords, strict=True))
        if coords:
            feature("way", obj.id, tags, coords)
    seconds["read"] = time.perf_counter() - t

    t = time.perf_counter()
    xml = out / "drive.osm"
    out.mkdir(parents=True, exist_ok=True)
    with xml.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n')
        for nid, (lat, lon) in node_coords.items():
            fh.write(f'<node id="{nid}" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
        for wid, refs, oneway, hw, ms in ways:
            fh.write(f'<way id="{wid}">' + "".join(f'<nd ref="{r}"/>' for r in refs))
            fh.write(f'<tag k="highway" v="{hw}"/><tag k="oneway" v="{oneway}"/>')
            if ms:
                fh.write(f'<tag k="maxspeed" v="{ms}"/>')
            fh.write("</way>\n")
        fh.write("</osm>\n")
    del node_coords, ways
    seconds["write_xml"] = time.perf_counter() - t

    t = time.perf_counter()
    ox.settings.log_console = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        G = ox.graph_from_xml(xml, simplify=True, retain_all=True)
        G = ox.routing.add_edge_speeds(G, hwy_speeds={k: r.default_kmh for k, r in ROADS.items()})
        G = ox.routing.add_edge_travel_times(G)
    xml.unlink()
    seconds["osmnx"] = time.perf_counter() - t

    t = time.perf_counter()
    osmids = sorted(G.nodes)
    index = {o: i for i, o in enumerate(osmids)}
    rows = sorted(((index[u], index[v], d) for u, v, _k, d in G.edges(keys=True, data=True)), key=lambda r: r[:2])
    glat: list[float] = []
    glon: list[float] = []
    for _, _, d in rows:
        geom = d.get("geometry")
        if geom is not None:
            xs, ys = geom.xy
            glat.extend(ys)
            glon.extend(xs)
    comps = sorted(nx.strongly_connected_components(G), key=len, reverse=True)
    comp = np.empty(len(osmids), np.int32)
    for ci, c in enumerate(comps):
        for o in c:
            comp[index[o]] = ci
    arrays = {
        "edge_target": np.array([r[1] for r in rows], np.int32),
        "edge_length_m": np.array([r[2]["length"] for r in rows], np.float32),
        "edge_time_s": np.array([r[2]["travel_time"] for r in rows], np.float32),
        "geom_lat": np.array(glat),
        "geom_lon": np.array(glon),
        "node_component": comp,
    }
    for k, a in arrays.items():
        np.save(out / f"{k}.npy", a)
    seconds["export"] = time.perf_counter() - t

    t = time.perf_counter()
    index_json = places_mod.build_index(raw_places)
    (out / "places.json").write_text(json.dumps(index_json), encoding="utf-8")
    (out / "chargers.json").write_text(json.dumps(chargers), encoding="utf-8")
    seconds["places"] = time.perf_counter() - t
    seconds = {k: round(v, 2) for k, v in seconds.items()}
    seconds["total"] = round(sum(seconds.values()), 2)
    return {
        "seconds": seconds,
        "peak_rss_mb": round(_rss_mb(), 1),
        "cpu_s": _cpu_s(),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
    }


def run_child(kind: str, extract: Path, timeout: float | None) -> dict[str, Any]:
    """One build in a fresh process; {"error": reason} when it fails or times out."""
    with tempfile.TemporaryDirectory(prefix="bench-mapbuild-") as tmp:
        cmd = [sys.executable, __file__, "--child", kind, str(extract), str(Path(tmp) / "map")]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO)
        except subprocess.TimeoutExpired:
            return {"error": f"stopped after {timeout:.0f} s"}
    if r.returncode != 0:
        tail = (r.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit {r.returncode}: {tail[:120]}"}
    return json.loads(r.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------------ extracts
def synthetic(nodes: int, seed: int) -> tuple[Path, float | None]:
    """(extract, generation seconds or None when cached) of a synthetic country."""
    path = EXTRACTS / f"country-{nodes}-s{seed}.osm.pbf"
    if path.is_file():
        return path, None
    EXTRACTS.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    partial = path.with_name(f".partial-{path.name}")  # keeps the .osm.pbf suffix pyosmium's writer needs
    subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "synth_country.py"),
            "--nodes",
            str(nodes),
            "--seed",
            str(seed),
            "-o",
            str(partial),
        ],
        check=True,
    )
    partial.rename(path)
    return path, time.perf_counter() - t


def _fmt_stages(s: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.1f}" for k, v in s.items() if k != "total")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="one small synthetic country (50,000 nodes)")
    p.add_argument("--nodes", type=int, nargs="*", help="synthetic country sizes (default 200,000)")
    p.add_argument("--regions", nargs="*", default=["liechtenstein", "andorra"], help="shipped extracts")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--baseline-max", type=int, default=1_000_000, help="largest size the baseline is run on")
    p.add_argument("--baseline-timeout", type=float, default=3600.0)
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--child", nargs=3, metavar=("KIND", "EXTRACT", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        kind, extract, out = args.child
        fn = child_ours if kind == "ours" else child_baseline
        print(json.dumps(fn(Path(extract), Path(out))))
        return 0

    from hmi.nav.paths import extract_path

    sizes = args.nodes if args.nodes else ([50_000] if args.quick else [200_000])
    rows: list[dict[str, Any]] = []
    jobs: list[tuple[str, Path, int | None]] = [(r, extract_path(r), None) for r in args.regions]
    for n in sizes:
        path, gen = synthetic(n, args.seed)
        label = f"synthetic {n / 1e6:g} M" if n >= 1_000_000 else f"synthetic {n / 1e3:g} k"
        if gen is not None:
            print(f"generated {path.name} in {gen:.0f} s", file=sys.stderr)
        jobs.append((label, path, n))
    for label, path, n in jobs:
        print(f"building {label} ({path.stat().st_size / 1e6:.1f} MB) ...", file=sys.stderr, flush=True)
        ours = run_child("ours", path, None)
        if n is None or n <= args.baseline_max:
            base = run_child("baseline", path, args.baseline_timeout)
        else:
            base = {"error": f"not run (above --baseline-max {args.baseline_max:,})"}
        rows.append({"extract": label, "bytes": path.stat().st_size, "ours": ours, "baseline": base})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)

    print(
        "| extract | graph nodes / edges | ours: wall (stages, s) | ours CPU | ours peak RSS "
        "| old path: wall (stages, s) | old path CPU | old path peak RSS | speed-up (CPU) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        o, b = r["ours"], r["baseline"]
        if "error" in o:
            print(f"| {r['extract']} | – | failed: {o['error']} | | | | | | |")
            continue
        if "error" in b:
            base_txt, base_cpu, base_rss, speed = b["error"], "–", "–", "–"
        else:
            base_txt = f"{b['seconds']['total']:.1f} s ({_fmt_stages(b['seconds'])})"
            base_cpu = f"{b['cpu_s']:.1f} s"
            base_rss = f"{b['peak_rss_mb']:,.0f} MB"
            speed = f"{b['cpu_s'] / max(o['cpu_s'], 1e-9):.1f}×"
        print(
            f"| {r['extract']} ({r['bytes'] / 1e6:.1f} MB) | {o['nodes']:,} / {o['edges']:,} "
            f"| {o['seconds']['total']:.1f} s ({_fmt_stages(o['seconds'])}) | {o['cpu_s']:.1f} s "
            f"| {o['peak_rss_mb']:,.0f} MB | {base_txt} | {base_cpu} | {base_rss} | {speed} |"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
