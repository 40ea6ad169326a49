"""Dashboard refresh for a month on the big KPI database: the reads (every figure, one snapshot) and the redraw
of the real Indicadores page offscreen, beside the engine's one query (all KPIs by agent, same month, same run).

A refresh after the first reuses what the process kept of unchanged quarters of visits and device-days of
traces; the first refresh of a process is printed on its own. Data: the database bench/kpis.py generates and caches (1,000,000 visits, 200,000 accounts, 100 agents,
100,000 payments over 12 months); run that script first. With --traces, a copy of it gets a fix every
--fix-seconds for every agent from 8:00 to 18:00 each day of the month (agent productivity reads them).

    .venv/bin/python bench/dashboard.py [--db FILE] [--traces] [--fix-seconds 60] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from syncserver.db.bootstrap import open_database
from syncserver.db.models import Agent
from syncserver.kpis import compute_kpis
from syncserver.kpis.dashboard import (
    DashboardQuery,
    load_dashboard,
    load_details,
)
from syncserver.kpis.hours import hour_grid

MONTH = (date(2026, 6, 1), date(2026, 6, 30))
AS_OF = date(2026, 11, 30)
ZONE = ZoneInfo("America/Bogota")
CACHE = "campo-bench-kpis-*-1000000-200000-100-100000.sqlite3"  # bench/kpis.py's cache, newest version first


def cached_database() -> Path | None:
    """The newest database bench/kpis.py cached under /tmp (its name carries a version)."""
    found = sorted(Path("/tmp").glob(CACHE), key=lambda path: path.stat().st_mtime, reverse=True)
    return found[0] if found else None


def median_ms(action, repeat: int) -> float:
    action()  # warm: page cache, statement cache
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def with_traces(source: Path, fix_seconds: int) -> Path:
    """A copy of the database with a walk of fixes for every agent's device, every day of MONTH."""
    target = source.with_name(f"{source.stem}-traces{fix_seconds}.sqlite3")
    if target.exists() and target.stat().st_mtime > source.stat().st_mtime:
        return target  # made from this version of the source
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    engine = open_database(db_url=f"sqlite:///{target}")
    rng = random.Random(6)
    with engine.begin() as conn:
        devices = conn.exec_driver_sql("SELECT id FROM devices").scalars().all()
        rows, seq = [], {device: 0 for device in devices}
        day = MONTH[0]
        while day <= MONTH[1]:
            start = datetime.combine(day, datetime.min.time(), ZONE).astimezone(UTC) + timedelta(hours=8)
            for device in devices:
                lat, lon = 4.6 + rng.random() * 0.1, -74.15 + rng.random() * 0.1
                for i in range(0, 10 * 3600, fix_seconds):
                    lat += rng.gauss(0, 0.0004)
                    lon += rng.gauss(0, 0.0004)
                    seq[device] += 1
                    ms = int((start + timedelta(seconds=i)).timestamp() * 1000)
                    rows.append((device, seq[device], ms, ms, ms, lat, lon, rng.choice((8.0, 15.0, 40.0)), seq[device]))
            conn.exec_driver_sql(
                "INSERT INTO positions (device_id, seq, fix_ms, device_ms, received_ms, lat, lon, accuracy_m, digest)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            rows.clear()
            day += timedelta(days=1)
    engine.dispose()
    return target


def redraw_ms(board, repeat: int) -> float:
    """The real page showing a read dashboard: tiles, funnel, charts, tables, offscreen."""
    from PySide6.QtWidgets import QApplication

    from desktop.server_host import ServerHost
    from desktop.views.dashboard_page import DashboardPage
    from syncserver.config import ServerConfig

    app = QApplication.instance() or QApplication([])
    host = ServerHost(ServerConfig(data_dir=Path("/tmp/campo-bench-dashboard-host"), discovery=False))
    page = DashboardPage(host)
    page.resize(1400, 900)
    page._stale = False
    page._load_productivity = lambda *_: page.productivity_model.set_agents(board.productivity)
    page.show()

    def draw() -> None:
        page._loaded((page._generation, 0.0, board))
        app.processEvents()

    return median_ms(draw, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None, help="default: the newest database bench/kpis.py cached")
    parser.add_argument("--traces", action="store_true")
    parser.add_argument("--fix-seconds", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    args.db = args.db or cached_database()
    if args.db is None or not args.db.exists():
        sys.exit("no database: run bench/kpis.py first (it generates and caches the data under /tmp)")
    path = with_traces(args.db, args.fix_seconds) if args.traces else args.db
    engine = open_database(db_url=f"sqlite:///{path}")
    with engine.connect() as conn:
        agent_id = conn.scalar(select(Agent.id).order_by(Agent.id))
        positions = conn.exec_driver_sql("SELECT count(*) FROM positions").scalar()
    print(f"database: {path} ({positions:,} trace fixes)")
    began = time.perf_counter()
    load_dashboard(engine, DashboardQuery(*MONTH), details=False)  # this process keeps nothing yet
    first = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    load_details(engine, DashboardQuery(*MONTH))  # nor the traces
    first_details = (time.perf_counter() - began) * 1000
    baseline = median_ms(lambda: compute_kpis(engine, *MONTH, by="agent", as_of=AS_OF), args.repeat)
    print(f"{'one month (June 2026)':<40}{'ms':>9}{'x engine query':>16}")
    print(f"{'baseline: all KPIs by agent (engine)':<40}{baseline:>9.1f}{1:>15.1f}x")
    print(f"{'first refresh of the process: KPIs':<40}{first:>9.1f}{first / baseline:>15.1f}x")
    print(f"{'  then segments + productivity':<40}{first_details:>9.1f}{first_details / baseline:>15.1f}x")
    cases = (("KPIs, no filter", DashboardQuery(*MONTH)),
             ("KPIs, one agent", DashboardQuery(*MONTH, agent_id=agent_id)),
             ("KPIs, one segment", DashboardQuery(*MONTH, segment="pyme")))
    for label, query in cases:
        ms = median_ms(lambda query=query: load_dashboard(engine, query, details=False), args.repeat)
        print(f"{'reads: ' + label:<40}{ms:>9.1f}{ms / baseline:>15.1f}x")
    with engine.connect() as conn:
        ms = median_ms(lambda: hour_grid(conn, *MONTH), args.repeat)
        print(f"{'  of which the hours heatmap':<40}{ms:>9.1f}{ms / baseline:>15.1f}x")
    for label, query in cases:
        ms = median_ms(lambda query=query: load_details(engine, query), args.repeat)
        print(f"{'then segments + productivity, ' + label.split(', ')[1]:<40}{ms:>9.1f}{ms / baseline:>15.1f}x")
    board = load_dashboard(engine, DashboardQuery(*MONTH))
    draw = redraw_ms(board, args.repeat)
    print(f"{'redraw of the page (offscreen)':<40}{draw:>9.1f}{draw / baseline:>15.1f}x")
    print("goal: a refresh (reads + redraw) < 500 ms; the page shows tiles and charts after the first reads, the\n"
          "segments and productivity tabs after the second; the first refresh of a process reads the month's\n"
          "visit rows and traces once (see syncserver/kpis/visit_quarters.py and traces.py)")
    engine.dispose()


if __name__ == "__main__":
    main()
