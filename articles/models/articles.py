from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from newsroom.memo import Memo
from newsroom.precompiled import precompiled
from newsroom.render_scope import RenderScope, render_scope

from .fields import CleanCharField, CleanTextField, SanitizedHTMLField

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    from .sections import Section


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    FRENCH = "fr", "Français"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class BylineRole(models.TextChoices):
    TEXT = "text", "Text"
    PHOTOS = "photos", "Photos"
    VIDEO = "video", "Video"
    TRANSLATION = "translation", "Translation"
    ADDITIONAL_REPORTING = "additional_reporting", "Additional reporting"


class CorrectionKind(models.TextChoices):
    CORRECTION = "correction", "Correction"
    CLARIFICATION = "clarification", "Clarification"
    UPDATE = "update", "Update"
    EDITORS_NOTE = "editors_note", "Editor's note"


# The columns an article card needs (see `ArticleQuerySet.for_listing`).
LISTING_FIELDS = (
    "id",
    "kicker",
    "headline",
    "slug",
    "standfirst",
    "language",
    "published_at",
    "created_at",
    "section",
    "section__name",
    "section__name_fr",
    "section__slug",
    "section__position",
    "hero_image",
    "hero_image__file",
    "hero_image__width",
    "hero_image__height",
    "hero_image__alt_text",
    "hero_image__focal_x",
    "hero_image__focal_y",
    "hero_image__rights_expire_at",
    "hero_image__rendition_index",
)


def card_byline_rows(*, with_photos: bool = False) -> models.QuerySet[Byline]:
    """The bylines an article card names (and, `with_photos`, the authors' portraits)."""
    bylines = Byline.objects.select_related("author")
    if with_photos:
        return bylines.select_related("author__photo", "author__photo__copyright_notice")
    return bylines.only("id", "article_id", "author_id", "role", "position", "author__display_name")


def card_bylines(*, with_photos: bool = False) -> models.Prefetch:
    """`card_byline_rows` as a prefetch of `Article.bylines`."""
    return models.Prefetch("bylines", queryset=card_byline_rows(with_photos=with_photos))


@precompiled
def _card_bylines_plain(article_ids: list[int]) -> models.QuerySet[Byline]:
    return card_byline_rows().filter(article_id__in=article_ids)


@precompiled
def _card_bylines_photos(article_ids: list[int]) -> models.QuerySet[Byline]:
    return card_byline_rows(with_photos=True).filter(article_id__in=article_ids)


def prefetch_card_bylines(articles: list[Article], *, with_photos: bool = False) -> None:
    """Fetch the bylines of every article given, in one query.

    What `prefetch_related_objects` would store, without building a filtered queryset for each
    article: `article.bylines.all()` answers from the rows fetched here, and anything that
    narrows them (`filter`, `order_by`) asks the database, as with Django's own prefetching.
    """
    pending = [a for a in articles if "bylines" not in getattr(a, "_prefetched_objects_cache", {})]
    if not pending:
        return
    ids = sorted({a.pk for a in pending})
    fetcher = _card_bylines_photos if with_photos else _card_bylines_plain
    found: dict[int, list[Byline]] = {pk: [] for pk in ids}
    for byline in fetcher(article_ids=ids):
        found[byline.article_id].append(byline)
    for article in pending:
        rows = found[article.pk]
        for byline in rows:
            byline._state.fields_cache["article"] = article
        fetched = FetchedRows(model=Byline, scope={"article_id": article.pk}, rows=rows)
        article.__dict__.setdefault("_prefetched_objects_cache", {})["bylines"] = fetched


class FetchedRows(models.QuerySet[Any]):
    """Rows already fetched for one parent object, answered without a query.

    Anything else (`filter()`, `iterator()`, `aggregate()`, `update()`…) runs on the database,
    scoped to the parent, as Django's prefetched querysets do.
    """

    def __init__(
        self,
        model: Any = None,
        query: Any = None,
        using: Any = None,
        hints: Any = None,
        *,
        scope: dict[str, Any] | None = None,
        rows: list[Any] | None = None,
    ) -> None:
        super().__init__(model=model, query=query, using=using, hints=hints)
        if scope:
            # As a related manager does: the filter is built only if the query is used.
            self._deferred_filter = (False, (), scope)
        if rows is not None:
            self._result_cache = rows
            self._prefetch_done = True


