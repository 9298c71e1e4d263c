"""Readability: WCAG 2.x contrast of every text colour on the backgrounds the UI puts it on (plain Python).

Parses ``qml/Theme.qml``, evaluates each colour for the day and the night theme and checks every
foreground/background pair the QML uses (text ≥ 4.5:1, WCAG 2.x level AA for normal text). Pairs come from
grepping ``Theme.<colour>`` in ``qml/``: where a file composes a colour (a translucent tint over a card, text
with an opacity), the pair is the composited colour, as on screen. A second check walks the QML sources: text
and icons coloured for a filled background (``textOnAccent``, ``textOnCritical``) must sit on that fill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

QML = Path(__file__).resolve().parents[2] / "qml"
THEME = QML / "Theme.qml"
MIN_TEXT = 4.5


# ---------------------------------------------------------------------------------------------- colour maths
def parse_hex(colour: str) -> tuple[float, float, float]:
    """``#rrggbb`` → sRGB channels in 0…1."""
    m = re.fullmatch(r"#([0-9a-fA-F]{6})", colour)
    if m is None:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    h = m.group(1)
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio (1…21) of two colours, order-independent."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(colour: str, alpha: float, base: str) -> str:
    """``colour`` drawn with ``alpha`` over ``base`` (what ``Qt.rgba(...)`` or ``opacity`` puts on screen)."""
    mixed = (f * alpha + b * (1 - alpha) for f, b in zip(parse_hex(colour), parse_hex(base), strict=True))
    return "#" + "".join(f"{round(c * 255):02x}" for c in mixed)


# ---------------------------------------------------------------------------------------------- Theme.qml
_COLOUR = re.compile(r"^\s*(?:readonly\s+)?property\s+color\s+(\w+)\s*:\s*(.+?)\s*$", re.MULTILINE)
_BOTH = re.compile(r'night\s*\?\s*"(#[0-9a-fA-F]{6})"\s*:\s*"(#[0-9a-fA-F]{6})"')
_ONE = re.compile(r'"(#[0-9a-fA-F]{6})"')


def theme_colours(source: str, night: bool) -> dict[str, str]:
    """Every ``property color`` of a Theme.qml source evaluated for one theme; unknown expressions raise."""
    colours: dict[str, str] = {}
    for name, expr in _COLOUR.findall(source):
        expr = expr.split("//")[0].strip()
        if m := _BOTH.fullmatch(expr):
            colours[name] = m.group(1) if night else m.group(2)
        elif m := _ONE.fullmatch(expr):
            colours[name] = m.group(1)
        elif expr in colours:  # an alias of another Theme colour
            colours[name] = colours[expr]
        else:
            raise ValueError(f"Theme.qml: cannot evaluate colour {name}: {expr}")
    return colours


FOREGROUNDS = ("text", "textDim", "accent", "good", "warning", "critical")
SURFACES = ("background", "surface", "surfaceAlt")


def text_pairs(c: dict[str, str], night: bool) -> list[tuple[str, str, str, str]]:
    """(description, foreground, background, where) for every text/background pair the QML draws."""
    pairs = [(f"{fg} on {bg}", c[fg], c[bg], "labels, values and states on pages, cards and rows")
             for fg in FOREGROUNDS for bg in SURFACES]  # fmt: skip
    pairs += [
        ("text on divider", c["text"], c["divider"], "pressed TouchButton, keyboard key, map button"),
        ("textOnAccent on accentFill", c["textOnAccent"], c["accentFill"],
         "highlighted TouchButton/SegmentedSelector, ManeuverBanner, LaneGuidance, TripTimeline, TripRangeButton"),
        ("textOnCritical on criticalFill", c["textOnCritical"], c["criticalFill"],
         "Badge, LinkBanner, AlertOverlay"),
        ("textOnAccent 85 % on accentFill", over(c["textOnAccent"], 0.85, c["accentFill"]), c["accentFill"],
         "ManeuverBanner 'Then …' (opacity 0.85)"),
    ]  # fmt: skip
    # UpdateStatus (a Card: surface) tints its state circle, condition chips and waiting box with the tone.
    for tone in ("good", "warning", "critical", "accent"):
        for alpha in (0.22, 0.16) if night else (0.14, 0.12):
            tint = over(c[tone], alpha, c["surface"])
            pairs.append((f"{tone} on {alpha:.0%} {tone} tint", c[tone], tint, "UpdateStatus state, chips, waiting"))
    return pairs


