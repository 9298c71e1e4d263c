"""Edits of QML source text for live-reload tests and benchmarks (plain Python)."""

from __future__ import annotations


def with_marker_item(qml_text: str, object_name: str) -> str:
    """``qml_text`` with an invisible ``Item { objectName: … }`` as the root object's last child.

    Saving it shows whether a live reload picked the file up: the item exists in the new window.
    """
    end = qml_text.rstrip().rfind("}")
    return qml_text[:end] + f'    Item {{ objectName: "{object_name}" }}\n' + qml_text[end:]
