"""Article revisions: a snapshot on every save, a diff of any two, restore as a new revision."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.html import strip_tags

from . import cache
from .models import Article, ArticleRevision, Author, Byline, Image, Section, WorkflowAction
from .models.workflow import WorkflowEvent

# The fields a revision covers, in the order a diff shows them.
TEXT_FIELDS = ["kicker", "headline", "standfirst", "body", "hero_caption"]
LABELS = {
    "kicker": "Kicker",
    "headline": "Headline",
    "standfirst": "Standfirst",
    "body": "Body",
    "hero_caption": "Caption",
    "hero_image": "Hero image",
    "section": "Section",
    "bylines": "Bylines",
    "tags": "Tags",
}


def snapshot(article: Article) -> dict[str, Any]:
    """Everything a revision keeps about the article as it is stored now."""
    bylines = [
        {"author": b.author_id, "author_name": b.author.display_name, "role": b.role}
        for b in article.bylines.select_related("author").order_by("position", "pk")
    ]
    return {
        **{name: getattr(article, name) for name in TEXT_FIELDS},
        "hero_image": article.hero_image_id,
        "hero_image_label": str(article.hero_image) if article.hero_image_id else "",
        "section": article.section_id,
        "section_name": article.section.name if article.section else "",
        "bylines": bylines,
        "tags": sorted(article.tags.names()),
    }


def record(article: Article, *, by: Any, comment: str = "") -> ArticleRevision:
    """Store a revision of the article as saved, at its current version."""
    return ArticleRevision.objects.create(
        article=article,
        version=article.version,
        data=snapshot(article),
        created_by=by if getattr(by, "is_authenticated", False) else None,
        comment=comment[:200],
    )


def _readable(data: dict[str, Any], field: str) -> str:
    if field == "hero_image":
        return data.get("hero_image_label") or ""
    if field == "section":
        return data.get("section_name") or ""
    if field == "bylines":
        return "\n".join(f"{b['author_name']} ({b['role']})" for b in data.get("bylines", []))
    if field == "tags":
        return ", ".join(data.get("tags", []))
    if field == "body":
        # One paragraph or block per line, without markup, so a diff reads like the text.
        html = (data.get("body") or "").replace("</p>", "</p>\n").replace("<br>", "\n")
        return "\n".join(line.strip() for line in strip_tags(html).splitlines() if line.strip())
    return str(data.get(field) or "")


@dataclass
class FieldDiff:
    field: str
    label: str
    old: str
    new: str
    lines: list[tuple[str, str]]  # (" ", "-", "+") marker and text


def diff(older: ArticleRevision, newer: ArticleRevision) -> list[FieldDiff]:
    """What changed between two revisions, field by field, as readable lines."""
    changes = []
    for field, label in LABELS.items():
        old, new = _readable(older.data, field), _readable(newer.data, field)
        if old == new:
            continue
        lines = [
            (line[0], line[2:])
            for line in difflib.ndiff(old.splitlines(), new.splitlines())
            if line[:1] in {" ", "-", "+"}
        ]
        changes.append(FieldDiff(field=field, label=label, old=old, new=new, lines=lines))
    return changes


def as_article(revision: ArticleRevision) -> tuple[Article, list[Byline]]:
    """An unsaved copy of the article as it was at this revision, with its bylines (for preview)."""
    stored = revision.article
    data = revision.data
    article = Article(
        pk=stored.pk,
        slug=stored.slug,
        language=stored.language,
        status=stored.status,
        published_at=stored.published_at,
        first_published_at=stored.first_published_at,
        updated_at=stored.updated_at,
        expires_at=stored.expires_at,
        created_at=stored.created_at,
        translation_id=stored.translation_id,
        **{name: data.get(name, "") for name in TEXT_FIELDS},
    )
    article.section = Section.objects.filter(pk=data.get("section")).first()
    article.hero_image = (
        Image.objects.select_related("copyright_notice").filter(pk=data.get("hero_image")).first()
    )
    authors = Author.objects.in_bulk([b["author"] for b in data.get("bylines", [])])
    bylines = [
        Byline(article=article, author=authors[b["author"]], role=b["role"], position=position)
        for position, b in enumerate(data.get("bylines", []))
        if b["author"] in authors
    ]
    return article, bylines


@transaction.atomic
def restore(revision: ArticleRevision, *, by: Any) -> ArticleRevision:
    """Put the article's content back as it was at `revision`; recorded as a new revision."""
    from . import workflow

    article = Article.objects.select_for_update().get(pk=revision.article_id)
    if not workflow.can_edit(by, article):
        raise workflow.PermissionDenied("You cannot edit this article, so you cannot restore it.")
    data = revision.data
    for name in TEXT_FIELDS:
        setattr(article, name, data.get(name, ""))
    article.section_id = (
        data["section"] if Section.objects.filter(pk=data.get("section")).exists() else None
    )
    article.hero_image_id = (
        data["hero_image"] if Image.objects.filter(pk=data.get("hero_image")).exists() else None
    )
    article.version += 1
    article.modified_by = by
    article.full_clean(exclude=["slug", "translation"], validate_unique=False)
    article.save()
    article.bylines.all().delete()
    existing = set(
        Author.objects.filter(pk__in=[b["author"] for b in data["bylines"]]).values_list(
            "pk", flat=True
        )
    )
    Byline.objects.bulk_create(
        Byline(article=article, author_id=b["author"], role=b["role"], position=position)
        for position, b in enumerate(data.get("bylines", []))
        if b["author"] in existing
    )
    article.tags.set(data.get("tags", []))
    new = record(
        article, by=by, comment=f"Restored from the revision of version {revision.version}"
    )
    WorkflowEvent.objects.create(
        article=article,
        actor=by,
        action=WorkflowAction.REVERT,
        from_status=article.status,
        to_status=article.status,
        comment=f"Restored the revision of version {revision.version}.",
    )
    transaction.on_commit(lambda: cache.purge_article(article))
    return new
