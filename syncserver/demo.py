"""A ready-to-explore demo branch in Bogotá: agents and accounts at plausible addresses."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from .accounts_import import apply_import, parse_accounts_file
from .agents import AgentCodeTaken, add_agent
from .questionnaire_setup import use_default_questionnaire

# Localidades and barrios of Bogotá with a representative point (lat, lon) and a spread in degrees.
NEIGHBOURHOODS = [
    ("Chapinero", 4.6486, -74.0628, 0.010), ("Usaquén", 4.6946, -74.0305, 0.012),
    ("Suba", 4.7411, -74.0834, 0.015), ("Kennedy", 4.6268, -74.1512, 0.014),
    ("Engativá", 4.7066, -74.1110, 0.014), ("Teusaquillo", 4.6383, -74.0787, 0.008),
    ("Fontibón", 4.6781, -74.1412, 0.010), ("Bosa", 4.6139, -74.1872, 0.012),
    ("La Candelaria", 4.5964, -74.0736, 0.004), ("Barrios Unidos", 4.6672, -74.0727, 0.008),
    ("Puente Aranda", 4.6179, -74.1079, 0.010), ("San Cristóbal", 4.5722, -74.0837, 0.010),
    ("Rafael Uribe Uribe", 4.5750, -74.1170, 0.010), ("Tunjuelito", 4.5750, -74.1339, 0.008),
    ("Ciudad Bolívar", 4.5470, -74.1530, 0.012), ("Los Mártires", 4.6060, -74.0900, 0.006),
]
FIRST = ["María", "José", "Luis", "Ana", "Carlos", "Luz", "Jorge", "Diana", "Andrés", "Sandra", "Juan", "Paola",
         "Óscar", "Claudia", "Felipe", "Yolanda", "Camilo", "Marcela", "Hernán", "Liliana", "Édgar", "Natalia"]
LAST = ["Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández", "Sánchez", "Ramírez", "Pérez",
        "Díaz", "Moreno", "Muñoz", "Rojas", "Vargas", "Castro", "Jiménez", "Ortiz", "Suárez", "Cárdenas", "Peña"]
AGENTS = [("G01", "Marta Lucía Ríos"), ("G02", "Fabio Andrés Quintero"), ("G03", "Yenny Paola Cruz"),
          ("G04", "Wilson Arévalo"), ("G05", "Adriana Beltrán"), ("G06", "Nelson Castañeda"),
          ("G07", "Gloria Inés Patiño"), ("G08", "John Fredy Salazar"), ("G09", "Carolina Mejía"),
          ("G10", "Édison Rincón"), ("G11", "Ángela Murillo"), ("G12", "Hugo Alberto Niño")]
SEGMENTS = ["temprana", "media", "tardía", "castigada"]
PRODUCTS = ["Tarjeta de crédito", "Libre inversión", "Microcrédito", "Vehículo", "Crédito de consumo"]


@dataclass(frozen=True, slots=True)
class DemoBranch:
    """What the demo created."""

    agents: int
    accounts: int


def _address(rng: random.Random) -> str:
    kind = rng.choice(["Calle", "Carrera", "Diagonal", "Transversal", "Avenida Calle", "Avenida Carrera"])
    return f"{kind} {rng.randint(1, 170)}{rng.choice(['', '', 'A', 'B', ' Bis'])} # {rng.randint(1, 120)}-{rng.randint(2, 99)}"


def demo_rows(agent_codes: list[str], accounts: int, seed: int = 7) -> list[dict[str, str]]:
    """Account rows for the importer: each agent works two or three neighbouring barrios."""
    rng, extra = random.Random(seed), random.Random(seed + 1)
    rows = []
    for index in range(accounts):
        agent = agent_codes[index % len(agent_codes)]
        home = (agent_codes.index(agent) * 2 + rng.choice([0, 1])) % len(NEIGHBOURHOODS)
        name, lat, lon, spread = NEIGHBOURHOODS[home]
        days = rng.choice([5, 12, 25, 38, 47, 65, 90, 120, 180, 240, 365])
        segment = SEGMENTS[0 if days <= 30 else 1 if days <= 90 else 2 if days <= 180 else 3]
        rows.append({
            "external_ref": f"BOG-{100000 + index}",
            "debtor_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
            "address": f"{_address(rng)}, {name}, Bogotá",
            "lat": "" if rng.random() < 0.02 else f"{lat + rng.uniform(-spread, spread):.6f}",
            "lon": f"{lon + rng.uniform(-spread, spread):.6f}",
            "radius_m": rng.choice(["", "", "50", "100"]),
            "balance": f"{rng.randrange(150_000, 25_000_000, 1_000)}.00",
            "currency": "COP",
            "days_past_due": str(days),
            "agent_code": agent,
            "segment": segment,
        })
        if not rows[-1]["lat"]:
            rows[-1]["lon"] = ""
        rows[-1].update(_debtor_details(extra, index, rows[-1]["balance"]))
    return rows


def _debtor_details(rng: random.Random, index: int, balance: str) -> dict[str, str]:
    """Document, phones, e-mail, consents, product and instalments of a demo debtor (its own random stream)."""
    due = date(2026, 1, rng.randint(1, 28))
    email = "" if rng.random() < 0.3 else f"deudor{100000 + index}@correo.example.co"
    return {
        "document_id": str(rng.randint(10_000_000, 1_099_999_999)),
        "phones": f"3{rng.randint(0, 2)}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                  + ("" if rng.random() < 0.6 else f"; 601 {rng.randint(200, 799)} {rng.randint(1000, 9999)}"),
        "email": email,
        "consent_email": rng.choice(["sí", "no"]) if email else "no",
        "consent_sms": rng.choice(["sí", "no", "no"]),
        "consent_whatsapp": rng.choice(["sí", "sí", "no"]),
        "product": rng.choice(PRODUCTS),
        "original_amount": f"{int(float(balance) * rng.uniform(1.1, 2.5)) // 1000 * 1000}.00",
        "instalment_due_dates": " ".join(f"{due.year + (due.month + k - 1) // 12}-{(due.month + k - 1) % 12 + 1:02d}-"
                                         f"{due.day:02d}" for k in range(rng.randint(0, 4))),
    }


def create_demo_branch(engine: Engine, workdir: Path, *, agents: int = 8, accounts: int = 400) -> DemoBranch:
    """Add the demo agents and import their accounts (idempotent: rerunning updates in place)."""
    chosen = AGENTS[: max(1, min(agents, len(AGENTS)))]
    for code, name in chosen:
        try:
            add_agent(engine, code, name, f"{code.lower()}@demo.campo.co")
        except AgentCodeTaken:
            pass
    path = Path(workdir) / "demo-accounts.csv"
    rows = demo_rows([code for code, _ in chosen], accounts)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    plan = parse_accounts_file(path, engine)
    if plan.errors:
        raise ValueError(f"demo data failed its own import: {plan.errors[:3]}")
    apply_import(engine, plan)
    use_default_questionnaire(engine)  # the demo's accounts use "Visita de cobranza"
    return DemoBranch(len(chosen), len(rows))
