"""The front page: the lead and top stories editors choose, then the latest of each section."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import F, Func, OuterRef, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from newsroom.precompiled import precompiled

from .models import Article, FrontPageSlot, Section, prefetch_card_bylines
from .models.articles import ArticleQuerySet

TOP_STORIES = 6
PER_SECTION = 4


@dataclass
class FrontPage:
    lead: Article | None = None
    top: list[Article] = field(default_factory=list)
    sections: list[tuple[Section, list[Article]]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.lead is None and not self.top and not self.sections


@precompiled
def _curated(language: str, at: datetime) -> QuerySet[Article]:
    return (
        Article.objects.live(at)
        .in_language(language)
        .for_cards()
        .filter(placements__language=language)
        .annotate(
            placement_slot=F("placements__slot"), placement_position=F("placements__position")
        )
        .order_by("placement_position", "-published_at", "-pk")
    )


@precompiled
def _latest(language: str, at: datetime, *, count: int) -> QuerySet[Article]:
    return Article.objects.live(at).in_language(language).for_cards()[:count]


def _section_latest_ids(
    language: str, at: datetime, used: list[int], per_section: int
) -> QuerySet[Any, Any]:
    """Each section's newest ids, through its listing index: a few rows per section,
    where a window over every live article would sort them all (PostgreSQL)."""
    newest = (
        Article.objects.live(at)
        .in_language(language)
        .exclude(pk__in=used)
        .filter(section=OuterRef("pk"))
        .order_by("-published_at", "-pk")
    )
    return Section.objects.annotate(
        latest_id=Func(ArraySubquery(newest.values("pk")[:per_section]), function="unnest")
    ).values("latest_id")


@precompiled
def _section_cards(
    language: str, at: datetime, used: list[int], *, per_section: int
) -> QuerySet[Article]:
    """The cards of each section's newest articles, found by id among the live ones (one
    query: the ids are a subquery, so PostgreSQL reads the few rows by primary key)."""
    ids = _section_latest_ids(language, at, used, per_section)
    return _in_section_order(Article.objects.live(at).filter(pk__in=ids))


def _in_section_order(articles: ArticleQuerySet) -> QuerySet[Article]:
    return articles.for_cards().order_by(
        "section__position", "section__name", "-published_at", "-pk"
    )


def build_front_page(
    language: str, *, top_count: int = TOP_STORIES, per_section: int = PER_SECTION
) -> FrontPage:
    """The front page in `language`; no article appears twice.

    At most four queries whatever the size: curated placements, the latest to fill the top,
    each section's newest, and every shown article's bylines at once.
    """
    at = timezone.now()
    curated = _curated(language=language, at=at)
    lead: Article | None = next(
        (a for a in curated if getattr(a, "placement_slot", "") == FrontPageSlot.LEAD), None
    )
    top = [a for a in curated if getattr(a, "placement_slot", "") == FrontPageSlot.TOP][:top_count]
    used = {a.pk for a in top} | ({lead.pk} if lead else set())

    missing = top_count - len(top) + (0 if lead else 1)
    if missing > 0:
        # Enough to fill the gaps whichever of the curated ones come first.
        latest = [
            a
            for a in _latest(language=language, at=at, count=missing + len(used))
            if a.pk not in used
        ][:missing]
        if lead is None and latest:
            lead = latest.pop(0)
        top.extend(latest)
        used |= {a.pk for a in latest} | ({lead.pk} if lead else set())

    if connection.vendor == "postgresql":
        in_sections = _section_cards(
            language=language, at=at, used=sorted(used) or [0], per_section=per_section
        )
    else:
        ranked = (
            Article.objects.live(at)
            .in_language(language)
            .exclude(pk__in=used)
            .filter(section__isnull=False)
            .annotate(
                section_rank=Window(
                    RowNumber(),
                    partition_by=[F("section_id")],
                    order_by=[F("published_at").desc(), F("pk").desc()],
                )
            )
            .filter(section_rank__lte=per_section)
        )
        in_sections = list(_in_section_order(ranked))
    prefetch_card_bylines([*([lead] if lead else []), *top, *in_sections])
    sections: dict[int, tuple[Section, list[Article]]] = {}
    for article in in_sections:
        assert article.section is not None  # noqa: S101 (filtered above)
        sections.setdefault(article.section.pk, (article.section, []))[1].append(article)
    return FrontPage(lead=lead, top=top, sections=list(sections.values()))
