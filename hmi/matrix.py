"""``hmi screenshot --matrix -o DIR``: every page × size × theme × language, and an index.html contact sheet.

One broker, one simulated car and one app render everything (``hmi.screenshot.rendering_session``);
files are named ``<page>-<theme>-<W>x<H>-<lang>.png``. Languages switch live through the app's own switch
(``HmiApp.set_language``, the one the Settings page uses) or a ``set_language(hmi, lang)`` function.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from hmi.i18n.languages import CODES, PSEUDO

#: The head-unit sizes (same as ``hmi.ui.app.SIZES``; repeated so this module imports without Qt).
SIZES: tuple[tuple[int, int], ...] = ((1920, 720), (1280, 800), (1024, 600))
THEMES = ("day", "night")
LANGUAGES = CODES

SetLanguage = Callable[[Any, str], None]

#: ``--check``: the findings of the visual checks, one per line, next to the index.
CHECKS_FILE = "checks.txt"


@dataclass(frozen=True)
class Cell:
    """One screenshot of the matrix."""

    page: str
    size: tuple[int, int]
    theme: str
    language: str

    @property
    def filename(self) -> str:
        """``vehicle-night-1280x800-en.png``."""
        w, h = self.size
        return f"{self.page}-{self.theme}-{w}x{h}-{self.language}.png"

    @property
    def caption(self) -> str:
        """``1280×800 · night · en``."""
        w, h = self.size
        return f"{w}×{h} · {self.theme} · {self.language}"


def plan(
    pages: Sequence[str], sizes: Sequence[tuple[int, int]], themes: Sequence[str], languages: Sequence[str]
) -> list[Cell]:
    """The cells in rendering order: language, then theme, then size, then page (cheapest change innermost)."""
    return [Cell(p, s, t, lang) for lang in languages for t in themes for s in sizes for p in pages]


def settings_language_hook() -> SetLanguage:
    """The app's own live language switch (the Settings page's)."""

    def switch(app: Any, lang: str) -> None:
        if not app.set_language(lang):
            raise ValueError(f"unknown language {lang!r} (choose from {', '.join(CODES)} or pseudo)")

    return switch


class Progress:
    """A one-line progress bar on ``stream`` (stderr): ``[#####-----]  12/30  vehicle-day-…``."""

    def __init__(self, total: int, stream: TextIO | None = None, label: str = "Rendering") -> None:
        self.total = max(total, 1)
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.started = time.monotonic()
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def update(self, done: int, what: str = "") -> None:
        """Show ``done`` of ``total``; redraws in place on a terminal, one line per step otherwise."""
        width = 30
        filled = width * done // self.total
        bar = "#" * filled + "-" * (width - filled)
        elapsed = time.monotonic() - self.started
        eta = elapsed / done * (self.total - done) if done else 0.0
        line = f"{self.label}: [{bar}] {done:>3}/{self.total} {what[:44]:<44} {elapsed:5.1f} s, ~{eta:4.0f} s left"
        if self.tty:
            end = "\n" if done >= self.total else ""
            print("\r" + line, end=end, file=self.stream, flush=True)
        else:
            print(line, file=self.stream, flush=True)


def render_matrix(
    out_dir: Path,
    *,
    scenario: str = "city-drive",
    at_s: float = 30.0,
    pages: Sequence[str] | None = None,
    sizes: Sequence[tuple[int, int]] = SIZES,
    themes: Sequence[str] = THEMES,
    languages: Sequence[str] = LANGUAGES,
    set_language: SetLanguage | None = None,
    progress: Progress | bool = True,
    settle_s: float | None = None,
    quality: int = 0,
    check: bool = False,
) -> Path:
    """Render the matrix into ``out_dir`` and write ``index.html``; returns the index path.

    ``pages=None`` means every page the UI has. ``set_language(hmi, lang)`` switches the UI language;
    when None, the app's own switch is used. Languages: the shipped ones and ``pseudo``.
    ``quality`` is Qt's PNG setting (0 = smallest files, slower). ``check`` runs the visual checks
    (:func:`hmi.testing.visual.check_window`) on every cell and writes what they find to ``checks.txt`` next to
    the index (one line per finding, empty when every cell is fine).
    """
    from hmi.screenshot import SETTLE_S, rendering_session

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    settle = SETTLE_S if settle_s is None else settle_s
    for theme in themes:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; known: {', '.join(THEMES)}")
    switch = set_language or settings_language_hook()
    unknown_langs = [lang for lang in languages if lang not in (*CODES, PSEUDO.code)]
    if unknown_langs:
        raise ValueError(f"unknown language(s) {', '.join(unknown_langs)}; shipped: {', '.join(CODES)} (or pseudo)")
    started = time.time()
    with rendering_session(scenario=scenario, at_s=at_s) as renderer:
        hmi = renderer.hmi
        available = renderer.pages()
        chosen = list(pages) if pages else available
        unknown = [p for p in chosen if p not in available]
        if unknown:
            raise ValueError(f"unknown page(s) {', '.join(unknown)}; the UI has: {', '.join(available)}")
        cells = plan(chosen, sizes, themes, languages)
        bar = progress if isinstance(progress, Progress) else (Progress(len(cells)) if progress else None)

        findings: list[str] = []
        nav_watch = None
        if check:
            from hmi.testing.visual import NavBarWatch, check_window

            nav_watch = NavBarWatch()

        async def run() -> None:
            language = None
            for i, cell in enumerate(cells):
                if bar is not None:
                    bar.update(i, cell.filename)
                if cell.language != language:
                    switch(hmi, cell.language)
                    language = cell.language
                await renderer.shoot(
                    cell.page, cell.size, cell.theme, out_dir / cell.filename, settle_s=settle, quality=quality
                )
                if nav_watch is not None:
                    key = (cell.language, cell.theme)
                    for finding in check_window(hmi, nav=nav_watch, page=cell.page, key=key):
                        findings.append(f"{cell.filename}: {finding}")
            if bar is not None:
                bar.update(len(cells), "done")

        renderer.run(run())
    if check:
        (out_dir / CHECKS_FILE).write_text("".join(line + "\n" for line in findings), encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(
        contact_sheet(cells, scenario=scenario, at_s=at_s, rendered_at=started, page_order=chosen), encoding="utf-8"
    )
    return index


_CSS = """
body{font:15px/1.4 system-ui,sans-serif;margin:0;background:#1d1f21;color:#e8e8e8}
header{padding:16px 24px;background:#111;position:sticky;top:0;z-index:1}
h1{font-size:20px;margin:0 0 4px}header p{margin:0;color:#aaa}
nav a{color:#8cc4ff;margin-right:14px}
section{padding:8px 24px 24px}h2{font-size:18px;border-bottom:1px solid #444;padding-bottom:4px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:18px}
figure{margin:0;background:#2a2d30;padding:8px;border-radius:6px}
figure img{width:100%;height:auto;display:block;background:#000}
figcaption{margin-top:6px;color:#ccc;font-size:13px}
a img:hover{outline:2px solid #8cc4ff}
"""


def contact_sheet(
    cells: Sequence[Cell],
    *,
    scenario: str,
    at_s: float,
    rendered_at: float | None = None,
    page_order: Sequence[str] | None = None,
) -> str:
    """The ``index.html`` of a matrix: one section per page, thumbnails linking to the full PNGs.

    Static HTML with inline CSS and relative links: it opens offline, straight from the folder.
    """
    order = list(page_order or dict.fromkeys(c.page for c in cells))
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rendered_at or time.time()))
    esc = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>HMI screenshots — {esc(scenario)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        "<h1>HMI screenshot matrix</h1>",
        f"<p>Scenario <b>{esc(scenario)}</b> at {at_s:g} s · {len(cells)} screenshots · rendered {esc(when)} "
        "by <code>hmi screenshot --matrix</code></p>",
        "<nav>" + "".join(f'<a href="#{esc(p)}">{esc(p)}</a>' for p in order) + "</nav>",
        "</header>",
    ]
    for page in order:
        group = [c for c in cells if c.page == page]
        if not group:
            continue
        parts.append(f'<section id="{esc(page)}"><h2>{esc(page.capitalize())}</h2><div class="grid">')
        for c in sorted(group, key=lambda c: (c.language, c.theme, -c.size[0] * c.size[1])):
            name = esc(c.filename)
            w, h = c.size
            parts.append(
                f'<figure><a href="{name}"><img src="{name}" width="{w}" height="{h}" loading="lazy" '
                f'alt="{esc(page)} {esc(c.caption)}"></a><figcaption>{esc(c.caption)}</figcaption></figure>'
            )
        parts.append("</div></section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def cmd_matrix(args: argparse.Namespace) -> int:
    """The ``--matrix`` branch of ``hmi screenshot``."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hmi.sim.scenario import ScenarioError

    try:
        index = render_matrix(
            args.output,
            scenario=args.scenario,
            at_s=args.at,
            pages=args.pages,
            sizes=args.sizes or SIZES,
            themes=args.themes or THEMES,
            languages=args.languages or LANGUAGES,
            check=args.check,
        )
    except (ValueError, ScenarioError) as exc:
        print(f"hmi screenshot: {exc}", file=sys.stderr)
        return 2
    print(index)
    if args.check:
        found = (index.parent / CHECKS_FILE).read_text(encoding="utf-8").splitlines()
        for line in found:
            print(line)
        print(f"{len(found)} visual problem(s); see {index.parent / CHECKS_FILE}", file=sys.stderr)
        return 1 if found else 0
    return 0
