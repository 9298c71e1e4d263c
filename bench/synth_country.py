"""A synthetic "country" as a real ``.osm.pbf`` (pyosmium's writer), for map-build benchmarks at 1–5 M graph nodes.

``python bench/synth_country.py --nodes 1000000 --seed 1 -o country.osm.pbf`` writes a country whose car graph has
about the requested number of nodes (the build reports the exact figure), deterministic from the seed:

* **towns** on a jittered lattice, villages to cities, each a street grid (residential streets, a main street
  pair through the centre, some one-way streets and living streets, street names, a ``place`` node), with traffic
  signals on the main streets, ``turn:lanes`` towards the centre, roundabouts at some town entries and barriers
  (bollards, gates) on a few streets;
* **rural roads** between neighbouring towns (primary / secondary / tertiary / unclassified by town size), curvy,
  with farm spurs (unclassified, tracks with access tags, hamlet roads) some of which are gated;
* **motorways** across the country every few lattice rows: two one-way carriageways (implied one-way), interchanges
  with ``highway=motorway_junction`` nodes (``ref`` = exit number), ``motorway_link`` slip roads with
  ``destination`` and ``destination:ref``, ``turn:lanes`` before the exits, feeder roads to the towns;
* **speed limits** of every form the road rules read (numbers, ``mph``, ``DE:urban``, ``AT:rural``, ``none``,
  ``walk``, ``DE:zone30``, ``maxspeed:forward``, ``source:maxspeed`` …);
* **turn restrictions** of every kind at town centres: no/only left/right/straight/u-turn via a node, via one and
  via two ways, ``except=motorcar`` (does not apply), ``restriction:motorcar``, ``restriction:conditional``;
* **chargers**: ``amenity=charging_station`` nodes with ``socket:*``, ``socket:*:output``, ``capacity``,
  ``operator`` — one per 500 graph nodes (~2,000 on the 1 M-node country), in towns and at motorway exits.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

M_PER_DEG = 111_320.0
LAT0, LON0 = 45.5, 6.0  #: south-west corner of the country
SPACING_M = 6_000.0  #: distance between town lattice points
BLOCK_M = 95.0  #: town block size
#: graph nodes one lattice point contributes on average (town grid, rural junctions, spurs, interchanges);
#: measured on generated countries, used to size the lattice for a requested node count
NODES_PER_TOWN = 255.0
#: chargers per graph node (~2,000 on a 1 M-node country)
CHARGERS_PER_NODE = 1 / 500

SYLLABLES_A = ["Ober", "Unter", "Neu", "Alt", "Gross", "Klein", "Hoch", "Tal", "Berg", "See", "Wald", "Au"]
SYLLABLES_B = ["ach", "au", "berg", "bach", "dorf", "feld", "hausen", "heim", "hofen", "ingen", "kirch", "stetten"]

RESTRICTION_KINDS = [
    # (from arm, to arm, tags): arms W/E (main row), S/N (main column) at the town centre
    ("W", "N", {"restriction": "no_left_turn"}),
    ("W", "S", {"restriction": "no_right_turn"}),
    ("W", "E", {"restriction": "no_straight_on"}),
    ("W", "W", {"restriction": "no_u_turn"}),
    ("S", "W", {"restriction": "only_left_turn"}),
    ("S", "E", {"restriction": "only_right_turn"}),
    ("S", "N", {"restriction": "only_straight_on"}),
    ("E", "S", {"restriction": "no_left_turn", "except": "motorcar;bicycle"}),
    ("N", "W", {"restriction:motorcar": "no_right_turn"}),
    ("E", "N", {"restriction:conditional": "no_right_turn @ (Mo-Fr 07:00-09:00)"}),
]


@dataclass
class Country:
    """Everything generated, in OSM terms (node ``i`` is at ``lat[i - 1]``, ``lon[i - 1]``)."""

    lat: np.ndarray = field(default_factory=lambda: np.zeros(1 << 16))
    lon: np.ndarray = field(default_factory=lambda: np.zeros(1 << 16))
    count: int = 0
    node_tags: dict[int, dict[str, str]] = field(default_factory=dict)
    ways: list[tuple[np.ndarray, dict[str, str]]] = field(default_factory=list)
    relations: list[tuple[list[tuple[str, int, str]], dict[str, str]]] = field(default_factory=list)
    towns: int = 0
    chargers: int = 0

    def nodes(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """Add nodes; their ids."""
        lat, lon = np.asarray(lat, np.float64).ravel(), np.asarray(lon, np.float64).ravel()
        n = len(lat)
        while self.count + n > len(self.lat):  # grow by doubling: amortised O(1) per node
            self.lat = np.concatenate((self.lat, np.zeros(len(self.lat))))
            self.lon = np.concatenate((self.lon, np.zeros(len(self.lon))))
        self.lat[self.count : self.count + n] = lat
        self.lon[self.count : self.count + n] = lon
        ids = np.arange(self.count + 1, self.count + 1 + n, dtype=np.int64)
        self.count += n
        return ids

    def node(self, lat: float, lon: float, tags: dict[str, str] | None = None) -> int:
        i = int(self.nodes(np.array([lat]), np.array([lon]))[0])
        if tags:
            self.node_tags[i] = tags
        return i

    def way(self, refs: Any, tags: dict[str, str]) -> int:
        """Add a way; its id (ways are numbered from 1 in creation order)."""
        self.ways.append((np.asarray(refs, np.int64), tags))
        return len(self.ways)

    def restriction(self, members: list[tuple[str, int, str]], tags: dict[str, str]) -> None:
        self.relations.append((members, {"type": "restriction", **tags}))


def _dlon(m: float, lat: float) -> float:
    return m / (M_PER_DEG * math.cos(math.radians(lat)))


def _town_name(i: int) -> str:
    a = SYLLABLES_A[i % len(SYLLABLES_A)]
    b = SYLLABLES_B[(i // len(SYLLABLES_A)) % len(SYLLABLES_B)]
    n = i // (len(SYLLABLES_A) * len(SYLLABLES_B))
    return f"{a}{b}" + (f" {n + 1}" if n else "")


@dataclass
class Town:
    """A town's grid: intersection node ids [row, col] (row 0 south), its size and where roads attach."""

    index: int
    name: str
    lat: float
    lon: float
    g: int
    ids: np.ndarray
    kind: str  # village | town | city
    east: int = 0
    west: int = 0
    north: int = 0
    south: int = 0


