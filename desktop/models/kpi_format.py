"""How KPIs read on screen: their names, values ("—" for a null rate) and the change against the previous period."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

NONE_TEXT = "—"


@dataclass(frozen=True, slots=True)
class KpiSpec:
    """One measure as the dashboard shows it: attribute of KpiGroup, kind (rate, ratio, count, money)."""

    name: str
    kind: str

    @property
    def label(self) -> str:
        """The measure's name in the interface language."""
        return kpi_labels()[self.name]


KPIS = (
    KpiSpec("penetration", "rate"), KpiSpec("intensity", "ratio"), KpiSpec("hits", "rate"),
    KpiSpec("rpc_rate", "rate"), KpiSpec("ptp_rate", "rate"), KpiSpec("kept_rate", "rate"),
    KpiSpec("promised_amount", "money"), KpiSpec("collected_amount", "money"),
    KpiSpec("assigned_accounts", "count"), KpiSpec("accounts_attempted", "count"),
    KpiSpec("accounts_contacted", "count"), KpiSpec("attempts", "count"), KpiSpec("contacts", "count"),
    KpiSpec("rpc", "count"), KpiSpec("promises", "count"), KpiSpec("promises_matured", "count"),
    KpiSpec("promises_kept", "count"),
)
SPECS = {spec.name: spec for spec in KPIS}


def kpi_labels() -> dict[str, str]:
    """Every measure's short name, translated."""
    return {
        "penetration": QCoreApplication.translate("KpiFormat", "Penetración"),
        "intensity": QCoreApplication.translate("KpiFormat", "Intensidad"),
        "hits": QCoreApplication.translate("KpiFormat", "Contactabilidad"),
        "rpc_rate": QCoreApplication.translate("KpiFormat", "Tasa de contacto titular"),
        "ptp_rate": QCoreApplication.translate("KpiFormat", "Tasa de promesa"),
        "kept_rate": QCoreApplication.translate("KpiFormat", "Promesas cumplidas"),
        "promised_amount": QCoreApplication.translate("KpiFormat", "Monto prometido"),
        "collected_amount": QCoreApplication.translate("KpiFormat", "Recaudo"),
        "assigned_accounts": QCoreApplication.translate("KpiFormat", "Cuentas asignadas"),
        "accounts_attempted": QCoreApplication.translate("KpiFormat", "Cuentas gestionadas"),
        "accounts_contacted": QCoreApplication.translate("KpiFormat", "Cuentas contactadas"),
        "attempts": QCoreApplication.translate("KpiFormat", "Visitas"),
        "contacts": QCoreApplication.translate("KpiFormat", "Contactos"),
        "rpc": QCoreApplication.translate("KpiFormat", "Contactos con titular"),
        "promises": QCoreApplication.translate("KpiFormat", "Promesas"),
        "promises_matured": QCoreApplication.translate("KpiFormat", "Promesas vencidas"),
        "promises_kept": QCoreApplication.translate("KpiFormat", "Promesas cumplidas (n.º)"),
    }


def group_number(number: float, decimals: int = 0) -> str:
    """A number with '.' for thousands and ',' for decimals, as in Colombia."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_value(name: str, value: float | Decimal | None) -> str:
    """A measure's value as shown: 42,5 %, 1,8, 1.204, $ 3.400.000; "—" for a null rate."""
    if value is None:
        return NONE_TEXT
    kind = SPECS[name].kind
    if kind == "rate":
        return f"{group_number(value * 100, 1)} %"
    if kind == "ratio":
        return group_number(value, 2)
    if kind == "money":  # whole pesos, half up as a cashier rounds
        return f"$ {group_number(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP), 0)}"
    return group_number(value, 0)


def format_change(name: str, now: float | Decimal | None, before: float | Decimal | None) -> str:
    """The change against the previous period: ± points for rates, ± % otherwise; "—" when not comparable."""
    if now is None or before is None:
        return NONE_TEXT
    kind = SPECS[name].kind
    if kind == "rate":
        points = (now - before) * 100
        return f"{'▲' if points > 0 else '▼' if points < 0 else '='} {group_number(abs(points), 1)} pp"
    if not before:
        return NONE_TEXT if not now else "▲ " + QCoreApplication.translate("KpiFormat", "nuevo")
    change = (float(now) - float(before)) / float(before) * 100
    return f"{'▲' if change > 0 else '▼' if change < 0 else '='} {group_number(abs(change), 1)} %"


def change_sign(now: float | Decimal | None, before: float | Decimal | None) -> int:
    """1 if the measure went up, -1 if down, 0 if equal or not comparable."""
    if now is None or before is None or now == before:
        return 0
    return 1 if now > before else -1
