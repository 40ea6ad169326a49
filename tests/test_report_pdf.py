"""The printable report as a real PDF read back with pypdf: pages, paper, figures, flagged visits, languages."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, update

from syncserver.db.bootstrap import open_database
from syncserver.db.models import Account, BranchSettings, Flag
from syncserver.kpis import compute_kpis
from syncserver.kpis.dashboard import DashboardQuery
from syncserver.kpis.printable import load_printable
from tests.kpi_world import VisitFact
from tests.test_kpis import MARCH, at, small_world

LATE_FLAGGED = 70  # enough flagged visits for their table to go on over a page


def pdf_pages(path) -> list[str]:
    """Each page's text, ligatures undone and whitespace collapsed."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def page_size(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def branch(tmp_path):
    """docs/kpis.md's March, with a named branch, a named debtor and flagged visits (one corrected)."""
    engine = open_database(db_url=f"sqlite:///{tmp_path / 'report.sqlite3'}")
    world, ids = small_world(engine)
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(name="Sucursal Centro"))
        conn.execute(update(Account).where(Account.id == world.accounts["C2"]).values(debtor_name="Marta Quintero"))
    late = [VisitFact(str(uuid.uuid4()), "B2", "C4", at(20, 13) + timedelta(minutes=7 * i), "no_contact")
            for i in range(LATE_FLAGGED)]
    world.store_visits(late)
    with engine.begin() as conn:
        for visit_id, code in [(ids["v3"], "outside_geofence"), (ids["v3"], "stale_fix"), (ids["v6"], "clock_skew"),
                               *[(fact.id, "low_accuracy") for fact in late]]:
            conn.execute(insert(Flag).values(visit_id=visit_id, code=code, created_at=at(1, 0)))
    yield engine, world
    engine.dispose()


def test_a4_report_has_the_branch_the_figures_and_the_flagged_visits(qtbot, branch, tmp_path) -> None:
    from desktop.models.kpi_format import format_value
    from desktop.views.report_pdf import write_report_pdf

    engine, _world = branch
    report = load_printable(engine, DashboardQuery(*MARCH))
    path = tmp_path / "informe.pdf"
    pages = write_report_pdf(report, path, "a4")
    texts = pdf_pages(path)
    assert len(texts) == pages >= 3 and page_size(path) == (595, 842)
    for number, text in enumerate(texts, start=1):
        assert f"Página {number} de {pages}" in text
    first = texts[0]
    assert "Informe de gestión de cobranza" in first and "Sucursal Centro" in first
    assert "01/03/2026 – 31/03/2026 (31 días)" in first and "America/Bogota" in first
    total = compute_kpis(engine, *MARCH).groups[0]  # the engine itself, not the report's copy
    assert total.attempts == 7 + LATE_FLAGGED
    for name in ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "attempts", "promised_amount",
                 "collected_amount"):
        assert format_value(name, getattr(total, name)) in first, name
    assert "Contactos / visitas: visitas en que se habló con el titular o con un tercero." in first
    whole = " ".join(texts)
    for heading in ("Embudo de gestión", "Tendencia diaria", "Mejores horas para visitar", "Indicadores por gestor",
                    "Indicadores por segmento", "Productividad en campo", f"Visitas con alertas ({LATE_FLAGGED + 1})"):
        assert heading in whole, heading
    assert "Marta Quintero" in whole and "Fuera de geocerca, Ubicación vieja" in whole
    assert "Reloj desfasado" not in whole  # v6's flag: v6 was corrected, it does not count
    header = "Fecha y hora Gestor Cuenta Deudor Resultado Alertas"
    assert sum(header in text for text in texts) >= 2  # the long table goes on with its header repeated
    assert "Lista cortada" not in whole


def test_letter_paper_and_a_cut_list(qtbot, branch, tmp_path) -> None:
    from desktop.views.report_pdf import write_report_pdf

    engine, world = branch
    report = load_printable(engine, DashboardQuery(*MARCH, agent_id=world.agents["B2"]), flagged_limit=5)
    path = tmp_path / "carta.pdf"
    write_report_pdf(report, path, "letter")
    whole = " ".join(pdf_pages(path))
    assert page_size(path) == (612, 792)
    assert "Gestor B2 (B2)" in whole and f"se muestran las primeras 5 de {LATE_FLAGGED} visitas con alertas" in whole
    assert "Marta Quintero" not in whole  # A1's visit: not this agent's report


def test_english_report_when_the_english_translator_is_installed(qtbot, branch, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from desktop.views.report_pdf import write_report_pdf

    engine, _world = branch
    report = load_printable(engine, DashboardQuery(*MARCH))
    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        pages = write_report_pdf(report, tmp_path / "en.pdf", "letter")
    finally:
        app.removeTranslator(translator)
    texts = pdf_pages(tmp_path / "en.pdf")
    whole = " ".join(texts)
    assert "Collection performance report" in texts[0] and f"Page 1 of {pages}" in texts[0]
    for heading in ("Indicators of the period", "Collection funnel", "Daily trend", "Best hours to visit",
                    "Indicators by agent", "Field productivity", "Flagged visits",
                    "Date and time Agent Account Debtor"):
        assert heading in whole, heading
    assert "Outside geofence, Stale fix" in whole and "Informe de gestión" not in whole


def test_drawing_a_report_leaves_none_its_references(qtbot, branch, tmp_path) -> None:
    """Thousands of QPainter calls per report: none may cost None a reference (see tests/test_pyside_none.py)."""
    import sys

    from desktop.views.report_pdf import write_report_pdf

    engine, _world = branch
    report = load_printable(engine, DashboardQuery(*MARCH))
    before = sys.getrefcount(None)
    for _ in range(3):
        write_report_pdf(report, tmp_path / "again.pdf")
    assert sys.getrefcount(None) >= before - 50  # PySide6 6.12 on Python 3.11: thousands fewer per report


def test_an_empty_period_still_makes_a_report(qtbot, branch, tmp_path) -> None:
    from desktop.views.report_pdf import write_report_pdf

    engine, _world = branch
    empty = load_printable(engine, DashboardQuery(date(2025, 1, 1), date(2025, 1, 1)))
    assert write_report_pdf(empty, tmp_path / "empty.pdf") >= 1
    whole = " ".join(pdf_pages(tmp_path / "empty.pdf"))
    assert "Ninguna visita del periodo tiene alertas." in whole and "—" in whole
    assert empty.generated_at <= datetime.now(UTC)
