from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, Q, QuerySet, Value, When
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from taggit.models import Tag, TaggedItem

from newsroom.pagecache import depends_on
from newsroom.precompiled import first, precompiled

from ..cache import related_box_dependencies
from ..models import Article, Author, Byline, BylineRole, Correction, prefetch_card_bylines
from ..models.articles import ArticleQuerySet
from ..structured_data import article_json_ld, article_meta, json_ld_script, social_picture
from ..urls_history import current_url_for

RELATED_COUNT = 4
# How many of each tag's newest articles the related box considers.
RELATED_WINDOW = 200
# An "Updated" line only for an update that came at least this long after publication.
UPDATE_GRACE = timedelta(minutes=1)

ROLE_LABELS: dict[str, Promise] = {
    BylineRole.TEXT: _("By"),
    BylineRole.PHOTOS: _("Photos by"),
    BylineRole.VIDEO: _("Video by"),
    BylineRole.TRANSLATION: _("Translated by"),
    BylineRole.ADDITIONAL_REPORTING: _("Additional reporting by"),
}


@dataclass
class BylineGroup:
    label: Promise
    authors: list[Author] = field(default_factory=list)


def group_bylines(bylines: list[Byline]) -> list[BylineGroup]:
    """“By A and B · Photos by C”: roles in the order their first byline appears."""
    groups: dict[str, BylineGroup] = {}
    for byline in bylines:
        group = groups.setdefault(byline.role, BylineGroup(ROLE_LABELS[byline.role]))
        if byline.author not in group.authors:
            group.authors.append(byline.author)
    return list(groups.values())


def distinct_authors(bylines: list[Byline]) -> list[Author]:
    authors: list[Author] = []
    for byline in bylines:
        if byline.author not in authors:
            authors.append(byline.author)
    return authors


@precompiled
def _live_article(slug: str, at: datetime) -> QuerySet[Article]:
    return (
        Article.objects.live(at)
        .select_related("section", "hero_image", "hero_image__copyright_notice")
        .filter(slug=slug)[:1]
    )


@precompiled
def _corrections(article_id: int) -> QuerySet[Correction]:
    return Correction.objects.filter(article_id=article_id).order_by("published_at", "pk")


@precompiled
def _tags(article_id: int, content_type_id: int) -> QuerySet[Tag]:
    return (
        Tag.objects.filter(
            taggit_taggeditem_items__content_type_id=content_type_id,
            taggit_taggeditem_items__object_id=article_id,
        )
        .exclude(slug="")
        .order_by("name")
    )


@precompiled
def _translation(article_id: int, translation_id: int, at: datetime) -> QuerySet[Article]:
    return (
        Article.objects.live(at)
        .filter(Q(pk=translation_id) | Q(translation_id=article_id))
        .exclude(pk=article_id)
        .only("slug", "published_at", "language", "headline")[:1]
    )


def _others_live(article_id: int, language: str, at: datetime) -> ArticleQuerySet:
    """The candidates for an article's related box: the other live articles in its language."""
    return Article.objects.live(at).in_language(language).exclude(pk=article_id)


def _tag_windows(tag_ids: list[int], content_type_id: int, window: int) -> list[QuerySet[Any]]:
    """Each tag's newest `window` tagged articles (by id), through the (tag, object) index."""
    return [
        TaggedItem.objects.filter(tag_id=tag_id, content_type_id=content_type_id)
        .order_by("-object_id")
        .values("object_id")[:window]
        for tag_id in tag_ids
    ]


@precompiled
def _related_by_tags(
    article_id: int,
    language: str,
    tag_ids: list[int],
    content_type_id: int,
    at: datetime,
    *,
    window: int = RELATED_WINDOW,
) -> QuerySet[Article]:
    # The candidates are the tags' windows, so a tag on thousands of articles costs no more than
    # a small one; an article's shared tags are the windows it is in. Ranked on ids alone, then
    # only the chosen few are read as cards (ranking the cards sorted every candidate's columns).
    windows = _tag_windows(tag_ids, content_type_id, window)
    shared = functools.reduce(
        operator.add, [Case(When(pk__in=w, then=Value(1)), default=Value(0)) for w in windows]
    )
    if connection.vendor == "postgresql":
        candidates = Q(pk__in=windows[0].union(*windows[1:], all=True))
    else:  # SQLite cannot limit the parts of a UNION; an OR is as good for development data
        candidates = functools.reduce(operator.or_, [Q(pk__in=w) for w in windows])
    chosen = (
        _others_live(article_id, language, at)
        .filter(candidates)
        .annotate(shared_tags=shared)
        .order_by("-shared_tags", "-published_at", "-pk")
        .values("pk")[:RELATED_COUNT]
    )
    return (
        Article.objects.live(at)
        .filter(pk__in=chosen)
        .annotate(shared_tags=shared)
        .order_by("-shared_tags", "-published_at", "-pk")
        .for_cards()
    )


