"""Full and delta syncs agree: applying every delta in order gives what a fresh full sync gives.

Accounts move between agents and are unassigned by re-importing the portfolio file (the real
importer); devices keep their state as a dict, the way a device does, and it is compared with a
fresh full sync and with the database after every step. Both backends.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import quote

import pytest
from sqlalchemy import insert, select, update

from syncserver.changes import assign_account, record_questionnaire_published, record_questionnaire_retired
from syncserver.clock import utcnow
from syncserver.db.models import Account, Agent, Questionnaire, QuestionnaireVersion
from tests.plugins.server import LiveServer


class Portfolio:
    """The office's accounts file: external_ref -> row; re-imported after every change."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.rows: dict[str, dict] = {}

    def put(self, ref: str, agent: str | None, **fields) -> None:
        row = self.rows.get(ref) or {"external_ref": ref, "debtor_name": f"Deudor {ref}", "address": f"Calle {ref}",
                                     "lat": 4.6 + len(self.rows) * 0.001, "lon": -74.05, "balance": "1000.00"}
        self.rows[ref] = {**row, **fields, "agent_code": agent or ""}

    def move(self, ref: str, agent: str | None) -> None:
        self.put(ref, agent)

    def import_(self, refs: list[str] | None = None) -> None:
        """Import the whole file, or only some of its rows (the others are left as they are)."""
        chosen = [self.rows[r] for r in refs] if refs is not None else list(self.rows.values())
        self.server.add_accounts(chosen)


class Device:
    """What a device keeps: its accounts and questionnaires by id, and its cursor."""

    def __init__(self, server: LiveServer, agent: str) -> None:
        self.server, self.agent = server, agent
        _, self.token = server.pair(agent)
        self.accounts: dict[str, dict] = {}
        self.questionnaires: dict[str, dict] = {}
        self.cursor: str | None = None

    def sync(self, cursor: str | None = None) -> dict:
        path = "/sync" if cursor is None else f"/sync?cursor={quote(cursor, safe='')}"
        reply = self.server.request("GET", path, token=self.token)
        assert reply.status == 200, reply.body
        body = reply.body
        # Never another agent's account, in a full sync or a delta.
        visible = {a["id"] for a in body["accounts"]}
        assert visible <= held_by(self.server, self.agent), (self.agent, visible - held_by(self.server, self.agent))
        assert not visible & set(body["removed_accounts"]), "an account both sent and removed"
        return body

    def pull(self) -> dict:
        """Sync with the device's cursor and apply the answer like a device does."""
        body = self.sync(self.cursor)
        if body["full"]:
            self.accounts, self.questionnaires = {}, {}
        for account in body["accounts"]:
            self.accounts[account["id"]] = account
        for removed in body["removed_accounts"]:
            self.accounts.pop(removed, None)
        for version in body["questionnaires"]:
            self.questionnaires[version["id"]] = version
        for removed in body["removed_questionnaires"]:
            self.questionnaires.pop(removed, None)
        self.cursor = body["cursor"]
        return body

    def assert_same_as_full_sync(self) -> None:
        full = self.sync()
        assert full["full"] is True
        assert self.accounts == {a["id"]: a for a in full["accounts"]}
        assert self.questionnaires == {q["id"]: q for q in full["questionnaires"]}
        assert set(self.accounts) == held_by(self.server, self.agent)


def held_by(server: LiveServer, agent: str) -> set[str]:
    """The ids of the accounts assigned to the agent, from the database."""
    with server.engine.connect() as conn:
        return {str(i) for i in conn.scalars(
            select(Account.id).join(Agent, Agent.id == Account.agent_id).where(Agent.code == agent))}


def ids_of(server: LiveServer, *refs: str) -> set[str]:
    with server.engine.connect() as conn:
        return {str(i) for i in conn.scalars(select(Account.id).where(Account.external_ref.in_(refs)))}


