from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

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