def _cuts(rng: np.random.Generator, n: int, required: set[int]) -> list[int]:
    """Way boundaries along a street of n+1 intersections: both ends, every 3–8 blocks, and ``required``."""
    cuts = {0, n} | {c for c in required if 0 < c < n}
    at = 0
    while True:
        at += int(rng.integers(3, 9))
        if at >= n:
            break
        cuts.add(at)
    return sorted(cuts)


def _street(
    c: Country, rng: np.random.Generator, inter: np.ndarray, shape_prob: float, lat_off: float
) -> tuple[np.ndarray, np.ndarray]:
    """(node ids, positions of the intersections in them) of a street through intersections ``inter``, with a shape
    point in some blocks."""
    seq: list[int] = []
    pos: list[int] = []
    for k in range(len(inter)):
        pos.append(len(seq))
        seq.append(int(inter[k]))
        if k + 1 < len(inter) and rng.random() < shape_prob:
            a, b = int(inter[k]) - 1, int(inter[k + 1]) - 1
            la = (_lat_of(c, a) + _lat_of(c, b)) / 2 + lat_off * (rng.random() - 0.5)
            lo = (_lon_of(c, a) + _lon_of(c, b)) / 2 + lat_off * (rng.random() - 0.5)
            seq.append(c.node(la, lo))
    return np.array(seq, np.int64), np.array(pos, np.int64)


def _lat_of(c: Country, i: int) -> float:
    """Latitude of the node at position ``i`` (id ``i + 1``)."""
    return float(c.lat[i])


def _lon_of(c: Country, i: int) -> float:
    return float(c.lon[i])


