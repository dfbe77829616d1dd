"""Back up and restore the newsroom: every row (as Django fixtures) and every media file.

A backup is a folder holding `data.json` (dumpdata with natural foreign keys, primary keys
kept so that URLs and references stay the same), `media/` (a copy of
every stored file, read through the storage API so S3 works too) and `manifest.json` (row
counts per model, and the size and SHA-256 of each file). `restore` checks the manifest before
touching anything, loads the rows in one transaction, copies the files back and checks the
counts again. See docs/BACKUP.md for the procedure, with pg_dump for large databases.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import Storage, default_storage
from django.core.management import call_command
from django.core.serializers import json as json_serializer
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone

FORMAT_VERSION = 1

# Rebuilt by `migrate` (content types, permissions) or not worth keeping (sessions, login
# attempts, finished background jobs).
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "django_tasks_database",
]


SERIALIZER = "newsroom-backup-json"


class _PreciseEncoder(DjangoJSONEncoder):
    """Django's encoder cuts datetimes to milliseconds; a backup keeps the microseconds."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(json_serializer.Serializer):
    """`dumpdata`'s JSON with full-precision times; `loaddata` reads it as plain JSON."""

    def _init_options(self) -> None:
        super()._init_options()  # type: ignore[misc]
        self.json_kwargs["cls"] = _PreciseEncoder


Deserializer = json_serializer.Deserializer


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why and what to do."""


@dataclass(frozen=True)
class Summary:
    rows: dict[str, int]
    files: int
    bytes: int


def _counted_models() -> list[Any]:
    excluded_apps = {label for label in EXCLUDED if "." not in label}
    excluded_models = {label for label in EXCLUDED if "." in label}
    models = []
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label in excluded_apps or label in excluded_models:
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        models.append(model)
    return models


def row_counts() -> dict[str, int]:
    """Rows per model, for every model a backup holds."""
    return {model._meta.label_lower: model._default_manager.count() for model in _counted_models()}


def _walk(storage: Storage, folder: str = "") -> list[str]:
    folders, files = storage.listdir(folder)
    names = [f"{folder}{name}" for name in files]
    for sub in folders:
        names += _walk(storage, f"{folder}{sub}/")
    return names


def stored_files(storage: Storage | None = None) -> list[str]:
    """Every file name in the media storage (empty when the media folder does not exist)."""
    storage = storage or default_storage
    try:
        return sorted(_walk(storage))
    except FileNotFoundError:
        return []


def _sha256(handle: Any) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def make_backup(destination: Path, *, storage: Storage | None = None) -> Summary:
    """Write a backup of the database and the media into `destination` (new or empty)."""
    storage = storage or default_storage
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"{destination} is not empty; back up into a new folder.")
    media_dir = destination / "media"
    media_dir.mkdir(parents=True, exist_ok=True)

    with transaction.atomic():
        # One snapshot on PostgreSQL: rows and counts come from the same moment.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        counts = row_counts()
        serializers.register_serializer(SERIALIZER, __name__)
        call_command(
            "dumpdata",
            format=SERIALIZER,
            exclude=EXCLUDED,
            natural_foreign=True,
            output=str(destination / "data.json"),
            verbosity=0,
        )

    files: dict[str, dict[str, Any]] = {}
    total = 0
    for name in stored_files(storage):
        if name.startswith("healthz/"):
            continue
        target = media_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
        with target.open("rb") as copied:
            digest, size = _sha256(copied)
        files[name] = {"sha256": digest, "size": size}
        total += size

    manifest = {
        "format": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database": connection.vendor,
        "rows": counts,
        "files": files,
    }
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return Summary(rows=counts, files=len(files), bytes=total)


def _read_manifest(source: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((source / "manifest.json").read_text())
    except FileNotFoundError as exc:
        raise BackupError(f"{source} holds no manifest.json: not a newsroom backup.") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    if not (source / "data.json").exists():
        raise BackupError(f"{source} holds no data.json: the backup is incomplete.")
    for name, facts in manifest["files"].items():
        path = source / "media" / name
        if not path.is_file():
            raise BackupError(f"The backup lacks the media file {name}.")
        with path.open("rb") as handle:
            digest, size = _sha256(handle)
        if digest != facts["sha256"] or size != facts["size"]:
            raise BackupError(f"The media file {name} in the backup is damaged (checksum).")
    return manifest


def _content_rows() -> int:
    from django.contrib.auth import get_user_model

    from articles.models import Article, Image

    return Article.objects.count() + Image.objects.count() + get_user_model().objects.count()


def restore_backup(source: Path, *, storage: Storage | None = None) -> Summary:
    """Restore a backup into an empty (migrated) database and an empty media storage."""
    storage = storage or default_storage
    manifest = _read_manifest(source)
    if _content_rows():
        raise BackupError(
            "The database already holds articles, images or users; restore into an empty "
            "database (create it and run `manage.py migrate`, nothing else)."
        )
    clashes = [name for name in manifest["files"] if storage.exists(name)]
    if clashes:
        raise BackupError(
            f"The media storage already holds {len(clashes)} of the backup's files "
            f"(e.g. {clashes[0]}); restore into an empty media folder."
        )

    written: list[str] = []
    try:
        with transaction.atomic():
            # The role groups made by the migrations come back from the backup, ids included.
            Group.objects.all().delete()
            call_command("loaddata", str(source / "data.json"), verbosity=0, stdout=StringIO())
            for name in sorted(manifest["files"]):
                with (source / "media" / name).open("rb") as handle:
                    stored = storage.save(name, File(handle))
                written.append(stored)
                if stored != name:
                    raise BackupError(f"The storage renamed {name} to {stored}.")
            counts = row_counts()
            missing = {
                label: (expected, counts.get(label, 0))
                for label, expected in manifest["rows"].items()
                if counts.get(label, 0) != expected
            }
            if missing:
                detail = ", ".join(f"{k}: {e} expected, {g} found" for k, (e, g) in missing.items())
                raise BackupError(f"The restored rows do not match the backup ({detail}).")
    except BaseException:
        for name in written:
            storage.delete(name)
        raise
    # App servers already running showed another database: every one of them forgets its
    # masthead and every cached page (announced through the shared cache and PostgreSQL).
    from .cache import purge_site_chrome

    purge_site_chrome()
    total = sum(facts["size"] for facts in manifest["files"].values())
    return Summary(rows=counts, files=len(written), bytes=total)
