"""The branch's agreement settings: the terms template, when an agreement breaks, and the company's data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select, update

from ..admin import transaction
from ..audit import AGREEMENT_SETTINGS_CHANGED, SYSTEM, record
from ..clock import utcnow
from ..db.agreement_models import AgreementSettings
from ..permissions import SETTINGS_BRANCH, authorize
from .matching import BreakRule
from .template import DEFAULT_TEMPLATE, template_problems
from .terms import AgreementError

MAX_TEMPLATE = 20_000
_FIELDS = ("broken_after_missed", "broken_after_days", "company_name", "company_id", "company_address",
           "company_phone")
_settings = AgreementSettings.__table__


@dataclass(frozen=True, slots=True)
class AgreementSettingsInfo:
    """What the office may change about agreements."""

    terms_template: str = DEFAULT_TEMPLATE
    broken_after_missed: int = 2
    broken_after_days: int = 60
    company_name: str = ""
    company_id: str = ""
    company_address: str = ""
    company_phone: str = ""

    @property
    def break_rule(self) -> BreakRule:
        """When agreements break."""
        return BreakRule(self.broken_after_missed, self.broken_after_days)


def read_agreement_settings(bind: Engine | Connection) -> AgreementSettingsInfo:
    """The stored settings, or the defaults before anyone saved them."""
    c = _settings.c
    with transaction(bind) as conn:
        row = conn.execute(select(c.terms_template, c.broken_after_missed, c.broken_after_days, c.company_name,
                                  c.company_id, c.company_address, c.company_phone).where(c.id == 1)).first()
    return AgreementSettingsInfo(*row) if row is not None else AgreementSettingsInfo()


def check_agreement_settings(info: AgreementSettingsInfo) -> AgreementSettingsInfo:
    """The settings with text trimmed; AgreementError names the first field that breaks a rule."""
    template = info.terms_template.strip()
    if not template:
        raise AgreementError("terms_template", "empty", "the terms template is empty")
    if len(template) > MAX_TEMPLATE:
        raise AgreementError("terms_template", "too_long", f"the terms template is longer than {MAX_TEMPLATE} characters")
    unknown = template_problems(template)
    if unknown:
        raise AgreementError("terms_template", "unknown_placeholder",
                             "unknown placeholder(s): " + ", ".join("{" + name + "}" for name in unknown))
    if not 1 <= info.broken_after_missed <= 24:
        raise AgreementError("broken_after_missed", "out_of_range", "missed instalments must be 1 to 24")
    if not 1 <= info.broken_after_days <= 720:
        raise AgreementError("broken_after_days", "out_of_range", "days late must be 1 to 720")
    limits = {"company_name": 200, "company_id": 64, "company_address": 500, "company_phone": 64}
    cleaned = {name: " ".join(str(getattr(info, name)).split()) for name in limits}
    for name, limit in limits.items():
        if len(cleaned[name]) > limit:
            raise AgreementError(name, "too_long", f"{name} is longer than {limit} characters")
    return replace(info, terms_template=template, **cleaned)


def save_agreement_settings(bind: Engine | Connection, info: AgreementSettingsInfo,
                            now: datetime | None = None, *, actor: str = SYSTEM) -> AgreementSettingsInfo:
    """Check and store the settings (agreements already made keep the terms they were made with), audited; the
    template's text is not copied into the log, only that it changed and its lengths."""
    info = check_agreement_settings(info)
    values = {"terms_template": info.terms_template, "broken_after_missed": info.broken_after_missed,
              "broken_after_days": info.broken_after_days, "company_name": info.company_name,
              "company_id": info.company_id, "company_address": info.company_address,
              "company_phone": info.company_phone, "updated_at": now or utcnow()}
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_BRANCH)
        old = read_agreement_settings(conn)
        changes = {name: [getattr(old, name), getattr(info, name)] for name in _FIELDS
                   if getattr(old, name) != getattr(info, name)}
        if old.terms_template != info.terms_template:
            changes["terms_template"] = [len(old.terms_template), len(info.terms_template)]
        if changes:
            record(conn, actor=actor, action=AGREEMENT_SETTINGS_CHANGED, subject_type="branch", subject_id=1,
                   details=changes)
        if conn.scalar(select(_settings.c.id).where(_settings.c.id == 1)) is None:
            conn.execute(insert(_settings).values(id=1, **values))
        else:
            conn.execute(update(_settings).where(_settings.c.id == 1).values(**values))
        from .store import recompute_agreements  # noqa: PLC0415 - the break rule may have changed

        recompute_agreements(conn)
    return info
