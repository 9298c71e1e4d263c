"""Offline geocoder over a map's place index, following geopy's geocoder interface.

``OfflineGeocoder(map_dir).geocode("Städtle 1, Vaduz")`` returns a :class:`geopy.location.Location` (or a list
with ``exactly_one=False``, or None when nothing matches — like geopy's online geocoders), and
``reverse((lat, lon))`` names the street (or address) at a position.

Matching is token based and forgiving:

* case, accents and German spellings fold together (``Straße``/``Strasse``, ``ä``/``ae``/``a``, ``Schaan`` typed
  ``schaan``, ``Sant Julià de Lòria`` typed ``sant julia de loria``, Catalan ``l·l`` typed ``ll``);
* abbreviations expand (``Landstr.`` → ``landstrasse``, ``pl.`` → ``platz``);
* compound street names also match by their stem (``Aeule`` finds ``Äulestrasse``);
* typos within one edit (two for words of eight letters or more) still match, scored lower;
* every query word must match something: nonsense finds nothing.

Results rank by match quality, then by distance from ``near`` (the car) using :mod:`geopy.distance`.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hmi.nav.places import load_places

if TYPE_CHECKING:
    from geopy.location import Location

# geopy is imported lazily: its package __init__ pulls in every online geocoder (~0.4 s), too slow for start-up

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 200
#: street-name suffixes that also index the stem ("aulestrasse" → "aule" + "strasse")
SUFFIXES = ("strasse", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "steig", "gass", "street", "road")
ABBREVIATIONS = {"str": "strasse", "pl": "platz", "st": "sankt", "hl": "heilig", "rd": "road"}
#: English (and other) exonyms → the local name used in OSM
EXONYMS = {
    "munich": "munchen",
    "vienna": "wien",
    "zurich": "zurich",
    "cologne": "koln",
    "nuremberg": "nurnberg",
    "geneva": "geneve",
    "milan": "milano",
    "turin": "torino",
    "monaco": "monaco",
    "lucerne": "luzern",
}
#: category words people type → OSM tag values in the index
CATEGORY_WORDS = {
    "restaurant": ["restaurant"],
    "cafe": ["cafe"],
    "kaffee": ["cafe"],
    "hotel": ["hotel"],
    "tankstelle": ["fuel"],
    "petrol": ["fuel"],
    "gas": ["fuel"],
    "fuel": ["fuel"],
    "parking": ["parking"],
    "parkplatz": ["parking"],
    "parkhaus": ["parking"],
    "charging": ["charging", "station"],
    "ladestation": ["charging", "station"],
    "supermarket": ["supermarket"],
    "supermarkt": ["supermarket"],
    "pharmacy": ["pharmacy"],
    "apotheke": ["pharmacy"],
    "hospital": ["hospital"],
    "spital": ["hospital"],
    "krankenhaus": ["hospital"],
    "school": ["school"],
    "schule": ["school"],
    "bank": ["bank"],
    "museum": ["museum"],
    "garage": ["car", "repair"],
    "werkstatt": ["car", "repair"],
    "townhall": ["townhall"],
    "rathaus": ["townhall"],
    "post": ["post", "office"],
}
TYPE_BONUS = {"place": 0.08, "street": 0.05, "poi": 0.0, "address": 0.0}


_AE = re.compile(r"(?<=[a-z])ae|^ae|(?<=\s)ae")
_OE = re.compile(r"(?<=[a-z])oe|^oe|(?<=\s)oe")
_UE = re.compile(r"(?<=[a-z])ue|^ue|(?<=\s)ue")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, ASCII-folded text: "Straße Äule" → "strasse aule" (ae/oe/ue also fold to a/o/u)."""
    text = text.lower().replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # Catalan "l·l" (and "ŀl", which NFKD splits into "l·l"): "Col·legi" is typed "collegi" or "col·legi"
    text = text.replace("\u00b7", "").replace("\u2027", "")
    # "Staedtle" is how Städtle is typed without umlauts; fold both to "stadtle"
    return _UE.sub("u", _OE.sub("o", _AE.sub("a", text)))


_TOKEN_RE = re.compile(r"[a-z0-9]+\.?")


