"""Plausible questionnaire answers for simulated visits, and reading answer files."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from mobile_protocol.questionnaire import derive_outcome, validate_answers
from mobile_protocol.questionnaire.compiled import Node, Scope, base_context, compiled
from mobile_protocol.questionnaire.logic import truthy
from mobile_protocol.questionnaire.validate import to_answer, typed_context
from mobile_protocol.questionnaire.values import Bad, bound

PHRASES = ["sin novedad", "cliente atento", "dejó recado con un familiar", "volver en la tarde",
           "pide llamar antes de venir", "portón cerrado"]
SHARES = (Decimal("0.1"), Decimal("0.25"), Decimal("0.5"), Decimal(1))
TRIES = 12  # values drawn per field to meet its constraint
ATTEMPTS = 100  # whole answer sets drawn to meet every rule (or a wanted outcome)

MediaMaker = Callable[[str], str]  # field type -> media id of an uploaded file


class AnswersFileError(Exception):
    """An answers file that cannot be used."""


def read_answers(path: str | Path) -> dict[str, Any]:
    """The answers object of a JSON file."""
    try:
        answers = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnswersFileError(f"cannot read answers file {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise AnswersFileError(f"answers file {path} is not JSON: {exc}") from None
    if not isinstance(answers, dict):
        raise AnswersFileError(f"answers file {path} must hold a JSON object of key: value")
    return answers


def fake_media_id(rng: random.Random) -> str:
    """The SHA-256 of some random bytes: a media id for answers when nothing is uploaded."""
    return hashlib.sha256(rng.randbytes(16)).hexdigest()


def sample_answers(definition: dict[str, Any], rng: random.Random, on: date, account: Any = None, *,
                   outcome: str | None = None, media: MediaMaker | None = None) -> dict[str, Any]:
    """Valid answers to a definition: every required field, most optional ones, relevance kept.

    With `outcome`, tries to give answers whose mapped outcome is that one. Optional photo and
    signature fields are answered only with `media`, which makes a file (queued for upload) and
    returns its media id.
    """
    best: dict[str, Any] = {}
    for _attempt in range(ATTEMPTS):
        answers = _attempt_answers(definition, rng, on, account, media is not None)
        if validate_answers(definition, answers, account, today=on):
            continue
        best = answers
        if outcome is None or derive_outcome(definition, answers, account, today=on).outcome in (None, outcome):
            break
    if media is not None:  # files are made only for the answers kept, not for every attempt
        _make_media(compiled(definition).top, best, media)
    return best


def _make_media(scope: Scope, answers: dict[str, Any], media: MediaMaker) -> None:
    for key, value in answers.items():
        node = scope.by_key.get(key)
        if node is None:
            continue
        if node.field.type in ("photo", "signature") and isinstance(value, dict):
            answers[key] = {"media_id": media(node.field.type)}
        elif node.scope is not None and isinstance(value, list):
            for item in value:
                _make_media(node.scope, item, media)


def _attempt_answers(definition: dict[str, Any], rng: random.Random, on: date, account: Any,
                     media: bool) -> dict[str, Any]:
    compiled_definition = compiled(definition)
    answers: dict[str, Any] = {}
    _fill(compiled_definition.top, answers, base_context(account, on), rng, on, media)
    return answers


def _fill(scope: Scope, answers: dict[str, Any], outer: dict[str, Any], rng: random.Random, on: date,
          media: bool) -> None:
    context = dict(outer)
    for node in scope.nodes:  # in order: relevance mostly looks at earlier answers
        f = node.field
        if not scope.is_relevant(node, context):
            continue
        if f.type == "calculated":
            context[f.key] = node.calculation(context)
            if context[f.key] is not None:
                answers[f.key] = to_answer(context[f.key])
            continue
        if f.type == "note" or not (f.required or rng.random() < 0.7):
            continue
        if f.type in ("photo", "signature") and not media and not f.required:
            continue
        if f.type == "repeat":
            answers[f.key] = _items(node, context, rng, on, media)
            context[f.key] = answers[f.key]
            continue
        value = _fitting_value(node, context, rng, on, media)
        if value is not None:
            answers[f.key] = value
            context[f.key] = node.check(value)
    final = typed_context(scope, answers, outer)  # calculations that read later answers
    for node in scope.calculated:
        if node.field.key in answers:
            answers[node.field.key] = to_answer(final[node.field.key])


def _items(node: Node, context: dict[str, Any], rng: random.Random, on: date,
           media: bool) -> list[dict[str, Any]]:
    f = node.field
    fewest = f.min_count if f.min_count is not None else 1
    most = f.max_count if f.max_count is not None else max(fewest, 3)
    items = []
    for _ in range(rng.randint(fewest, max(fewest, most))):
        item: dict[str, Any] = {}
        _fill(node.scope, item, context, rng, on, media)
        items.append(item)
    return items


def _fitting_value(node: Node, context: dict[str, Any], rng: random.Random, on: date,
                   media: bool) -> Any:
    """A value of the field's type and range that meets its constraint, or None after TRIES."""
    for _ in range(TRIES):
        value = _value(node, context, rng, on, media)
        try:
            typed = node.check(value)
        except Bad:
            continue
        if node.constraint is None:
            return value
        context["."] = typed
        ok = truthy(node.constraint(context))
        del context["."]
        if ok:
            return value
    return None


