"""What security costs: an argon2id login beside a device-token check, and the audit entry of an import
that moves every account beside the import itself (same run, SQLite in a temporary directory).

    .venv/bin/python bench/security.py [--accounts 20000]

The machine is shared: absolute figures are noisy, the ratios less so.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syncserver.accounts_import import apply_import, parse_accounts_file  # noqa: E402
from syncserver.agents import add_agent  # noqa: E402
from syncserver.audit import ACCOUNTS_IMPORTED, record  # noqa: E402
from syncserver.audit_log import AuditFilter, list_audit  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.pairing import hash_token, new_token  # noqa: E402
from syncserver.passwords import hash_password, verify_password  # noqa: E402

HEADER = "external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,agent_code"


def median_ms(work, times: int) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=20_000)
    args = parser.parse_args()

    stored = hash_password("una clave de prueba")
    token = new_token()
    login_ms = median_ms(lambda: verify_password(stored, "una clave de prueba"), 7)
    token_ms = median_ms(lambda: hash_token(token), 1000)
    print(f"argon2id verify (a login): {login_ms:9.1f} ms   SHA-256 of a device token (every request): "
          f"{token_ms * 1000:6.1f} µs   ratio {login_ms / token_ms:,.0f}×")

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(Path(tmp))
        for code in ("A1", "A2"):
            add_agent(engine, code, code)
        for agent, name in (("A1", "first.csv"), ("A2", "moved.csv")):
            path = Path(tmp) / name
            rows = "".join(f"C-{i},Deudor {i},Calle {i},,,,{i % 900 + 100},COP,{agent}\n" for i in range(args.accounts))
            path.write_text(f"{HEADER}\n{rows}")
            plan = parse_accounts_file(path, engine)
            start = time.perf_counter()
            result = apply_import(engine, plan, actor="cli:bench")
            import_ms = (time.perf_counter() - start) * 1000
        moved = list_audit(engine, AuditFilter(action=ACCOUNTS_IMPORTED), limit=1)[0].details["moved_accounts"]
        assert result.moved == args.accounts == len(moved)

        def one_entry() -> None:
            with engine.begin() as conn:
                record(conn, actor="cli:bench", action=ACCOUNTS_IMPORTED, details={"moved_accounts": moved})

        entry_ms = median_ms(one_entry, 5)
        print(f"import moving {args.accounts:,} accounts: {import_ms:9.1f} ms   its audit entry alone "
              f"({len(moved):,} moves): {entry_ms:6.1f} ms   share {entry_ms / import_ms:.1%}")
        engine.dispose()


if __name__ == "__main__":
    main()
