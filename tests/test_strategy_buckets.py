"""The days-past-due buckets edited on the Estrategia page of the real app: split, limits, priors, a refused name,
saved as the branch's, and the next run's prior by bucket follows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from syncserver.scoring.buckets import DEFAULT_BUCKETS, DpdBucket
from syncserver.scoring.settings import read_scoring_settings


def cells(editor) -> list[tuple[str, str, str, str]]:
    """What the table shows: name, from, to, prior."""
    from desktop.views.strategy_buckets import HIGH, LOW, NAME, PRIOR

    table = editor.table
    return [(table.item(r, NAME).text(), table.item(r, LOW).text(), table.cellWidget(r, HIGH).text(),
             table.cellWidget(r, PRIOR).text()) for r in range(table.rowCount())]


def test_buckets_are_edited_saved_and_followed_by_the_next_run(desk, qtbot) -> None:
    from desktop.views.strategy_buckets import ERROR_FILL, HIGH, NAME, PRIOR
    from desktop.views.strategy_page import StrategyPage

    engine = desk.host.engine
    page = StrategyPage(desk.host)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: "Aún no hay corridas" in page.status_label.text(), timeout=30_000)
    editor = page.rules.buckets
    assert page.tabs.tabText(1) == "Tramos de mora" and page.tabs.widget(1) is editor
    page.tabs.setCurrentWidget(editor)
    assert editor.table.isVisibleTo(page) and editor.save_button.isEnabled()
    assert cells(editor) == [("0-30", "0", "30", "50 %"), ("31-60", "31", "60", "35 %"), ("61-90", "61", "90", "25 %"),
                             ("91-180", "91", "180", "12 %"), (">180", "181", "sin límite", "5 %")]
    assert not editor.table.cellWidget(4, HIGH).isEnabled()  # the last bucket has no upper limit

    editor.table.selectRow(4)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # ">180" in two: 181-211 and >211
    assert cells(editor)[4:] == [("181-211", "181", "211", "5 %"), (">211", "212", "sin límite", "5 %")]
    editor.table.cellWidget(5, PRIOR).setValue(2)
    editor.table.cellWidget(0, HIGH).setValue(45)  # the next bucket starts the day after
    assert cells(editor)[:2] == [("0-30", "0", "45", "50 %"), ("31-60", "46", "60", "35 %")]
    editor.table.item(0, NAME).setText("0-45")
    editor.table.item(1, NAME).setText("46-60")
    editor.table.selectRow(2)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)  # 61-90 goes: 91-180 starts at 61
    assert [row[:3] for row in cells(editor)[2:4]] == [("91-180", "61", "180"), ("181-211", "181", "211")]
    editor.table.item(2, NAME).setText("61-180")
    wanted = [DpdBucket("0-45", 0, 45, 0.5), DpdBucket("46-60", 46, 60, 0.35), DpdBucket("61-180", 61, 180, 0.12),
              DpdBucket("181-211", 181, 211, 0.05), DpdBucket(">211", 212, None, 0.02)]
    assert editor.buckets() == wanted

    editor.table.item(1, NAME).setText("  ")  # refused by the server, naming the bucket; nothing stored
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.error_label.isVisibleTo(page), timeout=10_000)
    assert "buckets[1] has no label" in editor.error_label.text()
    assert editor.table.item(1, NAME).background().color().name() == ERROR_FILL
    assert read_scoring_settings(engine).buckets == DEFAULT_BUCKETS
    editor.table.item(1, NAME).setText("46-60")
    assert not editor.error_label.isVisibleTo(page)  # an edit clears the mark
    assert editor.table.item(1, NAME).background().style() == Qt.BrushStyle.NoBrush
    with qtbot.waitSignal(page.rules_saved, timeout=10_000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert list(saved.args[0].buckets) == wanted == list(read_scoring_settings(engine).buckets)

    with qtbot.waitSignal(page.run_loaded, timeout=60_000) as loaded:  # no history: the prior by these buckets
        qtbot.mouseClick(page.recalc_button, Qt.MouseButton.LeftButton)
    run = loaded.args[0]
    assert run.method == "prior" and [r["label"] for r in run.summary["bucket_rates"]] == [b.label for b in wanted]
    assert [r["probability"] for r in run.summary["bucket_rates"]] == [b.prior for b in wanted]
    assert "181-211 días" in page.model_panel.weights_label.text()

    again = StrategyPage(desk.host)  # another window reads them back
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.run_combo.count() == 1, timeout=30_000)
    assert again.rules.buckets.buckets() == wanted