def _value(node: Node, context: dict[str, Any], rng: random.Random, on: date, media: bool) -> Any:
    f = node.field
    kind = f.type
    low, high = bound(f, f.min), bound(f, f.max)
    if kind == "select_one":
        return rng.choice(f.choices).code
    if kind == "select_multiple":
        codes = [c.code for c in f.choices]
        fewest = f.min_count or 1
        most = min(len(codes), f.max_count if f.max_count is not None else len(codes))
        return rng.sample(codes, k=rng.randint(min(fewest, most), most))
    if kind == "yes_no":
        return rng.random() < 0.5
    if kind == "integer":
        low_i = int(low) if low is not None else 0
        return rng.randint(low_i, int(high) if high is not None else low_i + 100)
    if kind == "money":
        return _amount(f, context, rng, low, high)
    if kind == "decimal":  # a JSON number, as a phone's numeric keyboard gives
        return float(_amount(f, context, rng, low, high))
    if kind == "date":
        first = date.fromisoformat(low) if low else on + timedelta(days=1)
        last = date.fromisoformat(high) if high else first + timedelta(days=20)
        return (first + timedelta(days=rng.randint(0, max(0, (last - first).days)))).isoformat()
    if kind == "time":
        return f"{rng.randint(7, 18):02d}:{rng.choice([0, 15, 30, 45]):02d}"
    if kind == "phone":
        return f"+57 3{rng.randint(0, 2)}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}"
    if kind == "email":
        return f"contacto{rng.randint(1, 999)}@example.com"
    if kind in ("photo", "signature"):
        return {"media_id": fake_media_id(rng)}  # a real file replaces it once the answers are kept
    if kind == "geopoint":
        return {"lat": round(4.65 + rng.uniform(-0.05, 0.05), 6), "lon": round(-74.08 + rng.uniform(-0.05, 0.05), 6),
                "accuracy_m": round(rng.uniform(3, 25), 1)}
    text = rng.choice(PHRASES)
    longest = f.max_length if f.max_length is not None else len(text)
    text = text[:longest]
    return text.ljust(f.min_length or 0, ".")


def _amount(f, context: dict[str, Any], rng: random.Random, low: Any, high: Any) -> str:
    """An amount: a share of the prefilled account value when there is one, else within the range."""
    places = Decimal("0.01")
    start = context.get(f.prefill) if f.prefill else None
    if isinstance(start, Decimal) and start > 0:
        value = (start * rng.choice(SHARES)).quantize(places)
    else:
        low_d = low if low is not None else Decimal(0)
        high_d = high if high is not None else low_d + 1_000_000
        value = (low_d + (high_d - low_d) * Decimal(rng.random())).quantize(places)
    if low is not None and value < low:
        value = Decimal(low).quantize(places, rounding="ROUND_CEILING")
    if high is not None and value > high:
        value = Decimal(high).quantize(places, rounding="ROUND_FLOOR")
    return format(value, "f")
