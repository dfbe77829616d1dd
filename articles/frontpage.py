"""The front page: the lead and top stories editors choose, then the latest of each section."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import F, OuterRef, Window
from django.db.models.functions import RowNumber

from .models import Article, FrontPageSlot, Section, prefetch_card_bylines

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


def build_front_page(
    language: str, *, top_count: int = TOP_STORIES, per_section: int = PER_SECTION
) -> FrontPage:
    """The front page in `language`; no article appears twice.

    At most five queries whatever the size: curated placements, the latest to fill the top,
    each section's newest (ids, then articles; one query on SQLite), and every shown article's
    bylines at once.
    """
    live = Article.objects.live().in_language(language)
    cards = live.for_cards()  # bylines fetched once, at the end
    curated: list[Article] = list(
        cards.filter(placements__language=language)
        .annotate(
            placement_slot=F("placements__slot"), placement_position=F("placements__position")
        )
        .order_by("placement_position", "-published_at", "-pk")
    )
    lead: Article | None = next(
        (a for a in curated if getattr(a, "placement_slot", "") == FrontPageSlot.LEAD), None
    )
    top = [a for a in curated if getattr(a, "placement_slot", "") == FrontPageSlot.TOP][:top_count]
    used = {a.pk for a in top} | ({lead.pk} if lead else set())

    missing = top_count - len(top) + (0 if lead else 1)
    if missing > 0:
        latest = list(cards.exclude(pk__in=used)[:missing])
        if lead is None and latest:
            lead = latest.pop(0)
        top.extend(latest)
        used |= {a.pk for a in latest} | ({lead.pk} if lead else set())

    ranked = live.exclude(pk__in=used).filter(section__isnull=False)
    if connection.vendor == "postgresql":
        # Each section's latest through the (section, date) index: a few rows per section,
        # where a window over every live article would sort them all.
        newest = ranked.filter(section=OuterRef("pk")).order_by("-published_at", "-pk")
        ids = [
            pk
            for section_ids in Section.objects.annotate(
                latest=ArraySubquery(newest.values("pk")[:per_section])
            ).values_list("latest", flat=True)
            for pk in section_ids
        ]
        ranked = live.filter(pk__in=ids)
    else:
        ranked = ranked.annotate(
            section_rank=Window(
                RowNumber(),
                partition_by=[F("section_id")],
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        ).filter(section_rank__lte=per_section)
    ranked = (
        ranked.for_listing()
        .prefetch_related(None)
        .order_by("section__position", "section__name", "-published_at", "-pk")
    )
    in_sections = list(ranked)
    prefetch_card_bylines([*([lead] if lead else []), *top, *in_sections])
    sections: dict[int, tuple[Section, list[Article]]] = {}
    for article in in_sections:
        assert article.section is not None  # noqa: S101 (filtered above)
        sections.setdefault(article.section.pk, (article.section, []))[1].append(article)
    return FrontPage(lead=lead, top=top, sections=list(sections.values()))