class ArticleQuerySet(models.QuerySet["Article"]):
    def not_trashed(self) -> ArticleQuerySet:
        return self.filter(deleted_at__isnull=True)

    def trashed(self) -> ArticleQuerySet:
        return self.filter(deleted_at__isnull=False)

    def live(self, at: datetime | None = None) -> ArticleQuerySet:
        """Articles readers may see at `at` (now): published, gone live, not expired or trashed.

        Every public surface reads through this method; see DESIGN.md, “Publication time”.
        """
        at = at or timezone.now()
        return self.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=at),
            status=Status.PUBLISHED,
            published_at__lte=at,
            deleted_at__isnull=True,
        )

    def scheduled(self, at: datetime | None = None) -> ArticleQuerySet:
        """Published articles whose go-live time is still ahead."""
        at = at or timezone.now()
        return self.filter(status=Status.PUBLISHED, published_at__gt=at, deleted_at__isnull=True)

    def in_language(self, language: str) -> ArticleQuerySet:
        return self.filter(language=language)

    def in_section(self, section: Section) -> ArticleQuerySet:
        return self.filter(section=section)

    def by_author(self, author_id: int) -> ArticleQuerySet:
        return self.filter(bylines__author_id=author_id).distinct()

    def owned_by(self, user: AbstractBaseUser | AnonymousUser) -> ArticleQuerySet:
        """Articles the user created or has a byline on."""
        return self.filter(Q(created_by=user) | Q(bylines__author__user=user)).distinct()

    def for_cards(self) -> ArticleQuerySet:
        """What an article card shows, bylines aside: only the columns it reads.

        A front page loads some forty articles with their section and picture, and every other
        column costs time to select, send and turn into attributes. A card that shows something
        new must add it to `LISTING_FIELDS`, or pay one query per card (the query-count tests
        would catch it). Pages that gather cards from several queries fetch all their bylines
        at once with `prefetch_card_bylines`.
        """
        return self.select_related("section", "hero_image").only(*LISTING_FIELDS)

    def for_listing(self) -> ArticleQuerySet:
        """A list of article cards with their bylines, in a constant number of queries."""
        return self.for_cards().prefetch_related(card_bylines())

    def next_change_after(self, at: datetime | None = None) -> datetime | None:
        """The next go-live, expiry, or end of rights of a hero image or an author's photo after
        `at`: cached pages end by then."""
        at = at or timezone.now()
        base = self.filter(status=Status.PUBLISHED, deleted_at__isnull=True)
        next_live = (
            base.filter(published_at__gt=at)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        next_expiry = (
            base.filter(expires_at__gt=at)
            .order_by("expires_at")
            .values_list("expires_at", flat=True)
            .first()
        )
        next_image_expiry = (
            base.filter(hero_image__rights_expire_at__gt=at)
            .order_by("hero_image__rights_expire_at")
            .values_list("hero_image__rights_expire_at", flat=True)
            .first()
        )
        from .authors import Author

        next_photo_expiry = (
            Author.objects.filter(photo__rights_expire_at__gt=at)
            .order_by("photo__rights_expire_at")
            .values_list("photo__rights_expire_at", flat=True)
            .first()
        )
        candidates = [
            t
            for t in (next_live, next_expiry, next_image_expiry, next_photo_expiry)
            if t is not None
        ]
        return min(candidates) if candidates else None


_PLAIN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_url_shapes: dict[tuple[str, Any], str | None] = {}
# Articles' addresses by what they depend on (`Article.url_in`): a front page's forty cards.
URL_MEMO_SIZE = 4096
_urls: Memo[str] = Memo(URL_MEMO_SIZE)


def _detail_url_shape(script_prefix: str, urlconf: Any) -> str | None:
    """The article address as a format string, derived once from the route by `reverse`.

    Listings ask for dozens of addresses; formatting a string costs a fraction of a `reverse`.
    Used only for plain ASCII slugs, and only if it gives exactly what `reverse` gives.
    """
    known = (script_prefix, urlconf or settings.ROOT_URLCONF)
    if known not in _url_shapes:
        sample = {"year": "1999", "month": "08", "day": "07", "slug": "slug-sample"}
        try:
            reversed_url = reverse("articles:detail", kwargs=sample)
        except NoReverseMatch:
            _url_shapes[known] = None
            return None
        shape = reversed_url.replace("{", "{{").replace("}", "}}")
        for name, value in (("slug", "slug-sample"), ("year", "1999")):
            shape = shape.replace(value, "{" + name + "}", 1)
        shape = shape.replace("/08/", "/{month}/", 1).replace("/07/", "/{day}/", 1)
        check = {"year": "2024", "month": "11", "day": "30", "slug": "a-b"}
        valid = shape.format(**check) == reverse("articles:detail", kwargs=check)
        _url_shapes[known] = shape if valid else None
    return _url_shapes[known]


class Article(models.Model):
    kicker = CleanCharField(
        max_length=60,
        blank=True,
        help_text="A short label above the headline, e.g. “Analysis” or “Exclusive”.",
    )
    headline = CleanCharField(
        max_length=200, help_text="The title readers see first. Aim for under 90 characters."
    )
    slug = models.SlugField(
        max_length=200,
        unique=True,
        error_messages={
            "unique": "Another article (perhaps one in the trash) already uses this address. "
            "Change the slug, e.g. add a word or the date."
        },
        help_text="The last part of the article's address, filled from the headline. Changing it "
        "after publication keeps the old address working.",
    )
    standfirst = CleanTextField(
        max_length=600,
        blank=True,
        help_text="One or two sentences under the headline that tell the story. Required to publish.",
    )
    body = SanitizedHTMLField(
        blank=True,
        help_text="The story. Paragraphs, subheadings, lists, quotes and links are kept; anything "
        "else pasted in (scripts, styles, embeds) is removed on save.",
    )
    language = models.CharField(
        max_length=2,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text="The language the article is written in.",
    )
    translation = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translated_from",
        help_text="The same story in the other language, if there is one.",
    )
    section = models.ForeignKey(
        "articles.Section",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        help_text="Where the story belongs. Required to publish.",
    )
    tags = TaggableManager(blank=True, help_text="Topics, people and places, separated by commas.")
    hero_image = models.ForeignKey(
        "articles.Image",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hero_of",
        help_text="The picture at the top of the story. Required to publish.",
    )
    hero_caption = CleanTextField(
        blank=True,
        help_text="A caption for this story only. Leave empty to use the image's own caption.",
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.DRAFT,
        editable=False,
        help_text="Where the article is in the workflow. Changed only by the workflow buttons.",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the article goes (or went) live. A future time means it is scheduled.",
    )
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    go_live_recorded_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When publish_due recorded the go-live of the current publication.",
    )
    updated_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="The “Updated” time readers see; it moves only on a significant update.",
    )
    expires_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Optional. When the article should disappear from the public site.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="created_articles",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    modified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        permissions = [
            ("submit_article", "Can submit an article for review"),
            ("review_article", "Can request changes to and approve articles"),
            ("publish_article", "Can publish, schedule and withdraw articles"),
            ("change_any_article", "Can edit articles written by others"),
            ("correct_article", "Can add corrections to published articles"),
            ("trash_published_article", "Can move published articles to the trash"),
            ("restore_article", "Can restore and purge articles from the trash"),
            ("share_article", "Can create share links for previews"),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_status_published"),
            models.Index(
                fields=["-published_at"],
                name="article_live_recent",
                condition=Q(status="published", deleted_at__isnull=True),
            ),
            # A section's listing, its count of live articles and its front-page block: the
            # count reads the index alone (no table row), whatever the section's size.
            models.Index(
                fields=["section", "language", "status", "-published_at"],
                # Not the id: with it, reading every live article of a language from this
                # index looked cheap enough to PostgreSQL to build hash joins on.
                include=["expires_at", "deleted_at"],
                name="article_section_listing",
            ),
            models.Index(fields=["language", "-published_at"], name="article_language_recent"),
            models.Index(fields=["-first_published_at"], name="article_first_published"),
            models.Index(
                fields=["expires_at"],
                name="article_expiry",
                condition=Q(status="published", expires_at__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="article_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(language__in=Language.values), name="article_language_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="published_article_has_published_at",
                violation_error_message="A published article needs a publication time.",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(expires_at__gt=F("published_at")),
                name="article_expires_after_publication",
                violation_error_message="The expiry must come after the publication time.",
            ),
            models.CheckConstraint(
                condition=~Q(translation=F("pk")),
                name="article_not_its_own_translation",
                violation_error_message="An article cannot be its own translation.",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="article_version_positive"),
        ]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return self.url_in(render_scope())

    def url_in(self, scope: RenderScope) -> str:
        """The address in a page's scope (script prefix, URL configuration, time zone; see
        newsroom/render_scope.py), for a page that read it once for all its cards."""
        # Remembered per process by everything it depends on (the date in it is the instant's
        # in the scope's zone, named there): a listing asks each article for it several times,
        # and every request's rows are new instances.
        key = (
            self.slug,
            self.published_at or self.created_at,
            scope.script_prefix,
            scope.urlconf,
            scope.time_zone,
        )
        known = _urls.get(key) if key[1] is not None else None
        if known is not None:
            return known
        moment = (self.published_at or self.created_at or timezone.now()).astimezone(scope.zone)
        parts = {
            "year": f"{moment.year:04d}",
            "month": f"{moment.month:02d}",
            "day": f"{moment.day:02d}",
            "slug": self.slug,
        }
        shape = _detail_url_shape(key[2], key[3]) if _PLAIN_SLUG.fullmatch(self.slug) else None
        url = shape.format(**parts) if shape else reverse("articles:detail", kwargs=parts)
        return _urls.put(key, url) if key[1] is not None else url

    @property
    def caption(self) -> str:
        if self.hero_caption:
            return self.hero_caption
        return self.hero_image.default_caption if self.hero_image else ""

    @property
    def is_trashed(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def is_live(self) -> bool:
        now = timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
            and self.deleted_at is None
        )


class Byline(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        "articles.Author",
        on_delete=models.PROTECT,
        related_name="bylines",
        help_text="Start typing a name.",
    )
    role = models.CharField(
        max_length=24,
        choices=BylineRole.choices,
        default=BylineRole.TEXT,
        help_text="What this person contributed.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order in the byline; drag or number from 0."
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "author", "role"],
                name="one_byline_per_author_role",
                violation_error_message="This author already has this role on the article.",
            ),
            models.CheckConstraint(
                condition=Q(role__in=BylineRole.values), name="byline_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author} ({self.get_role_display()})"


class Correction(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField(
        max_length=16,
        choices=CorrectionKind.choices,
        default=CorrectionKind.CORRECTION,
        help_text="Correction: we got a fact wrong. Clarification: it was unclear. Update: news "
        "since. Editor's note: context from the editors.",
    )
    text = CleanTextField(
        help_text="What was wrong and what is right, as readers will read it, e.g. “An earlier "
        "version of this article misstated the date of the vote.”"
    )
    published_at = models.DateTimeField(
        default=timezone.now, help_text="When the correction was made public."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-published_at"]
        indexes = [models.Index(fields=["-published_at"], name="correction_recent")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=CorrectionKind.values), name="correction_kind_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


class ArticleRedirect(models.Model):
    """An old public path of an article, answered with a 301 to its current URL."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_paths")
    path = models.CharField(max_length=300, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.path