THEMES = {"day": False, "night": True}


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_pair_meets_wcag_aa(theme: str) -> None:
    night = THEMES[theme]
    colours = theme_colours(THEME.read_text(encoding="utf-8"), night)
    failures = [
        f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1 ({where})"
        for name, fg, bg, where in text_pairs(colours, night)
        if contrast(fg, bg) < MIN_TEXT
    ]
    assert failures == [], f"{theme} theme below {MIN_TEXT}:1:\n" + "\n".join(failures)


def test_contrast_function_matches_wcag_and_catches_low_contrast() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA-passing grey
    assert contrast("#777777", "#ffffff") < MIN_TEXT  # one step lighter fails
    assert contrast("#ffffff", "#ff7a7a") < MIN_TEXT  # white on the night theme's light red
    assert over("#000000", 0.5, "#ffffff") in ("#808080", "#7f7f7f")


def test_theme_parser_reads_both_themes_and_refuses_what_it_cannot_evaluate() -> None:
    source = 'QtObject {\n    readonly property color a: night ? "#000000" : "#ffffff"\n' \
             '    readonly property color b: "#123456"\n    readonly property color c: a\n}'  # fmt: skip
    assert theme_colours(source, False) == {"a": "#ffffff", "b": "#123456", "c": "#ffffff"}
    assert theme_colours(source, True)["a"] == "#000000"
    with pytest.raises(ValueError, match="cannot evaluate"):
        theme_colours("readonly property color d: Qt.darker(surface)", False)
    # A failing palette is reported, not missed.
    low = theme_colours('readonly property color text: "#999999"\nreadonly property color bg: "#ffffff"', False)
    assert contrast(low["text"], low["bg"]) < MIN_TEXT
    # The real theme defines every colour the pairs need, in both themes.
    for night in (False, True):
        real = theme_colours(THEME.read_text(encoding="utf-8"), night)
        assert len(text_pairs(real, night)) > 25


# ---------------------------------------------------------------------------------------------- QML sources
# A small structural reader of QML (objects, their direct ``color:`` and ``property color``), enough to find which
# background each Text/Icon is drawn on: the nearest enclosing object of the same file with a colour.
@dataclass
class QmlObject:
    """One ``Type { … }`` of a QML file (``type`` None for JS blocks and grouped properties)."""

    type: str | None
    parent: QmlObject | None
    line: int
    body: list[str] = field(default_factory=list)  # its own text, without the children's blocks
    children: list[QmlObject] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.body)


def _strip_comments(src: str) -> str:
    out, i, quote = [], 0, None
    while i < len(src):
        c = src[i]
        if quote:
            out.append(src[i : i + 2] if c == "\\" else c)
            i += 2 if c == "\\" else 1
            quote = None if c == quote else quote
            continue
        if c in "\"'":
            quote = c
        elif src.startswith("//", i):
            i = src.find("\n", i) if "\n" in src[i:] else len(src)
            continue
        elif src.startswith("/*", i):
            end = src.find("*/", i + 2)
            end = len(src) if end < 0 else end + 2
            out.append("\n" * src[i:end].count("\n"))  # keep line numbers
            i = end
            continue
        out.append(c)
        i += 1
    return "".join(out)


_HEADER = re.compile(r"(?:component\s+\w+\s*:\s*)?([A-Z][\w.]*)(?:\s+on\s+[\w.]+)?\s*$")


