"""The e-mail of one finished visit: plain text and HTML (every datum escaped), photo thumbnail inline."""

from __future__ import annotations

import html
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any
from zoneinfo import ZoneInfo

from mobile_protocol.questionnaire.compiled import Scope, compiled
from mobile_protocol.questionnaire.values import MEDIA_ID

from .mail_words import format_day, format_money, words
from .visit_queries import VisitDetail

THUMBNAIL_CID = "photo"


def message_id(server_id: str, visit_id: str) -> str:
    """The e-mail's Message-ID, derived from its outbox row (one per visit): every resend carries the same one."""
    return f"<visit-{visit_id}@{server_id}.campo>"


def first_photo(definition: dict[str, Any] | None, answers: dict[str, Any]) -> str | None:
    """The media id of the visit's first photo answer in the questionnaire's order (signatures are not photos)."""
    if not definition or not isinstance(answers, dict):
        return None
    try:
        return _photo_in(compiled(definition).top, answers)
    except Exception:  # noqa: BLE001 - a definition the questionnaire code cannot read has no photo to show
        return None


def _photo_in(scope: Scope, answers: dict[str, Any]) -> str | None:
    for node in scope.nodes:
        value = answers.get(node.field.key)
        if node.field.type == "photo" and isinstance(value, dict):
            media = value.get("media_id")
            if isinstance(media, str) and MEDIA_ID.match(media):
                return media
        elif node.scope is not None and isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and (found := _photo_in(node.scope, item)):
                    return found
    return None


def summary_lines(visit: VisitDetail, language: str, zone: ZoneInfo) -> list[tuple[str, str]]:
    """The summary as (label, value) pairs in reading order, in the e-mail's language."""
    w = words(language)
    p = w.phrases
    started = visit.started_at.astimezone(zone)
    finished = visit.finished_at.astimezone(zone)
    when = f"{format_day(started.date(), language)} {started:%H:%M}–{finished:%H:%M} ({zone.key})"
    verdict = w.verdicts.get(visit.verdict, visit.verdict)
    if visit.distance_m is not None:
        verdict = p["distance"].format(verdict=verdict, metres=round(visit.distance_m))
    lines = [
        (p["agent"], f"{visit.agent_name} ({visit.agent_code})"),
        (p["debtor"], visit.debtor_name),
        (p["account"], visit.external_ref),
        (p["address"], visit.address),
        (p["when"], when),
        (p["outcome"], w.outcomes.get(visit.outcome, visit.outcome)),
    ]
    if visit.promise_amount is not None:
        amount = format_money(visit.promise_amount, visit.currency, language)
        due = format_day(visit.promise_due, language) if visit.promise_due else ""
        lines.append((p["promise"], p["promise_value"].format(amount=amount, due=due) if due else amount))
    lines.append((p["verdict"], verdict))
    flags = [w.flags.get(code, code) for code in visit.flags]
    lines.append((p["flags"], "; ".join(flags) if flags else p["no_flags"]))
    if visit.notes:
        lines.append((p["notes"], visit.notes))
    if visit.corrects:
        lines.append(("", p["corrects"].format(visit=visit.corrects)))
    return lines


def visit_message(
    visit: VisitDetail, *, sender: str, recipients: tuple[str, ...], language: str, branch_name: str, zone: ZoneInfo,
    server_id: str, photo: bytes | None, photo_missing: bool = False, now: datetime | None = None,
) -> EmailMessage:
    """The multipart e-mail of a visit: text, and HTML with the JPEG thumbnail `photo` attached inline."""
    w = words(language)
    p = w.phrases
    lines = summary_lines(visit, language, zone)
    footer = p["footer"].format(branch=branch_name, visit=visit.id)
    message = EmailMessage()
    subject = p["subject"].format(debtor=visit.debtor_name, outcome=w.outcomes.get(visit.outcome, visit.outcome))
    message["Subject"] = " ".join(subject.split())  # a line break in a name must not end the header
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate((now or visit.received_at).timestamp(), localtime=False, usegmt=True)
    message["Message-ID"] = message_id(server_id, visit.id)
    message["Content-Language"] = language
    text = [p["heading"], ""] + [f"{label}: {value}" if label else value for label, value in lines]
    if photo_missing:
        text += ["", p["no_photo"]]
    message.set_content("\n".join(text + ["", footer]) + "\n")
    message.add_alternative(_html(p["heading"], lines, footer, photo is not None, p["photo"],
                                  p["no_photo"] if photo_missing else None, language), subtype="html")
    if photo is not None:
        message.get_payload()[1].add_related(photo, "image", "jpeg", cid=f"<{THUMBNAIL_CID}>",
                                             filename="foto.jpg" if language != "en" else "photo.jpg")
    return message


def _html(heading: str, lines: list[tuple[str, str]], footer: str, with_photo: bool, photo_label: str,
          no_photo: str | None, language: str) -> str:
    """The HTML part; every value comes from devices or the office and is escaped."""
    e = html.escape
    rows = "".join(
        f'<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">{e(label)}</th>'
        f'<td style="padding:2px 0">{e(value)}</td></tr>' if label else f'<tr><td colspan="2">{e(value)}</td></tr>'
        for label, value in lines
    )
    photo = (f'<p><img src="cid:{THUMBNAIL_CID}" alt="{e(photo_label)}" style="max-width:320px"></p>'
             if with_photo else (f"<p>{e(no_photo)}</p>" if no_photo else ""))
    return (f'<!DOCTYPE html><html lang="{e(language)}"><head><meta charset="utf-8"></head>'
            f'<body style="font-family:sans-serif"><h2>{e(heading)}</h2><table>{rows}</table>{photo}'
            f'<p style="color:#666;font-size:small">{e(footer)}</p></body></html>\n')


def trial_message(*, sender: str, to: str, language: str, branch_name: str, server_id: str,
                 now: datetime) -> EmailMessage:
    """The "send test e-mail" message (its Message-ID is new each time: every test is its own e-mail)."""
    p = words(language).phrases
    message = EmailMessage()
    message["Subject"] = p["test_subject"]
    message["From"] = sender
    message["To"] = to
    message["Date"] = formatdate(now.timestamp(), localtime=False, usegmt=True)
    message["Message-ID"] = f"<test-{int(now.timestamp() * 1e6)}@{server_id}.campo>"
    message.set_content(p["test_body"].format(branch=branch_name) + "\n")
    return message
