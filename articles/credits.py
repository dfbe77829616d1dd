"""The house style for image credits, used wherever an image appears."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articles.models import Image

_PREFIXES = {
    "en": {
        "photograph": "Photo:",
        "image_capture": "Image capture ©",
        "illustration": "Illustration:",
        "handout": "Handout:",
        "archive": "Archive:",
    },
    "fr": {
        "photograph": "Photo :",
        "image_capture": "Capture d’image ©",
        "illustration": "Illustration :",
        "handout": "Document remis :",
        "archive": "Archives :",
    },
}


def credit_parts(image: Image) -> list[str]:
    parts = [part for part in (image.creator, image.source, image.platform) if part]
    if not parts and image.copyright_notice_id and image.copyright_notice:
        parts = [image.copyright_notice.holder]
    return parts


def format_credit(image: Image | None, language: str = "en") -> str:
    """“Image capture © Élysée / YouTube”, “Photo: Jane Doe / AFP”; "" when nothing is known."""
    if image is None:
        return ""
    parts = credit_parts(image)
    if not parts:
        return ""
    prefixes = _PREFIXES.get(language, _PREFIXES["en"])
    prefix = prefixes.get(image.capture_kind, prefixes["photograph"])
    return f"{prefix} {' / '.join(parts)}"
