from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from articles.credits import credit_html
from articles.models import Article, Image

register = template.Library()


@register.filter
def credit(image: Image | None, language: str = "en") -> SafeString:
    """The house-style credit line of an image, its licence linked when it has one."""
    return credit_html(image, language)


@register.filter
def body_html(article: Article) -> SafeString:
    """The one place stored rich text is trusted: it was sanitized on every save path."""
    return mark_safe(article.body)  # noqa: S308


@register.simple_tag(takes_context=True)
def footer_notice(context: template.Context) -> str:
    notice = context.get("footer_notice")
    if notice is None:
        return ""
    return notice.render(context.get("site_language", "en"))


@register.filter
def section_name(section: Any, language: str = "en") -> str:
    """The section's name in `language` (English when there is no French name)."""
    return section.name_in(language) if section is not None else ""


@register.filter
def job_title(author: Any, language: str = "en") -> str:
    return author.job_title_in(language)


@register.filter
def bio(author: Any, language: str = "en") -> str:
    return author.bio_in(language)


CORRECTION_LABELS = {
    "correction": _("Correction"),
    "clarification": _("Clarification"),
    "update": _("Update"),
    "editors_note": _("Editor’s note"),
}


@register.filter
def correction_label(correction: Any) -> str:
    """The kind of a correction in the active language."""
    return str(CORRECTION_LABELS.get(correction.kind, correction.get_kind_display()))


_XML_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@register.filter
def xml_text(value: object) -> str:
    """Text without the control characters that XML 1.0 cannot carry (autoescape still runs)."""
    return _XML_CONTROL_CHARACTERS.sub("", str(value))