def parse_qml(source: str) -> QmlObject:
    """The object tree of a QML source (a pseudo-object ``<file>`` at the top)."""
    src = _strip_comments(source)
    root = QmlObject("<file>", None, 1)
    stack, quote, last, line = [root], None, 0, 1
    for i, c in enumerate(src):
        line += c == "\n"
        if quote:
            quote = None if c == quote and src[i - 1] != "\\" else quote
        elif c in "\"'":
            quote = c
        elif c == "{":
            seg = src[last:i]
            head = re.split(r"[;\n{}]", seg)[-1]
            m = _HEADER.search(head)
            # ``name: Type {`` is an inline object too; ``x: {``, ``=> {``, ``) {`` are JS blocks
            is_object = m is not None and not re.search(r"(=>|\))\s*$", head)
            stack[-1].body.append(seg[: len(seg) - len(head)] if is_object else seg)
            obj = QmlObject(m.group(1) if is_object else None, stack[-1], line)
            stack[-1].children.append(obj)
            stack.append(obj)
            last = i + 1
        elif c == "}" and len(stack) > 1:
            stack[-1].body.append(src[last:i])
            stack.pop()
            last = i + 1
    return root


_COLOR_PROP = re.compile(r"(?:^|[;\n])\s*color\s*:\s*([^;\n]+(?:\n\s*[?:][^;\n]+)*)")
_COLOR_DECL = re.compile(r"property\s+color\s+(\w+)\s*:\s*([^;\n]+(?:\n\s*[?:][^;\n]+)*)")
FOREGROUND_TYPES = {"Text", "Icon", "TextInput", "TextEdit"}
ON_FILL = {"textOnAccent": "accentFill", "textOnCritical": "criticalFill"}


def _colour_expr(obj: QmlObject) -> str | None:
    found = _COLOR_PROP.findall(obj.text)
    return found[0] if found else None


def theme_names(expr: str, obj: QmlObject, depth: int = 0) -> set[str]:
    """Theme colours an expression can take, following ``property color`` of the object and its ancestors."""
    names = set(re.findall(r"Theme\.(\w+)", expr))
    for ident in set(re.findall(r"(?<![\w.]Theme\.)(?<!Theme\.)\b([a-z]\w*)\b(?!\s*\()", expr)) if depth < 4 else ():
        scope = obj
        while scope is not None:
            decl = dict(_COLOR_DECL.findall(scope.text))
            if ident in decl:
                names |= theme_names(decl[ident], scope, depth + 1)
                break
            scope = scope.parent
    return names


def _walk(obj: QmlObject):
    yield obj
    for child in obj.children:
        yield from _walk(child)


def drawn_pairs(source: str) -> list[tuple[QmlObject, str, set[str], QmlObject | None, str, set[str]]]:
    """(foreground object, its colour expression, Theme names, background object, expression, names)."""
    pairs = []
    for obj in _walk(parse_qml(source)):
        expr = _colour_expr(obj) if obj.type in FOREGROUND_TYPES else None
        if expr is None:
            continue
        bg = obj.parent
        while bg is not None and (bg.type in FOREGROUND_TYPES or bg.type == "<file>" or _colour_expr(bg) is None):
            bg = bg.parent
        bg_expr = _colour_expr(bg) if bg is not None else ""
        bg_names = theme_names(bg_expr, bg) if bg is not None else set()
        pairs.append((obj, expr, theme_names(expr, obj), bg, bg_expr, bg_names))
    return pairs


