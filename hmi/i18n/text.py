"""Translatable texts built in plain Python (no Qt here).

Domain code writes::

    TEXTS = {"leak": QT_TRANSLATE_NOOP("health", "{tyre} tyre is losing {rate:.1f} kPa a day")}
    title = Text("health", TEXTS["leak"], tyre=Text("health", TYRE["fl"]), rate=0.42)

``title`` *is* the English string (``Text`` subclasses ``str``), so logs, tests and JSON keep working, and it
remembers the context, template and arguments, so the UI can render it again in another language or unit
system. Arguments may be plain strings (names: never translated), numbers (formatted with the template's
format spec and the locale's separators), nested :class:`Text` (translated too) or :class:`Quantity`
(formatted by :class:`hmi.units.Formats`: km or mi, °C or °F, bar, kPa or psi ...).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hmi.units import DEFAULT, QUANTITY_KINDS, Formats

#: ``translate(context, source) -> translated template`` (Qt's QCoreApplication.translate in the UI).
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction by ``lupdate`` under ``context``; returns it unchanged."""
    return source


def english(context: str, source: str) -> str:
    """The identity translation (the source language)."""
    return source


@dataclass(frozen=True)
class Quantity:
    """A value with a physical unit, formatted in the driver's units when the text is rendered."""

    kind: str
    value: float | None

    def __post_init__(self) -> None:
        if self.kind not in QUANTITY_KINDS:
            raise ValueError(f"unknown quantity kind {self.kind!r}")


class Text(str):
    """English text that remembers its template and arguments (see the module docstring)."""

    context: str
    source: str
    args: Mapping[str, Any]

    def __new__(cls, context: str, source: str, /, **args: Any) -> Text:
        obj = super().__new__(cls, render_template(context, source, args, english, DEFAULT))
        obj.context = context
        obj.source = source
        obj.args = args
        return obj

    def render(self, translate: Translate = english, formats: Formats = DEFAULT) -> str:
        """This text in another language (``translate``) and other units/separators (``formats``)."""
        return render_template(self.context, self.source, self.args, translate, formats)

    def dump(self) -> dict[str, Any]:
        """A JSON-safe form that :meth:`load` turns back into the same Text (for persisted texts)."""
        return {"context": self.context, "source": self.source, "args": {k: _dump_arg(v) for k, v in self.args.items()}}

    @classmethod
    def load(cls, data: Any) -> str:
        """Inverse of :meth:`dump`; a plain string passes through; anything malformed raises ValueError."""
        if isinstance(data, str):
            return data
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("context"), str)
            or not isinstance(data.get("source"), str)
            or not isinstance(data.get("args", {}), dict)
        ):
            raise ValueError("not a stored text")
        return cls(data["context"], data["source"], **{str(k): _load_arg(v) for k, v in data.get("args", {}).items()})

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.context, self.source, dict(self.args)))


def _rebuild(context: str, source: str, args: dict[str, Any]) -> Text:
    return Text(context, source, **args)


def _dump_arg(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": value.dump()}
    if isinstance(value, Quantity):
        return {"quantity": value.kind, "value": value.value}
    return value


def _load_arg(value: Any) -> Any:
    if isinstance(value, dict):
        if "text" in value:
            return Text.load(value["text"])
        if "quantity" in value:
            return Quantity(str(value["quantity"]), value.get("value"))
        raise ValueError("unknown stored text argument")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError("unknown stored text argument")


class _Formatter(string.Formatter):
    def __init__(self, translate: Translate, formats: Formats) -> None:
        self.translate = translate
        self.formats = formats

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):
            return format(value.render(self.translate, self.formats), format_spec)
        if isinstance(value, Quantity):
            return format(self.formats.quantity(value.kind, value.value), format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.formats.number(value, format_spec)
        return format(value, format_spec)


def render_template(
    context: str, source: str, args: Mapping[str, Any], translate: Translate = english, formats: Formats = DEFAULT
) -> str:
    """Translate ``source`` and fill in ``args``; a broken translation falls back to the English template."""
    template = translate(context, source) or source
    formatter = _Formatter(translate, formats)
    try:
        return formatter.vformat(template, (), args)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder must not take the label down: use the source template.
        return formatter.vformat(source, (), args)


def render(value: Any, translate: Translate = english, formats: Formats = DEFAULT) -> Any:
    """Render ``value`` if it is a :class:`Text`; strings pass through, dicts/lists are rendered deeply."""
    if isinstance(value, Text):
        return value.render(translate, formats)
    if isinstance(value, dict):
        return {k: render(v, translate, formats) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [render(v, translate, formats) for v in value]
    return value
