"""What machines read about an article: canonical URL, hreflang, Open Graph, Twitter, JSON-LD."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.safestring import SafeString

from newsroom.memo import Memo
from newsroom.static import static

from . import renditions
from .credits import image_object

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .models import Article, Byline, Correction, Image

OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}

# What a JSON text must not carry inside a <script>: an end tag, an HTML comment or entity, and the
# two separators older JavaScript parsers end a line at.
_SCRIPT_ESCAPES = (
    ("<", "\\u003C"),
    (">", "\\u003E"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in the newsroom's zone, to the second: “2024-05-26T09:00:00+02:00”."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def absolute_url(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.NEWSROOM_BASE_URL}{path}"


def publicly_shown(image: Image | None) -> bool:
    return image is not None and bool(image.file) and not image.rights_expired


def social_picture(image: Image | None) -> renditions.SocialImage | None:
    """The image's 1200-wide 16:9 JPEG for cards and JSON-LD (smaller originals are not
    upscaled); None when there is no picture or its rights have expired."""
    return renditions.social_image(image) if publicly_shown(image) else None


def social_image(
    image: Image | None, picture: renditions.SocialImage | None = None
) -> dict[str, Any] | None:
    """`social_picture` as the article head's Open Graph and Twitter values; `picture` is the
    image's social rendition, when the caller already has it."""
    picture = picture or social_picture(image)
    if image is None or picture is None:
        return None
    return {
        "url": picture.url,
        "width": picture.width,
        "height": picture.height,
        "alt": image.alt_text,
    }


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A `<script type="application/ld+json">` that stays valid JSON and inert whatever the text."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Replaced character by character where present (`str.translate` with a table looks up
    # every character of the text: a quarter of a millisecond for 2 KB with accents).
    for character, escaped in _SCRIPT_ESCAPES:
        if character in payload:
            payload = payload.replace(character, escaped)
    return SafeString(f'<script type="application/ld+json">{payload}</script>')


# The publisher's data depends on settings alone: remembered until one changes (a test's). Shared:
# callers put it in the data they serialize and never change it.
_publisher: Memo[dict[str, Any]] = Memo(1, settings_bound=True)


def publisher() -> dict[str, Any]:
    data = _publisher.get("publisher")
    return data if data is not None else _publisher.put("publisher", _build_publisher())


def _build_publisher() -> dict[str, Any]:
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.NEWSROOM_PUBLISHER,
        "url": absolute_url("/"),
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(static("newsroom/logo.png")),
            "width": 512,
            "height": 512,
        },
    }


def article_json_ld(
    article: Article,
    *,
    bylines: Iterable[Byline],
    corrections: Iterable[Correction],
    social: renditions.SocialImage | None = None,
) -> dict[str, Any]:
    """`NewsArticle` data for the article page, every author a `Person`; `social` is the hero
    image's `social_picture`, when the caller already has it."""
    language = article.language
    url = absolute_url(article.get_absolute_url())
    authors: list[dict[str, Any]] = []
    seen: set[int] = set()
    for byline in bylines:
        if byline.author_id in seen:
            continue
        seen.add(byline.author_id)
        person: dict[str, Any] = {
            "@type": "Person",
            "name": byline.author.display_name,
            "url": absolute_url(byline.author.get_absolute_url()),
        }
        job_title = byline.author.job_title_in(language)
        if job_title:
            person["jobTitle"] = job_title
        authors.append(person)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.headline,
        "inLanguage": language,
        "datePublished": iso(article.published_at),
        "dateModified": iso(article.updated_at or article.published_at),
        "author": authors,
        "publisher": publisher(),
    }
    if article.standfirst:
        data["description"] = article.standfirst
    if article.section is not None:
        data["articleSection"] = article.section.name_in(language)
    social = social or social_picture(article.hero_image)
    if social is not None:  # a hero image shown publicly: the credits' `ImageObject`
        picture = image_object(
            article.hero_image, language=language, caption=article.caption, social=social
        )
        if picture is not None:
            data["image"] = [picture]
    correction_list = [
        {"@type": "CorrectionComment", "text": c.text, "datePublished": iso(c.published_at)}
        for c in corrections
    ]
    if correction_list:
        data["correction"] = correction_list
    return data


def article_meta(
    article: Article,
    *,
    translation: Article | None,
    tags: Iterable[Any],
    social: renditions.SocialImage | None = None,
) -> dict[str, Any]:
    """Canonical URL, hreflang alternates and Open Graph/Twitter values for the article head;
    `social` is the hero image's `social_picture`, when the caller already has it."""
    canonical = absolute_url(article.get_absolute_url())
    alternates = [{"language": article.language, "url": canonical}]
    if translation is not None:
        alternates.append(
            {"language": translation.language, "url": absolute_url(translation.get_absolute_url())}
        )
    return {
        "canonical": canonical,
        "alternates": alternates if translation is not None else [],
        "locale": OG_LOCALES.get(article.language, "en_GB"),
        "alternate_locale": OG_LOCALES.get(translation.language) if translation else None,
        "image": social_image(article.hero_image, social),
        "section": article.section.name_in(article.language) if article.section else "",
        "tags": [tag.name for tag in tags],
        "description": article.standfirst,
    }
