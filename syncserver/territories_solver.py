"""The numeric core of the territories: balanced k-means with prices, then exact repair by boundary moves.

Works on projected km (see territories.py); labels are territory indexes, -1 for no room.
"""

from __future__ import annotations

import numpy as np

PRICE_STEPS = 40  # price adjustments per round, at most
STEP_GROWTH = 1.2  # a territory's price step grows by this while its load stays on one side of the target


def squared_km(xy: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """N × K squared distances between points and centres."""
    d = xy[:, None, :].astype(np.float32) - centres[None, :, :].astype(np.float32)
    return (d * d).sum(axis=2)  # float32: half the memory traffic of the N × K passes, km² to 7 digits


def loads(labels: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Sum of weights per territory (unassigned, -1, ignored)."""
    inside = labels >= 0
    return np.bincount(labels[inside], weights=weights[inside], minlength=k)


def balance_prices(d2: np.ndarray, minutes: np.ndarray, targets: np.ndarray, prices: np.ndarray,
                   tolerance: float, step: float = 1.0) -> np.ndarray:
    """Adjust territory prices until argmin(d2 + price) gives loads within tolerance of targets (or steps run out).

    Each territory has its own step (Rprop): it grows while the territory stays on the same side
    of its target and halves when it crosses, so that prices settle without a global schedule.
    """
    k = len(targets)
    prices = prices.copy()
    closed = targets <= 0
    steps = np.full(k, step * (float(np.median(d2.min(axis=1))) + 1e-9))  # in units of a typical squared distance
    previous = np.zeros(k)
    for _ in range(PRICE_STEPS):
        labels = np.argmin(np.where(closed, np.inf, d2 + prices), axis=1)
        relative = loads(labels, minutes, k) / np.where(closed, 1, targets) - 1
        relative[closed] = 0
        if np.abs(relative).max() <= tolerance:
            break
        sign = np.sign(relative)
        steps *= np.where(sign * previous < 0, 0.5, STEP_GROWTH)
        prices += steps * sign
        previous = sign
    return prices


def _move(i: int, dst: int, labels: np.ndarray, load: np.ndarray, count: np.ndarray, minutes: np.ndarray) -> None:
    src = labels[i]
    if src >= 0:
        load[src] -= minutes[i]
        count[src] -= 1
    labels[i] = dst
    if dst >= 0:
        load[dst] += minutes[i]
        count[dst] += 1


def _cheapest_out(d2, minutes, members, src, load, count, limit, count_caps) -> tuple[int, int] | None:
    """(account, destination) of the cheapest move out of src into a territory that stays within limit."""
    room = (load[None, :] + minutes[members, None] <= limit[None, :]) & (count < count_caps)[None, :]
    room[:, src] = False
    delta = np.where(room, d2[members] - d2[members, src][:, None], np.inf)
    flat = int(np.argmin(delta))
    if np.isinf(delta.flat[flat]):
        return None
    return int(members[flat // d2.shape[1]]), flat % d2.shape[1]


def repair(d2: np.ndarray, minutes: np.ndarray, labels: np.ndarray, targets: np.ndarray, minute_caps: np.ndarray,
           count_caps: np.ndarray, tolerance: float) -> np.ndarray:
    """Move boundary accounts, cheapest first: hard caps first, then the ±tolerance band where possible.

    A territory over a hard cap sheds to one with room under the caps (else its farthest account
    is left unassigned); one over the band sheds only into room under the band, and one under the
    band takes unassigned accounts or accounts of territories that stay inside it; either gives up
    when no such move exists.
    """
    k = len(targets)
    labels = labels.copy()
    upper, lower = np.minimum(targets * (1 + tolerance), minute_caps), targets * (1 - tolerance)
    load, count = loads(labels, minutes, k), np.bincount(labels[labels >= 0], minlength=k)
    scale = np.maximum(targets, 1e-9)
    stuck_over, stuck_under = np.zeros(k, bool), np.zeros(k, bool)
    while True:  # every move shrinks a hard excess, or a band excess or deficit, and creates none
        hard = np.maximum((load - minute_caps) / scale, (count - count_caps) / np.maximum(count_caps, 1))
        soft = np.where(stuck_over, 0, (load - upper) / scale)
        if hard.max() > 0 or soft.max() > 1e-12:
            over_hard = hard.max() > 0
            src = int(np.argmax(hard if over_hard else soft))
            members = np.flatnonzero(labels == src)
            move = _cheapest_out(d2, minutes, members, src, load, count, upper, count_caps)
            if move is None and over_hard:
                move = _cheapest_out(d2, minutes, members, src, load, count, minute_caps, count_caps)
                move = move or (int(members[np.argmax(d2[members, src])]), -1)
            if move is None:
                stuck_over[src] = True
                continue
            _move(*move, labels, load, count, minutes)
            continue
        deficit = np.where(stuck_under | (count >= count_caps), 0, (lower - load) / scale)
        if deficit.max() <= 1e-12:
            return labels
        dst = int(np.argmax(deficit))
        donors = np.flatnonzero(labels != dst)  # unassigned accounts (-1) too: they cost nobody a thing
        src_of = labels[donors]
        free = src_of < 0
        ok = (free | (load[src_of] - minutes[donors] >= lower[src_of])) & (load[dst] + minutes[donors] <= upper[dst])
        delta = np.where(ok, d2[donors, dst] - np.where(free, 0, d2[donors, src_of]), np.inf)
        j = int(np.argmin(delta)) if len(donors) else 0
        if not len(donors) or np.isinf(delta[j]):
            stuck_under[dst] = True
            continue
        _move(int(donors[j]), dst, labels, load, count, minutes)


def solve(xy: np.ndarray, minutes: np.ndarray, centres: np.ndarray, targets: np.ndarray, minute_caps: np.ndarray,
          count_caps: np.ndarray, *, tolerance: float, rounds: int) -> np.ndarray:
    """Territory index of each point: price-balanced k-means rounds, then the exact repair."""
    k = len(centres)
    centres = centres.astype(float).copy()
    prices = np.zeros(k)
    for _ in range(rounds):
        d2 = squared_km(xy, centres)
        prices = balance_prices(d2, minutes, targets, prices, tolerance / 2)
        labels = np.argmin(np.where(targets <= 0, np.inf, d2 + prices), axis=1)
        weights = np.bincount(labels, weights=minutes, minlength=k)
        for axis in range(2):
            sums = np.bincount(labels, weights=minutes * xy[:, axis], minlength=k)
            centres[:, axis] = np.where(weights > 0, sums / np.maximum(weights, 1e-9), centres[:, axis])
    d2 = squared_km(xy, centres)
    prices = balance_prices(d2, minutes, targets, prices, tolerance / 2)  # for the centres' last move
    labels = np.argmin(np.where(targets <= 0, np.inf, d2 + prices), axis=1)
    return repair(d2, minutes, labels, targets, minute_caps, count_caps, tolerance)
