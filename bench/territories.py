"""Auto-balance figures: 20,000 accounts across 40 agents, balanced territories beside plain k-means
(scikit-learn, same run, same data), with time, workload spread and compactness, and the ratios.

Data: a city of about 33 km × 33 km around Bogotá: 70% of the accounts in 10 neighbourhoods of
different sizes and densities, 30% scattered; 10..40 expected minutes each. Workload = expected
minutes; spread = (max − min) / mean of the territories' workloads; compactness = mean
distance (km) from an account to its territory's centroid. The machine is shared: times are noisy.

    .venv/bin/python bench/territories.py [--accounts 20000] [--agents 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sklearn.cluster import KMeans  # noqa: E402

from syncserver.territories import AgentSlot, Place, balance_territories, compactness, project_km  # noqa: E402


def city(n: int, seed: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) pairs and expected minutes of n accounts."""
    rng = np.random.default_rng(seed)
    hot = rng.normal([4.65, -74.1], 0.06, size=(10, 2))
    which = rng.integers(0, 10, n)
    points = hot[which] + rng.normal(0, 0.012, (n, 2)) * rng.uniform(0.5, 2, (10, 1))[which]
    scattered = rng.random(n) < 0.3
    points[scattered] = np.column_stack((4.5 + rng.random(scattered.sum()) * 0.3,
                                         -74.25 + rng.random(scattered.sum()) * 0.3))
    return points, rng.integers(10, 41, n).astype(float)


def spread(workloads: np.ndarray) -> float:
    return float((workloads.max() - workloads.min()) / workloads.mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--agents", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    points, minutes = city(args.accounts)
    accounts = [Place(i, float(points[i, 0]), float(points[i, 1]), float(minutes[i])) for i in range(args.accounts)]
    rng = np.random.default_rng(11)
    homes = [AgentSlot(a, start=(4.5 + rng.random() * 0.3, -74.25 + rng.random() * 0.3)) for a in range(args.agents)]
    runs = {"balanced": [AgentSlot(a) for a in range(args.agents)], "balanced, agents' homes": homes}
    xy = project_km(points[:, 0], points[:, 1], tuple(points.mean(axis=0)))
    kmeans_times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        labels = KMeans(args.agents, n_init=1, random_state=0).fit(xy).labels_
        kmeans_times.append(time.perf_counter() - t)
    _, mean_km = compactness(points[:, 0], points[:, 1], labels, args.agents)
    sizes = np.bincount(labels, minlength=args.agents)
    base_km = float((mean_km * sizes).sum() / sizes.sum())
    base_s = statistics.median(kmeans_times)
    work = np.bincount(labels, weights=minutes, minlength=args.agents)
    print(f"{args.accounts} accounts, {args.agents} agents, {minutes.sum():.0f} expected minutes")
    print(f"{'plain k-means':>24}: {base_s:6.2f} s, workload spread {spread(work):6.1%} "
          f"(min {work.min():.0f}, max {work.max():.0f} min), {base_km:.2f} km to centroid")
    for name, agents in runs.items():
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            result = balance_territories(accounts, agents)
            times.append(time.perf_counter() - t)
        seconds = statistics.median(times)
        work = np.array([t.minutes for t in result.territories])
        count = np.array([len(t.account_ids) for t in result.territories])
        print(f"{name:>24}: {seconds:6.2f} s ({seconds / base_s:.1f}x k-means), workload spread {result.spread:6.1%} "
              f"(min {work.min():.0f}, max {work.max():.0f} min; {count.min()}..{count.max()} accounts), "
              f"{result.mean_km_to_centroid:.2f} km to centroid ({result.mean_km_to_centroid / base_km:.2f}x k-means), "
              f"{len(result.unassigned)} unassigned")


if __name__ == "__main__":
    main()
