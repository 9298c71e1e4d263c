"""Outside text is plain text: every text item in ``qml/`` says ``textFormat: Text.PlainText``.

Qt's default ``Text.AutoText`` renders anything that looks like markup as rich text, so an agent message, a
charger's name from OpenStreetMap or a release note containing ``<img>``, ``<a>`` or ``<font>`` would be
rendered (and could fetch images or show fake links). The rule is simply: every ``Text``, ``Label``,
``TextEdit`` and ``TextArea`` in ``qml/`` — including inline components and delegates — sets
``textFormat: Text.PlainText`` on itself. ``ALLOWED`` lists deliberate exceptions with their reason (none today).

The scanner reads the QML text (comments and string literals blanked out so braces in them do not count) and
checks each such object's own body, not the objects nested in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

QML = Path(__file__).resolve().parents[1] / "qml"
#: QML types that have a ``textFormat`` and render rich text by default.
TEXT_TYPES = ("Text", "Label", "TextEdit", "TextArea")
#: (file relative to qml/, line of the declaration) → why that item may render styled text. Empty: there is none.
ALLOWED: dict[tuple[str, int], str] = {}

_DECLARATION = re.compile(r"(?:^|(?<=[\s:;{\[,]))(?P<type>" + "|".join(TEXT_TYPES) + r")\s*\{", re.MULTILINE)
_PLAIN = re.compile(r"\btextFormat\s*:\s*Text\.PlainText\b")


@dataclass(frozen=True)
class TextItem:
    """One text object declaration found in a QML file."""

    file: str
    line: int
    type: str
    body: str
    """The object's own body (nested objects blanked out)."""

    @property
    def plain(self) -> bool:
        return bool(_PLAIN.search(self.body))


def blank_comments_and_strings(source: str) -> str:
    """``source`` with comments and string literals replaced by spaces (newlines kept, so offsets and lines hold)."""
    out = list(source)
    i, n = 0, len(source)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            blank(i, end)
            i = end
        elif c in "\"'`":
            j = i + 1
            while j < n and source[j] != c:
                j += 2 if source[j] == "\\" else 1
            blank(i + 1, min(j, n))
            i = j + 1
        else:
            i += 1
    return "".join(out)


def _own_body(code: str, open_brace: int) -> tuple[str, int]:
    """The text between ``{`` at ``open_brace`` and its ``}`` with nested ``{…}`` blanked, and the end offset."""
    depth, i, own = 0, open_brace, []
    while i < len(code):
        c = code[i]
        if c == "{":
            depth += 1
            if depth == 1:
                i += 1
                continue
        elif c == "}":
            depth -= 1
            if depth == 0:
                return "".join(own), i
        if depth == 1:
            own.append(c)
        elif c == "\n":
            own.append("\n")
        i += 1
    raise ValueError("unbalanced braces")


def text_items(path: Path, root: Path = QML) -> list[TextItem]:
    """Every ``Text``/``Label``/``TextEdit``/``TextArea`` object declared in ``path`` (named relative to ``root``)."""
    code = blank_comments_and_strings(path.read_text(encoding="utf-8"))
    items = []
    for m in _DECLARATION.finditer(code):
        body, _end = _own_body(code, m.end() - 1)
        line = code.count("\n", 0, m.start("type")) + 1
        items.append(TextItem(str(path.relative_to(root)), line, m.group("type"), body))
    return items


def all_text_items() -> list[TextItem]:
    return [item for path in sorted(QML.rglob("*.qml")) for item in text_items(path)]


def test_the_scanner_finds_every_kind_of_declaration(tmp_path) -> None:
    source = """Item {
    // Text { in a comment }
    property string s: "Label { in a string }"
    component Caption: Text { color: "red" }
    Text { text: "a"; textFormat: Text.PlainText }
    Label {
        text: "b"
        Rectangle { Text { textFormat: Text.PlainText } }
    }
    ListView { delegate: TextEdit { textFormat: Text.RichText } }
    TextArea {
        textFormat: Text.PlainText
    }
}
"""
    path = tmp_path / "Sample.qml"
    path.write_text(source)
    code = blank_comments_and_strings(source)
    assert "in a comment" not in code and "in a string" not in code and code.count("\n") == source.count("\n")
    found = [(i.line, i.type, i.plain) for i in text_items(path, tmp_path)]
    assert found == [
        (4, "Text", False),  # inline component without the format
        (5, "Text", True),
        (6, "Label", False),  # the nested Text's textFormat is not the Label's
        (8, "Text", True),
        (10, "TextEdit", False),  # RichText is not PlainText
        (11, "TextArea", True),
    ]


def test_qml_has_text_items_to_check() -> None:
    items = all_text_items()
    assert len(items) > 100, "the scanner found suspiciously few text items"
    assert {i.type for i in items} >= {"Text"}


@pytest.mark.parametrize("item", all_text_items(), ids=lambda i: f"{i.file}:{i.line}")
def test_every_text_item_is_plain_text(item: TextItem) -> None:
    if (item.file, item.line) in ALLOWED:
        return
    assert item.plain, (
        f"qml/{item.file}:{item.line}: this {item.type} lacks `textFormat: Text.PlainText` — outside text "
        "(agent messages, OSM names, release notes) must never be rendered as markup"
    )


def test_allow_list_entries_exist_and_have_reasons() -> None:
    found = {(i.file, i.line) for i in all_text_items()}
    for key, reason in ALLOWED.items():
        assert key in found and len(reason) > 20, key
