"""`campo-server questionnaires list|show|import|export|publish`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import msgspec

from .admin import AdminError
from .audit import cli_actor
from .cli import _branch_zone, _local, _open, _print_json, _print_table, _show
from .export_audit import QUESTIONNAIRE, audited_export
from .questionnaire_setup import export_definition, import_definition
from .questionnaires import DefinitionRefused, Published, get_draft, list_questionnaires, list_versions, publish


def _field_rows(definition: dict[str, Any], depth: int = 0) -> list[list[str]]:
    rows = []
    for field in definition.get("fields", definition.get("children", [])):
        label = field.get("label") or {}
        rows.append(["  " * depth + field.get("key", "?"), field.get("type", "?"),
                     "yes" if field.get("required") else "", label.get("es", "") if isinstance(label, dict) else label])
        rows += _field_rows({"children": field.get("children", [])}, depth + 1)
    return rows


def cmd_list(args: argparse.Namespace) -> int:
    """List questionnaires with their latest version and draft."""
    engine = _open(args)
    found = list_questionnaires(engine)
    if args.json:
        _print_json([asdict(q) for q in found])
        return 0
    zone = _branch_zone(engine)
    _print_table(
        ["id", "name", "version", "version id", "published", "draft", "accounts", "retired"],
        [[q.id, q.name, q.latest_version or "", q.latest_version_id or "", _local(q.published_at, zone),
          _local(q.draft_updated_at, zone), q.accounts, _local(q.retired_at, zone)] for q in found],
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """A questionnaire's versions, draft, and the fields of its latest version (or draft)."""
    engine = _open(args)
    versions = list_versions(engine, args.id)
    draft = get_draft(engine, args.id)
    if args.json:
        _print_json({"versions": [asdict(v) for v in versions], "draft": asdict(draft) if draft else None})
        return 0
    zone = _branch_zone(engine)
    _print_table(["version", "id", "title", "published"],
                     [[v.version, v.id, v.title, _local(v.published_at, zone)] for v in versions])
    shown = versions[-1].definition if versions else draft.definition if draft else {"fields": []}
    if draft is not None:
        print(f"\nDraft saved {_local(draft.updated_at, zone)} (not published).")
    print(f"\nFields of {'version ' + str(versions[-1].version) if versions else 'the draft'}:")
    _print_table(["key", "type", "required", "label"], _field_rows(shown))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Read a definition from a JSON file into a draft (of --into, or of a new questionnaire)."""
    try:
        text = Path(args.file).read_bytes()
    except OSError as exc:
        raise AdminError(f"cannot read {args.file}: {exc.strerror}") from None
    draft = import_definition(_open(args), text, into=args.into, name=args.name, actor=cli_actor())
    return _show(args, asdict(draft),
                     f"Imported {args.file} as the draft of questionnaire {draft.questionnaire_id}; "
                     f"publish it with: campo-server questionnaires publish {draft.questionnaire_id}")


def cmd_export(args: argparse.Namespace) -> int:
    """Print (or write) a definition as JSON: the latest version, --version N, or --draft."""
    engine = _open(args)
    definition = export_definition(engine, args.id, version=args.version, draft=args.draft)
    text = json.dumps(definition, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        audited_export(engine, what=QUESTIONNAIRE, path=args.output, actor=cli_actor(),
                       write=lambda: Path(args.output).write_text(text, encoding="utf-8") and 1,
                       details={"questionnaire": args.id, "version": args.version, "draft": args.draft})
    else:
        sys.stdout.write(text)
    return 0


def _published_text(result: Published) -> str:
    version, diff = result.version, result.diff
    if not result.created:
        return f"Nothing changed since version {version.version} (id {version.id}); no version was made."
    lines = [f"Published {version.title!r} version {version.version} (id {version.id}); devices get it on their next sync."]
    for name, keys in (("added", diff.added), ("removed", diff.removed), ("changed", diff.changed)):
        if keys:
            lines.append(f"  {name}: {', '.join(keys)}")
    lines += [f"  {what}" for what, flag in (("fields reordered", diff.reordered), ("title changed", diff.title_changed),
                                             ("outcome mapping changed", diff.outcome_mapping_changed)) if flag]
    return "\n".join(lines)


def cmd_publish(args: argparse.Namespace) -> int:
    """Check the draft and publish it as the next version; exit 1 with the problems when it fails the check."""
    try:
        result = publish(_open(args), args.id, actor=cli_actor())
    except DefinitionRefused as exc:
        if not args.json:
            raise
        _print_json({"published": False, "problems": [msgspec.to_builtins(p) for p in exc.problems]})
        return 1
    body = {"published": result.created, "version": asdict(result.version),
            "previous_version": result.previous_version, "diff": asdict(result.diff)}
    return _show(args, body, _published_text(result))


def add_commands(commands, command) -> None:
    """Register `questionnaires ...` on campo-server's parser (`command` is cli's helper; cli imports us late)."""
    group = commands.add_parser("questionnaires", help="questionnaires: drafts, versions, publishing")
    group = group.add_subparsers(dest="action", required=True)
    command(group, "list", cmd_list, "list questionnaires", listing=True)
    show = command(group, "show", cmd_show, "versions, draft and fields of a questionnaire", listing=True)
    show.add_argument("id", type=int)
    load = command(group, "import", cmd_import, "import a definition (.json) as a draft", listing=True)
    load.add_argument("file")
    load.add_argument("--into", type=int, help="the questionnaire whose draft it becomes (default: a new one)")
    load.add_argument("--name", help="name of the new questionnaire (default: the definition's title)")
    export = command(group, "export", cmd_export, "print a definition as JSON")
    export.add_argument("id", type=int)
    which = export.add_mutually_exclusive_group()
    which.add_argument("--version", type=int, help="that version (default: the latest)")
    which.add_argument("--draft", action="store_true", help="the draft instead of a version")
    export.add_argument("--output", "-o", help="write to this file instead of stdout")
    command(group, "publish", cmd_publish, "check the draft and publish it", listing=True).add_argument("id", type=int)
