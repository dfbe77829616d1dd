"""The house style for image credits, used wherever an image appears.

One formatter serves every place a picture goes: figure captions (`credit_html`, licence linked),
feeds and Open Graph (`credit_text`), and JSON-LD (`structured_credit`). An image "has a credit"
exactly when `credit_parts` is not empty; the publishing checklist relies on that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.html import format_html
from django.utils.safestring import SafeString

if TYPE_CHECKING:
    from articles.models import CopyrightNotice, Image
    from articles.renditions import SocialImage

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
_UNAVAILABLE = {"en": "Image unavailable", "fr": "Image indisponible"}


def _notice(image: Image) -> CopyrightNotice | None:
    return image.copyright_notice if image.copyright_notice_id else None


def credit_parts(image: Image) -> list[str]:
    """Who to credit, in order: creator, source, platform; the rights holder if neither is known.

    The platform (“YouTube”) only says where a capture was taken; alone it is not a credit.
    """
    creator, source = image.creator.strip(), image.source.strip()
    if creator or source:
        return [part for part in (creator, source, image.platform.strip()) if part]
    notice = _notice(image)
    return [notice.holder] if notice is not None else []


def has_credit(image: Image) -> bool:
    return bool(credit_parts(image))


def licence(image: Image) -> tuple[str, str]:
    """(name, url) of the licence: the image's own, else its copyright notice's."""
    if image.licence_name or image.licence_url:
        return image.licence_name, image.licence_url
    notice = _notice(image)
    if notice is not None and (notice.licence_name or notice.licence_url):
        return notice.licence_name, notice.licence_url
    return "", ""


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


def credit_text(image: Image | None, language: str = "en") -> str:
    """The credit line as plain text, licence named: for feeds, Open Graph and alt-less places."""
    line = format_credit(image, language)
    if image is None or not line:
        return line
    name, url = licence(image)
    if name or url:
        line = f"{line} ({name or url})"
    return line


def credit_html(image: Image | None, language: str = "en") -> SafeString:
    """The credit line for captions, with the licence linked when it has an address."""
    line = format_credit(image, language)
    if image is None or not line:
        return SafeString("")
    name, url = licence(image)
    if url:
        return format_html(
            '{} (<a href="{}" rel="license noopener" target="_blank">{}</a>)',
            line,
            url,
            name or url,
        )
    if name:
        return format_html("{} ({})", line, name)
    return format_html("{}", line)


def copyright_notice_text(image: Image, language: str = "en") -> str:
    """“© 2023–2026 Impact European. All rights reserved.” when a notice is set, else “© <credit>”."""
    notice = _notice(image)
    if notice is not None:
        return notice.render(language)
    parts = credit_parts(image)
    return f"© {' / '.join(parts)}" if parts else ""


def structured_credit(image: Image, language: str = "en") -> dict[str, Any]:
    """The credit fields of a schema.org `ImageObject`: creditText, creator, copyrightNotice, license.

    Keys without a value are left out, so the result can be merged into JSON-LD as it is.
    """
    data: dict[str, Any] = {}
    text = credit_text(image, language)
    if text:
        data["creditText"] = text
    creator = image.creator.strip()
    if creator:
        data["creator"] = {"@type": "Person", "name": creator}
    elif image.source.strip():
        data["creator"] = {"@type": "Organization", "name": image.source.strip()}
    notice_text = copyright_notice_text(image, language)
    if notice_text:
        data["copyrightNotice"] = notice_text
    notice = _notice(image)
    if notice is not None:
        data["copyrightHolder"] = {"@type": "Organization", "name": notice.holder}
    _, url = licence(image)
    if url:
        data["license"] = url
    return data


def unavailable_text(language: str = "en") -> str:
    """What a placeholder says when an image's rights have expired."""
    return _UNAVAILABLE.get(language, _UNAVAILABLE["en"])


def image_object(
    image: Image | None,
    *,
    language: str = "en",
    caption: str = "",
    social: SocialImage | None = None,
) -> dict[str, Any] | None:
    """A schema.org `ImageObject` for JSON-LD: the social rendition plus every credit field.

    None when there is no image or its rights have expired (the page shows a placeholder then).
    `social` is the image's social rendition, when the caller already has it.
    """
    from articles.renditions import social_image

    social = social or social_image(image)
    if image is None or social is None:
        return None
    data: dict[str, Any] = {
        "@type": "ImageObject",
        "url": social.url,
        "contentUrl": social.url,
        "width": social.width,
        "height": social.height,
        "encodingFormat": social.mime_type,
    }
    if caption or image.default_caption:
        data["caption"] = caption or image.default_caption
    if image.alt_text:
        data["description"] = image.alt_text
    data.update(structured_credit(image, language))
    return data
