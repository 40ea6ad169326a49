"""`campo --demo`: a demo branch in the demo data directory, and simulated agents walking it live."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mobile_protocol.device.pairing import PairTarget
from mobile_protocol.device.simulate import SimulationSummary, run_simulation
from mobile_protocol.device.state import STATE_FILE, DeviceState
from syncserver.admin import list_accounts
from syncserver.demo import AGENTS, DemoBranch, create_demo_branch
from syncserver.pairing import create_pairing_code

from .server_host import ServerHost
from .worker import run_in_background

DEVICES_DIR = "demo-devices"


@dataclass(frozen=True, slots=True)
class DemoSettings:
    """How big the demo is and how fast its agents move."""

    agents: int = 8
    accounts: int = 400
    # 30x: a visit (4-12 simulated minutes) lasts 8-24 real seconds, so every outcome shows within a minute.
    speedup: float = 30.0
    interval_s: float = 30.0  # one fix every 30 simulated seconds: one a real second per device
    minutes: float = 8 * 60  # a working day; the run starts over when it ends
    # Some visits worth a supervisor's look: made outside the geofence (forced), or with a mock location.
    outside_share: float = 0.1
    mock_share: float = 0.05


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """What the preparation produced: the branch (None if it was already there) and one target per device."""

    branch: DemoBranch | None
    targets: tuple[PairTarget, ...]


def prepare_demo(host: ServerHost, settings: DemoSettings, url: str) -> DemoPlan:
    """Create the branch if the database has no accounts, and a pairing code per device not yet paired.

    Runs on a pool thread. Devices paired on an earlier run keep their state (and token) under
    demo-devices/N/; they are pointed at this run's URL, since the port may have changed.
    """
    data_dir = Path(host.config.data_dir)
    engine = host.engine
    branch = None
    if not list_accounts(engine):
        branch = create_demo_branch(engine, data_dir, agents=settings.agents, accounts=settings.accounts)
    targets = []
    fingerprint = host.fingerprint  # the simulated phones pin the certificate as real ones do
    for number, (agent_code, _name) in enumerate(AGENTS[: settings.agents]):
        path = data_dir / DEVICES_DIR / str(number) / STATE_FILE
        if path.exists():
            state = DeviceState(path, durable=False)
            try:
                if state.pairing is not None:
                    state.prefer_url(url)
                    targets.append(PairTarget(code="", urls=[url], fingerprint=fingerprint))  # the code goes unused
                    continue
            finally:
                state.close()
        targets.append(PairTarget(code=create_pairing_code(engine, agent_code).code, urls=[url],
                                  fingerprint=fingerprint))
    return DemoPlan(branch, tuple(targets))


class DemoRunner(QObject):
    """Public methods and signals on the GUI thread; preparation on a pool thread; the simulation on
    its own thread with its own asyncio loop (never the server's), stopped by `stop()`.
    """

    prepared = Signal(object)  # DemoPlan
    progressed = Signal(object)  # SimulationSummary, a copy, at most about once a second
    failed = Signal(str)

    def __init__(self, host: ServerHost, settings: DemoSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings or DemoSettings()
        self.plan: DemoPlan | None = None
        self.summary: SimulationSummary | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._stopping = threading.Event()
        self._last_progress = 0.0

    def start(self) -> None:
        """Begin once the server runs (now if it already does)."""
        self.host.started.connect(self._server_started)
        if self.host.port is not None:
            self._server_started(self.host.port)

    @property
    def running(self) -> bool:
        """Whether the simulation thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def _server_started(self, port: int) -> None:
        if self.plan is not None or self._stopping.is_set():
            return
        host, settings = self.host, self.settings
        url = f"{'https' if host.config.tls else 'http'}://127.0.0.1:{port}"
        run_in_background(lambda: prepare_demo(host, settings, url), lambda plan: self._prepared(plan, url),
                          lambda error: self.failed.emit(self.tr("No se pudo preparar la demostración: %s") % error))

    def _prepared(self, plan: DemoPlan, url: str) -> None:
        self.plan = plan
        self.prepared.emit(plan)
        if self._stopping.is_set():
            return
        self._thread = threading.Thread(target=self._thread_main, args=(url, plan.targets),
                                        name="campo-demo-devices", daemon=True)
        self._thread.start()

    def _thread_main(self, url: str, targets: tuple[PairTarget, ...]) -> None:
        """The simulation thread: its own loop until stopped."""
        try:
            asyncio.run(self._simulate(url, list(targets)))
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, the app goes on
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    async def _simulate(self, url: str, targets: list[PairTarget]) -> None:
        self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
        state_dir = Path(self.host.config.data_dir) / DEVICES_DIR
        settings = self.settings
        while not self._stopping.is_set():
            # A rerun reuses the saved pairings: pairing codes are single-use.
            self.summary = await run_simulation(
                url, targets, settings.minutes, interval_s=settings.interval_s, speedup=settings.speedup,
                state_dir=state_dir, live_clock=True, outside_share=settings.outside_share,
                mock_share=settings.mock_share, on_progress=self._on_progress)
            self.progressed.emit(replace(self.summary, error_messages=list(self.summary.error_messages)))
            if self.summary.running == 0 and self.summary.positions_sent == 0:
                await asyncio.sleep(5)  # nothing worked (server gone?): do not spin

    def _on_progress(self, summary: SimulationSummary) -> None:
        """Simulation thread: forward a copy now and then (signals cross threads as queued calls)."""
        self.summary = summary
        now = time.monotonic()
        if now - self._last_progress >= 1.0:
            self._last_progress = now
            self.progressed.emit(replace(summary, error_messages=list(summary.error_messages)))

    def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel the simulation and wait for its thread (idempotent; call before the server stops)."""
        self._stopping.set()
        loop, task = self._loop, self._task
        if loop is not None and task is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass  # the loop closed in between
        if self._thread is not None:
            self._thread.join(timeout_s)


def attach_demo(host: ServerHost, settings: DemoSettings | None = None) -> DemoRunner:
    """Start the demo on this host (it waits for `host.started`); it stops when the application quits."""
    runner = DemoRunner(host, settings, parent=host)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.stop)
    runner.start()
    return runner
