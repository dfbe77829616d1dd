"""Compile `locale/*/LC_MESSAGES/*.po` into `.mo` files with Python alone.

Django's `compilemessages` needs GNU gettext's `msgfmt`, which a machine with only Python does
not have. This command reads the `.po` format that `makemessages` writes (contexts, plurals,
multi-line strings; fuzzy entries skipped, as `msgfmt` does) and writes the GNU `.mo` format,
following the logic of CPython's `Tools/i18n/msgfmt.py`.
"""

from __future__ import annotations

import ast
import struct
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def parse_po(text: str) -> dict[str, str]:
    """Map each msgid (with `context\\x04` and `\\x00plural` folded in) to its msgstr."""
    messages: dict[str, str] = {}
    entry: dict[str, Any] = {}
    section = ""
    fuzzy = False

    def flush() -> None:
        nonlocal entry, section, fuzzy
        if "msgid" in entry and not fuzzy:
            key = entry["msgid"]
            if "msgid_plural" in entry:
                key += "\x00" + entry["msgid_plural"]
                plurals = entry.get("plurals", {})
                value = "\x00".join(plurals[i] for i in sorted(plurals))
            else:
                value = entry.get("msgstr", "")
            if "msgctxt" in entry:
                key = entry["msgctxt"] + "\x04" + key
            if value.replace("\x00", ""):
                messages[key] = value
        entry, section, fuzzy = {}, "", False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        starts_entry = line.startswith(("#", "msgctxt ", "msgid "))
        if starts_entry and section.startswith("msgstr"):
            flush()
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            keyword, literal = "", line
        else:
            keyword, _, literal = line.partition(" ")
        try:
            value = ast.literal_eval(literal)
        except (SyntaxError, ValueError) as exc:
            raise CommandError(f"line {number}: cannot read {raw!r}") from exc
        if not isinstance(value, str):
            raise CommandError(f"line {number}: expected a string in {raw!r}")
        if keyword.startswith("msgstr["):
            entry.setdefault("plurals", {})[int(keyword[7:-1])] = value
            section = keyword
        elif keyword:
            entry[keyword] = value
            section = keyword
        elif section.startswith("msgstr["):
            entry["plurals"][int(section[7:-1])] += value
        elif section:
            entry[section] += value
    flush()
    return messages


def mo_bytes(messages: dict[str, str]) -> bytes:
    """The GNU `.mo` file for `messages`, keys sorted as gettext expects."""
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for key in keys:
        encoded_id, encoded_str = key.encode(), messages[key].encode()
        offsets.append((len(ids), len(encoded_id), len(strs), len(encoded_str)))
        ids += encoded_id + b"\0"
        strs += encoded_str + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_table, value_table = [], []
    for id_offset, id_length, str_offset, str_length in offsets:
        key_table += [id_length, id_offset + key_start]
        value_table += [str_length, str_offset + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    return (
        header
        + struct.pack(f"{len(key_table)}i", *key_table)
        + struct.pack(f"{len(value_table)}i", *value_table)
        + ids
        + strs
    )


class Command(BaseCommand):
    help = "Compile the project's .po translation files to .mo without GNU gettext."

    def handle(self, *args: Any, **options: Any) -> None:
        for locale_dir in map(Path, settings.LOCALE_PATHS):
            for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                messages = parse_po(po_path.read_text(encoding="utf-8"))
                po_path.with_suffix(".mo").write_bytes(mo_bytes(messages))
                self.stdout.write(f"{po_path.with_suffix('.mo')}: {len(messages) - 1} messages")
