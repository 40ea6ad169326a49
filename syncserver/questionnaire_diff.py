"""What changed between two questionnaire definitions, by field key (for the publish confirmation)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

from mobile_protocol.questionnaire import Definition


@dataclass(frozen=True, slots=True)
class DefinitionDiff:
    """Field keys added, removed and changed (any attribute, or the group it sits in), in document order."""

    added: list[str]
    removed: list[str]
    changed: list[str]
    reordered: bool = False  # the fields both have come in another order
    title_changed: bool = False
    outcome_mapping_changed: bool = False

    @property
    def empty(self) -> bool:
        """Whether the two definitions mean the same questionnaire."""
        return not (self.added or self.removed or self.changed or self.reordered or self.title_changed
                    or self.outcome_mapping_changed)


def _fields(fields, parent: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every field in document order, each as its own attributes plus its group (children apart)."""
    for field in fields:
        own = msgspec.to_builtins(field)
        own.pop("children", None)
        own["_parent"] = parent
        yield field.key, own
        yield from _fields(field.children, field.key)


def diff_definitions(old: Definition | None, new: Definition) -> DefinitionDiff:
    """Compare `new` with `old` (None: everything is added)."""
    after = dict(_fields(new.fields, None))
    if old is None:
        return DefinitionDiff(list(after), [], [], False, True, new.outcome_mapping is not None)
    before = dict(_fields(old.fields, None))
    added = [key for key in after if key not in before]
    removed = [key for key in before if key not in after]
    changed = [key for key in after if key in before and before[key] != after[key]]
    return DefinitionDiff(
        added, removed, changed,
        reordered=[k for k in before if k in after] != [k for k in after if k in before],
        title_changed=msgspec.to_builtins(old.title) != msgspec.to_builtins(new.title),
        outcome_mapping_changed=msgspec.to_builtins(old.outcome_mapping) != msgspec.to_builtins(new.outcome_mapping),
    )