def build_town(c: Country, rng: np.random.Generator, index: int, lat: float, lon: float, g: int) -> Town:
    """A street grid of g x g blocks centred on (lat, lon), with its restrictions, signals, lanes and barriers."""
    kind = "city" if g >= 25 else ("town" if g >= 10 else "village")
    name = _town_name(index)
    ii, jj = np.meshgrid(np.arange(g + 1), np.arange(g + 1), indexing="ij")
    la = lat + (ii - g / 2) * BLOCK_M / M_PER_DEG + rng.normal(0, 3, ii.shape) / M_PER_DEG
    lo = lon + _dlon(1, lat) * ((jj - g / 2) * BLOCK_M + rng.normal(0, 3, jj.shape))
    ids = c.nodes(la, lo).reshape(g + 1, g + 1)
    town = Town(index, name, lat, lon, g, ids, kind)
    c.node(lat + 20 / M_PER_DEG, lon, {"place": kind, "name": name, "population": str(int(30 * g * g))})
    mid = g // 2
    main_class = {"city": "primary", "town": "secondary", "village": "tertiary"}[kind]
    shape = 0.6 if kind != "city" else 0.35
    restrict = g >= 6
    via_ways = g >= 14
    row_required = {mid} | ({mid + 1, mid + 2} if via_ways else set())
    arms: dict[str, int] = {}
    via_segments: dict[int, int] = {}
    north_of: dict[int, int] = {}

    for r in range(g + 1):
        main = r == mid
        long_oneway = not main and r % 6 == 3 and kind != "village"  # one way along the whole street
        name = "Hauptstrasse" if main else f"Querstrasse {r}"
        for a, b, wid in _street_ways(
            c,
            rng,
            ids[r, :],
            shape,
            row_required if main else set(),
            long_oneway,
            lambda a, b, main=main, name=name, r=r: _row_tags(rng, main, main_class, kind, name, r, g, a, b, mid),
        ):
            if main:
                if b == mid:
                    arms["W"] = wid
                if a == mid:
                    arms["E"] = wid
                via_segments[a] = wid
    for col in range(g + 1):
        main = col == mid
        required = {mid} if (main or (via_ways and col in (mid + 1, mid + 2))) else set()
        name = "Bahnhofstrasse" if main else f"Gasse {col}"
        for a, b, wid in _street_ways(
            c,
            rng,
            ids[:, col],
            shape,
            required,
            False,
            lambda a, b, main=main, name=name, col=col: _street_tags(rng, main, main_class, kind, name, col, g),
        ):
            if main:
                if b == mid:
                    arms["S"] = wid
                if a == mid:
                    arms["N"] = wid
            elif a == mid:
                north_of[col] = wid
    # traffic signals at the centre and every fourth crossing of the main street; a bollard on some side streets
    if kind != "village":
        c.node_tags[int(ids[mid, mid])] = {"highway": "traffic_signals"}
        for col in range(2, g, 4):
            if col != mid:
                c.node_tags[int(ids[mid, col])] = {"highway": "traffic_signals"}
    if g >= 8:
        r = mid - 2
        c.node_tags[int(ids[r, 1])] = {"barrier": "bollard"}
        c.node_tags[int(ids[r + 1, g - 1])] = {"barrier": "gate"}
        c.node_tags[int(ids[1, mid - 1])] = {"highway": "give_way"}
    if restrict:
        centre = int(ids[mid, mid])
        f, t, tags = RESTRICTION_KINDS[index % len(RESTRICTION_KINDS)]
        c.restriction([("w", arms[f], "from"), ("n", centre, "via"), ("w", arms[t], "to")], tags)
    if via_ways and mid + 1 in via_segments and mid + 2 in north_of and mid + 1 in north_of:
        if index % 2:
            members = [("w", arms["W"], "from"), ("w", via_segments[mid], "via"), ("w", north_of[mid + 1], "to")]
            c.restriction(members, {"restriction": "no_left_turn"})
        else:
            members = [
                ("w", arms["W"], "from"),
                ("w", via_segments[mid], "via"),
                ("w", via_segments[mid + 1], "via"),
                ("w", north_of[mid + 2], "to"),
            ]
            c.restriction(members, {"restriction": "only_straight_on" if index % 4 == 0 else "no_left_turn"})
    town.west, town.east = int(ids[mid, 0]), int(ids[mid, g])
    town.south, town.north = int(ids[0, mid]), int(ids[g, mid])
    c.towns += 1
    return town


def _street_ways(
    c: Country,
    rng: np.random.Generator,
    inter: np.ndarray,
    shape: float,
    required: set[int],
    whole: bool,
    tags_for: Any,
) -> list[tuple[int, int, int]]:
    """Lay a street through the intersections ``inter`` and cut it into ways (at ``required`` intersections, every
    3–8 blocks, or not at all when ``whole``); (first, last intersection index, way id) per way."""
    seq, pos = _street(c, rng, inter, shape, 10 / M_PER_DEG)
    n = len(inter) - 1
    cuts = [0, n] if whole else _cuts(rng, n, required)
    return [(a, b, c.way(seq[pos[a] : pos[b] + 1], tags_for(a, b))) for a, b in itertools.pairwise(cuts)]


