"""Live QML reload for designers (``hmi demo --live``, ``hmi run --live``).

A ``QFileSystemWatcher`` (inotify on Linux: no polling) watches every directory and QML/JS file under the
app's ``qml/`` folder. Editor save bursts (write, rename, backup files) are debounced, and a reload only happens
when the content fingerprint of the QML files really changed. A reload:

1. clears the engine's component cache and compiles ``Main.qml`` again while the old window keeps running;
2. on a compile error, keeps the old window and puts ``qml/ErrorOverlay.qml`` on it (file, line, message);
3. otherwise deletes the old window, drops the engine's QML singletons (so ``Theme.qml`` edits show too),
   creates the new window with the old window's geometry and visibility, and makes it ``hmi.window``.

All app state lives in Python (``HmiApp``'s models, including ``app.page``), so the new window shows the
same page and data. If creating the new window fails after the old one is gone, a fallback window shows
the overlay alone; the next good save replaces it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, QUrl, Signal
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent, QQmlEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

log = logging.getLogger(__name__)

#: Files whose change triggers a reload.
WATCHED_SUFFIXES = (".qml", ".js", ".mjs")
WATCHED_NAMES = ("qmldir",)
#: Quiet time after the last file event before reloading (editors write in bursts).
DEBOUNCE_MS = 100
OVERLAY_FILE = "ErrorOverlay.qml"
#: A folder that does not exist: the base URL for QML compiled from data, so it imports nothing implicitly.
_DETACHED_DIR = Path("/nonexistent/hmi-live-reload")

# Used when ErrorOverlay.qml itself is broken: the designer still needs to see why.
_FALLBACK_OVERLAY = b"""
import QtQuick
Rectangle {
    objectName: "qmlErrorOverlay"
    property var errors: []
    property bool fallback: false
    readonly property string summary: errors.length > 0
        ? errors[0].file + ":" + errors[0].line + ": " + errors[0].message : ""
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    z: 100000
    color: "#e0200000"
    Text {
        anchors.fill: parent
        anchors.margins: 16
        color: "white"
        font.family: "monospace"
        font.pixelSize: 16
        wrapMode: Text.Wrap
        text: "QML error\\n\\n" + parent.errors.map(e => e.file + ":" + e.line + ": " + e.message).join("\\n")
    }
}
"""

_FALLBACK_WINDOW = b"""
import QtQuick
import QtQuick.Window
Window { title: "HMI - QML error"; color: "#202020"; visible: false }
"""


@dataclass(frozen=True)
class QmlProblem:
    """One QML error: file (relative to the watched folder when inside it), line, column, message."""

    file: str
    line: int
    column: int
    message: str

    def as_dict(self) -> dict[str, Any]:
        """The form ErrorOverlay.qml reads."""
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


def problems_from(errors: list[QQmlError], root: Path) -> list[QmlProblem]:
    """QQmlErrors as ``QmlProblem``s, root causes first ("Type X unavailable" only points at them)."""
    out = []
    for e in errors:
        url = e.url()
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path is not None:
            try:
                name = str(path.relative_to(root))
            except ValueError:
                name = str(path)
        else:
            name = url.toString() or "<qml>"
        out.append(QmlProblem(name, max(e.line(), 0), max(e.column(), 0), e.description().strip()))
    # Follow-on errors ("Type Foo unavailable") name the importing file; the real error is in Foo.qml.
    out.sort(key=lambda p: p.message.startswith("Type ") and p.message.endswith(" unavailable"))
    return out


def _error(url: QUrl, line: int, message: str) -> QQmlError:
    error = QQmlError()
    error.setUrl(url)
    error.setLine(line)
    error.setDescription(message)
    return error


def fingerprint(root: Path) -> dict[str, bytes]:
    """A digest of every watched file's content under ``root``; a change means "reload".

    Content, not (mtime, size): file times tick at the kernel's coarse clock (a few ms), so two saves of
    the same length in one tick — or a temp file renamed over the original — would look unchanged.
    A QML tree is small; hashing it takes about a millisecond.
    """
    prints: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if path.name in WATCHED_NAMES or path.suffix in WATCHED_SUFFIXES:
            try:
                prints[str(path)] = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
            except OSError:  # deleted between listing and reading (editor rename), or a directory
                continue
    return prints


class LiveReloader(QObject):
    """Watches ``qml_dir`` and reloads ``hmi``'s window on change; see the module docstring."""

    reloaded = Signal(QObject)
    """A new window is up (the argument); code holding the old window should re-attach."""
    failed = Signal(list)
    """A reload failed; the argument is a list of ``QmlProblem``s (also shown in the overlay)."""

    def __init__(self, hmi: Any, qml_dir: Path | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(hmi)
        self.hmi = hmi
        main_qml = Path(hmi.main_qml)
        self.qml_dir = Path(qml_dir) if qml_dir is not None else main_qml.parent
        self.main_qml = main_qml
        self.reload_count = 0
        self.problems: list[QmlProblem] = []
        self.last_reload_ms: float | None = None
        self._overlay: QQuickItem | None = None
        self._fallback_window: QQuickWindow | None = None
        self._prints = fingerprint(self.qml_dir)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_quiet)
        self._watch_all()
        log.info("live reload: watching %s", self.qml_dir)
        if getattr(hmi, "startup_errors", None):  # started with a broken Main.qml: say why, right away
            self._fallback_window = hmi.window
            self._show_problems(problems_from(hmi.startup_errors, self.qml_dir))

    # ------------------------------------------------------------------ watching
    def _watch_all(self) -> None:
        """(Re-)add every directory and watched file: editors that save by rename drop the old watch."""
        wanted = [str(self.qml_dir)]
        for path in self.qml_dir.rglob("*"):
            if path.is_dir() or path.name in WATCHED_NAMES or path.suffix in WATCHED_SUFFIXES:
                wanted.append(str(path))
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _on_event(self, _path: str) -> None:
        self._timer.start()  # restart: reload once the burst is over

    def _on_quiet(self) -> None:
        try:
            self._watch_all()
            prints = fingerprint(self.qml_dir)
            if prints == self._prints:
                return  # swap files, backups, or a touch without change
            self._prints = prints
            self.reload()
        except Exception:  # a slot must never take the app down
            log.exception("live reload failed")

    # ------------------------------------------------------------------ reloading
    def reload(self) -> bool:
        """Reload the UI now; True when the new window is up, False when an error is shown."""
        started = time.monotonic()
        engine: QQmlApplicationEngine = self.hmi.engine
        url = QUrl.fromLocalFile(str(self.main_qml))
        engine.clearComponentCache()
        # Compile first, creating nothing, while the old window keeps running.
        check = QQmlComponent(engine, url)
        ready = check.status() == QQmlComponent.Status.Ready
        problems = [] if ready else problems_from(check.errors(), self.qml_dir)
        # Never delete a QQmlComponent synchronously (crashes PySide), and never while objects it
        # created live (PySide deletes them with it): this one created nothing.
        check.deleteLater()
        if not ready:
            self._show_problems(problems or [QmlProblem(self.main_qml.name, 0, 0, "Main.qml did not load")])
            return False

        old = self.hmi.window
        geometry, visibility, visible = old.geometry(), old.visibility(), old.isVisible()
        self._clear_overlay()
        # No old.close(): closing the last window quits the app (lastWindowClosed). Delete the old tree
        # first, then the singletons (Theme.qml), so no live binding sees them go.
        shiboken6.delete(old)
        self._fallback_window = None  # if there was one, it was ``old``
        engine.clearSingletons()
        errors: list[QQmlError] = []
        engine.warnings.connect(errors.extend)
        try:
            count = len(engine.rootObjects())
            engine.load(url)  # the engine owns what it loads, like HmiApp's first window
            roots = engine.rootObjects()
        finally:
            engine.warnings.disconnect(errors.extend)
        created = roots[count] if len(roots) > count else None
        if not isinstance(created, QQuickWindow):
            if created is not None:
                shiboken6.delete(created)
                errors.insert(0, _error(url, 1, "the root of Main.qml must be a Window"))
            problems = problems_from(errors, self.qml_dir) or [
                QmlProblem(self.main_qml.name, 0, 0, "Main.qml could not be created")
            ]
            self._open_fallback_window(geometry, visible)
            self._show_problems(problems)
            return False
        self._adopt(created, geometry, visibility, visible)
        self.problems = []
        self.reload_count += 1
        self.last_reload_ms = (time.monotonic() - started) * 1000
        log.info("live reload: UI reloaded in %.0f ms", self.last_reload_ms)
        self.reloaded.emit(created)
        return True

    def _adopt(self, window: QQuickWindow, geometry: Any, visibility: Any, visible: bool) -> None:
        window.setGeometry(geometry)
        self.hmi.window = window
        window.frameSwapped.connect(self.hmi._on_frame_swapped)
        if visible:
            window.setVisibility(visibility)

    def _show_problems(self, problems: list[QmlProblem]) -> None:
        self.problems = problems
        for p in problems:
            log.error("live reload: %s", p)
        self._clear_overlay()
        overlay = self._create_overlay()
        if overlay is not None:
            overlay.setProperty("errors", [p.as_dict() for p in problems])
            overlay.setProperty("fallback", self._fallback_window is not None)
            overlay.setParentItem(self.hmi.window.contentItem())
            self._overlay = overlay
        self.failed.emit(problems)

    def _create_overlay(self) -> QQuickItem | None:
        engine = self.hmi.engine
        candidates = [self.qml_dir / OVERLAY_FILE, Path(__file__).resolve().parents[2] / "qml" / OVERLAY_FILE]
        for path in [*dict.fromkeys(candidates), None]:
            try:
                data = _FALLBACK_OVERLAY if path is None else path.read_bytes()
            except OSError:
                continue
            component = QQmlComponent(engine)
            # Compiled from a detached URL: at qml/ it would import qml/ implicitly, and so fail
            # whenever the designer's Theme.qml (a singleton of that folder) is broken.
            component.setData(data, QUrl.fromLocalFile(str(_DETACHED_DIR / OVERLAY_FILE)))
            item = component.create() if component.isReady() else None
            if isinstance(item, QQuickItem):
                # A QObject parent takes it over from the component (PySide deletes a component's
                # creations with it) and deletes it with the window.
                QQmlEngine.setObjectOwnership(item, QQmlEngine.ObjectOwnership.CppOwnership)
                item.setParent(self.hmi.window)
                component.deleteLater()
                return item
            log.warning("live reload: cannot show the error overlay from %s", path or "the built-in copy")
            component.deleteLater()
        return None

    def _clear_overlay(self) -> None:
        if self._overlay is not None and shiboken6.isValid(self._overlay):
            self._overlay.setVisible(False)
            self._overlay.setParentItem(None)
            self._overlay.deleteLater()
        self._overlay = None

    def _open_fallback_window(self, geometry: Any, visible: bool) -> None:
        window = fallback_window(self.hmi.engine)
        self._fallback_window = window
        self._adopt(window, geometry, window.visibility(), False)
        if visible:
            window.show()

    # ------------------------------------------------------------------ for tests and tools
    @property
    def overlay(self) -> QQuickItem | None:
        """The error overlay item while an error is shown, else None."""
        if self._overlay is not None and shiboken6.isValid(self._overlay):
            return self._overlay
        return None


def fallback_window(engine: QQmlApplicationEngine) -> QQuickWindow:
    """An empty window for the error overlay while Main.qml cannot be created (owned by ``engine``)."""
    count = len(engine.rootObjects())
    engine.loadData(_FALLBACK_WINDOW, QUrl.fromLocalFile(str(_DETACHED_DIR / "FallbackWindow.qml")))
    return engine.rootObjects()[count]


def prepare_environment() -> None:
    """Call before Qt loads any QML (the CLI's ``--live`` does): no QML disk cache.

    Qt trusts a cached compilation while the source file's timestamp is unchanged, and file times tick
    at the kernel's coarse clock: two saves within a few milliseconds (a script, an editor's temp-file
    rename) could otherwise reload the previous version. Compiling the HMI's QML takes ~40 ms anyway.
    """
    os.environ.setdefault("QML_DISABLE_DISK_CACHE", "1")


def attach(hmi: Any, qml_dir: Path | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> LiveReloader:
    """Start live reload on ``hmi`` (an ``HmiApp``); the reloader lives as long as the app."""
    reloader = LiveReloader(hmi, qml_dir, debounce_ms=debounce_ms)
    hmi.live_reloader = reloader
    return reloader
