"""Image provider ``image://icon/<name>/<#rrggbb>``: the SVG icons of ``assets/icons`` tinted for the theme."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"
_NAME = re.compile(r"^[a-z0-9-]{1,40}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes | None:
    path = ICON_DIR / f"{name}.svg"
    return path.read_bytes() if path.is_file() else None


class IconProvider(QQuickImageProvider):
    """Renders ``assets/icons/<name>.svg`` with ``currentColor`` replaced by the requested colour.

    Rendering runs on Qt's image-loading thread, not the GUI thread: a resize or a theme change asks for every
    icon on screen again (at a new size or colour), and rendering them there held the GUI thread for 20+ ms.
    """

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image, QQuickImageProvider.Flag.ForceAsynchronousImageLoading)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        name, _, color = image_id.partition("/")
        side = max(requested.width(), requested.height(), 16) if requested.isValid() else 48
        return _render(name, color, side).copy()  # a copy: Qt owns what it is given


@lru_cache(maxsize=256)
def _render(name: str, color: str, side: int) -> QImage:
    """``name`` tinted ``color`` on a transparent ``side``×``side`` image (cached: themes and sizes repeat)."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    data = _svg(name) if _NAME.match(name) else None
    if data is None:
        log.warning("unknown icon %r", f"{name}/{color}"[:60])
        return image
    if _COLOR.match(color):
        data = data.replace(b"currentColor", color.encode())
    renderer = QSvgRenderer(QByteArray(data))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