def _row_tags(
    rng: np.random.Generator,
    main: bool,
    main_class: str,
    kind: str,
    name: str,
    r: int,
    g: int,
    a: int,
    b: int,
    mid: int,
) -> dict[str, str]:
    """Tags of an east-west street piece from intersection a to b: the main street has turn lanes at the centre."""
    tags = _street_tags(rng, main, main_class, kind, name, r, g)
    if main and a == mid:
        tags = {**tags, "turn:lanes:backward": "left|through;right"}
    if main and b == mid:
        tags = {**tags, "turn:lanes:forward": "left|through;right"}
    return tags


def _street_tags(
    rng: np.random.Generator, main: bool, main_class: str, kind: str, name: str, k: int, g: int
) -> dict[str, str]:
    if main:
        tags = {"highway": main_class, "name": name, "maxspeed": str(rng.choice(["50", "DE:urban", "50 km/h"]))}
        if kind == "city":
            tags["lanes"] = "4"
        return tags
    tags = {"highway": "residential", "name": name}
    roll = rng.random()
    if roll < 0.3:
        tags["maxspeed"] = "30"
    elif roll < 0.45:
        tags["maxspeed"] = "DE:zone30"
    elif roll < 0.5:
        tags["source:maxspeed"] = "DE:urban"
    elif roll < 0.53:
        tags["highway"] = "living_street"
        tags["maxspeed"] = "walk"
    if kind != "village" and k % 6 == 3:
        tags["oneway"] = "yes" if k % 12 == 3 else "-1"
    elif roll > 0.97:
        tags["access"] = "destination"
    return tags


def rural_road(
    c: Country, rng: np.random.Generator, a: int, b: int, cls: str, ref: str, spur_every_m: float = 1500.0
) -> None:
    """A curvy road from node a to node b, split into ways every ~5 km, with farm spurs."""
    lat_a, lon_a = _lat_of(c, a - 1), _lon_of(c, a - 1)
    lat_b, lon_b = _lat_of(c, b - 1), _lon_of(c, b - 1)
    length = math.hypot((lat_b - lat_a) * M_PER_DEG, (lon_b - lon_a) * M_PER_DEG * math.cos(math.radians(lat_a)))
    n = max(2, int(length / 150))
    t = np.linspace(0, 1, n + 1)[1:-1]
    nx, ny = -(lat_b - lat_a), (lon_b - lon_a)  # perpendicular (in degrees, good enough for a wiggle)
    norm = math.hypot(nx, ny) or 1.0
    wiggle = (np.sin(t * math.pi * rng.integers(1, 4)) * 60 + rng.normal(0, 8, len(t))) / M_PER_DEG / norm
    lat = lat_a + (lat_b - lat_a) * t + nx * wiggle
    lon = lon_a + (lon_b - lon_a) * t + ny * wiggle
    mid = c.nodes(lat, lon)
    seq = np.concatenate(([a], mid, [b]))
    speed = {
        "primary": ["100", "AT:rural", "80", "100"],
        "secondary": ["80", "100", "DE:rural"],
        "tertiary": ["80", "70", "60"],
        "unclassified": ["60", "50"],
    }[cls]
    step = max(1, int(5000 / 150))
    cuts = [*list(range(0, len(seq) - 1, step)), len(seq) - 1]
    for x, y in itertools.pairwise(cuts):
        tags = {"highway": cls, "maxspeed": str(rng.choice(speed))}
        if ref:
            tags["ref"] = ref
        if rng.random() < 0.05:
            tags = {
                "highway": cls,
                "maxspeed:forward": "70",
                "maxspeed:backward": "50",
                **({"ref": ref} if ref else {}),
            }
        if rng.random() < 0.03:
            tags["bridge"] = "yes"
        c.way(seq[x : y + 1], tags)
    # farm spurs from interior nodes
    k = int(spur_every_m / 150)
    for p in range(k, len(seq) - 1, k):
        if rng.random() < 0.7:
            spur(c, rng, int(seq[p]))


