from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from .. import cache, preview, revisions, timezones, workflow
from ..models import (
    Article,
    ArticleQuerySet,
    ArticleRevision,
    Byline,
    Correction,
    EditorialNote,
    FrontPagePlacement,
    ShareLink,
    Status,
    WorkflowEvent,
)
from ..urls_history import remember_url_change
from . import desk
from .forms import (
    ArticleAdminForm,
    BulkWithdrawForm,
    CommentForm,
    RequiredCommentForm,
    ScheduleForm,
    ShareForm,
    WithdrawForm,
)

# The workflow buttons, in the order they appear: (transition, label, form, needs a time).
BUTTONS: dict[str, tuple[str, type]] = {
    "submit": ("Submit for review", CommentForm),
    "request_changes": ("Request changes", RequiredCommentForm),
    "approve": ("Approve", CommentForm),
    "publish": ("Publish now", CommentForm),
    "schedule": ("Schedule…", ScheduleForm),
    "withdraw": ("Withdraw", WithdrawForm),
    "restore": ("Restore to draft", CommentForm),
}


CHECKLIST = ["a headline", "a standfirst", "a section", "at least one byline", "a hero image"]
# The fields that decide whose related-articles boxes an article may appear in
# (`articles.cache.dependencies_of`).
MEMBERSHIP_FIELDS = {"section", "tags", "language", "published_at", "expires_at"}


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["position", "author", "role"]
    ordering = ["position"]
    verbose_name = "byline"
    verbose_name_plural = "Bylines (in the order readers see them)"


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["kind", "text", "published_at"]
    readonly_fields = ["kind", "text", "published_at"]
    can_delete = False
    verbose_name_plural = "Corrections (public record; add one under Corrections › Add)"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EditorialNoteInline(admin.TabularInline):
    model = EditorialNote
    extra = 1
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    can_delete = False
    verbose_name_plural = "Editorial notes (staff only, never public)"

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class PublicationFilter(admin.SimpleListFilter):
    title = "publication"
    parameter_name = "publication"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("live", "Live now"), ("scheduled", "Scheduled"), ("expired", "Expired")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> QuerySet[Article]:
        now = timezone.now()
        articles = cast(ArticleQuerySet, queryset)
        if self.value() == "live":
            return articles.live(at=now)
        if self.value() == "scheduled":
            return articles.scheduled(at=now)
        if self.value() == "expired":
            return articles.filter(status=Status.PUBLISHED, expires_at__lte=now)
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = [
        "headline",
        "status_label",
        "language",
        "section",
        "byline_names",
        "go_live",
        "modified_at",
    ]
    list_filter = [
        "status",
        PublicationFilter,
        "language",
        "section",
        ("published_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst", "kicker", "slug", "bylines__author__display_name"]
    search_help_text = "Search headline, standfirst, kicker, slug or author name."
    date_hierarchy = "published_at"
    autocomplete_fields = ["section", "hero_image", "translation"]
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = [
        "status",
        "go_live",
        "first_published_at",
        "updated_at",
        "version",
        "created_by",
        "created_at",
        "modified_at",
        "modified_by",
    ]
    inlines = [BylineInline, CorrectionInline, EditorialNoteInline]
    fieldsets = [
        (None, {"fields": ["kicker", "headline", "slug", "standfirst", "body", "base_version"]}),
        ("Filing", {"fields": ["language", "translation", "section", "tags"]}),
        ("Hero image", {"fields": ["hero_image", "hero_caption"]}),
        (
            "Publication",
            {
                "fields": [
                    "status",
                    "go_live",
                    "first_published_at",
                    "updated_at",
                    "expires_at",
                    "version",
                    "created_by",
                    "created_at",
                    "modified_by",
                    "modified_at",
                ]
            },
        ),
    ]
    actions = ["publish_selected", "withdraw_selected", "trash_selected"]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    # --- who sees what ---------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        queryset = cast(ArticleQuerySet, super().get_queryset(request)).not_trashed()
        if not request.user.has_perm("articles.change_any_article"):
            queryset = queryset.owned_by(request.user)
        return queryset.prefetch_related("bylines__author")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_delete_permission(request)
        return workflow.can_trash(request.user, obj)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("articles.publish_article")

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        # Django's delete_selected deletes rows; articles go to the trash, one by one.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def view_on_site(self, obj: Article) -> str | None:  # type: ignore[override]
        # Only a live article has a public page; staff use Preview for the rest.
        return obj.get_absolute_url() if obj.is_live else None

    # --- list columns ----------------------------------------------------------------------

    @admin.display(description="Status", ordering="status")
    def status_label(self, obj: Article) -> str:
        if obj.is_scheduled:
            return "Scheduled"
        return obj.get_status_display()

    @admin.display(description="Bylines")
    def byline_names(self, obj: Article) -> str:
        return ", ".join(byline.author.display_name for byline in obj.bylines.all())

    @admin.display(description="Goes live", ordering="published_at")
    def go_live(self, obj: Article) -> str:
        return timezones.describe(obj.published_at) if obj.published_at else "—"

    # --- saving ----------------------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        if not change:
            obj.created_by_id = request.user.pk
        else:
            obj.version += 1
        obj.modified_by_id = request.user.pk
        before = Article.objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        remember_url_change(before, obj)
        if change and obj.status == Status.PUBLISHED:
            old_slugs = [form.initial.get("slug", "")]
            # A new section, tag, language or date may put it in other articles' related boxes.
            membership = bool(set(form.changed_data) & MEMBERSHIP_FIELDS)
            transaction.on_commit(
                lambda: cache.purge_article(obj, old_slugs=old_slugs, membership=membership)
            )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        revisions.record(form.instance, by=request.user)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, EditorialNote) and instance.author_id is None:
                instance.author_id = request.user.pk
            instance.save()
        for deleted in formset.deleted_objects:
            deleted.delete()
        formset.save_m2m()

    def delete_model(self, request: HttpRequest, obj: Article) -> None:
        workflow.trash(obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            workflow.trash(article, by=request.user)

    # --- the change form -------------------------------------------------------------------

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> Any:
        if obj is not None and obj.pk:
            context.update(self.workflow_context(request, obj))
            form = context.get("adminform")
            conflict = getattr(getattr(form, "form", None), "conflict", None)
            if conflict is not None:
                context["edit_conflict"] = conflict
        return super().render_change_form(request, context, add, change, form_url, obj)

    def workflow_context(self, request: HttpRequest, article: Article) -> dict[str, Any]:
        user = request.user
        allowed = workflow.allowed_transitions(user, article)
        buttons = [
            {
                "name": name,
                "label": BUTTONS[name][0],
                "form": BUTTONS[name][1](auto_id=f"id_{name}_%s"),
                "url": reverse("admin:articles_article_transition", args=[article.pk, name]),
            }
            for name in BUTTONS
            if name in allowed
        ]
        checklist_missing = workflow.publish_checklist(article)
        events = list(article.events.select_related("actor")[:50])
        revision_list = list(article.revisions.select_related("created_by")[:30])
        links = (
            [
                {"link": link, "url": request.build_absolute_uri(preview.share_url(link))}
                for link in article.share_links.filter(
                    revoked_at__isnull=True, expires_at__gt=timezone.now()
                )
            ]
            if workflow.can_share(user, article)
            else []
        )
        return {
            "workflow_buttons": buttons,
            "workflow_status": self.status_label(article),
            "workflow_go_live": timezones.describe(article.published_at)
            if article.published_at
            else "",
            "workflow_expires": timezones.describe(article.expires_at)
            if article.expires_at
            else "",
            "workflow_zone": timezones.zone_label(),
            "checklist": [{"item": item, "ok": item not in checklist_missing} for item in CHECKLIST]
            + [{"item": item, "ok": False} for item in checklist_missing if item not in CHECKLIST],
            "checklist_ready": not checklist_missing,
            "events": [
                {"event": event, "when": timezones.describe(event.created_at)} for event in events
            ],
            "revision_list": [
                {"revision": revision, "when": timezones.describe(revision.created_at)}
                for revision in revision_list
            ],
            "can_edit_article": workflow.can_edit(user, article),
            "can_share": workflow.can_share(user, article),
            "share_form": ShareForm(),
            "share_links": links,
            "preview_url": reverse("articles:preview", args=[article.pk]),
        }

    # --- custom URLs -----------------------------------------------------------------------

    def get_urls(self) -> list[Any]:
        wrap = self.admin_site.admin_view
        custom = [
            path("desk/", wrap(self.desk_view), name="articles_article_desk"),
            path("trash/", wrap(self.trash_view), name="articles_article_trash"),
            path(
                "trash/<int:pk>/restore/",
                wrap(self.untrash_view),
                name="articles_article_untrash",
            ),
            path("trash/<int:pk>/purge/", wrap(self.purge_view), name="articles_article_purge"),
            path(
                "<path:object_id>/transition/<str:name>/",
                wrap(self.transition_view),
                name="articles_article_transition",
            ),
            path("<path:object_id>/share/", wrap(self.share_view), name="articles_article_share"),
            path(
                "<path:object_id>/share/<uuid:link_id>/revoke/",
                wrap(self.revoke_share_view),
                name="articles_article_revoke_share",
            ),
            path(
                "<path:object_id>/revisions/",
                wrap(self.revisions_view),
                name="articles_article_revisions",
            ),
            path(
                "<path:object_id>/revisions/<int:revision_id>/restore/",
                wrap(self.restore_revision_view),
                name="articles_article_restore_revision",
            ),
        ]
        return custom + super().get_urls()

    def _article_or_404(self, request: HttpRequest, object_id: str) -> Article:
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise Http404("No such article")
        return article

    def _back(self, article: Article) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    def transition_view(self, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
        """One workflow button: validate its form, call the workflow function, say what happened."""
        if request.method != "POST":
            return HttpResponse(status=405, headers={"Allow": "POST"})
        if name not in BUTTONS:
            raise Http404("No such transition")
        article = self._article_or_404(request, object_id)
        form = BUTTONS[name][1](request.POST, auto_id=f"id_{name}_%s")
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    self.message_user(request, error, messages.ERROR)
            return self._back(article)
        data = form.cleaned_data
        comment = data.get("comment", "")
        try:
            article = self.run_transition(article, name, by=request.user, data=data)
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return self._back(article)
        label = BUTTONS[name][0].rstrip("…")
        message = f"{label}: {article.headline}"
        if name in ("publish", "schedule") and article.published_at:
            message = f"{label}: goes live {timezones.describe(article.published_at)}"
        self.log_change(request, article, f"{label}." + (f" {comment}" if comment else ""))
        self.message_user(request, message, messages.SUCCESS)
        return self._back(article)

    @staticmethod
    def run_transition(article: Article, name: str, *, by: Any, data: dict[str, Any]) -> Article:
        comment = data.get("comment", "")
        if name == "submit":
            return workflow.submit(article, by=by, comment=comment)
        if name == "request_changes":
            return workflow.request_changes(article, by=by, comment=comment)
        if name == "approve":
            return workflow.approve(article, by=by, comment=comment)
        if name == "publish":
            return workflow.publish(article, by=by, comment=comment)
        if name == "schedule":
            return workflow.schedule(article, by=by, at=data["publish_at"], comment=comment)
        if name == "withdraw":
            return workflow.withdraw(article, by=by, reason=comment)
        if name == "restore":
            return workflow.restore(article, by=by, comment=comment)
        raise Http404("No such transition")

    def share_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse(status=405, headers={"Allow": "POST"})
        article = self._article_or_404(request, object_id)
        if not workflow.can_share(request.user, article):
            raise PermissionDenied
        form = ShareForm(request.POST)
        if not form.is_valid():
            self.message_user(request, "Choose how long the link works.", messages.ERROR)
            return self._back(article)
        expires_at = timezone.now() + timedelta(seconds=form.cleaned_data["lifetime"])
        try:
            link = preview.create_share_link(article, by=request.user, expires_at=expires_at)
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return self._back(article)
        self.log_change(request, article, f"Shared a preview until {expires_at.isoformat()}.")
        self.message_user(
            request,
            f"Share link created; it works until {timezones.describe(link.expires_at)}: "
            f"{request.build_absolute_uri(preview.share_url(link))}",
            messages.SUCCESS,
        )
        return self._back(article)

    def revoke_share_view(self, request: HttpRequest, object_id: str, link_id: Any) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse(status=405, headers={"Allow": "POST"})
        article = self._article_or_404(request, object_id)
        link = get_object_or_404(ShareLink, pk=link_id, article=article)
        try:
            preview.revoke_share_link(link, by=request.user)
        except workflow.PermissionDenied as error:
            raise PermissionDenied(str(error)) from error
        self.log_change(request, article, "Revoked a share link.")
        self.message_user(request, "The share link no longer works.", messages.SUCCESS)
        return self._back(article)

    def revisions_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """Every revision of the article; with ?a=&b= the differences between two of them."""
        article = self._article_or_404(request, object_id)
        revision_list = list(article.revisions.select_related("created_by"))
        by_id = {revision.pk: revision for revision in revision_list}
        changes = None
        older = newer = None
        try:
            a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
        except ValueError:
            a = b = 0
        if a in by_id and b in by_id:
            older, newer = sorted((by_id[a], by_id[b]), key=lambda r: (r.created_at, r.pk))
            changes = revisions.diff(older, newer)
        elif len(revision_list) >= 2 and not request.GET:
            newer, older = revision_list[0], revision_list[1]
            changes = revisions.diff(older, newer)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Revisions of “{article.headline}”",
            "opts": self.model._meta,
            "original": article,
            "article": article,
            "rows": [
                {"revision": r, "when": timezones.describe(r.created_at)} for r in revision_list
            ],
            "older": older,
            "newer": newer,
            "changes": changes,
            "can_restore": workflow.can_edit(request.user, article),
        }
        return TemplateResponse(request, "admin/articles/article/revisions.html", context)

    def restore_revision_view(
        self, request: HttpRequest, object_id: str, revision_id: int
    ) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse(status=405, headers={"Allow": "POST"})
        article = self._article_or_404(request, object_id)
        revision = get_object_or_404(ArticleRevision, pk=revision_id, article=article)
        try:
            revisions.restore(revision, by=request.user)
        except workflow.PermissionDenied as error:
            raise PermissionDenied(str(error)) from error
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return self._back(article)
        self.log_change(request, article, f"Restored the revision of version {revision.version}.")
        self.message_user(
            request, f"Restored the text of version {revision.version}.", messages.SUCCESS
        )
        return self._back(article)

    # --- the trash -------------------------------------------------------------------------

    def _require_trash_rights(self, request: HttpRequest) -> None:
        if not request.user.has_perm("articles.restore_article"):
            raise PermissionDenied

    def trash_view(self, request: HttpRequest) -> HttpResponse:
        self._require_trash_rights(request)
        trashed = (
            Article.objects.trashed()
            .select_related("section", "deleted_by")
            .order_by("-deleted_at")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Trash",
            "opts": self.model._meta,
            "rows": [{"article": a, "when": timezones.describe(a.deleted_at)} for a in trashed],
        }
        return TemplateResponse(request, "admin/articles/article/trash.html", context)

    def untrash_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._trash_action(request, pk, restore=True)

    def purge_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._trash_action(request, pk, restore=False)

    def _trash_action(self, request: HttpRequest, pk: int, *, restore: bool) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse(status=405, headers={"Allow": "POST"})
        self._require_trash_rights(request)
        article = get_object_or_404(Article.objects.trashed(), pk=pk)
        headline = article.headline
        try:
            if restore:
                workflow.untrash(article, by=request.user)
                self.log_change(request, article, "Restored from the trash.")
                self.message_user(request, f"Restored from the trash: {headline}", messages.SUCCESS)
            else:
                workflow.purge(article, by=request.user)
                self.message_user(request, f"Deleted for good: {headline}", messages.SUCCESS)
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        return HttpResponseRedirect(reverse("admin:articles_article_trash"))

    def desk_view(self, request: HttpRequest) -> HttpResponse:
        return desk.desk_view(self, request)

    # --- bulk actions ----------------------------------------------------------------------

    def _each(self, request: HttpRequest, queryset: QuerySet[Article], verb: str, run: Any) -> None:
        done, failed = 0, 0
        for article in queryset.order_by("pk"):
            try:
                run(article)
            except workflow.WorkflowError as error:
                failed += 1
                self.message_user(request, f"“{article.headline}”: {error}", messages.ERROR)
            else:
                done += 1
                self.log_change(request, article, f"{verb.capitalize()} from the list.")
        if done:
            self.message_user(request, f"{verb.capitalize()} {done} article(s).", messages.SUCCESS)
        if failed:
            self.message_user(
                request, f"{failed} article(s) could not be {verb}; see above.", messages.WARNING
            )

    @admin.action(description="Publish selected articles now", permissions=["publish"])
    def publish_selected(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        self._each(
            request,
            queryset,
            "published",
            lambda article: workflow.publish(article, by=request.user),
        )

    @admin.action(description="Withdraw selected articles…", permissions=["publish"])
    def withdraw_selected(
        self, request: HttpRequest, queryset: QuerySet[Article]
    ) -> HttpResponse | None:
        form = BulkWithdrawForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            self._each(
                request,
                queryset,
                "withdrawn",
                lambda article: workflow.withdraw(article, by=request.user, reason=reason),
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Withdraw articles",
            "opts": self.model._meta,
            "articles": list(queryset),
            "form": form,
            "action": "withdraw_selected",
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/articles/article/withdraw_selected.html", context)

    @admin.action(description="Move selected articles to the trash", permissions=["delete"])
    def trash_selected(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        self._each(
            request,
            queryset,
            "moved to the trash",
            lambda article: workflow.trash(article, by=request.user),
        )


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "published_at"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    search_fields = ["text", "article__headline"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["article"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and request.user.has_perm(
            "articles.correct_article"
        )

    def get_fields(self, request: HttpRequest, obj: Correction | None = None) -> Any:
        # A new correction is public from the moment it is saved (`workflow.correct`).
        return ["article", "kind", "text", *(["published_at"] if obj is not None else [])]

    def get_readonly_fields(self, request: HttpRequest, obj: Correction | None = None) -> list[str]:
        # Part of that article's public record: it does not move to another one.
        return ["article"] if obj is not None else []

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "article":
            # What `workflow.correct` takes: published, outside the trash (and the user's own).
            articles = Article.objects.not_trashed().filter(status=Status.PUBLISHED)
            if not request.user.has_perm("articles.change_any_article"):
                articles = articles.filter(pk__in=Article.objects.owned_by(request.user))
            kwargs["queryset"] = articles
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Correction]:
        queryset = super().get_queryset(request).filter(article__deleted_at__isnull=True)
        if not request.user.has_perm("articles.change_any_article"):
            owned = Article.objects.owned_by(request.user).values("pk")
            queryset = queryset.filter(article__in=owned)
        return queryset

    # Once committed, the article's page, the corrections page and the feeds that show the
    # correction are purged on every app server (`articles.cache`).
    def save_model(self, request: HttpRequest, obj: Correction, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            _purge_articles_on_commit([obj.article_id])
            return
        # A new correction is the workflow's: the article's "Updated" time, the audit trail and
        # the purges come with it.
        made = workflow.correct(obj.article, by=request.user, kind=obj.kind, text=obj.text)
        obj.pk, obj.created_by, obj.published_at = made.pk, made.created_by, made.published_at
        obj._state.adding = False

    def delete_model(self, request: HttpRequest, obj: Correction) -> None:
        super().delete_model(request, obj)
        _purge_articles_on_commit([obj.article_id])

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Correction]) -> None:
        article_ids = list(queryset.values_list("article_id", flat=True).distinct())
        super().delete_queryset(request, queryset)  # the "delete selected" action
        _purge_articles_on_commit(article_ids)


def _purge_articles_on_commit(article_ids: list[int]) -> None:
    """Purge the pages of these articles, if live, once the change is committed."""

    def purge() -> None:
        for article in Article.objects.live().filter(pk__in=article_ids):
            cache.purge_article(article, membership=False)

    transaction.on_commit(purge)


@admin.register(FrontPagePlacement)
class FrontPagePlacementAdmin(admin.ModelAdmin):
    list_display = ["article", "language", "slot", "position"]
    list_editable = ["slot", "position"]
    list_filter = ["language", "slot"]
    list_select_related = ["article"]
    autocomplete_fields = ["article"]

    # The front pages are purged once a placement change is committed; "save" on the list's
    # editable slots and positions comes through `save_model` too.
    def save_model(
        self, request: HttpRequest, obj: FrontPagePlacement, form: Any, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        transaction.on_commit(cache.purge_front)

    def delete_model(self, request: HttpRequest, obj: FrontPagePlacement) -> None:
        super().delete_model(request, obj)
        transaction.on_commit(cache.purge_front)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[FrontPagePlacement]) -> None:
        super().delete_queryset(request, queryset)
        transaction.on_commit(cache.purge_front)


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "article", "action", "from_status", "to_status", "actor"]
    list_filter = ["action", "to_status"]
    list_select_related = ["article", "actor"]
    search_fields = ["article__headline", "comment"]
    date_hierarchy = "created_at"

    def get_queryset(self, request: HttpRequest) -> QuerySet[WorkflowEvent]:
        queryset = super().get_queryset(request).filter(article__deleted_at__isnull=True)
        if not request.user.has_perm("articles.change_any_article"):
            owned = Article.objects.owned_by(request.user).values("pk")
            queryset = queryset.filter(article__in=owned)
        return queryset

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
