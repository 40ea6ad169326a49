"""The replay bar under the map: which agent, which day, and a time slider with play/pause and speed."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from ..branch_day import DATE_FORMAT

TICK_MS = 100  # how often playing moves the time: smooth enough, cheap for the page
SPEEDS = (1, 10, 60)


class ReplayBar(QWidget):
    """GUI thread only. Asks for a device's day, then turns the slider and the play timer into times (epoch ms)."""

    replay_requested = Signal(str, object)  # device id, datetime.date
    time_changed = Signal(float)  # epoch milliseconds of the replayed moment
    closed = Signal()  # back to the live map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_ms = 0
        self._end_ms = 0
        self._time_ms = 0.0
        self._zone = ZoneInfo("UTC")
        self.replaying = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

        self.agent_combo = QComboBox(self)
        self.agent_combo.setMinimumContentsLength(16)
        self.agent_combo.setToolTip(self.tr("Gestor cuyo recorrido se reproduce"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)  # the branch's today once set_timezone is called
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        self.show_button = QPushButton(self.tr("Ver el día"), self)
        self.play_button = QPushButton(self.tr("Reproducir"), self)
        self.play_button.setCheckable(True)
        self.speed_combo = QComboBox(self)
        for speed in SPEEDS:
            self.speed_combo.addItem(f"×{speed}", speed)
        self.speed_combo.setToolTip(self.tr("Velocidad de la reproducción"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.time_label = QLabel("--:--:--", self)
        self.live_button = QPushButton(self.tr("Volver al mapa en vivo"), self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(QLabel(self.tr("Recorrido:"), self))
        layout.addWidget(self.agent_combo)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.show_button)
        layout.addWidget(self.play_button)
        layout.addWidget(self.speed_combo)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.live_button)

        self.show_button.clicked.connect(self.request)
        self.agent_combo.activated.connect(lambda _index: self.replaying and self.request())
        self._day_chosen = False
        self.date_edit.dateChanged.connect(self._day_changed)
        self.play_button.toggled.connect(self._play_toggled)
        self.slider.valueChanged.connect(self._slider_moved)
        self.live_button.clicked.connect(self.leave)
        self._set_playable(False)
        self.live_button.setEnabled(False)
        self.show_button.setEnabled(False)

    # --- what the map page calls ---

    def _day_changed(self, _day: QDate) -> None:
        self._day_chosen = True
        if self.replaying:
            self.request()

    def set_timezone(self, tz_name: str) -> None:
        """Days and times are the branch's local ones."""
        try:
            self._zone = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            self._zone = ZoneInfo("UTC")
        local = datetime.now(self._zone).date()
        today = QDate(local.year, local.month, local.day)
        self.date_edit.setMaximumDate(today.addDays(1))
        if not self._day_chosen:  # the branch's today, not this computer's
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(today)
            self.date_edit.blockSignals(False)

    def set_devices(self, devices: list[tuple[str, str, str]]) -> None:
        """(device id, agent code, agent name) rows; keeps the current choice when it is still there."""
        current = self.device_id()
        self.agent_combo.clear()
        for device_id, code, name in devices:
            self.agent_combo.addItem(f"{name} ({code})", device_id)
        if current is not None:
            index = self.agent_combo.findData(current)
            if index >= 0:
                self.agent_combo.setCurrentIndex(index)
        self.show_button.setEnabled(self.agent_combo.count() > 0)

    def device_id(self) -> str | None:
        return self.agent_combo.currentData()

    def day(self) -> date:
        return self.date_edit.date().toPython()

    def set_span(self, start_ms: int | None, end_ms: int | None) -> None:
        """The replayed day's first and last moment with data; None when the day has nothing to show."""
        self.pause()
        if start_ms is None or end_ms is None:
            self._start_ms = self._end_ms = 0
            self._set_playable(False)
            self.time_label.setText(self.tr("Sin datos ese día"))
            return
        self._start_ms, self._end_ms = start_ms, max(start_ms, end_ms)
        self.slider.blockSignals(True)
        self.slider.setRange(0, (self._end_ms - self._start_ms) // 1000 + 1)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self._set_playable(True)
        self.seek(start_ms)

    @property
    def time_ms(self) -> float:
        return self._time_ms

    @Slot()
    def request(self) -> None:
        """Ask for the chosen agent's chosen day."""
        device_id = self.device_id()
        if device_id is None:
            return
        self.pause()
        self.replaying = True
        self.live_button.setEnabled(True)
        self.time_label.setText("…")
        self.replay_requested.emit(device_id, self.day())

    @Slot()
    def leave(self) -> None:
        """Stop replaying and show the live map again."""
        if not self.replaying:
            return
        self.pause()
        self.replaying = False
        self._set_playable(False)
        self.live_button.setEnabled(False)
        self.time_label.setText("--:--:--")
        self.closed.emit()

    def seek(self, ms: float) -> None:
        """Show the moment `ms` (clamped to the day's data)."""
        self._time_ms = float(min(max(ms, self._start_ms), self._end_ms))
        self.slider.blockSignals(True)
        self.slider.setValue(int((self._time_ms - self._start_ms) // 1000))
        self.slider.blockSignals(False)
        moment = datetime.fromtimestamp(self._time_ms / 1000, self._zone)
        self.time_label.setText(moment.strftime("%H:%M:%S"))
        self.time_changed.emit(self._time_ms)

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def speed(self) -> int:
        return int(self.speed_combo.currentData())

    def set_speed(self, speed: int) -> None:
        self.speed_combo.setCurrentIndex(max(0, self.speed_combo.findData(speed)))

    # --- inside ---

    def _set_playable(self, playable: bool) -> None:
        for widget in (self.play_button, self.speed_combo, self.slider):
            widget.setEnabled(playable)

    def _play_toggled(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pausa") if playing else self.tr("Reproducir"))
        if playing:
            if self._time_ms >= self._end_ms:  # at the end: play again from the start
                self.seek(self._start_ms)
            self._clock.start()
            self._timer.start()
        else:
            self._timer.stop()

    def _tick(self) -> None:
        # The clock, not the tick count: a busy GUI thread delays ticks but the replay keeps its speed.
        elapsed = self._clock.restart()
        self.seek(self._time_ms + elapsed * self.speed())
        if self._time_ms >= self._end_ms:
            self.pause()

    def _slider_moved(self, seconds: int) -> None:
        self.seek(self._start_ms + seconds * 1000)
