"""The ``hmi`` command: ``demo``, ``run``, ``sim``, ``screenshot`` and the area commands.

Area commands (``mapbuild``, ``route``, ``geocode``, ``plan`` …) live next to
their code and register themselves through ``add_subcommands``; this module
only wires them. Heavy imports (Qt, osmnx) happen inside the handlers so that
``hmi --help`` and the scripting commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import importlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from hmi import __version__
from hmi.link.config import add_mqtt_arguments
from hmi.sim.launch import make_agent as _make_agent
from hmi.sim.launch import region_map as _region_map
from hmi.sim.launch import start_sua as _start_sua

STARTED_AT = time.monotonic()
log = logging.getLogger("hmi")

#: Modules that contribute subcommands with ``add_subcommands(sub)``.
AREA_CLIS = ("hmi.nav.cli", "hmi.nav.ev.cli", "hmi.health.cli", "hmi.updates.cli", "hmi.i18n.cli")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x240 … 7680x4320")
    return w, h


def _common_app_args(p: argparse.ArgumentParser) -> None:
    add_mqtt_arguments(p)
    p.add_argument("--size", type=_size, default=(1280, 800), help="window size WxH (default 1280x800)")
    p.add_argument("--data-dir", type=Path, help="where settings and history live (HMI_DATA_DIR)")
    _language_arg(p, "UI language, kept in the settings (default: the last one chosen)")


def _language_arg(p: argparse.ArgumentParser, text: str) -> None:
    from hmi.i18n.languages import CODES, PSEUDO

    p.add_argument("--language", choices=(*CODES, PSEUDO.code), help=f"{text}; {PSEUDO.code}: +40 %% pseudo-locale")


CORE_COMMANDS = ("demo", "run", "sim", "screenshot", "signals", "bench")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: core commands plus every area's.

    When ``argv`` names a core command, the area modules are not imported at all:
    ``hmi run`` on the car should not pay for the scripting commands' imports.
    """
    parser = argparse.ArgumentParser(prog="hmi", description="In-car infotainment and navigation HMI")
    parser.add_argument("--version", action="version", version=f"hmi {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("demo", help="broker + simulated car + HMI window, all in one")
    _common_app_args(p)
    # Parked at the start, so a new user can search a destination (the keyboard locks while moving).
    p.add_argument(
        "--scenario", default="drive-to-destination", help="scenario name or file (default drive-to-destination)"
    )
    p.add_argument("--embedded-broker", action="store_true", help="use the embedded broker even if mosquitto exists")
    p.add_argument("--live", action="store_true", help="reload the UI when a file under qml/ is saved (designers)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("run", help="the HMI only, against an existing broker (the real-car case)")
    _common_app_args(p)
    p.add_argument("--kiosk", action="store_true", help="full screen, frameless, no cursor, watchdog")
    p.add_argument("--live", action="store_true", help="reload the UI when a file under qml/ is saved (designers)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("sim", help="the simulated onboard agent")
    add_mqtt_arguments(p)
    p.add_argument("--scenario", default="city-drive", help="scenario name or file (default city-drive)")
    p.add_argument("--list", action="store_true", help="describe the shipped scenarios and exit")
    p.add_argument("--speed", type=float, default=1.0, help="time-lapse factor (default 1)")
    p.add_argument("--duration", type=float, help="stop after this many simulated (with --record: recorded) s")
    p.add_argument(
        "--record",
        type=Path,
        metavar="FILE",
        help="record the car's traffic on the broker into a replayable scenario FILE (until --duration or Ctrl+C)",
    )
    p.set_defaults(func=cmd_sim)

    p = sub.add_parser("screenshot", help="render a page offscreen to a PNG (or every README shot, or a matrix)")
    p.add_argument("--page", default="vehicle", help="page name (vehicle, settings, …)")
    p.add_argument("--size", type=_size, default=(1280, 800), help="WxH (default 1280x800)")
    p.add_argument("--theme", choices=("day", "night"), default="day")
    p.add_argument("--scenario", default="city-drive", help="scenario whose state is shown")
    p.add_argument(
        "--at", type=float, default=30.0, help="simulated seconds into the scenario, driver steps included (default 30)"
    )
    _language_arg(p, "language of the shot (default en)")
    p.add_argument(
        "-o", "--output", type=Path, required=True, help="PNG file to write (a folder with --matrix or --readme)"
    )
    p.add_argument(
        "--readme", action="store_true", help="every README screenshot listed in docs/screenshots.json into -o DIR"
    )
    p.add_argument("--only", nargs="+", metavar="FILE", help="--readme: just these files of the list")
    p.add_argument("--list", type=Path, metavar="JSON", help="--readme: another list (default docs/screenshots.json)")
    p.add_argument(
        "--matrix", action="store_true", help="every page × size × theme × language into -o DIR, with index.html"
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="--matrix: run the visual checks (text size, touch targets, clipping, contrast, nav bar, car marker) "
        "on every cell; exit 1 and list them when any fails",
    )
    p.add_argument("--pages", nargs="+", metavar="PAGE", help="--matrix: pages (default: every page of the UI)")
    p.add_argument("--sizes", nargs="+", type=_size, metavar="WxH", help="--matrix: sizes (default: the three)")
    p.add_argument("--themes", nargs="+", choices=("day", "night"), help="--matrix: themes (default: both)")
    p.add_argument(
        "--languages",
        nargs="+",
        metavar="LANG",
        help="--matrix: languages (default: en de fr ca; pseudo for the +40 %% pseudo-locale)",
    )
    p.set_defaults(func=cmd_screenshot)

    p = sub.add_parser("bench", help="run the benchmarks (bench/bench_*.py), each against a same-run baseline")
    p.add_argument("--quick", action="store_true", help="shorter runs")
    p.add_argument("only", nargs="*", help="areas: foundation nav ev mapview health updates designer")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("signals", help="print the vehicle-signal table of the agent interface")
    p.set_defaults(func=cmd_signals)

    command = next((a for a in (argv or []) if not a.startswith("-")), None)
    if command in CORE_COMMANDS:
        return parser
    for module_name in AREA_CLIS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.add_subcommands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``hmi`` console script; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`hmi sim --list | head`): stop quietly, as Unix tools do; stdout goes to devnull
        # so the interpreter's final flush does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE


# ---------------------------------------------------------------------- helpers
def _no_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY_HELP = (
    "hmi: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a virtual screen with "
    "`xvfb-run -a hmi demo`, or render pages with `hmi screenshot --page vehicle -o vehicle.png`."
)


#: What Qt says just before it ends the process because the X server is gone (``QXcbConnection``).
DISPLAY_LOST = ("The X11 connection broke",)


def _watch_display(on_lost) -> None:
    """Call ``on_lost()`` once when the display connection breaks, then end the process (exit code 1, as Qt
    and libX11 would); keep Qt's other messages as Qt prints them.

    Two places notice a dead X server: Qt's xcb plugin (a warning on the GUI thread) and libX11, used by the
    OpenGL scene graph, whose I/O error handler runs on the render thread. Both would call ``exit(1)`` there:
    C++ static destructors then ran on that thread and destroyed Qt objects from the wrong one ("Timers cannot
    be stopped from another thread"), and libX11's path skipped ``on_lost`` (the broker's files were left).
    Nothing is left to save: ``on_lost()`` stops the car and the broker, and the history and settings are
    written as they change.
    """
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    once = threading.Lock()

    def lost() -> None:
        if once.acquire(blocking=False):
            try:
                on_lost()
            finally:
                sys.stderr.flush()
                os._exit(1)
        threading.Event().wait()  # the other thread is ending the process

    def handler(mode, context, message: str) -> None:
        if any(m in message for m in DISPLAY_LOST):
            lost()
        print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    qInstallMessageHandler(handler)
    _on_xlib_io_error(lost)


#: libX11's I/O error handler type, and the installed one (a reference keeps the ctypes callback alive).
_XIO_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_xio_handler = None


def _on_xlib_io_error(callback) -> None:
    """Make libX11 call ``callback()`` (which must not return) on a broken display instead of exiting."""
    global _xio_handler
    try:
        libx11 = ctypes.CDLL("libX11.so.6")
    except OSError:  # no libX11: Qt's xcb warning is the only signal
        return

    def on_io_error(display: int | None) -> int:
        callback()
        return 0

    _xio_handler = _XIO_HANDLER(on_io_error)
    libx11.XSetIOErrorHandler.argtypes = [_XIO_HANDLER]
    libx11.XSetIOErrorHandler.restype = ctypes.c_void_p
    libx11.XSetIOErrorHandler(_xio_handler)


def _run_qt(config, args, *, kiosk: bool = False, on_ready=None, on_display_lost=None) -> int:
    """Create the Qt app and the qasync loop, run the HMI until the window closes or Ctrl+C."""
    import asyncio
    import socket

    import PySide6.QtQuick  # noqa: F401  (QtQuick must be loaded before the window)
    import qasync

    from hmi.ui.app import HmiApp, ensure_gui_app

    if kiosk:
        os.environ.setdefault("QT_QUICK_CONTROLS_HOVER_ENABLED", "0")
    if on_display_lost is not None:
        _watch_display(on_display_lost)
    qapp = ensure_gui_app(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    if args.data_dir:
        os.environ["HMI_DATA_DIR"] = str(args.data_dir)
    hmi = HmiApp(
        config,
        size=args.size,
        kiosk=kiosk,
        loop=loop,
        started_at=STARTED_AT,
        language=args.language,
        live=bool(getattr(args, "live", False)),
        map_path=getattr(args, "map_path", None),
    )
    if kiosk:
        from hmi.ui import kiosk_mode

        kiosk_mode.apply(hmi)
    hmi.start()
    if on_ready is not None:
        on_ready(hmi)

    # Ctrl+C: Python only sees signals when it runs, so wake the loop through a socket (no polling).
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    wsock.setblocking(False)
    signal.set_wakeup_fd(wsock.fileno())
    # exit(), not quit(): Qt 6's quit() first closes every window while the window's pending
    # update-request timer can still fire on the destroyed platform window (a crash seen under X11).
    # The window is torn down by hmi.close() after the loop has returned.
    signal.signal(signal.SIGINT, lambda *_: qapp.exit(0))
    signal.signal(signal.SIGTERM, lambda *_: qapp.exit(0))
    loop.add_reader(rsock.fileno(), lambda: rsock.recv(64))
    qapp.lastWindowClosed.connect(qapp.quit)
    with loop:
        try:
            code = loop.run_forever()
        finally:
            # Inside the loop's context: closing publishes hmi/status "offline" through it.
            hmi.close()
    # qasync's run_forever returns QApplication.exec()'s code: 99 is the kiosk's service exit.
    return int(code or 0)


# ---------------------------------------------------------------------- commands
def cmd_run(args: argparse.Namespace) -> int:
    """``hmi run``: the HMI against an existing broker; an unreachable broker is shown and retried."""
    from hmi.link.config import config_from_args

    if _no_display():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return 2
    if args.live and args.kiosk:
        print("hmi run: --live is a designer tool; it does not go with --kiosk", file=sys.stderr)
        return 2
    return _run_qt(config_from_args(args), args, kiosk=args.kiosk, on_ready=_live_hook(args))


def _live_hook(args: argparse.Namespace):
    """``--live``: the reloader, attached once the app is up."""
    if not getattr(args, "live", False):
        return None
    from hmi.ui import live_reload

    live_reload.prepare_environment()  # before Qt loads any QML
    return live_reload.attach


def cmd_demo(args: argparse.Namespace) -> int:
    """``hmi demo``: mosquitto (or the embedded broker) + simulated agent + HMI; Ctrl+C stops all three."""
    from hmi.broker import BrokerError, EmbeddedBroker, Mosquitto, mosquitto_path
    from hmi.link.config import BrokerConfig

    if _no_display():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return 2
    from hmi.nav.build import BuildError
    from hmi.sim import scenario as scenarios

    try:
        # Check the scenario and build the map now (first run), so its progress bar has the terminal to itself.
        scenario = scenarios.find(args.scenario)
        if scenario.recording is None:
            # The HMI shows the map the simulated car drives on (Munich for a Munich scenario).
            args.map_path = _region_map(scenario.region)
    except (scenarios.ScenarioError, BuildError, ValueError) as exc:
        print(f"hmi demo: {exc}", file=sys.stderr)
        return 2
    if mosquitto_path() and not args.embedded_broker:
        broker = Mosquitto().start()
        print(f"hmi demo: mosquitto on {broker.host}:{broker.port}", file=sys.stderr)
    else:
        try:
            broker = EmbeddedBroker().start()
        except BrokerError as exc:
            print(f"hmi demo: {exc}", file=sys.stderr)
            return 2
        print(
            f"hmi demo: mosquitto is not installed — using the embedded broker on port {broker.port} "
            "(apt-get install mosquitto for the real one)",
            file=sys.stderr,
        )
    config = BrokerConfig(broker.host, broker.port)
    sim = subprocess.Popen(
        [sys.executable, "-m", "hmi", "sim", "--scenario", args.scenario, "--mqtt-port", str(broker.port)],
        stdin=subprocess.DEVNULL,
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )

    def display_lost() -> None:
        # The process ends right after this: stop the car and the broker (and its files) first.
        print("hmi demo: the display went away; stopping", file=sys.stderr)
        _stop_child(sim)
        broker.close()
        print("hmi demo: stopped the HMI, the simulated agent and the broker", file=sys.stderr)

    try:
        return _run_qt(config, args, on_ready=_live_hook(args), on_display_lost=display_lost)
    finally:
        _stop_child(sim)
        broker.close()
        print("hmi demo: stopped the HMI, the simulated agent and the broker", file=sys.stderr)


def _stop_child(proc: subprocess.Popen) -> None:
    """Terminate ``proc`` and wait for it (killed after 5 s)."""
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def cmd_sim(args: argparse.Namespace) -> int:
    """``hmi sim``: run the simulated agent (and the self-update agent stand-in) until Ctrl+C."""
    from hmi.link.config import config_from_args
    from hmi.sim import scenario as scenarios

    if args.list:
        for name in scenarios.names():
            sc = scenarios.find(name)
            print(f"{name:<18} {sc.description}")
            for ev in sc.events:
                print(f"{'':<18}   at {ev.at:>6.0f} s  {ev.do:<12} {scenarios.ACTION_HELP[ev.do]}")
            if sc.recording is not None:
                rec = sc.recording
                print(f"{'':<18}   recording: {len(rec.messages)} messages over {rec.duration:.0f} s")
        return 0
    if args.record is not None:
        from hmi.sim.recorder import record

        try:
            print(record(config_from_args(args), args.record, duration_s=args.duration))
        except (OSError, TimeoutError) as exc:
            print(f"hmi sim: cannot record from {config_from_args(args).address}: {exc}", file=sys.stderr)
            return 2
        return 0
    try:
        agent = _make_agent(config_from_args(args), args.scenario)
    except (scenarios.ScenarioError, ValueError) as exc:
        print(f"hmi sim: {exc}", file=sys.stderr)
        return 2
    agent.connect()
    sua = _start_sua(config_from_args(args), agent.scenario)
    log.info("simulated agent running scenario %s (Ctrl+C to stop)", args.scenario)
    main_thread = threading.current_thread() is threading.main_thread()  # signals are the main thread's only
    if main_thread:
        _stop_on_sigterm()
    try:
        agent.run(duration_s=args.duration, speed=args.speed)
    except KeyboardInterrupt:
        pass  # Ctrl+C or SIGTERM (the demo stopping): a clean stop below, no traceback
    finally:
        # The broker may be gone already (Ctrl+C reaches the whole process group): stop quietly regardless.
        if main_thread:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        if sua is not None:
            try:
                sua.stop()
            except Exception as exc:
                log.debug("update agent stand-in: %s", exc)
        try:
            agent.disconnect()
        except Exception as exc:
            log.debug("simulated agent: %s", exc)
    return 0


def _stop_on_sigterm() -> None:
    """SIGTERM stops like Ctrl+C (a clean disconnect), not with Python's default instant death."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def _die_with_parent() -> None:
    """In a child between fork and exec: SIGTERM when the parent dies, however it dies (the demo's X server
    gone makes Qt end the process with exit(1), past every ``finally``)."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def cmd_screenshot(args: argparse.Namespace) -> int:
    """``hmi screenshot``: one page, every README shot (``--readme``) or the matrix (``--matrix``)."""
    if args.matrix:
        from hmi.matrix import cmd_matrix

        return cmd_matrix(args)
    from hmi.readme_shots import cmd_screenshot as run

    return run(args)


def cmd_bench(args: argparse.Namespace) -> int:
    """``hmi bench``: every benchmark in its own process (``bench/run_all.py``)."""
    from hmi.ui.app import REPO_ROOT

    script = REPO_ROOT / "bench" / "run_all.py"
    if not script.is_file():
        print("hmi bench: the benchmarks live in the source tree (bench/), which is not here", file=sys.stderr)
        return 2
    return subprocess.call([sys.executable, str(script), *(["--quick"] if args.quick else []), *args.only])


def cmd_signals(args: argparse.Namespace) -> int:
    """``hmi signals``: the contract's signal table as Markdown."""
    from hmi.link.signals import markdown_table

    print(markdown_table())
    return 0
