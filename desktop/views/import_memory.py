"""The column mappings a supervisor chose before, one per file layout (its set of headers), kept in QSettings."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSettings

from syncserver.account_fields import FIELD_NAMES
from syncserver.accounts_mapping import fold_header, layout_key

_GROUP = "import_layouts"


class MappingMemory:
    """GUI thread only. `recall(headers)` gives back what `remember(headers, mapping)` stored for that layout."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _key(self, headers: Sequence[str]) -> str:
        return f"{_GROUP}/{layout_key(headers)}"

    def recall(self, headers: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
        """The mapping remembered for files with these headers, or None (columns no longer there are dropped)."""
        stored = self.settings.value(self._key(headers))
        if not stored:
            return None
        try:
            mapping = json.loads(str(stored))
        except ValueError:
            return None
        present = {fold_header(header): header for header in headers}
        recalled = {}
        for field, columns in mapping.items() if isinstance(mapping, dict) else ():
            found = tuple(present[fold_header(c)] for c in columns if isinstance(c, str) and fold_header(c) in present)
            if field in FIELD_NAMES and found:
                recalled[field] = found
        return recalled

    def remember(self, headers: Sequence[str], mapping: Mapping[str, Sequence[str]]) -> None:
        """Keep this mapping for the next file with the same set of headers."""
        chosen = {field: list(columns) for field, columns in mapping.items() if columns}
        self.settings.setValue(self._key(headers), json.dumps(chosen, ensure_ascii=False))
        self.settings.sync()
