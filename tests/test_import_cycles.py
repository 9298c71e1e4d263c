"""No import cycles in ``hmi/``: the module import graph, read from the source with ``ast`` (every import, also
those inside functions and under ``TYPE_CHECKING``: a cycle of lazy imports is still two modules that cannot
be understood, tested or moved apart), has no strongly connected component of more than one module; and every
module imports on its own."""

from __future__ import annotations

import ast
import importlib
import warnings
from pathlib import Path

from hmi.nav.paths import REPO_ROOT

PACKAGE = REPO_ROOT / "hmi"

#: Cycles known and being fixed elsewhere, each exactly as it is (a new module joining it fails the test; one
#: that is gone warns until it is taken out of this list). None now: the navigation engine's route ↔ guidance ↔
#: bucket_search cycle, allowed here while it was being fixed, is gone.
ALLOWED: list[frozenset[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the package modules it imports (``from a.b import c`` counts ``a.b`` and, if it is a module,
    ``a.b.c``; relative imports resolved)."""
    files = {module_name(p): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in files}
    for mod, path in files.items():
        pkg = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                names = [target, *(f"{target}.{a.name}" for a in node.names)]
            else:
                continue
            graph[mod].update(n for n in names if n in files and n != mod)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.add(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    found.append(frozenset(comp))
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e2"}, "e2": {"e"}, "f": set()}
    assert sorted(map(sorted, cycles(graph))) == [["a", "b", "c"], ["e", "e2"]]


def test_the_import_graph_sees_lazy_and_relative_imports() -> None:
    graph = import_graph()
    assert "hmi.sim.launch" in graph["hmi.cli"]  # a top-level import
    assert "hmi.screenshot" in graph["hmi.readme_shots"]  # an import inside a function
    assert "hmi.ui.map.camera" in graph["hmi.ui.map_view"]


def test_hmi_has_no_import_cycles() -> None:
    found = cycles(import_graph())
    unexpected = [c for c in found if not any(c <= allowed for allowed in ALLOWED)]
    assert not unexpected, "import cycles:\n" + "\n".join(" ↔ ".join(sorted(c)) for c in unexpected)
    for allowed in ALLOWED:
        if not any(c <= allowed for c in found):
            warnings.warn(f"allowed cycle {sorted(allowed)} is gone: remove it from ALLOWED", stacklevel=1)


def test_every_module_imports() -> None:
    for name in import_graph():
        if name.startswith("hmi.testing") or name.endswith("__main__"):
            continue  # the pytest plugin (pytest imports it) and ``python -m hmi`` (runs the CLI)
        importlib.import_module(name)