@precompiled
def _section_latest(
    article_id: int, language: str, section_id: int, at: datetime
) -> QuerySet[Article]:
    # RELATED_COUNT more than needed: the caller drops those already related by their tags.
    return (
        _others_live(article_id, language, at)
        .filter(section_id=section_id)
        .order_by("-published_at", "-pk")
        .for_cards()[: RELATED_COUNT * 2]
    )


class RelatedBox(NamedTuple):
    articles: list[Article]
    # Whether the section's latest filled it up: a new article in the section may then join it.
    from_section: bool


def related_articles(article: Article, tag_ids: list[int], content_type_id: int) -> RelatedBox:
    """Live articles in the same language sharing the most tags, then the same section's latest.

    Their bylines are not fetched here: `article_context` fetches them with the article's own.

    Two narrow queries rather than one with an OR (tags or section), which no index serves: the
    articles sharing the most tags among each tag's newest `RELATED_WINDOW`, then, only if
    fewer than `RELATED_COUNT` share one, the section's latest through its listing index.
    """
    at = timezone.now()
    related: list[Article] = []
    if tag_ids:
        related = _related_by_tags(
            article_id=article.pk,
            language=article.language,
            tag_ids=tag_ids,
            content_type_id=content_type_id,
            at=at,
        )
    missing = RELATED_COUNT - len(related)
    from_section = bool(missing and article.section_id is not None)
    if from_section:
        shown = {item.pk for item in related}
        related += [
            item
            for item in _section_latest(
                article_id=article.pk,
                language=article.language,
                section_id=article.section_id,
                at=at,
            )
            if item.pk not in shown
        ][:missing]
    return RelatedBox(related, from_section)


def _redirect_or_404(request: HttpRequest, slug: str) -> HttpResponse:
    target = current_url_for(request.path)
    if target is None:
        article = Article.objects.live().filter(slug=slug).only("slug", "published_at").first()
        target = article.get_absolute_url() if article else None
    if target is None or target == request.path:
        raise Http404("No such article")
    return HttpResponsePermanentRedirect(target)


@require_GET
def article_detail(
    request: HttpRequest, year: str, month: str, day: str, slug: str
) -> HttpResponse:
    article = first(_live_article(slug=slug, at=timezone.now()))
    if article is None or article.get_absolute_url() != request.path:
        return _redirect_or_404(request, slug)

    context = article_context(article)
    tags: Any = context["tags"]
    # A new article sharing a tag may join the related box; one in the same section only while
    # the section's latest fill it up.
    section = article.section if context["related_from_section"] else None
    section_slug = section.slug if section is not None else None
    depends_on(
        request,
        related_box_dependencies(article.language, section_slug, [tag.slug for tag in tags]),
    )
    with translation.override(article.language):
        response = render(request, "articles/article_detail.html", context)
    response["Content-Language"] = article.language
    return response


def article_context(article: Article, bylines: list[Byline] | None = None) -> dict[str, object]:
    """Everything the article template needs; the public page and staff previews share it.

    Without `bylines` (the public page), the article's bylines are fetched in the same query as
    the related articles' ones.
    """
    saved = article.pk is not None
    content_type_id = ContentType.objects.get_for_model(Article).pk
    corrections = _corrections(article_id=article.pk) if saved else []
    tags = _tags(article_id=article.pk, content_type_id=content_type_id) if saved else []
    translated = (
        first(
            _translation(
                article_id=article.pk,
                # No translation: an id no row has, so that the query keeps one shape.
                translation_id=article.translation_id or 0,
                at=timezone.now(),
            )
        )
        if saved
        else None
    )
    box = (
        related_articles(article, [tag.pk for tag in tags], content_type_id)
        if saved
        else RelatedBox([], False)
    )
    related = box.articles
    prefetch_card_bylines([*related, *([article] if bylines is None else [])], with_photos=True)
    if bylines is None:
        bylines = list(article.bylines.all())
    significant_update = (
        article.updated_at
        if article.updated_at
        and article.published_at
        and article.updated_at - article.published_at >= UPDATE_GRACE
        else None
    )
    social = social_picture(article.hero_image)  # for the meta tags and the JSON-LD
    return {
        "article": article,
        "bylines": bylines,
        "byline_groups": group_bylines(bylines),
        "authors": distinct_authors(bylines),
        "corrections": corrections,
        "tags": tags,
        "translated": translated,
        "related": related,
        "related_from_section": box.from_section,
        "updated_at": significant_update,
        "meta": article_meta(article, translation=translated, tags=tags, social=social),
        "json_ld": json_ld_script(
            article_json_ld(article, bylines=bylines, corrections=corrections, social=social)
        ),
        "language": article.language,
        "now": timezone.now(),
    }
