"""Default locations of the shipped OSM extracts and of built maps, and building the demo map on first run.

* extracts dir: ``$HMI_OSM_DIR`` or ``<repo>/assets/osm`` (the shipped OSM extracts and Open Charge Map files);
* map cache dir: ``$HMI_MAP_DIR`` or ``~/.local/share/hmi/maps/<region>``.

Nothing here imports the builder's dependencies; :func:`ensure_map` imports the builder only when a map must
actually be built (missing, or written by an older version of the map format).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REGION = "liechtenstein"

ProgressFn = Callable[[float, str], None]


def extracts_dir() -> Path:
    """Directory with the shipped OSM extracts and charger files (``$HMI_OSM_DIR`` or ``<repo>/assets/osm``)."""
    env = os.environ.get("HMI_OSM_DIR")
    return Path(env).expanduser() if env else REPO_ROOT / "assets" / "osm"


def map_dir(region: str = DEFAULT_REGION) -> Path:
    """Directory of the built map for ``region`` (``$HMI_MAP_DIR`` or ``~/.local/share/hmi/maps/<region>``).

    ``$HMI_MAP_DIR`` names the map directory of the default region itself (not a parent), so a test or a kiosk can
    point the app at any prebuilt map; another region (a scenario in Munich, say) always has its own directory.
    """
    env = os.environ.get("HMI_MAP_DIR")
    if env and region == DEFAULT_REGION:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "hmi" / "maps" / region


def extract_path(region: str = DEFAULT_REGION) -> Path:
    """The shipped OSM extract for ``region`` (``<extracts>/<region>.osm.pbf``)."""
    return extracts_dir() / f"{region}.osm.pbf"


def charger_files(region: str = DEFAULT_REGION) -> list[Path]:
    """Open Charge Map files shipped for ``region`` (``chargers-<region>-ocm.csv`` / ``.json``), if any."""
    base = extracts_dir()
    return [p for p in (base / f"chargers-{region}-ocm.csv", base / f"chargers-{region}-ocm.json") if p.is_file()]


def is_built(directory: Path) -> bool:
    """True when ``directory`` holds a complete map (the builder writes ``metadata.json`` last)."""
    return (directory / "metadata.json").is_file()


def format_version(directory: Path) -> int | None:
    """The map format version recorded in ``directory``'s ``metadata.json`` (None: no readable map there)."""
    try:
        meta = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    v = meta.get("format_version") if isinstance(meta, dict) else None
    return v if isinstance(v, int) else None


def is_current(directory: Path) -> bool:
    """True when ``directory`` holds a complete map in the format this app reads."""
    from hmi.nav.graph import FORMAT_VERSION

    return is_built(directory) and format_version(directory) == FORMAT_VERSION


def ensure_map(region: str = DEFAULT_REGION, progress: ProgressFn | None = None, directory: Path | None = None) -> Path:
    """Return the map directory for ``region``, building it from the shipped extract first if it is missing or in an
    older format (the old map stays in place until the new one is complete).

    ``progress(fraction, stage)`` is called while building (fraction in 0..1). Raises
    :class:`hmi.nav.build.BuildError` with a one-line reason when the extract is missing or unreadable.
    """
    target = Path(directory) if directory is not None else map_dir(region)
    if is_current(target):
        return target
    from hmi.nav.build import BuildError, build_map  # heavy (osmnx): only when we really build

    extract = extract_path(region)
    if not extract.is_file():
        raise BuildError(f"no map at {target} and no OSM extract at {extract} to build it from")
    build_map(extract, target, chargers=charger_files(region), region=region, progress=progress)
    return target
