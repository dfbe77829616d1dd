"""Model fields that keep their invariants on every save path."""

from __future__ import annotations

import json
from typing import Any

from django.db import models
from django_prose_editor.fields import ProseEditorField

from articles.sanitizer import sanitize_html, strip_null
from newsroom.memo import Memo

PROSE_EXTENSIONS: dict[str, Any] = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
}


class SanitizedHTMLField(ProseEditorField):
    """Rich text edited with the prose editor and cleaned by the house allow-list.

    The value is sanitized in `pre_save` (so the instance holds what is stored) and again in
    `get_db_prep_save`, which also covers `QuerySet.update()`, `bulk_create()` and fixtures.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("config", {"extensions": PROSE_EXTENSIONS})
        kwargs["sanitize"] = sanitize_html
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance: models.Model, add: bool) -> str:
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value: Any, connection: Any) -> Any:
        if value is None or hasattr(value, "resolve_expression"):
            return super().get_db_prep_save(value, connection)
        return super().get_db_prep_save(sanitize_html(value), connection)


class CleanCharField(models.CharField):
    """A CharField that never stores a NUL byte (PostgreSQL refuses them, SQLite keeps them)."""

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        return strip_null(value) if isinstance(value, str) else value

    def get_db_prep_save(self, value: Any, connection: Any) -> Any:
        if isinstance(value, str):
            value = strip_null(value)
        return super().get_db_prep_save(value, connection)


class CleanTextField(models.TextField):
    """A TextField that never stores a NUL byte."""

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        return strip_null(value) if isinstance(value, str) else value

    def get_db_prep_save(self, value: Any, connection: Any) -> Any:
        if isinstance(value, str):
            value = strip_null(value)
        return super().get_db_prep_save(value, connection)


class RenditionIndex(dict[str, Any]):
    """A parsed rendition index that keeps the JSON text it was read from, as its identity."""

    text: str = ""


PARSED_INDEXES = 2048
_parsed_indexes: Memo[RenditionIndex] = Memo(PARSED_INDEXES)


class RenditionIndexField(models.JSONField):
    """`Image.rendition_index`: a JSON object, parsed once per distinct text in each process.

    Every image row read back with the same index gets the same `RenditionIndex` object, so
    what is derived from it (the markup of a picture) can be remembered by its text. The object
    is shared: code must replace the index (`renditions.refresh_index` does), never mutate it.
    """

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if not isinstance(value, str):
            return super().from_db_value(value, expression, connection)
        parsed = _parsed_indexes.get(value)
        if parsed is None:
            parsed = RenditionIndex(json.loads(value))
            parsed.text = value
            _parsed_indexes.put(value, parsed)
        return parsed
