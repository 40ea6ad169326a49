"""Visit-order figures: how much 2-opt (and or-opt) shorten nearest neighbour on random days, and how long
200 stops take, beside plain nearest neighbour in the same run (with the ratio).

Days: stops uniform over a 10 km × 10 km square of Bogotá, the start at its centre, one tier
(and, as a second line, three random tiers). The machine is shared: absolute times are noisy,
the ratios less so.

    .venv/bin/python bench/routing.py [--days 100] [--stops 60] [--big 200] [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syncserver.routing import Stop, plan_route  # noqa: E402

START = (4.65, -74.08)
SPAN_DEG = 0.09  # about 10 km


def day(rng: np.random.Generator, n: int, tiers: int) -> list[Stop]:
    """n stops uniform in the square around START, tiers drawn uniformly from 1..tiers."""
    lat = START[0] + (rng.random(n) - 0.5) * SPAN_DEG
    lon = START[1] + (rng.random(n) - 0.5) * SPAN_DEG
    tier = rng.integers(1, tiers + 1, n)
    return [Stop(i, float(lat[i]), float(lon[i]), int(tier[i]), 15.0) for i in range(n)]


def improvements(days: int, n: int, tiers: int) -> None:
    """Mean (and worst) improvement of 2-opt and of 2-opt + or-opt over nearest neighbour."""
    rng = np.random.default_rng(20260701 + tiers)
    two, full = [], []
    for _ in range(days):
        stops = day(rng, n, tiers)
        nn = plan_route(START, stops, improve="none").km
        two.append(1 - plan_route(START, stops, improve="2opt").km / nn)
        full.append(1 - plan_route(START, stops).km / nn)
    print(f"{days} days of {n} stops, {tiers} tier(s): 2-opt shortens nearest neighbour by "
          f"{statistics.mean(two):.1%} on average (min {min(two):.1%}, max {max(two):.1%}); "
          f"2-opt + or-opt by {statistics.mean(full):.1%} (min {min(full):.1%})")
    assert min(two) >= 0 and min(full) >= 0


def timing(n: int, repeat: int) -> None:
    """Median time to order n stops, by method, with the ratio to nearest neighbour alone."""
    rng = np.random.default_rng(200)
    days = [day(rng, n, 3) for _ in range(repeat)]
    medians = {}
    for improve in ("none", "2opt", "2opt+oropt"):
        times = []
        for stops in days:
            t = time.perf_counter()
            plan_route(START, stops, improve=improve)
            times.append(time.perf_counter() - t)
        medians[improve] = (statistics.median(times), max(times))
    base = medians["none"][0]
    for improve, (median, worst) in medians.items():
        print(f"{n} stops, {improve:>10}: median {median * 1000:6.1f} ms, slowest of {repeat} {worst * 1000:6.1f} ms "
              f"({median / base:.1f}x nearest neighbour alone)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--stops", type=int, default=60)
    parser.add_argument("--big", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    improvements(args.days, args.stops, 1)
    improvements(args.days, args.stops, 3)
    timing(args.big, args.repeat)


if __name__ == "__main__":
    main()