def spur(c: Country, rng: np.random.Generator, root: int) -> None:
    """A dead-end side road from ``root``: a hamlet road, an unclassified farm road or a track (maybe gated)."""
    la, lo = _lat_of(c, root - 1), _lon_of(c, root - 1)
    n = int(rng.integers(2, 5))
    ang = rng.uniform(0, 2 * math.pi)
    d = np.arange(1, n + 1) * rng.uniform(120, 220)
    lat = la + np.sin(ang) * d / M_PER_DEG
    lon = lo + np.cos(ang) * d * _dlon(1, la)
    ids = c.nodes(lat, lon)
    roll = rng.random()
    if roll < 0.35:
        tags = {"highway": "unclassified"}
    elif roll < 0.55:
        tags = {"highway": "residential", "name": f"Weiler {root}"}
    elif roll < 0.7:
        tags = {"highway": "track", "motor_vehicle": str(rng.choice(["agricultural", "forestry"]))}
    elif roll < 0.8:
        tags = {"highway": "track", "motor_vehicle": "destination"}
    elif roll < 0.9:
        tags = {"highway": "unclassified", "motor_vehicle": "no", "motorcar": "yes"}
    else:
        tags = {"highway": "service", "service": "driveway"}
    if rng.random() < 0.08 and n >= 2:
        c.node_tags[int(ids[0])] = {"barrier": str(rng.choice(["gate", "lift_gate", "bollard", "cattle_grid"]))}
    c.way(np.concatenate(([root], ids)), tags)


def roundabout(c: Country, rng: np.random.Generator, town: Town, cls: str) -> int:
    """A roundabout 80 m east of the town's east end, joined to it; returns the node the rural road attaches to."""
    la, lo = _lat_of(c, town.east - 1), _lon_of(c, town.east - 1) + _dlon(80, town.lat)
    k = np.arange(8)
    ring = c.nodes(la + np.sin(2 * np.pi * k / 8) * 25 / M_PER_DEG, lo + np.cos(2 * np.pi * k / 8) * _dlon(25, la))
    # counter-clockwise (driving on the right): node order east, north-east, north, …
    c.way(np.concatenate((ring, ring[:1])), {"highway": cls, "junction": "roundabout", "name": "Kreisel"})
    c.way([town.east, int(ring[4])], {"highway": cls, "name": "Hauptstrasse"})
    end = c.node(la + 400 / M_PER_DEG, lo)
    c.way([int(ring[2]), end], {"highway": "tertiary", "name": f"{town.name}er Strasse"})
    return int(ring[0])


def motorway(
    c: Country,
    rng: np.random.Generator,
    lat: float,
    lon_w: float,
    lon_e: float,
    ref: str,
    exits: list[tuple[float, Town]],
    exit_no: list[int],
) -> None:
    """Two carriageways from lon_w to lon_e at ``lat`` with an interchange per (lon, town) in ``exits``."""
    off = 15 / M_PER_DEG
    # junction positions along the motorway, west to east
    marks = sorted(exits, key=lambda e: e[0])
    for direction in ("east", "west"):
        clat = lat - off if direction == "east" else lat + off
        points: list[tuple[float, str, Any]] = [(lon_w, "end", None), (lon_e, "end", None)]
        for x, town in marks:
            dx = _dlon(600, lat)
            exit_x, entry_x = (x - dx, x + dx) if direction == "east" else (x + dx, x - dx)
            points.append((exit_x, "exit", town))
            points.append((entry_x, "entry", town))
        points.sort(key=lambda p: p[0], reverse=direction == "west")
        seq: list[int] = []
        junctions: list[tuple[int, str, Town]] = []
        for (x0, _, _), (x1, kind1, town1) in itertools.pairwise(points):
            if not seq:
                seq.append(c.node(clat, x0))
            n = max(1, int(abs(x1 - x0) / _dlon(500, lat)))
            xs = np.linspace(x0, x1, n + 1)[1:-1]
            if len(xs):
                seq.extend(c.nodes(np.full(len(xs), clat) + rng.normal(0, 2, len(xs)) / M_PER_DEG, xs).tolist())
            j = c.node(clat, x1)
            seq.append(j)
            if kind1 in ("exit", "entry"):
                junctions.append((len(seq) - 1, kind1, town1))
        # split the carriageway at junctions into ways
        cut = [0] + [p for p, _, _ in junctions] + [len(seq) - 1]
        exit_positions = {p for p, k, _ in junctions if k == "exit"}
        for x, y in itertools.pairwise(cut):
            tags = {
                "highway": "motorway",
                "ref": ref,
                "lanes": "3",
                "maxspeed": str(rng.choice(["120", "none", "130"])),
            }
            if y in exit_positions:
                tags["turn:lanes"] = "through|through|through;slight_right"
            c.way(seq[x : y + 1], tags)
        for p, kind, town in junctions:
            j = seq[p]
            k_node = town_feeder(c, rng, town, lat)
            if kind == "exit":
                exit_no[0] += 1
                c.node_tags[j] = {"highway": "motorway_junction", "ref": str(exit_no[0]), "name": town.name}
                la, lo = _lat_of(c, j - 1), _lon_of(c, j - 1)
                mid = c.node((la + _lat_of(c, k_node - 1)) / 2, (lo + _lon_of(c, k_node - 1)) / 2 + _dlon(30, la))
                c.way(
                    [j, mid, k_node],
                    {
                        "highway": "motorway_link",
                        "oneway": "yes",
                        "destination": town.name,
                        "destination:ref": f"B {town.index}",
                        "maxspeed": "80",
                    },
                )
            else:
                la, lo = _lat_of(c, j - 1), _lon_of(c, j - 1)
                mid = c.node((la + _lat_of(c, k_node - 1)) / 2, (lo + _lon_of(c, k_node - 1)) / 2 - _dlon(30, la))
                c.way([k_node, mid, j], {"highway": "motorway_link", "oneway": "yes", "destination": ref})


