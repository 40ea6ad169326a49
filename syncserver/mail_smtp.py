"""Talking to the branch's SMTP server (aiosmtplib), with its failures as values the office can act on."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from email.message import EmailMessage

import aiosmtplib

from .mail_settings import MailSettingsInfo

# What went wrong, as a code the desktop words and the CLI prints.
KINDS = ("connect", "timeout", "tls", "auth", "sender", "recipients", "refused", "disconnected", "settings", "smtp")


class MailError(Exception):
    """An SMTP failure: `kind` (one of KINDS) says what to check, `detail` is the server's own words."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail

    @property
    def connection_lost(self) -> bool:
        """Whether the connection is unusable afterwards (the other messages of a batch wait for a new one)."""
        return self.kind in ("connect", "timeout", "tls", "auth", "disconnected")


def explain(exc: BaseException) -> MailError:
    """The MailError of an exception raised while connecting or sending."""
    if isinstance(exc, MailError):
        return exc
    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return MailError("auth", f"{exc.code} {exc.message}")
    if isinstance(exc, aiosmtplib.SMTPNotSupported) and "AUTH" in text.upper():
        return MailError("auth", text)
    if isinstance(exc, ssl.SSLError) or (isinstance(exc, aiosmtplib.SMTPException)
                                         and any(word in text.upper() for word in ("TLS", "SSL", "CERTIFICATE"))):
        return MailError("tls", text)
    if isinstance(exc, (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, TimeoutError)):
        return MailError("timeout", text)
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected):
        return MailError("disconnected", text)
    if isinstance(exc, (aiosmtplib.SMTPConnectError, ConnectionError, OSError)):
        return MailError("connect", text)
    if isinstance(exc, aiosmtplib.SMTPSenderRefused):
        return MailError("sender", f"{exc.code} {exc.message}")
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return MailError("recipients", "; ".join(f"{e.recipient}: {e.code} {e.message}" for e in exc.recipients))
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return MailError("refused", f"{exc.code} {exc.message}")
    return MailError("smtp", text)


def client(settings: MailSettingsInfo, *, timeout_s: float, cert_bundle: str | None = None) -> aiosmtplib.SMTP:
    """An unconnected client for the settings: TLS from the start, STARTTLS required, or plain."""
    if not settings.host:
        raise MailError("settings", "no SMTP server is set")
    return aiosmtplib.SMTP(
        hostname=settings.host, port=settings.port, timeout=timeout_s,
        use_tls=settings.security == "tls", start_tls=settings.security == "starttls", cert_bundle=cert_bundle,
        username=settings.username or None, password=settings.password if settings.username else None,
    )


class Session:
    """One SMTP connection on the caller's loop: `open`, `send` messages, `close` (errors come as MailError)."""

    def __init__(self, settings: MailSettingsInfo, *, timeout_s: float, cert_bundle: str | None = None) -> None:
        self._settings = settings
        self._smtp = client(settings, timeout_s=timeout_s, cert_bundle=cert_bundle)

    async def open(self) -> None:
        """Connect, secure and log in as the settings say."""
        await _guarded(self._smtp.connect)

    async def send(self, message: EmailMessage, recipients: tuple[str, ...]) -> None:
        """Hand one message over; returns once the server accepted it for every recipient."""
        answer = await _guarded(lambda: self._smtp.send_message(
            message, sender=self._settings.from_address, recipients=list(recipients)))
        refused = answer[0] if answer else {}
        if refused:
            raise MailError("recipients", "; ".join(f"{who}: {reply}" for who, reply in refused.items()))

    async def close(self) -> None:
        """Say QUIT when the connection is still up; never raises."""
        try:
            if self._smtp.is_connected:
                await self._smtp.quit()
        except Exception:  # noqa: BLE001 - closing a broken connection
            self._smtp.close()


async def _guarded(call: Callable[[], Awaitable]):
    try:
        return await call()
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError, asyncio.TimeoutError) as exc:
        raise explain(exc) from exc


async def send_once(settings: MailSettingsInfo, message: EmailMessage, recipients: tuple[str, ...], *,
                    timeout_s: float = 20.0, cert_bundle: str | None = None) -> None:
    """Connect, send one message and quit (the "send test e-mail" button and `campo-server mail test`)."""
    session = Session(settings, timeout_s=timeout_s, cert_bundle=cert_bundle)
    try:
        await session.open()
        await session.send(message, recipients)
    finally:
        await session.close()
