"""The embedded sync server, seen from the GUI: start, stop, run office coroutines, events as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from syncserver.background import ServerThread
from syncserver.config import ServerConfig
from syncserver.netinfo import server_urls

from .branch_day import day_in, use_zone
from .bridge import EventBridge
from .session import Session


class _Answer(QObject):
    """Carries a coroutine's outcome from the server loop to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class ServerHost(QObject):
    """Owns the server thread; every public method is called on the GUI thread and never blocks it
    (but `stop`, which waits for the server to commit what it acknowledged, when the app closes).
    """

    started = Signal(int)
    failed = Signal(str)
    session_changed = Signal(object)  # the new Session
    branch_zone_changed = Signal(str)  # the branch's time zone, read at start or just saved
    _zone_read = Signal(str)  # from the start thread

    def __init__(self, config: ServerConfig, parent: QObject | None = None, *,
                 default_questionnaire: bool = False) -> None:
        """`default_questionnaire`: install "Visita de cobranza" on a branch without questionnaires."""
        super().__init__(parent)
        self.config = config
        self._default_questionnaire = default_questionnaire
        self.server = ServerThread(config)
        self.server.preload()  # aiohttp and the app import meanwhile: the window is built and painted first
        self.bridge = EventBridge(self)
        self.bridge.attach(self.server.bus)
        self.port: int | None = None
        self._engine: Engine | None = None
        self._answers: set[_Answer] = set()
        self._engine_lock = threading.Lock()
        self.session = Session.single_user()  # app.main replaces it after the login, when the branch has users
        self.branch_zone: str | None = None  # until the start thread has read it, days are this computer's
        self.started.connect(self._remember_port)
        self._zone_read.connect(self.set_branch_zone)

    def branch_today(self) -> date:
        """The branch's date now, without touching the database (GUI thread)."""
        return day_in(self.branch_zone)

    def set_branch_zone(self, name: str) -> None:
        """The branch's time zone (read at start, or saved in the settings); tells the pages when it changed."""
        if name and name != self.branch_zone:
            self.branch_zone = name
            use_zone(name)
            self.branch_zone_changed.emit(name)

    @property
    def actor(self) -> str:
        """Who the office functions are told is acting: the signed-in user's login, or "pc:<os user>"."""
        return self.session.actor

    def set_session(self, session: Session) -> None:
        """Act as someone else from now on (the first user created in single-user mode becomes the session)."""
        self.session = session
        self.session_changed.emit(session)

    def start(self) -> None:
        """Start the server on a helper thread; `started(port)` or `failed(message)` follows."""

        def run() -> None:  # the start thread: the imports and the migration check happen here, not on the GUI's
            try:
                if self._default_questionnaire:  # before the server: a device's first sync already gets it
                    from syncserver.questionnaire_setup import ensure_default_questionnaire  # noqa: PLC0415

                    ensure_default_questionnaire(self.engine)
                self._zone_read.emit(_branch_zone(self.engine))
                self.server.start()
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            else:
                self.started.emit(self.server.port)

        threading.Thread(target=run, name="campo-server-start", daemon=True).start()

    def _remember_port(self, port: int) -> None:
        self.port = port

    @property
    def engine(self) -> Engine:
        """An engine for the desktop's own reads (use it from background workers only)."""
        with self._engine_lock:  # background workers of several pages may ask at once
            if self._engine is None:
                from syncserver.db.bootstrap import open_database  # noqa: PLC0415 - alembic off the GUI thread

                self._engine = open_database(self.config.data_dir, self.config.db_url)
        return self._engine

    def urls(self) -> list[str]:
        """Every URL devices can use to reach this server (LAN addresses, public URL first)."""
        if self.port is None:
            return []
        return server_urls(self.port, self.config.public_url, "https" if self.config.tls else "http")

    @property
    def fingerprint(self) -> str | None:
        """The TLS certificate's SHA-256 that devices pin (None over plain HTTP or before the start)."""
        return self.server.fingerprint if self.port is not None else None

    def call(
        self,
        coroutine: Coroutine[Any, Any, Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a coroutine on the server loop (e.g. `syncserver.office.revoke`); answers on the GUI thread."""
        answer = _Answer()
        self._answers.add(answer)
        if on_done is not None:
            answer.done.connect(on_done)
        if on_error is not None:
            answer.failed.connect(on_error)
        answer.done.connect(lambda _: self._answers.discard(answer))
        answer.failed.connect(lambda _: self._answers.discard(answer))

        def finished(future) -> None:  # server loop thread
            error = future.exception()
            if error is not None:
                answer.failed.emit(error)
            else:
                answer.done.emit(future.result())

        self.server.submit(coroutine).add_done_callback(finished)

    def stop(self) -> None:
        """Stop the server gracefully (commits what was acknowledged) and close the desktop's engine."""
        self.bridge.detach()
        if self.port is not None:
            self.server.stop()
        if self._engine is not None:
            self._engine.dispose()


def _branch_zone(engine: Engine) -> str:
    """The branch's time zone name, from its settings row (start thread)."""
    from syncserver.branch import load_branch  # noqa: PLC0415 - the ORM models load off the GUI thread

    with engine.connect() as conn:
        return load_branch(conn).timezone