def test_deltas_applied_in_order_equal_a_full_sync(any_server):
    server = any_server
    for code in ("A1", "B1", "C1"):
        server.add_agent(code)
    book = Portfolio(server)
    for i in range(5):
        book.put(f"a{i}", "A1")
    for i in range(3):
        book.put(f"b{i}", "B1")
    book.put("u0", None)
    book.import_()

    a, b, c = Device(server, "A1"), Device(server, "B1"), Device(server, "C1")
    offline = Device(server, "A1")  # syncs now, then not again until the very end
    for device in (a, b, c, offline):
        first = device.pull()
        assert first["full"] is True and first["removed_accounts"] == []
        device.assert_same_as_full_sync()
    assert set(a.accounts) == ids_of(server, *(f"a{i}" for i in range(5)))
    start_cursor = offline.cursor

    # Nothing changed: an empty delta.
    idle = a.pull()
    assert idle["full"] is False and idle["accounts"] == [] and idle["removed_accounts"] == []

    # Step 1: a1 moves to B1, a2 is unassigned, b0 comes to A1, a0 changes, a new account and u0 go to A1.
    book.move("a1", "B1")
    book.move("a2", None)
    book.move("b0", "A1")
    book.put("a0", "A1", balance="1500.25", debtor_name="Deudora Cambiada")
    book.put("n0", "A1")
    book.move("u0", "A1")
    book.import_()
    delta = a.pull()
    assert delta["full"] is False
    assert {x["id"] for x in delta["accounts"]} == ids_of(server, "a0", "b0", "n0", "u0")
    assert set(delta["removed_accounts"]) == ids_of(server, "a1", "a2")
    changed = next(x for x in delta["accounts"] if x["external_ref"] == "a0")
    assert changed["balance"] == "1500.25" and changed["debtor_name"] == "Deudora Cambiada"
    a.assert_same_as_full_sync()
    delta_b = b.pull()
    assert {x["id"] for x in delta_b["accounts"]} == ids_of(server, "a1")
    assert set(delta_b["removed_accounts"]) == ids_of(server, "b0")
    b.assert_same_as_full_sync()
    assert c.pull()["accounts"] == []  # nothing of C1's changed

    # Step 2: several changes between two syncs: a1 comes back to A1 and goes on to C1 (two imports),
    # b0 goes back to B1, a3 is edited, u0 is unassigned again.
    book.move("a1", "A1")
    book.import_(["a1"])
    book.move("a1", "C1")
    book.move("b0", "B1")
    book.put("a3", "A1", address="Carrera 7 # 1-1")
    book.move("u0", None)
    book.import_()
    delta = a.pull()
    assert set(delta["removed_accounts"]) >= ids_of(server, "a1", "b0", "u0")
    assert {x["id"] for x in delta["accounts"]} == ids_of(server, "a3")
    for device in (a, b, c):
        if device is not a:
            device.pull()
        device.assert_same_as_full_sync()
    assert set(c.accounts) == ids_of(server, "a1")

    # Step 3: everything of A1's goes to B1 and back, except a4 which stays with B1.
    for ref in [r for r, row in book.rows.items() if row["agent_code"] == "A1"]:
        book.move(ref, "B1")
    book.import_()
    for ref in [r for r, row in book.rows.items() if row["agent_code"] == "B1" and r != "a4" and r.startswith(("a", "n"))]:
        book.move(ref, "A1")
    book.import_()
    for device in (a, b, c):
        device.pull()
        device.assert_same_as_full_sync()
    assert ids_of(server, "a4") <= set(b.accounts) and not ids_of(server, "a4") & set(a.accounts)

    # The offline device applies one delta spanning every step and ends where a full sync is.
    assert offline.cursor == start_cursor
    catch_up = offline.pull()
    assert catch_up["full"] is False
    offline.assert_same_as_full_sync()
    assert offline.accounts == a.accounts
    # A second device of the same agent, and a device paired now, agree too.
    late = Device(server, "A1")
    late.pull()
    assert late.accounts == a.accounts


def test_unknown_or_garbage_cursor_gives_a_full_sync(any_server):
    server = any_server
    server.add_agent("A1")
    server.add_agent("B1")
    book = Portfolio(server)
    for i in range(3):
        book.put(f"a{i}", "A1")
    book.put("b0", "B1")
    book.import_()
    device = Device(server, "A1")
    full = device.sync()
    epoch, _, head = full["cursor"].partition(".")
    assert head.isdigit() and epoch
    cursors = [
        "", "garbage", ".", "..", f"{epoch}", f"{epoch}.", f"{epoch}.abc", f"{epoch}.-1", f"{epoch}.+1",
        f"{epoch}. 1", f"{epoch}.1.2", f"{epoch}.{int(head) + 1}", f"{epoch}.{int(head) + 10**6}",
        f"{epoch}.99999999999999999999999", f"{epoch}.\u00b2", f"{epoch}.\u0661", f"{epoch}.\uff11",
        f"other.{head}", f"{epoch.upper()}X.{head}", f"{epoch}.{head}\u0000", "x" * 4000, "🙂.1",
    ]
    for cursor in cursors:
        body = device.sync(cursor)
        assert body["full"] is True, cursor
        assert body["accounts"] == full["accounts"], cursor
        assert body["cursor"] == full["cursor"]
    # The server's own cursors are deltas: the current one and an older one.
    assert device.sync(full["cursor"])["full"] is False
    assert device.sync(f"{epoch}.0")["full"] is False
    # A cursor of another branch (another server's epoch) is unknown here.
    book.move("a0", "B1")
    book.import_()
    moved = device.sync(full["cursor"])
    assert moved["full"] is False and set(moved["removed_accounts"]) == ids_of(server, "a0")
    assert device.sync(f"zz{epoch}.{head}")["full"] is True


