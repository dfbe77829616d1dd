"""The one allow-list for stored rich text, applied on every save path."""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
    clean_content_tags={"script", "style", "iframe", "object", "embed", "template", "noscript"},
)


def sanitize_html(html: str | None) -> str:
    """Return `html` reduced to the house allow-list; empty editor output becomes ""."""
    if not html:
        return ""
    cleaned = _cleaner.clean(html.replace("\x00", "")).strip()
    if cleaned in {"<p></p>", "<p><br></p>"}:
        return ""
    return cleaned


def strip_null(value: str) -> str:
    return value.replace("\x00", "")