def source_problems(source: str, colours: dict[str, str], name: str = "") -> list[str]:
    """Text/icons with an on-fill colour off their fill, and unambiguous pairs below WCAG (text 4.5, icons 3)."""
    bad = []
    for fg, expr, fg_names, bg, bg_expr, bg_names in drawn_pairs(source):
        where = f"{name}:{fg.line} {fg.type} ({expr.strip()})"
        on = fg_names & set(ON_FILL)
        if on and bg is None:
            bad.append(f"{where}: {sorted(on)} with no fill under it in this file")
            continue
        for colour in on:
            if ON_FILL[colour] not in bg_names:
                bad.append(f"{where}: {colour} on {bg.type}:{bg.line} which is never {ON_FILL[colour]}")
        if on:
            # on a fill that can be either, the text must switch with it
            for colour, fill in ON_FILL.items():
                if fill in bg_names and colour not in fg_names:
                    bad.append(f"{where}: drawn on {fill} ({bg.type}:{bg.line}) without {colour}")
            continue
        # Both sides conditional (correlated branches) or translucent: covered by text_pairs above.
        if not fg_names or not bg_names or "rgba" in bg_expr or (len(fg_names) > 1 and len(bg_names) > 1):
            continue
        need = 3.0 if fg.type == "Icon" else MIN_TEXT  # WCAG 1.4.11 for graphics, 1.4.3 for text
        for f in fg_names & set(colours):
            for b in bg_names & set(colours):
                if contrast(colours[f], colours[b]) < need:
                    bad.append(f"{where}: {f} on {b} ({bg.type}:{bg.line}) is {contrast(colours[f], colours[b]):.2f}:1")
    return bad


QML_FILES = sorted(QML.rglob("*.qml"))
#: Known offenders, owned by other areas: the mark turns into a failure (strict) once the file is fixed.
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN[str(p.relative_to(QML))]))
        if str(p.relative_to(QML)) in KNOWN
        else p
        for p in QML_FILES
    ],
    ids=lambda p: str(p.relative_to(QML)),
)
def test_qml_draws_text_on_backgrounds_it_contrasts_with(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for theme, night in THEMES.items():
        colours = theme_colours(THEME.read_text(encoding="utf-8"), night)
        assert source_problems(source, colours, path.name) == [], theme


def test_source_check_finds_wrong_foregrounds() -> None:
    day = theme_colours(THEME.read_text(encoding="utf-8"), False)
    night = theme_colours(THEME.read_text(encoding="utf-8"), True)
    good = """Rectangle {
        property color fill: Theme.criticalFill
        color: highlighted ? Theme.accentFill : fill   // a comment { with a brace
        Row { Icon { color: highlighted ? Theme.textOnAccent : Theme.textOnCritical } }
        Rectangle { color: Theme.surface; Text { text: "a } brace"; color: Theme.critical } }
    }"""
    assert source_problems(good, night) == [] and source_problems(good, day) == []
    pairs = drawn_pairs(good)
    assert [(p[0].type, p[2], p[5]) for p in pairs] == [
        ("Icon", {"textOnAccent", "textOnCritical"}, {"accentFill", "criticalFill"}),
        ("Text", {"critical"}, {"surface"}),
    ]
    on_wrong_fill = "Rectangle { color: Theme.criticalFill\n Text { color: Theme.textOnAccent } }"
    # the accent itself is no fill for textOnAccent: at night it is the light blue the night theme keeps off areas
    on_accent = "Rectangle { color: Theme.accent\n Text { color: Theme.textOnAccent } }"
    assert any("never accentFill" in p for p in source_problems(on_accent, night))
    assert any("never accent" in p for p in source_problems(on_wrong_fill, day))
    not_switching = (
        "Rectangle { color: off ? Theme.criticalFill : Theme.accentFill\n Text { color: Theme.textOnAccent } }"
    )
    assert any("without textOnCritical" in p for p in source_problems(not_switching, day))
    low = "Rectangle { color: Theme.surfaceAlt\n Text { color: Theme.divider } }"
    assert any("surfaceAlt" in p for p in source_problems(low, night))
    # The reader finds the real UI's texts and most of their backgrounds (a parser regression would hide them).
    drawn = [pair for path in QML_FILES for pair in drawn_pairs(path.read_text(encoding="utf-8"))]
    assert len(drawn) > 120 and sum(1 for pair in drawn if pair[5]) > 70
    floating = "Item { Text { color: Theme.textOnAccent } }"
    assert any("no fill under it" in p for p in source_problems(floating, day))
