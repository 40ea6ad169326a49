"""Background reads: results come back on the GUI thread, and never to a Qt object deleted meanwhile."""

from __future__ import annotations

import threading

import shiboken6


def test_a_result_for_a_deleted_model_is_dropped(qtbot):
    from desktop.models.devices_model import DevicesModel
    from desktop.worker import run_in_background

    release = threading.Event()
    model, delivered, errors = DevicesModel(), [], []
    run_in_background(lambda: release.wait(5) and [], model.set_devices, errors.append)
    run_in_background(lambda: release.wait(5) and [], delivered.append)  # a plain callable still gets it
    shiboken6.delete(model)  # the page closed while the read ran
    release.set()
    qtbot.waitUntil(lambda: delivered == [[]], timeout=5000)
    assert errors == []


def test_results_and_errors_arrive_on_the_gui_thread(qtbot):
    from desktop.worker import run_in_background

    seen = []
    run_in_background(lambda: threading.get_ident(), lambda ident: seen.append(("done", ident, threading.get_ident())))
    run_in_background(lambda: 1 / 0, lambda _: None, lambda exc: seen.append(("failed", type(exc), threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    main = threading.get_ident()
    done = next(item for item in seen if item[0] == "done")
    assert done[1] != main and done[2] == main
    assert ("failed", ZeroDivisionError, main) in seen
