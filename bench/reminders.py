"""Debtor reminder figures on SQLite, each beside its same-run baseline:

1. planning: the first planning of a day (every promise due around it, three channels: rows queued
   or skipped) and a second one (nothing new), beside list_promises over the same promises;
2. sending: the queued SMS through the HTTP provider to a local aiohttp server (127.0.0.1), and
   through the file provider, each message claimed and marked through the writer.

    .venv/bin/python bench/reminders.py [--accounts 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syncserver.config import MailPolicy  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.models import Account  # noqa: E402
from syncserver.db.reminder_models import ReminderMessage  # noqa: E402
from syncserver.events import EventBus  # noqa: E402
from syncserver.promises import list_promises  # noqa: E402
from syncserver.reminder_outbox import reminder_counts  # noqa: E402
from syncserver.reminder_planner import plan_reminders  # noqa: E402
from syncserver.reminder_sender import ReminderSender  # noqa: E402
from syncserver.reminder_settings import ReminderSettingsInfo, update_reminder_settings  # noqa: E402
from syncserver.writer import Writer  # noqa: E402
from tests.kpi_world import VisitFact, World  # noqa: E402
from tests.plugins.sms_provider import FakeProvider  # noqa: E402

DAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 17, tzinfo=UTC)


def build(folder: Path, accounts: int):
    engine = open_database(db_url=f"sqlite:///{folder / 'bench.sqlite3'}")
    world = World(engine)
    rng = random.Random(8)
    world.agent("A1")
    with engine.begin() as conn:  # contact data and consents as an accounts file brings them
        conn.execute(insert(Account), [dict(
            external_ref=f"C{i:05d}", debtor_name=f"Deudor {i}", address="Calle 1", balance=Decimal("100.00"),
            currency="COP", days_past_due=0, updated_at=NOON, email=f"d{i}@deudores.example",
            phones=(f"+57300{i:07d}",), consent_email=rng.random() < 0.8, consent_sms=rng.random() < 0.8,
            consent_whatsapp=rng.random() < 0.5) for i in range(accounts)])
        world.accounts.update(conn.execute(select(Account.external_ref, Account.id)).all())
    made = datetime(2026, 3, 1, 15, tzinfo=UTC)
    world.store_visits([VisitFact(str(uuid.uuid4()), "A1", f"C{i:05d}", made, "promise_to_pay",
                                  Decimal(rng.randrange(50, 500) * 1000), DAY + timedelta(days=rng.randrange(-4, 6)))
                        for i in range(accounts)])
    return engine


async def send_all(engine, data_dir: Path) -> int:
    bus, readers = EventBus(), ThreadPoolExecutor(2)
    bus.bind(asyncio.get_running_loop())
    writer = Writer(engine, bus)
    await writer.start()
    sender = ReminderSender(engine, writer, readers, data_dir, MailPolicy(timeout_s=10), float("inf"))
    try:
        return await sender.send_due()
    finally:
        await sender.stop()
        await writer.stop()
        readers.shutdown()


def timed_send(engine, folder: Path, ids: list[int]) -> tuple[int, float]:
    with engine.begin() as conn:  # these SMS and WhatsApp due now, the rest later
        conn.execute(update(ReminderMessage).where(ReminderMessage.status == "queued")
                     .values(next_attempt_at=datetime(2100, 1, 1, tzinfo=UTC)))
        conn.execute(update(ReminderMessage).where(ReminderMessage.id.in_(ids))
                     .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1)))
    began = time.perf_counter()
    sent = asyncio.run(send_all(engine, folder))
    return sent, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        began = time.perf_counter()
        engine = build(folder, args.accounts)
        print(f"branch: {args.accounts} accounts, one promise each due {DAY - timedelta(days=4)}..{DAY + timedelta(days=5)}"
              f" (built in {time.perf_counter() - began:.0f} s)")
        baseline = time.perf_counter()
        promises = list_promises(engine, as_of=DAY)
        baseline = time.perf_counter() - baseline
        settings = ReminderSettingsInfo(sms_on=True, whatsapp_on=True, quiet_start=0, quiet_end=0)
        update_reminder_settings(engine, settings)
        began = time.perf_counter()
        first = plan_reminders(engine, NOON)
        first_s = time.perf_counter() - began
        began = time.perf_counter()
        again = plan_reminders(engine, NOON + timedelta(hours=1))
        again_s = time.perf_counter() - began
        rows = first.queued + sum(first.skipped.values())
        print(f"{'baseline list_promises (' + str(len(promises)) + ' promises)':<52} {baseline * 1000:8.1f} ms")
        print(f"{'first planning (' + str(rows) + ' rows, ' + str(first.queued) + ' queued)':<52} "
              f"{first_s * 1000:8.1f} ms  ({first_s / baseline:.1f}×)")
        print(f"{'second planning (' + str(again.already) + ' already planned)':<52} "
              f"{again_s * 1000:8.1f} ms  ({again_s / baseline:.1f}×)")
        provider = FakeProvider()
        provider.start()
        try:
            update_reminder_settings(engine, replace(settings, provider="http", provider_url=provider.url))
            with engine.connect() as conn:  # half goes to the HTTP provider, the rest to the file
                queued = sorted(conn.scalars(select(ReminderMessage.id).where(ReminderMessage.status == "queued")))
            sent, seconds = timed_send(engine, folder, queued[:len(queued) // 2])
            print(f"{'HTTP provider (local aiohttp), ' + str(sent) + ' messages':<52} {seconds * 1000:8.1f} ms  "
                  f"({sent / seconds:.0f} messages/s; {len(provider.received())} requests received)")
        finally:
            provider.stop()
        update_reminder_settings(engine, settings)  # the file provider
        sent, seconds = timed_send(engine, folder, queued[len(queued) // 2:])
        print(f"{'file provider, ' + str(sent) + ' messages':<52} {seconds * 1000:8.1f} ms  ({sent / seconds:.0f} messages/s)")
        print("counts:", reminder_counts(engine))
        engine.dispose()


if __name__ == "__main__":
    main()