_FEEDERS: dict[int, int] = {}


def town_feeder(c: Country, rng: np.random.Generator, town: Town, mw_lat: float) -> int:
    """The node north of the motorway where a town's slip roads meet its feeder road (created once per town)."""
    if town.index in _FEEDERS:
        return _FEEDERS[town.index]
    k = c.node(mw_lat + 250 / M_PER_DEG, town.lon)
    tlat = _lat_of(c, town.south - 1)
    n = max(2, int((tlat - mw_lat) * M_PER_DEG / 300))
    lat = np.linspace(mw_lat + 250 / M_PER_DEG, tlat, n + 1)[1:-1]
    mid = c.nodes(lat, np.full(len(lat), town.lon) + rng.normal(0, 5, len(lat)) * _dlon(1, tlat))
    c.way(
        np.concatenate(([k], mid, [town.south])),
        {"highway": "primary", "ref": f"B {town.index}", "maxspeed": "80", "name": "Zubringer"},
    )
    # a charging park at the exit
    for s in range(int(rng.integers(1, 4))):
        charger(c, rng, mw_lat + 300 / M_PER_DEG, town.lon + _dlon(40 + 15 * s, mw_lat), fast=True)
    _FEEDERS[town.index] = k
    return k


def charger(c: Country, rng: np.random.Generator, lat: float, lon: float, fast: bool) -> None:
    """An ``amenity=charging_station`` node with sockets, outputs and capacity."""
    tags = {"amenity": "charging_station", "operator": str(rng.choice(["Energie AG", "Stadtwerke", "Ionity", "EnBW"]))}
    n_t2 = int(rng.integers(0, 5))
    if n_t2:
        tags["socket:type2"] = str(n_t2)
        tags["socket:type2:output"] = str(rng.choice(["11 kW", "22 kW"]))
    if fast or rng.random() < 0.3:
        tags["socket:type2_combo"] = str(int(rng.integers(1, 7)))
        tags["socket:type2_combo:output"] = str(rng.choice(["50 kW", "150 kW", "300 kW"]))
        if rng.random() < 0.4:
            tags["socket:chademo"] = "1"
            tags["socket:chademo:output"] = "50 kW"
    if len(tags) == 2:
        tags["socket:type2"] = "2"
        tags["socket:type2:output"] = "11 kW"
    tags["capacity"] = str(sum(int(v) for k, v in tags.items() if k.count(":") == 1 and k.startswith("socket:")))
    tags["name"] = f"Ladestation {c.chargers + 1}"
    c.node(lat, lon, tags)
    c.chargers += 1


