"""What a map build kept, dropped and why: ``build_report.json`` in the map and the summary ``hmi mapbuild`` prints.

The JSON has one section per rule of :mod:`hmi.nav.road_rules`:

* ``ways``: highway ways read, kept, ``dropped`` by reason (``"motor_vehicle=no (closed to cars)"``,
  ``"highway=footway (closed to cars)"``, …), ``opened_by`` (a more specific tag letting a car in, e.g.
  ``"motorcar=yes over motor_vehicle=no"``) and unparsed ``maxspeed`` values;
* ``restrictions``: relations read, ``applied`` by restriction value, ``ignored`` by reason;
* ``nodes``: barriers by value and verdict, flagged graph nodes, blocking barriers on roads and their dead-end
  copies, loops split;
* ``graph``: nodes, edges, components, edges with a known speed limit, destination-only edges;
* ``routing`` (when the build preprocessed routing): the turn graph's figures from :mod:`hmi.nav.routing_index`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from hmi.nav.assemble import Assembled
from hmi.nav.graph import EdgeAccess
from hmi.nav.osm_read import ReadStats

#: Reasons listed by name in the printed summary (the JSON has all of them).
TOP_REASONS = 6


def build_report(stats: ReadStats, asm: Assembled) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    a = asm.arrays
    comp = a["node_component"]
    ms = a["edge_maxspeed_kmh"]
    applied = Counter(r["restriction"] for r in asm.restrictions)
    return {
        "ways": {
            "highway_ways": stats.highway_ways,
            "kept": stats.kept_ways,
            "dropped": _sorted(stats.dropped),
            "opened_by": _sorted(stats.opened_by),
            "unparsed_maxspeed": _sorted(stats.bad_maxspeed),
        },
        "restrictions": {
            "relations": stats.restriction_relations,
            "applied": len(asm.restrictions),
            "applied_by_value": _sorted(applied),
            "ignored": _sorted(asm.restrictions_ignored),
        },
        "nodes": {
            "read": stats.nodes_found,
            "missing_from_extract": stats.nodes_needed - stats.nodes_found,
            "barriers_by_value": _sorted(stats.barriers),
            "flagged_graph_nodes": _sorted(asm.flagged_nodes),
            "blocking_barriers_on_roads": asm.blocking_barriers,
            "barrier_copies": asm.barrier_copies,
            "loops_split": asm.loop_splits,
        },
        "graph": {
            "nodes": len(a["node_lat"]),
            "edges": len(a["edge_target"]),
            "components": int(comp.max()) + 1 if len(comp) else 0,
            "largest_component_nodes": int(np.count_nonzero(comp == 0)),
            "edges_with_speed_limit": int(np.count_nonzero(~np.isnan(ms))),
            "destination_only_edges": int(np.count_nonzero(a["edge_access"] & EdgeAccess.DESTINATION)),
            "edges_with_turn_lanes": int(np.count_nonzero(a["edge_lanes"] >= 0)),
            "edges_with_signposts": int(np.count_nonzero(a["edge_sign"] >= 0)),
        },
    }


def _sorted(c: Counter[str]) -> dict[str, int]:
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def _top(d: dict[str, int]) -> str:
    items = list(d.items())
    text = ", ".join(f"{n:,} {reason}" for reason, n in items[:TOP_REASONS])
    rest = sum(n for _, n in items[TOP_REASONS:])
    if rest:
        text += f", {rest:,} for {len(items) - TOP_REASONS} other reasons"
    return text or "none"


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The report in a few lines for the terminal."""
    w, r, n, g = report["ways"], report["restrictions"], report["nodes"], report["graph"]
    lines = [f"roads: {w['kept']:,} of {w['highway_ways']:,} highway ways kept for cars"]
    if w["opened_by"]:
        lines.append(f"  opened by a more specific tag: {_top(w['opened_by'])}")
    lines.append(f"  dropped: {_top(w['dropped'])}")
    if w["unparsed_maxspeed"]:
        lines.append(f"  unparsed maxspeed (class default used): {_top(w['unparsed_maxspeed'])}")
    lines.append(
        f"turn restrictions: {r['applied']:,} of {r['relations']:,} applied"
        + (f" ({_top(r['applied_by_value'])})" if r["applied_by_value"] else "")
    )
    if r["ignored"]:
        lines.append(f"  ignored: {_top(r['ignored'])}")
    flagged = n["flagged_graph_nodes"]
    lines.append(
        f"nodes: {n['blocking_barriers_on_roads']:,} blocking barriers on roads, "
        f"{flagged.get('gate', 0):,} gates, {flagged.get('traffic_signals', 0):,} traffic signals, "
        f"{flagged.get('stop', 0) + flagged.get('give_way', 0):,} stop/give-way signs"
    )
    lines.append(
        f"graph: {g['nodes']:,} nodes, {g['edges']:,} edges, {g['components']:,} components "
        f"(largest {g['largest_component_nodes']:,} nodes); speed limit known on "
        f"{_pct(g['edges_with_speed_limit'], g['edges'])} of edges, {g['destination_only_edges']:,} destination-only"
    )
    routing = report.get("routing") or {}
    if "states" in routing:
        lines.append(
            f"routing: {routing['states']:,} turn states, {routing['arcs']:,} allowed turns; "
            f"{routing.get('restrictions_rejected', 0):,} restrictions did not fit the graph"
        )
    return lines


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.0f} %" if b else "0 %"