def test_questionnaire_versions_follow_the_same_rule(any_server):
    server = any_server
    server.add_agent("A1")
    book = Portfolio(server)
    book.put("a0", "A1")
    book.import_()
    device = Device(server, "A1")
    assert device.pull()["questionnaires"] == []

    def publish(questionnaire_id: int | None, version: int) -> tuple[int, str]:
        now = utcnow()
        with server.engine.begin() as conn:
            if questionnaire_id is None:
                questionnaire_id = conn.execute(insert(Questionnaire).values(name="Visita", created_at=now)
                                                .returning(Questionnaire.id)).scalar_one()
            version_id = conn.execute(insert(QuestionnaireVersion).values(
                questionnaire_id=questionnaire_id, version=version, title=f"Visita v{version}",
                definition={"fields": [{"key": "paid", "type": "boolean"}]}, published_at=now,
            ).returning(QuestionnaireVersion.id)).scalar_one()
            record_questionnaire_published(conn, version_id, now)
        return questionnaire_id, str(version_id)

    qid, v1 = publish(None, 1)
    delta = device.pull()
    assert [q["id"] for q in delta["questionnaires"]] == [v1] and delta["removed_questionnaires"] == []
    device.assert_same_as_full_sync()

    other, w1 = publish(None, 1)
    _, v2 = publish(qid, 2)
    delta = device.pull()
    assert {q["id"] for q in delta["questionnaires"]} == {v2, w1}
    assert v1 in delta["removed_questionnaires"]
    device.assert_same_as_full_sync()
    assert set(device.questionnaires) == {v2, w1}

    with server.engine.begin() as conn:
        now = utcnow() + timedelta(seconds=1)
        conn.execute(update(Questionnaire).where(Questionnaire.id == other).values(retired_at=now))
        record_questionnaire_retired(conn, other, now)
    delta = device.pull()
    assert w1 in delta["removed_questionnaires"]
    device.assert_same_as_full_sync()
    assert set(device.questionnaires) == {v2}


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_change_committed_after_a_later_one_is_not_lost(any_server):
    """PostgreSQL hands out change ids when a transaction writes, not when it commits. Two office
    transactions that overlap (an import and a reassignment from the desktop) could commit in the
    other order, and a device syncing in between would get a cursor past the id that is not
    committed yet. The change log's writers take a transaction lock, so the second writer waits
    for the first to commit: ids become visible in order and no delta misses a change."""
    server = any_server
    for code in ("A1", "B1"):
        server.add_agent(code)
    book = Portfolio(server)
    for i in range(3):
        book.put(f"a{i}", "A1")
    book.import_()
    device = Device(server, "B1")
    device.pull()
    (first,), (second,) = (sorted(ids_of(server, ref)) for ref in ("a0", "a1"))
    with server.engine.connect() as agent_ids:
        b1 = agent_ids.scalar(select(Agent.id).where(Agent.code == "B1"))
    slow = server.engine.connect()
    slow_tx = slow.begin()
    assign_account(slow, int(first), b1, utcnow())  # takes the change log first

    def fast_reassignment() -> None:
        with server.engine.begin() as fast:
            assign_account(fast, int(second), b1, utcnow())

    fast = threading.Thread(target=fast_reassignment)
    fast.start()
    fast.join(0.5)
    assert fast.is_alive(), "the second change-log writer must wait for the first to commit"
    device.pull()  # sees neither change yet
    slow_tx.commit()
    slow.close()
    fast.join(10)
    assert not fast.is_alive()
    device.pull()
    device.assert_same_as_full_sync()
