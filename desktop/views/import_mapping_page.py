"""Step 2 of the import: which column of the file feeds each Campo field (guessed, or remembered for this layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from syncserver.account_fields import FIELDS
from syncserver.accounts_mapping import guess_mapping

from .import_fields import Slot, field_groups, field_label
from .import_file_page import cell_text

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

_REQUIRED = {field.name for field in FIELDS if field.required}


class MappingPage(QWizardPage):
    """GUI thread only. A combo per field (three for phones, two for due dates); complete when the choice is usable."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.combos: dict[Slot, QComboBox] = {}
        self.labels: dict[Slot, QLabel] = {}
        self.setTitle(self.tr("2. Columnas del archivo"))
        self.setSubTitle(self.tr("Indique de qué columna del archivo sale cada dato de Campo. Los marcados con * "
                                 "son obligatorios; lo que no elija no se importa."))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.guess_button = QPushButton(self.tr("Sugerir de nuevo"))
        self.guess_button.setToolTip(self.tr("Volver a la asignación adivinada por los nombres de las columnas"))
        self.guess_button.clicked.connect(lambda: self._apply(guess_mapping(self.owner.peek.headers)))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.unused_label = QLabel()
        self.unused_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.source_label, 1)
        top.addWidget(self.guess_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        places = ((0, 0), (0, 1), (1, 1), (1, 0))  # Cuenta | Contacto above, Ubicación | Producto below
        for (title, slots), (row, column) in zip(field_groups(), places, strict=True):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for slot in slots:
                combo = QComboBox()
                combo.setMinimumContentsLength(18)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.currentIndexChanged.connect(self._changed)
                self.combos[slot], self.labels[slot] = combo, QLabel()
                form.addRow(self.labels[slot], combo)
            grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.unused_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        peek = self.owner.peek
        examples = {i: next((cell_text(row[i]) for row in peek.samples if cell_text(row[i]).strip()), "")
                    for i in range(len(peek.headers))}
        for (field, slot), combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— no importar —"), None)
            for i, header in enumerate(peek.headers):
                if header:
                    example = examples[i][:28]
                    combo.addItem(self.tr("%s   (p. ej. %s)") % (header, example) if example else header, header)
            combo.blockSignals(False)
            required = field in _REQUIRED and not (field == "currency" and self.owner.country is not None)
            text = field_label(field, slot) + (" *" if required else "")
            if field == "currency" and self.owner.country is not None:
                text = self.tr("%s (si no se elige: %s)") % (text, self.owner.country.currency)
            self.labels[(field, slot)].setText(text)
            font = self.labels[(field, slot)].font()
            font.setBold(required)
            self.labels[(field, slot)].setFont(font)
        remembered = self.owner.memory.recall(peek.headers)
        if remembered is not None:
            self.source_label.setText(self.tr("Se usó la asignación que eligió la última vez para archivos con "
                                              "estas mismas columnas. Revísela si el archivo cambió."))
            self._apply(remembered)
        else:
            guessed = guess_mapping(peek.headers)
            self.source_label.setText(
                self.tr("Se reconocieron %d de %d columnas por su nombre. Revise cada una: la asignación se "
                        "recordará para los próximos archivos con estas mismas columnas.")
                % (sum(len(columns) for columns in guessed.values()), len([h for h in peek.headers if h])))
            self._apply(guessed)

    def _apply(self, mapping: dict[str, tuple[str, ...]]) -> None:
        for (field, slot), combo in self.combos.items():
            columns = mapping.get(field, ())
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(columns[slot])) if slot < len(columns) else 0)
            combo.blockSignals(False)
        self._changed()

    def choose(self, field: str, header: str | None, slot: int = 0) -> None:
        """Pick a column for a field, as a click in its combo would (None: do not import it)."""
        combo = self.combos[(field, slot)]
        combo.setCurrentIndex(0 if header is None else combo.findData(header))

    def chosen(self) -> dict[str, tuple[str, ...]]:
        """Field -> the columns chosen for it, in slot order."""
        mapping: dict[str, list[str]] = {}
        for (field, _slot), combo in self.combos.items():
            if combo.currentData() is not None:
                mapping.setdefault(field, []).append(combo.currentData())
        return {field: tuple(columns) for field, columns in mapping.items()}

    def problems(self) -> list[str]:
        """What keeps this choice from being imported, in words for the supervisor."""
        mapping, found = self.chosen(), []
        required = [f for f in sorted(_REQUIRED, key=[x.name for x in FIELDS].index)
                    if not (f == "currency" and self.owner.country is not None)]
        missing = [field_label(field) for field in required if field not in mapping]
        if missing:
            found.append(self.tr("Falta elegir la columna de: %s.") % ", ".join(missing))
        users: dict[str, list[str]] = {}
        for (field, slot), combo in self.combos.items():
            if combo.currentData() is not None:
                users.setdefault(combo.currentData(), []).append(field_label(field, slot))
        for header, fields in users.items():
            if len(fields) > 1:
                found.append(self.tr("La columna «%s» está elegida para %s: elija una sola.")
                             % (header, self.tr(" y ").join(fields)))
        if ("lat" in mapping) != ("lon" in mapping):
            found.append(self.tr("Latitud y longitud van juntas: elija las dos o ninguna."))
        return found

    def _changed(self, *_args) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        used = {column for columns in self.chosen().values() for column in columns}
        unused = [h for h in (self.owner.peek.headers if self.owner.peek else ()) if h and h not in used]
        self.unused_label.setText(self.tr("Columnas del archivo que no se importarán: %s.") % ", ".join(unused)
                                  if unused else self.tr("Se usan todas las columnas del archivo."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.peek is not None and not self.problems()

    def validatePage(self) -> bool:
        if not self.isComplete():  # QWizard.next() asks only this, not isComplete
            return False
        self.owner.mapping = self.chosen()
        self.owner.memory.remember(self.owner.peek.headers, self.owner.mapping)
        return True

