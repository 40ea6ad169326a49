"""Fixtures: a real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives, and can go down."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from syncserver.mail_settings import MailSettingsInfo


@dataclass
class Received:
    """One message as the SMTP server got it."""

    sender: str
    recipients: list[str]
    message: EmailMessage

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]


class _Handler:
    """aiosmtpd handler (its own thread): keeps every message."""

    def __init__(self, mailbox: "SmtpServer") -> None:
        self.mailbox = mailbox

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        parsed = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self.mailbox.lock:
            self.mailbox.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    """An aiosmtpd server on a fixed free port; `stop`/`start` take it down and up again on that port."""

    port: int
    users: dict[str, str] = field(default_factory=dict)  # when set, AUTH is required
    tls: str = "none"  # "starttls": STARTTLS required; "tls": TLS from the first byte (needs `context`)
    context: ssl.SSLContext | None = None
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and self.users.get(auth_data.login.decode()) == auth_data.password.decode():
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def start(self) -> None:
        extra = dict(authenticator=self._authenticate, auth_required=True, auth_require_tls=False) if self.users else {}
        if self.tls == "starttls":
            extra.update(tls_context=self.context, require_starttls=True)
        elif self.tls == "tls":
            extra.update(ssl_context=self.context)
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **extra)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, **changes) -> MailSettingsInfo:
        """Mail settings that point at this server, notifications on."""
        values = dict(enabled=True, host="127.0.0.1", port=self.port, security="none",
                      from_address="campo@sucursal.example", recipients=("jefa@sucursal.example",))
        values.update(changes)
        return MailSettingsInfo(**values)

    def messages(self) -> list[Received]:
        with self.lock:
            return list(self.received)

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Received]:
        """Wait until at least `count` messages arrived; returns them all."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.messages()
            if len(got) >= count:
                return got
            time.sleep(0.05)
        raise AssertionError(f"expected {count} e-mails, got {len(self.messages())}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A running SMTP server that accepts everything without authentication."""
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_auth_server():
    """A running SMTP server that requires AUTH LOGIN/PLAIN as supervisor / clave-correcta (without TLS,
    which aiosmtpd warns about on every connection: tests using it filter that warning)."""
    server = SmtpServer(free_port(), users={"supervisor": "clave-correcta"})
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["starttls", "tls"])
def smtp_tls_server(request, tmp_path):
    """A running SMTP server behind STARTTLS (required) or TLS from the start, with a self-signed
    certificate for 127.0.0.1; `cert` is the file a client must trust."""
    from syncserver.tls import ensure_self_signed, server_context

    files = ensure_self_signed(tmp_path / "smtp-tls")
    server = SmtpServer(free_port(), tls=request.param, context=server_context(files))
    server.cert = str(files.cert)
    server.start()
    yield server
    server.stop()
