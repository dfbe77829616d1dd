from __future__ import annotations

import re
from typing import Any

from django import template
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from articles.credits import credit_html
from articles.models import Article, Image
from newsroom.memo import Memo
from newsroom.render_scope import RenderScope, render_scope, scope_of

from .pictures import picture

register = template.Library()

# `{% site_url %}`: addresses `reverse` gives, remembered. An address depends only on the route,
# its arguments, the URL configuration and the script prefix, which are all in the key.
SITE_URL_MEMO_SIZE = 4096
_site_urls: Memo[str] = Memo(SITE_URL_MEMO_SIZE)


@register.simple_tag
def site_url(name: str, *args: Any) -> str:
    """`{% url name args %}`, without running `reverse` again for an address already made."""
    return site_url_in(render_scope(), name, *args)


def site_url_in(scope: RenderScope, name: str, *args: Any) -> str:
    """`site_url` for a page whose scope was read already (newsroom/render_scope.py)."""
    key = (scope.script_prefix, scope.urlconf, name, *(str(arg) for arg in args))
    found = _site_urls.get(key)
    return found if found is not None else _site_urls.put(key, reverse(name, args=args))


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


# --- article cards -------------------------------------------------------------------------------
# A card is a pure function of what its key holds: every article field it shows, the bylines'
# names, the picture's markup (itself built from the image, its renditions and its rights), the
# card's options and the active language and time zone. Its markup is remembered per process under
# that key, so a listing renders each card's template once; an edit changes the key, so a
# remembered card can never be out of date. Bounded: the oldest are forgotten first.
CARD_MEMO_SIZE = 2048
_cards: Memo[SafeString] = Memo(CARD_MEMO_SIZE)


@register.simple_tag(takes_context=True)
def article_card(
    context: template.Context, article: Article, size: str = "", hide_image: bool = False
) -> SafeString:
    """A story in a list (`includes/article_card.html`); `size` is "lead", "top", "grid"…"""
    site_language = context.get("site_language")
    image = None if hide_image else article.hero_image
    picture_html = (
        picture(
            context,
            image,
            crop="16:9",
            sizes="(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw",
            lazy=size != "lead",  # the front page's lead picture is above the fold
            css_class="card__image",
        )
        if image is not None
        else ""
    )
    bylines = tuple((b.author_id, b.author.display_name) for b in article.bylines.all())
    scope = scope_of(context)
    key = (
        size,
        site_language,
        scope.language,
        scope.time_zone,
        article.pk,
        article.language,
        article.url_in(scope),
        article.kicker,
        article.headline,
        article.standfirst,
        article.published_at,
        bylines,
        picture_html,
    )
    card = _cards.get(key)
    if card is not None:
        return card
    card = SafeString(
        get_template("includes/article_card.html").render(
            {
                "article": article,
                "size": size,
                "site_language": site_language,
                "picture_html": picture_html,
            }
        )
    )
    return _cards.put(key, card)
