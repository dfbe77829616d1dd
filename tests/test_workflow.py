"""Every transition of the workflow module, its permission and source-status rules, the checklist,
the trash and the notifications."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from articles import workflow
from articles.models import Article, Byline, Status, WorkflowAction
from tests.conftest import make_user


@pytest.fixture
def draft(make_article, journalist):
    article = make_article(status=Status.DRAFT, created_by=journalist)
    return article


def _status(article: Article) -> str:
    return Article.objects.get(pk=article.pk).status


def test_journalist_submits_own_draft_and_an_event_is_recorded(draft, journalist):
    article = workflow.submit(draft, by=journalist, comment="Ready")
    assert article.status == Status.IN_REVIEW
    event = article.events.get()
    assert (event.actor, event.from_status, event.to_status, event.comment) == (
        journalist,
        Status.DRAFT,
        Status.IN_REVIEW,
        "Ready",
    )


def test_journalist_cannot_submit_someone_elses_draft(draft, other_journalist):
    with pytest.raises(workflow.PermissionDenied):
        workflow.submit(draft, by=other_journalist)
    assert _status(draft) == Status.DRAFT


def test_journalist_cannot_approve_or_publish(draft, journalist):
    workflow.submit(draft, by=journalist)
    with pytest.raises(workflow.PermissionDenied):
        workflow.approve(draft, by=journalist)
    with pytest.raises(workflow.PermissionDenied):
        workflow.publish(draft, by=journalist)
    assert _status(draft) == Status.IN_REVIEW


def test_request_changes_needs_a_comment(draft, journalist, editor):
    workflow.submit(draft, by=journalist)
    with pytest.raises(workflow.WorkflowError, match="comment is required"):
        workflow.request_changes(draft, by=editor, comment="  ")
    article = workflow.request_changes(draft, by=editor, comment="Cut the second paragraph.")
    assert article.status == Status.DRAFT
    assert article.events.first().action == WorkflowAction.REQUEST_CHANGES


def test_withdraw_needs_a_reason(make_article, editor):
    article = make_article()
    with pytest.raises(workflow.WorkflowError, match="reason is required"):
        workflow.withdraw(article, by=editor, reason="")
    assert _status(article) == Status.PUBLISHED
    workflow.withdraw(article, by=editor, reason="Legal")
    assert _status(article) == Status.WITHDRAWN


def test_illegal_transition_names_the_statuses_it_needs(draft, editor):
    with pytest.raises(workflow.WorkflowError) as error:
        workflow.publish(draft, by=editor)
    assert "draft" in str(error.value)
    assert "approved" in str(error.value)


def test_full_path_draft_to_published_to_withdrawn_to_draft(draft, journalist, editor):
    workflow.submit(draft, by=journalist)
    workflow.approve(draft, by=editor)
    article = workflow.publish(draft, by=editor)
    assert article.status == Status.PUBLISHED
    assert article.first_published_at is not None
    assert article.go_live_recorded_at is not None
    assert Article.objects.live().filter(pk=article.pk).exists()
    workflow.withdraw(article, by=editor, reason="Wrong photo")
    assert not Article.objects.live().filter(pk=article.pk).exists()
    article = workflow.restore(article, by=editor)
    assert article.status == Status.DRAFT
    actions = list(article.events.order_by("created_at", "pk").values_list("action", flat=True))
    assert actions == ["submit", "approve", "publish", "withdraw", "restore"]


def test_schedule_needs_a_future_time(make_article, editor):
    article = make_article(status=Status.APPROVED)
    with pytest.raises(workflow.WorkflowError, match="future"):
        workflow.schedule(article, by=editor, at=timezone.now() - timedelta(minutes=1))
    assert _status(article) == Status.APPROVED


def test_scheduled_article_is_published_but_not_live_until_its_minute(make_article, editor):
    article = make_article(status=Status.APPROVED)
    at = timezone.now() + timedelta(hours=2)
    article = workflow.schedule(article, by=editor, at=at)
    assert article.status == Status.PUBLISHED
    assert article.is_scheduled
    assert not Article.objects.live().filter(pk=article.pk).exists()
    assert Article.objects.live(at=at).filter(pk=article.pk).exists()
    assert article.go_live_recorded_at is None


def test_scheduled_article_can_be_rescheduled_but_a_live_one_cannot(make_article, editor):
    article = make_article(status=Status.APPROVED)
    workflow.schedule(article, by=editor, at=timezone.now() + timedelta(hours=2))
    later = timezone.now() + timedelta(hours=5)
    assert workflow.schedule(article, by=editor, at=later).published_at == later
    live = make_article()
    with pytest.raises(workflow.WorkflowError, match="already live"):
        workflow.schedule(live, by=editor, at=later)


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"headline": ""}, "a headline"),
        ({"standfirst": ""}, "a standfirst"),
        ({"section": None}, "a section"),
        ({"hero_image": None}, "a hero image"),
    ],
)
def test_publish_is_refused_with_the_checklist(make_article, editor, change, missing):
    article = make_article(status=Status.APPROVED, **change)
    with pytest.raises(workflow.ChecklistError) as error:
        workflow.publish(article, by=editor)
    assert missing in error.value.missing
    assert _status(article) == Status.APPROVED


def test_publish_needs_a_byline_and_alt_text_and_a_required_credit(make_article, editor, image):
    article = make_article(status=Status.APPROVED)
    Byline.objects.filter(article=article).delete()
    image.alt_text = ""
    image.creator = image.source = image.platform = ""
    image.copyright_notice = None
    image.is_credit_required = True
    image.save()
    with pytest.raises(workflow.ChecklistError) as error:
        workflow.schedule(article, by=editor, at=timezone.now() + timedelta(hours=1))
    assert "at least one byline" in error.value.missing
    assert "alt text on the hero image" in error.value.missing
    assert any("credit" in item for item in error.value.missing)


def test_trash_hides_and_untrash_restores_for_chief_editor(make_article, editor, chief_editor):
    article = make_article(status=Status.APPROVED)
    workflow.trash(article, by=editor)
    assert Article.objects.trashed().filter(pk=article.pk).exists()
    with pytest.raises(workflow.PermissionDenied):
        workflow.untrash(article, by=editor)
    workflow.untrash(article, by=chief_editor)
    assert Article.objects.not_trashed().filter(pk=article.pk).exists()


def test_only_chief_editors_trash_published_articles(make_article, editor, chief_editor):
    article = make_article()
    with pytest.raises(workflow.PermissionDenied):
        workflow.trash(article, by=editor)
    workflow.trash(article, by=chief_editor)
    assert not Article.objects.live().filter(pk=article.pk).exists()


def test_purge_only_from_the_trash_and_only_by_chief_editors(make_article, editor, chief_editor):
    article = make_article(status=Status.DRAFT)
    with pytest.raises(workflow.WorkflowError, match="trash"):
        workflow.purge(article, by=chief_editor)
    workflow.trash(article, by=editor)
    with pytest.raises(workflow.PermissionDenied):
        workflow.purge(article, by=editor)
    workflow.purge(article, by=chief_editor)
    assert not Article.objects.filter(pk=article.pk).exists()


def test_trashed_article_cannot_be_moved_through_the_workflow(make_article, editor):
    article = make_article(status=Status.APPROVED)
    workflow.trash(article, by=editor)
    with pytest.raises(workflow.WorkflowError, match="trash"):
        workflow.publish(article, by=editor)


def test_journalist_edits_own_draft_only_until_submitted(draft, journalist, other_journalist):
    assert workflow.can_edit(journalist, draft)
    assert not workflow.can_edit(other_journalist, draft)
    workflow.submit(draft, by=journalist)
    draft.refresh_from_db()
    assert not workflow.can_edit(journalist, draft)


def test_allowed_transitions_follow_role_and_status(draft, journalist, editor):
    assert workflow.allowed_transitions(journalist, draft) == ["submit"]
    workflow.submit(draft, by=journalist)
    draft.refresh_from_db()
    assert workflow.allowed_transitions(journalist, draft) == []
    assert workflow.allowed_transitions(editor, draft) == ["request_changes", "approve"]


def test_edit_conflict_names_who_saved_and_the_version(draft, editor):
    Article.objects.filter(pk=draft.pk).update(version=3, modified_by=editor)
    with pytest.raises(workflow.EditConflict) as error:
        workflow.check_version(draft, 2)
    assert "eddie" in str(error.value)
    assert "version 2" in str(error.value)
    assert workflow.check_version(draft, 3).version == 3


class TestNotifications:
    def test_editors_are_emailed_when_an_article_is_submitted(
        self, draft, journalist, django_capture_on_commit_callbacks
    ):
        make_user("ed2", "Editor", email="ed2@example.org")
        make_user("journo2", "Journalist", email="j2@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submit(draft, by=journalist)
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["ed2@example.org"]
        assert draft.headline in mail.outbox[0].subject

    def test_authors_are_emailed_when_changes_are_requested_and_when_published(
        self, draft, journalist, editor, django_capture_on_commit_callbacks
    ):
        journalist.email = "jane@example.org"
        journalist.save()
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submit(draft, by=journalist)
            workflow.request_changes(draft, by=editor, comment="Source the quote.")
        assert mail.outbox[-1].to == ["jane@example.org"]
        assert "Source the quote." in mail.outbox[-1].body
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submit(draft, by=journalist)
            workflow.approve(draft, by=editor)
            workflow.publish(draft, by=editor)
        assert mail.outbox[-1].subject.startswith("Published:")
        assert mail.outbox[-1].to == ["jane@example.org"]

    def test_nothing_is_sent_when_the_transition_rolls_back(
        self, make_article, editor, django_capture_on_commit_callbacks
    ):
        article = make_article(status=Status.APPROVED, standfirst="")
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(workflow.ChecklistError),
        ):
            workflow.publish(article, by=editor)
        assert mail.outbox == []

    def test_a_failing_mail_server_does_not_undo_the_transition(
        self, draft, journalist, settings, django_capture_on_commit_callbacks
    ):
        make_user("ed3", "Editor", email="ed3@example.org")
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = 9  # discard: nothing listens
        settings.EMAIL_TIMEOUT = 1
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submit(draft, by=journalist)
        assert _status(draft) == Status.IN_REVIEW
