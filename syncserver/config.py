"""Settings of one running sync server (what `campo-server serve` and the desktop pass in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PORT = 8750


@dataclass(frozen=True, slots=True)
class Limits:
    """Request limits announced in /health and enforced by the server."""

    max_body_bytes: int = 4 * 1024 * 1024
    max_positions_per_batch: int = 1000
    max_visits_per_batch: int = 200
    pairing_failures_per_window: int = 10
    pairing_window_s: float = 600.0


@dataclass(frozen=True, slots=True)
class MailPolicy:
    """How the mail sender retries: first_retry_s after the first failure, doubling up to max_retry_s."""

    first_retry_s: float = 30.0
    max_retry_s: float = 3600.0
    max_attempts: int = 10  # then the row is failed (about 3 hours of trying with the defaults)
    lease_s: float = 120.0  # a claimed row is claimed again after this if its server died
    timeout_s: float = 30.0  # per SMTP command
    batch: int = 50  # rows claimed and sent over one connection
    poll_s: float = 5.0  # longest sleep between looks at the outbox
    cert_bundle: str | None = None  # extra CA certificates (PEM file) to trust for TLS/STARTTLS


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Where the data lives and how the server listens."""

    data_dir: Path | None = None
    db_url: str | None = None
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    discovery: bool = True
    public_url: str | None = None
    # HTTPS: the user's certificate and key, or (both None) the data directory's self-signed one.
    tls: bool = False
    tls_cert: Path | None = None
    tls_key: Path | None = None
    limits: Limits = field(default_factory=Limits)
    # Group commit: the writer takes at most this many queued requests per transaction.
    max_group: int = 512
    # Commit in a writer process of its own (two cores: one decodes, one stores) or on a thread.
    # `campo-server serve` uses the process (faster under load); the desktop's embedded server the thread.
    writer_process: bool = False
    # Python's thread switch interval while serving (see runner.start_server).
    switch_interval_s: float = 0.001
    mail: MailPolicy = field(default_factory=MailPolicy)
    # Score the portfolio once a night at the branch's scoring hour (syncserver/scoring/nightly.py).
    nightly_scoring: bool = True
    nightly_check_s: float = 60.0
    # Debtor reminders: retries like the mail sender's, and how often today's reminders are planned.
    reminders: MailPolicy = field(default_factory=MailPolicy)
    reminder_plan_s: float = 600.0
    # Look for silent devices this often; broken promises and overdue instalments every 15 minutes.
    alert_check_s: float = 60.0