def tokens(text: str) -> list[str]:
    """Folded tokens with abbreviations expanded (``"Landstr. 5"`` → ``["landstrasse", "5"]``)."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for raw in _TOKEN_RE.findall(fold(text)):
        tok = raw.rstrip(".")
        if not tok:
            continue
        if tok in ABBREVIATIONS and (raw.endswith(".") or tok in ("str",)):
            tok = ABBREVIATIONS[tok]
        elif tok.endswith("str") and len(tok) > 4:
            tok = tok[:-3] + "strasse"  # "Landstr" / "Landstr."
        tok = EXONYMS.get(tok, tok)
        out.append(tok)
    return tuple(out)


def _stems(tok: str) -> list[str]:
    for suf in SUFFIXES:
        if tok.endswith(suf) and len(tok) > len(suf) + 2:
            return [tok[: -len(suf)], suf]
    return []


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        row_min = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            row_min = min(row_min, v)
        if row_min > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@dataclass
class _Entry:
    raw: dict[str, Any]
    toks: frozenset[str]
    name_toks: tuple[str, ...]
    hn: str


def _fast_km(near: tuple[float, float], lat: float, lon: float) -> float:
    dy = (lat - near[0]) * 111.32
    dx = (lon - near[1]) * 111.32 * math.cos(math.radians(near[0]))
    return math.hypot(dx, dy)


def _hn_key(hn: str) -> str:
    return re.sub(r"\s+", "", fold(hn))


class OfflineGeocoder:
    """geopy-style geocoder over ``<map_dir>/places.json`` (reverse geocoding also uses the road graph)."""

    def __init__(self, map_dir: str | Path, graph: Any = None) -> None:
        """Load the place index of ``map_dir``; ``graph`` (a loaded RoadGraph) is reused for :meth:`reverse`."""
        self.map_dir = Path(map_dir)
        self._graph = graph
        self.entries: list[_Entry] = []
        self._vocab: dict[str, list[int]] = defaultdict(list)  # token → entry ids
        self._by_len: dict[int, list[str]] = defaultdict(list)
        for e in load_places(self.map_dir):
            self._add(e)
        for tok in self._vocab:
            self._by_len[len(tok)].append(tok)
        self._addr_pts: Any = None

    def _add(self, e: dict[str, Any]) -> None:
        name_toks = tuple(tokens(e["name"]))
        toks = set(name_toks)
        for field in ("city", "street", "postcode"):
            if e.get(field):
                toks.update(tokens(str(e[field])))
        cat = e.get("cat")
        if cat and e["t"] == "poi":
            toks.update(tokens(cat.split("=", 1)[-1].replace("_", " ")))
        for t in list(toks):
            toks.update(_stems(t))
        hn = _hn_key(e.get("hn", ""))
        if hn:
            toks.discard(hn)  # house numbers are matched separately
        idx = len(self.entries)
        self.entries.append(_Entry(e, frozenset(toks), name_toks, hn))
        for t in toks:
            self._vocab[t].append(idx)

    # -------------------------------------------------------------------------------------------- matching
    def _similar(self, q: str) -> dict[str, float]:
        """Vocabulary tokens matching query token ``q`` with a similarity in (0, 1]."""
        out: dict[str, float] = {}
        if q in self._vocab:
            out[q] = 1.0
        if q in CATEGORY_WORDS:
            for t in CATEGORY_WORDS[q]:
                if t in self._vocab:
                    out[t] = max(out.get(t, 0.0), 0.95)
        if len(q) >= 3:
            # prefix typing ("vadu" → "vaduz"); only for the last/partial word in practice
            for length in range(len(q) + 1, len(q) + 12):
                for t in self._by_len.get(length, ()):
                    if t.startswith(q):
                        out[t] = max(out.get(t, 0.0), 0.85 - 0.01 * (length - len(q)))
        if len(q) >= 4:
            limit = 1 if len(q) < 8 else 2
            for length in range(len(q) - limit, len(q) + limit + 1):
                for t in self._by_len.get(length, ()):
                    if t in out or (t[0] != q[0] and t[-1] != q[-1]):
                        continue
                    d = _edit_distance(q, t, limit)
                    if d <= limit:
                        out[t] = max(out.get(t, 0.0), 0.8 - 0.1 * (d - 1))
        return out

    def search(self, query: str, near: tuple[float, float] | None = None, limit: int = 10) -> list[tuple[float, dict]]:
        """Ranked (score, entry) pairs for ``query`` (scores 0..~1.2; higher is better)."""
        if not isinstance(query, str):
            log.warning("geocode: ignored non-text query of type %s", type(query).__name__)
            return []
        query = query[:MAX_QUERY_CHARS]
        toks = tokens(query)
        hn = ""
        words: list[str] = []
        for t in toks:
            if any(c.isdigit() for c in t):
                if not hn and not (len(t) == 4 and t.isdigit() and words and len(toks) > 2):
                    hn = t
                    continue
                if len(t) == 4 and t.isdigit():  # a postcode like 9490
                    words.append(t)
                    continue
                if not hn:
                    hn = t
                continue
            if t in ("in", "at", "bei", "im", "the", "an"):
                continue
            words.append(t)
        if not words:
            return []
        # each word: entry id → best similarity
        per_word: list[dict[int, float]] = []
        for w in words:
            best: dict[int, float] = {}
            for tok, sim in self._similar(w).items():
                for i in self._vocab[tok]:
                    if sim > best.get(i, 0.0):
                        best[i] = sim
            if not best:
                return []  # a word that matches nothing at all: no result (nonsense stays nonsense)
            per_word.append(best)
        wordset = set(words)
        candidates = set(per_word[0])
        for b in per_word[1:]:
            candidates &= set(b)
        results: list[tuple[float, dict]] = []
        for i in candidates:
            ent = self.entries[i]
            e = ent.raw
            match = sum(b[i] for b in per_word) / len(per_word)
            # prefer entries whose own name is covered by the query ("Rathaus Vaduz" the building over
            # "Rathausgasse"; "Landstrasse" over "Alte Landstrasse")
            coverage = sum(
                1.0 if nt in wordset else 0.5 if any(nt.startswith(w) for w in words) else 0.0 for nt in ent.name_toks
            ) / max(1, len(ent.name_toks))
            score = 0.8 * match + 0.15 * coverage + TYPE_BONUS.get(e["t"], 0.0)
            if hn:
                if e["t"] == "address":
                    if ent.hn == _hn_key(hn):
                        score += 0.3
                    elif (
                        re.match(r"\d+", ent.hn)
                        and re.match(r"\d+", hn)
                        and re.match(r"\d+", ent.hn).group() == re.match(r"\d+", hn).group()
                    ):  # type: ignore[union-attr]
                        score += 0.2  # "1" finds "1a"
                    else:
                        continue  # wrong house number: the street entry stands for it
                elif e["t"] == "street":
                    score += 0.05
            elif e["t"] == "address":
                score -= 0.1
            if e["t"] == "place":
                score += min(0.1, math.log10(1 + max(0, int(e.get("pop", 0) or 0))) / 50)
            if near is not None:
                km = _fast_km(near, e["lat"], e["lon"])
                score -= min(0.25, 0.05 * math.log1p(km))
            results.append((score, e))
        results.sort(key=lambda r: (-r[0], r[1]["name"]))
        if near is not None:
            from geopy.distance import distance as geo_distance

            # exact geodesic distance (geopy) for the entries we return
            results = [
                (sc, {**e, "distance_m": round(geo_distance(near, (e["lat"], e["lon"])).m, 1)})
                for sc, e in results[: limit * 4]
            ]
        # drop near-duplicates (same label at nearly the same place, e.g. two bus-stop nodes)
        out: list[tuple[float, dict]] = []
        seen: list[tuple[str, float, float]] = []
        for sc, e in results:
            label = self.label(e)
            if any(lb == label and abs(la - e["lat"]) < 0.003 and abs(lo - e["lon"]) < 0.004 for lb, la, lo in seen):
                continue
            seen.append((label, e["lat"], e["lon"]))
            out.append((sc, e))
            if len(out) >= limit:
                break
        return out

    @staticmethod
    def label(e: dict[str, Any]) -> str:
        """Display text of an index entry: "Städtle 1, 9490 Vaduz", "Landstrasse, Schaan", "Rathaus, Vaduz"."""
        city = e.get("city", "")
        if e["t"] == "address":
            place = f"{e.get('postcode', '')} {city}".strip()
            return f"{e['name']}, {place}" if place else e["name"]
        if e["t"] == "poi" and e.get("street"):
            return f"{e['name']}, {e['street']} {e.get('hn', '')}".strip() + (f", {city}" if city else "")
        return f"{e['name']}, {city}" if city and city != e["name"] else e["name"]

    def _location(self, e: dict[str, Any], score: float | None = None) -> Location:
        from geopy.location import Location

        raw = dict(e)
        raw["type"] = {"t": e["t"]}["t"]
        if score is not None:
            raw["score"] = round(score, 4)
        return Location(self.label(e), (e["lat"], e["lon"], 0.0), raw)

    # -------------------------------------------------------------------------------------------- geopy API
    def geocode(
        self,
        query: str,
        exactly_one: bool = True,
        timeout: float | None = None,
        limit: int | None = None,
        near: tuple[float, float] | None = None,
    ) -> Location | list[Location] | None:
        """Find ``query``; one :class:`Location`, a ranked list (``exactly_one=False``), or None if nothing matches.

        ``near`` = (lat, lon) ranks closer matches higher (pass the car position). ``timeout`` is accepted for
        geopy compatibility and ignored (everything is local).
        """
        if near is not None:
            try:
                near = (float(near[0]), float(near[1]))
                if not (
                    math.isfinite(near[0]) and math.isfinite(near[1]) and abs(near[0]) <= 90 and abs(near[1]) <= 180
                ):
                    near = None
            except (TypeError, ValueError, IndexError):
                near = None
        try:
            n = 1 if exactly_one else max(1, min(int(limit or 10), 100))
        except (TypeError, ValueError):
            n = 10
        hits = self.search(query, near=near, limit=n)
        if not hits:
            return None
        if exactly_one:
            return self._location(hits[0][1], hits[0][0])
        return [self._location(e, s) for s, e in hits]

    def reverse(
        self, query: Any, exactly_one: bool = True, timeout: float | None = None, radius_m: float = 150.0
    ) -> Location | list[Location] | None:
        """Name of the place at ``query`` = (lat, lon) or "lat, lon": an address within 25 m, else the street
        (with its town) the point lies on, else the nearest named place; None when nothing is near."""
        try:
            if isinstance(query, str):
                a, b = query.split(",")
                lat, lon = float(a), float(b)
            else:
                lat, lon = float(query[0]), float(query[1])
        except (TypeError, ValueError, IndexError):
            log.warning("reverse: ignored invalid point %r", query)
            return None
        if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
            return None
        results: list[Location] = []
        addr = self._nearest_entry(lat, lon, ("address",), 25.0)
        if addr is not None:
            results.append(self._location(addr))
        g = self.graph
        if g is not None:
            e, d, _f = g.nearest_edge(lat, lon, radius_m=radius_m)
            if e >= 0 and g.edge_street(e):
                name = g.edge_street(e)
                town = self._nearest_entry(lat, lon, ("street",), 2000.0, name=name)
                city = town.get("city", "") if town else (self._nearest_city(lat, lon) or "")
                raw = {
                    "t": "street",
                    "name": name,
                    "lat": lat,
                    "lon": lon,
                    "city": city,
                    "distance_m": round(d, 1),
                    "edge": int(e),
                }
                from geopy.location import Location

                results.append(Location(f"{name}, {city}" if city else name, (lat, lon, 0.0), raw))
        if not results:
            place = self._nearest_entry(lat, lon, ("place", "poi", "street"), radius_m)
            if place is not None:
                results.append(self._location(place))
        if not results:
            return None
        return results[0] if exactly_one else results

    @property
    def graph(self) -> Any:
        """The road graph of the map (loaded on first reverse lookup), or None if it cannot be loaded."""
        if self._graph is None:
            from hmi.nav.graph import MapFormatError, RoadGraph

            try:
                self._graph = RoadGraph.load(self.map_dir)
            except MapFormatError as exc:
                log.warning("reverse geocoding without streets: %s", exc)
                self._graph = False
        return self._graph or None

    def _nearest_entry(
        self, lat: float, lon: float, kinds: tuple[str, ...], max_m: float, name: str | None = None
    ) -> dict[str, Any] | None:
        best, best_d = None, max_m
        cos = math.cos(math.radians(lat))
        for ent in self.entries:
            e = ent.raw
            if e["t"] not in kinds or (name is not None and e["name"] != name):
                continue
            d = math.hypot((e["lat"] - lat) * 111_320.0, (e["lon"] - lon) * 111_320.0 * cos)
            if d <= best_d:
                best, best_d = e, d
        return best

    def _nearest_city(self, lat: float, lon: float) -> str | None:
        p = self._nearest_entry(lat, lon, ("place",), 8000.0)
        return p["name"] if p else None