def generate(target_nodes: int, seed: int = 1) -> Country:
    """Generate a country with about ``target_nodes`` car graph nodes."""
    _FEEDERS.clear()
    rng = np.random.default_rng(seed)
    c = Country()
    k = max(2, math.ceil(math.sqrt(target_nodes / NODES_PER_TOWN)))
    towns: dict[tuple[int, int], Town] = {}
    index = 0
    for r in range(k):
        for col in range(k):
            lat = LAT0 + (r * SPACING_M + rng.normal(0, 400)) / M_PER_DEG
            lon = LON0 + _dlon(col * SPACING_M + rng.normal(0, 400), lat)
            roll = rng.random()
            g = (
                int(rng.integers(4, 10))
                if roll < 0.6
                else int(rng.integers(10, 25))
                if roll < 0.93
                else int(rng.integers(25, 45))
            )
            towns[(r, col)] = build_town(c, rng, index, lat, lon, g)
            index += 1
    sizes = {"village": 0, "town": 1, "city": 2}
    for (r, col), t in towns.items():
        for dr, dc in ((0, 1), (1, 0)):
            o = towns.get((r + dr, col + dc))
            if o is None:
                continue
            s = min(sizes[t.kind], sizes[o.kind])
            cls = ["tertiary", "secondary", "primary"][s] if rng.random() > 0.15 else "unclassified"
            ref = (
                f"{'B' if cls == 'primary' else 'L'} {r * k + col}{'E' if dc else 'N'}" if cls != "unclassified" else ""
            )
            if dc:
                start = t.east
                if t.kind != "village" and rng.random() < 0.5:
                    start = roundabout(c, rng, t, cls)
                rural_road(c, rng, start, o.west, cls, ref)
            else:
                rural_road(c, rng, t.north, o.south, cls, ref)
    # motorways between lattice rows r and r+1 every fifth row, with exits to the towns of row r+1 (every other one)
    exit_no = [0]
    for r in range(1, k - 1, 5):
        lat = LAT0 + (r + 0.5) * SPACING_M / M_PER_DEG
        exits = [(towns[(r + 1, col)].lon, towns[(r + 1, col)]) for col in range(0, k, 2)]
        motorway(
            c,
            rng,
            lat,
            LON0 - _dlon(2000, lat),
            LON0 + _dlon((k - 1) * SPACING_M + 2000, lat),
            f"A {r}",
            exits,
            exit_no,
        )
    # chargers: the rest of the ~1 per 500 graph nodes in towns, by size
    want = max(1, round(target_nodes * CHARGERS_PER_NODE))
    all_towns = list(towns.values())
    weights = np.array([t.g**2 for t in all_towns], np.float64)
    picks = rng.choice(len(all_towns), size=max(0, want - c.chargers), p=weights / weights.sum())
    for i in picks.tolist():
        t = all_towns[i]
        a, b = rng.integers(0, t.g + 1, 2)
        node = int(t.ids[a, b]) - 1
        charger(c, rng, _lat_of(c, node) + 15 / M_PER_DEG, _lon_of(c, node), fast=rng.random() < 0.2)
    return c


def write_pbf(c: Country, path: Path) -> None:
    """Write the country with pyosmium's writer: nodes, ways, relations, each in id order."""
    import osmium
    from osmium.osm.mutable import Node, Relation, Way

    lat, lon = c.lat[: c.count], c.lon[: c.count]
    path.unlink(missing_ok=True)
    w = osmium.SimpleWriter(str(path))
    try:
        lat_l, lon_l = lat.tolist(), lon.tolist()
        tags = c.node_tags
        for i in range(len(lat_l)):
            nid = i + 1
            w.add_node(Node(id=nid, location=(lon_l[i], lat_l[i]), tags=tags.get(nid, {})))
        for wid, (refs, t) in enumerate(c.ways, 1):
            w.add_way(Way(id=wid, nodes=refs.tolist(), tags=t))
        for rid, (members, t) in enumerate(c.relations, 1):
            w.add_relation(Relation(id=rid, members=members, tags=t))
    finally:
        w.close()


def main(argv: list[str] | None = None) -> int:
    """Command line: generate and write a country; prints what it wrote."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--nodes", type=int, default=1_000_000, help="approximate car graph nodes (default 1,000,000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-o", "--output", type=Path, required=True, help="the .osm.pbf to write")
    args = p.parse_args(argv)
    t = time.perf_counter()
    c = generate(args.nodes, args.seed)
    t_gen = time.perf_counter() - t
    write_pbf(c, args.output)
    print(
        f"{args.output}: {c.count:,} nodes, {len(c.ways):,} ways, {len(c.relations):,} restrictions, {c.towns:,} "
        f"towns, {c.chargers:,} chargers ({args.output.stat().st_size / 1e6:.1f} MB; generated in {t_gen:.1f} s, "
        f"written in {time.perf_counter() - t - t_gen:.1f} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
