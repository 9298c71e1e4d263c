"""Qt adapter: driver settings for QML (``settings``), persisted by ``hmi.settings``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from hmi import daylight
from hmi.i18n.languages import LANGUAGES
from hmi.settings import SettingsStore

#: Decimals of the remembered position (0.1° ≈ 11 km: enough for sunrise and sunset, and rarely written).
POSITION_DECIMALS = 1


class SettingsModel(QObject):
    """Theme, language, units, clock format and text size; ``night`` is the effective theme ("auto" follows the
    car's ambient-light sensor while it reports a current value, the sun otherwise).

    Listeners registered with :meth:`on_change` get the setting's key after every accepted change
    (the app installs the translator and re-formats every model from there).
    """

    changed = Signal()

    def __init__(
        self,
        store: SettingsStore,
        position: Callable[[], tuple[float | None, float | None]],
        broker_address: str,
        parent: QObject | None = None,
        light: Callable[[], float | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._position = position
        self._light = light
        self._night = False
        self._broker_address = broker_address
        self._night = self._compute_night()
        self._listeners: list[Callable[[str], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._refresh_night)
        self._timer.start()

    def on_change(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(key)`` after a setting changes."""
        self._listeners.append(listener)

    def _compute_night(self) -> bool:
        theme = self._store.get("theme")
        if theme != "auto":
            return theme == "night"
        light = self._light()
        if light is not None:  # the car's sensor knows tunnels, garages and overcast evenings; the sun does not
            return daylight.night_from_light(light, self._night)
        lat, lon = self._position()
        if lat is None or lon is None:  # no fix yet: where the car was last (local hours only on a first start)
            lat, lon = self._store.get("lastLat"), self._store.get("lastLon")
        return daylight.is_night(lat, lon)

    def position_known(self) -> None:
        """The car reported a position: the automatic theme follows it now (not at the next minute's refresh),
        and the position is remembered, rounded to ~10 km, for the first frame of the next start."""
        lat, lon = self._position()
        if lat is None or lon is None:
            return
        rounded = (round(lat, POSITION_DECIMALS), round(lon, POSITION_DECIMALS))
        if rounded != (self._store.get("lastLat"), self._store.get("lastLon")):
            self._store.set("lastLat", rounded[0])
            self._store.set("lastLon", rounded[1])
        self._refresh_night()

    def refresh_night(self) -> None:
        """Re-decide the "auto" theme now (the car's light reading changed)."""
        self._refresh_night()

    @Slot()
    def _refresh_night(self) -> None:
        night = self._compute_night()
        if night != self._night:
            self._night = night
            self.changed.emit()

    def _set(self, key: str, value: object) -> None:
        if self._store.get(key) == value or not self._store.set(key, value):
            return
        self._night = self._compute_night()
        self.changed.emit()
        for listener in self._listeners:
            listener(key)

    @Property(str, notify=changed)
    def theme(self) -> str:
        """``day``, ``night`` or ``auto``."""
        return self._store.get("theme")

    @Property(bool, notify=changed)
    def night(self) -> bool:
        """Effective theme: True for the night palette."""
        return self._night

    @Property(str, notify=changed)
    def units(self) -> str:
        """``metric`` or ``imperial``."""
        return self._store.get("units")

    @Property(str, notify=changed)
    def temperatureUnit(self) -> str:
        """``C`` or ``F``."""
        return self._store.get("temperature")

    @Property(str, notify=changed)
    def pressureUnit(self) -> str:
        """``bar``, ``kPa`` or ``psi``."""
        return self._store.get("pressure")

    @Property(str, notify=changed)
    def language(self) -> str:
        """UI language code (``en``, ``de``, ``fr``, ``ca``; ``pseudo`` for the designers' pseudo-locale)."""
        return self._store.get("language")

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, str]]:
        """The languages the Settings page offers: ``[{code, name}]`` with each name in its own language."""
        return [{"code": lang.code, "name": lang.native} for lang in LANGUAGES]

    @Property(str, notify=changed)
    def textSize(self) -> str:
        """``normal``, ``large`` or ``larger``."""
        return self._store.get("textSize")

    @Property(float, notify=changed)
    def textScale(self) -> float:
        """Factor for every font size (Theme.textScale), from the text-size setting."""
        return self._store.text_scale()

    @Property(bool, notify=changed)
    def clock24(self) -> bool:
        """24-hour clock."""
        return self._store.get("clock24")

    @Property(str, constant=True)
    def brokerAddress(self) -> str:
        """Broker ``host:port`` (read-only)."""
        return self._broker_address

    @Slot(str)
    def setTheme(self, theme: str) -> None:
        """Choose ``day``, ``night`` or ``auto``."""
        self._set("theme", theme)

    @Slot(str)
    def setUnits(self, system: str) -> None:
        """Choose ``metric`` or ``imperial``."""
        self._set("units", system)

    @Slot(bool)
    def setClock24(self, on: bool) -> None:
        """24-hour (True) or 12-hour clock."""
        self._set("clock24", bool(on))

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Choose the UI language by code (see ``hmi.i18n.languages``; ``pseudo`` too)."""
        self._set("language", code)

    @Slot(str)
    def setTemperatureUnit(self, unit: str) -> None:
        """Choose ``C`` or ``F``."""
        self._set("temperature", unit)

    @Slot(str)
    def setPressureUnit(self, unit: str) -> None:
        """Choose ``bar``, ``kPa`` or ``psi``."""
        self._set("pressure", unit)

    @Slot(str)
    def setTextSize(self, size: str) -> None:
        """Choose ``normal``, ``large`` or ``larger``."""
        self._set("textSize", size)
