"""App wiring: state store + MQTT link + Qt models + QML window on one qasync loop.

``HmiApp`` is what ``hmi run``, ``hmi demo``, ``hmi screenshot`` and the
``hmi_app`` test fixture all create. It owns no domain logic: it connects the
plain-Python cores to thin Qt adapters and loads ``qml/Main.qml``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Property, QObject, QSize, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from hmi import __version__
from hmi.health.monitor import HealthMonitor
from hmi.link import signals as sig
from hmi.link.client import MqttLink
from hmi.link.config import BrokerConfig
from hmi.nav.ev.profiles import load_profiles
from hmi.nav.ev.settings import SettingsStore as EvSettingsStore
from hmi.settings import SettingsStore, data_dir
from hmi.ui.health_model import HealthModel
from hmi.ui.icons import IconProvider
from hmi.ui.link_model import LinkModel
from hmi.ui.map_view import register_qml_types as register_map_types
from hmi.ui.map_view import release_all as release_maps
from hmi.ui.nav_model import NavModel
from hmi.ui.settings_model import SettingsModel
from hmi.ui.translator import I18n, formats
from hmi.ui.trip_model import TripModel
from hmi.ui.updates_model import UpdatesModel
from hmi.ui.vehicle_model import VehicleModel
from hmi.updates.link_binding import UpdatesLinkBinding
from hmi.updates.service import UpdateService
from hmi.vehicle.store import VehicleStore

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
QML_DIR = REPO_ROOT / "qml"
MAIN_QML = QML_DIR / "Main.qml"
ATTRIBUTION = "© OpenStreetMap contributors"
PAGES = ("navigate", "vehicle", "health", "updates", "settings")
#: OTA installs need at least this state of charge (%); the contract's default.
OTA_SOC_FLOOR = 30.0
#: The three head-unit sizes every page is checked at.
#: Settings that change texts or number formats (the language, units and the clock).
FORMAT_SETTINGS = ("language", "units", "temperature", "pressure", "clock24")
SIZES = ((1920, 720), (1280, 800), (1024, 600))


class AppModel(QObject):
    """Shell state for QML (``app``): current page, clock, alert count, version."""

    pageChanged = Signal()
    clockChanged = Signal()
    alertCountChanged = Signal()
    routeRequested = Signal(str, float, float)
    """A page asked to navigate somewhere (name, lat, lon); the navigation controller takes it."""

    def __init__(self, settings: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._page = settings.get("page")
        self._clock = ""
        self._alert_count = 0
        self.tick_clock()

    @Property(str, notify=pageChanged)
    def page(self) -> str:
        """Name of the page on screen."""
        return self._page

    @Slot(str)
    def showPage(self, name: str) -> None:
        """Switch page (names from ``PAGES``); remembered across restarts."""
        if name in PAGES and name != self._page:
            self._page = name
            self._settings.set("page", name)
            self.pageChanged.emit()

    @Slot(str, float, float)
    def requestRoute(self, name: str, lat: float, lon: float) -> None:
        """Start guidance to a place from any page (e.g. a service centre); opens the map."""
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            log.warning("ignored a route request to an invalid position")
            return
        self.routeRequested.emit(name[:120], lat, lon)
        self.showPage("navigate")

    @Property(str, notify=clockChanged)
    def clock(self) -> str:
        """Wall clock for the status bar."""
        return self._clock

    def tick_clock(self) -> None:
        """Refresh the clock text (called every second)."""
        text = formats().clock()
        if text != self._clock:
            self._clock = text
            self.clockChanged.emit()

    def retranslate(self) -> None:
        """Re-format the clock (12/24 h setting)."""
        self.tick_clock()

    @Property(int, notify=alertCountChanged)
    def alertCount(self) -> int:
        """Active (unacknowledged) alerts, for the status-bar badge."""
        return self._alert_count

    def set_alert_count(self, count: int) -> None:
        """Set by the health monitor and the link when alerts change."""
        if count != self._alert_count:
            self._alert_count = count
            self.alertCountChanged.emit()

    @Property(str, constant=True)
    def version(self) -> str:
        """HMI software version."""
        return __version__

    @Property(str, constant=True)
    def attribution(self) -> str:
        """Map data attribution (ODbL requires it on screen)."""
        return ATTRIBUTION


class HmiApp(QObject):
    """The running HMI: build with a broker config, ``start()``, and ``close()`` when done."""

    firstFrame = Signal(float)

    def __init__(
        self,
        config: BrokerConfig,
        *,
        size: tuple[int, int] = (1280, 800),
        data_path: Path | None = None,
        kiosk: bool = False,
        show: bool = True,
        loop: asyncio.AbstractEventLoop | None = None,
        started_at: float | None = None,
        map_path: Path | None = None,
        qml_dir: Path | None = None,
        language: str | None = None,
        live: bool = False,
    ) -> None:
        super().__init__()
        self.started_at = time.monotonic() if started_at is None else started_at
        self.first_frame_ms: float | None = None
        self.qml_warnings: list[str] = []
        directory = data_path or data_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.settings_store = SettingsStore(directory / "settings.sqlite")
        if language is not None and not self.settings_store.set("language", language):
            log.warning("unknown language %r: keeping %r", language, self.settings_store.get("language"))
        # Language and formats first: every model renders its texts with them from the start.
        self.i18n = I18n(parent=self)
        self._apply_i18n()
        self.store = VehicleStore()
        self.link = MqttLink(self.store, config, loop=loop)
        self.vehicle = VehicleModel(self.store, self.link.parked, parent=self)
        self.link.on_safety(self.vehicle.refresh_staleness)
        self.link_model = LinkModel(self.link, self)
        self.settings = SettingsModel(
            self.settings_store,
            lambda: (self.store.get(sig.LATITUDE), self.store.get(sig.LONGITUDE)),
            config.address,
            self,
            light=lambda: self.store.get(sig.LIGHT) if self.store.is_current(sig.LIGHT) else None,
        )
        self.store.subscribe(lambda path, _value, _ts: path == sig.LIGHT and self.settings.refresh_night())
        self.settings.on_change(self._on_setting)
        self.store.subscribe(self._on_position)
        self.app = AppModel(self.settings_store, self)

        self.map_path = map_path if map_path is not None else default_map_path()

        # Vehicle health: history, predictions and alerts from the same validated signals.
        self.health_monitor = HealthMonitor(directory / "health.sqlite", map_dir=self.map_path)
        self.store.subscribe(self.health_monitor.update)
        self.health = HealthModel(self.health_monitor, parent=self)
        self.health.alertsChanged.connect(self._on_alerts)

        # EV trip planning (charging stops, reachable range, live replanning, battery preconditioning).
        self.trip = TripModel(None, [], load_profiles(), EvSettingsStore(directory / "ev.sqlite"), self)
        self.trip.commandRequested.connect(self._on_trip_command)
        self._trip_commands: dict[str, str] = {}
        self.link.on_command(self._on_command_result)

        # Navigation: offline map, search, routing and guidance (the map loads after the first frame).
        self.nav = NavModel(
            self.store, self.link, self.settings_store, directory, self.map_path, self.link.loop, self.trip, self
        )
        self.nav.mapLoaded.connect(self._on_map_loaded)
        self.app.routeRequested.connect(self.nav.navigateTo)

        # Over-the-air updates: the consent/progress state machine, persisted across restarts.
        self.updates_service = UpdateService(directory / "ota.sqlite", soc_floor=OTA_SOC_FLOOR)
        self.updates = UpdatesModel(self.updates_service, self.link.publish, parent=self)
        # Messages, re-sync after each reconnect and the install's conditions (fresh data only) from the link.
        self.updates_binding = UpdatesLinkBinding(self.link, self.updates)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()

        register_map_types()
        self.engine = QQmlApplicationEngine()
        self.engine.addImageProvider("icon", IconProvider())
        self.engine.warnings.connect(self._on_qml_warnings)
        ctx = self.engine.rootContext()
        ctx.setContextProperty("vehicle", self.vehicle.map)
        ctx.setContextProperty("link", self.link_model)
        ctx.setContextProperty("settings", self.settings)
        ctx.setContextProperty("app", self.app)
        ctx.setContextProperty("kiosk", kiosk)
        ctx.setContextProperty("updates", self.updates)
        ctx.setContextProperty("health", self.health)
        ctx.setContextProperty("nav", self.nav)
        ctx.setContextProperty("trip", self.trip)
        ctx.setContextProperty("i18n", self.i18n)
        self.i18n.set_engine(self.engine)
        # ``qml_dir``: another copy of qml/ (live-reload tests work on a temporary copy).
        self.main_qml = MAIN_QML if qml_dir is None else Path(qml_dir) / MAIN_QML.name
        #: QML errors of the first load when ``live`` let the app start without its UI (shown by live reload).
        self.startup_errors: list[QQmlError] = []
        self.engine.warnings.connect(self.startup_errors.extend)
        self.engine.load(QUrl.fromLocalFile(str(self.main_qml)))
        self.engine.warnings.disconnect(self.startup_errors.extend)
        roots = self.engine.rootObjects()
        if not roots and not live:
            message = "Main.qml failed to load:\n" + "\n".join(self.qml_warnings)
            # Free what was built here, now, on the GUI thread: left to Python's cyclic GC, the models' timers
            # were destroyed on whatever thread collected them, and Qt later crashed on the dangling timers.
            self.close()
            raise RuntimeError(message)
        if roots:
            self.startup_errors = []
        else:
            # A designer started --live with a broken file: an empty window now, the error overlay on it
            # once the reloader attaches, and the real UI on the next good save.
            from hmi.ui.live_reload import fallback_window

            roots = [fallback_window(self.engine)]
            self.qml_warnings.clear()
        self.window: QQuickWindow = roots[0]
        self.window.frameSwapped.connect(self._on_frame_swapped)
        self.resize(*size)
        if show:
            if kiosk:
                self.window.showFullScreen()
            else:
                self.window.show()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> HmiApp:
        """Start connecting to the broker (non-blocking)."""
        self.link.start()
        return self

    def close(self) -> None:
        """Disconnect, close the window and free QML."""
        self.link.stop()
        self._clock_timer.stop()
        self.updates.stop()
        self.updates_service.close()
        self.health_monitor.close()
        self.nav.close()
        self.trip.shutdown()
        window = getattr(self, "window", None)  # none yet when Main.qml failed to load
        if window is not None:
            window.close()
            # Delete the QML tree before the engine and the models it binds to, or
            # bindings re-evaluate against a half-destroyed context.
            release_maps(window.contentItem())
            shiboken6.delete(window)
        shiboken6.delete(self.engine)
        self.settings_store.close()
        self.i18n.release()
        # Destroy our QObjects (models, timers) now, on the GUI thread. Left to Python's
        # cyclic GC they may be destroyed on whatever thread collects them (a paho or
        # simulator thread), and a QTimer destroyed there leaves a dangling timer: segfault.
        shiboken6.delete(self)

    def resize(self, width: int, height: int) -> None:
        """Set the window size (one of ``SIZES`` on a head unit)."""
        self.window.resize(QSize(width, height))

    def _on_frame_swapped(self) -> None:
        if self.first_frame_ms is None:
            self.first_frame_ms = (time.monotonic() - self.started_at) * 1000
            log.info("first frame after %.0f ms", self.first_frame_ms)
            self.firstFrame.emit(self.first_frame_ms)
            self.nav.load_map()

    def _tick(self) -> None:
        self.app.tick_clock()
        # Re-judged once a second as well (the link also reports a value going stale the moment it does).
        self.updates_binding.feed()
        self._feed_trip()

    def _feed_trip(self) -> None:
        """Live position, SoC, temperature and charging state for the EV planner (1 Hz is plenty)."""
        lat, lon, soc = (self.store.get(p) for p in (sig.LATITUDE, sig.LONGITUDE, sig.SOC))
        if None not in (lat, lon, soc):
            self.trip.setLiveState(lat, lon, soc)
        if self.store.get(sig.OUTSIDE_TEMP) is not None:
            self.trip.setOutsideTemperature(self.store.get(sig.OUTSIDE_TEMP))
        self.trip.setCharging(bool(self.store.get(sig.IS_CHARGING)))

    def _on_map_loaded(self) -> None:
        from hmi.nav.ev.chargers import load_chargers

        self.trip.set_map(self.nav.session.graph, load_chargers(self.nav.session.map_dir))

    def _on_trip_command(self, name: str, payload: dict) -> None:
        # The planner asks (preconditioning); the link sends it with its own id and tracks the answer.
        params = {k: v for k, v in dict(payload).items() if k not in ("id", "ts")}
        try:
            cmd = self.link.send_command(name, **params)
        except ValueError as exc:
            log.warning("trip command %s refused: %s", name, exc)
            return
        self._trip_commands[cmd.id] = payload.get("id", "")
        self._on_command_result(cmd)

    def _on_command_result(self, cmd) -> None:
        trip_id = self._trip_commands.get(cmd.id)
        if trip_id is None or cmd.state == "pending":
            return
        del self._trip_commands[cmd.id]
        result = {"id": trip_id, "ok": cmd.state == "ok", "message": cmd.message, "sent": cmd.sent}
        self.trip.onCommandResult(cmd.name, result)

    def _on_alerts(self) -> None:
        self.app.set_alert_count(self.health.activeAlertCount)

    def _apply_i18n(self) -> bool:
        get = self.settings_store.get
        return self.i18n.apply(get("language"), get("units"), get("temperature"), get("pressure"), get("clock24"))

    def _on_position(self, path: str, value: object, ts: float) -> None:
        if path in (sig.LATITUDE, sig.LONGITUDE):
            self.settings.position_known()

    def _on_setting(self, key: str) -> None:
        if key not in FORMAT_SETTINGS:
            return
        self._apply_i18n()
        # Python-made texts follow too (qsTr bindings were re-evaluated by the engine).
        for model in (self.app, self.vehicle, self.link_model, self.health, self.nav, self.trip, self.updates):
            model.retranslate()

    def set_language(self, code: str) -> bool:
        """Switch the UI language live, as the Settings page does (tools and tests); False if refused."""
        self.settings.setLanguage(code)  # validates, persists and notifies like a tap on the Settings page
        return self.settings_store.get("language") == code and self.i18n.language == code

    def _on_qml_warnings(self, warnings: list[QQmlError]) -> None:
        for w in warnings:
            text = w.toString()
            self.qml_warnings.append(text)
            log.warning("QML: %s", text)

    # ------------------------------------------------------------------ helpers for tools and tests
    def find(self, object_name: str) -> QQuickItem | None:
        """The QML item with ``objectName`` (or None), searching the visual tree (Repeater delegates too)."""
        found = self.window.findChild(QQuickItem, object_name)
        if found is not None:
            return found
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            if item.objectName() == object_name:
                return item
            stack.extend(item.childItems())
        return None

    def grab(self) -> QImage:
        """Render the window now and return the image."""
        return self.window.grabWindow()

    def screenshot(self, path: Path) -> Path:
        """Save a PNG of the window."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        return path

    def property_of(self, object_name: str, prop: str) -> Any:
        """A property of a QML item by ``objectName`` (None when the item is missing)."""
        item = self.find(object_name)
        return None if item is None else item.property(prop)


def default_map_path() -> Path | None:
    """The built map of the default region, or None when it has not been built yet."""
    from hmi.nav.paths import is_built, map_dir

    directory = map_dir()
    return directory if is_built(directory) else None


def ensure_gui_app(argv: list[str] | None = None) -> QGuiApplication:
    """The process's QGuiApplication (created with HMI defaults when missing)."""
    app = QGuiApplication.instance()
    if app is None:
        QGuiApplication.setApplicationName("hmi")
        QGuiApplication.setOrganizationName("hmi")
        app = QGuiApplication(argv or ["hmi"])
    return app
