"""The article admin: the workflow panel and buttons, bulk actions, ownership, edit conflicts,
revisions, the trash, share links and the publication desk."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.models import Article, ArticleRevision, Author, ShareLink, Status
from tests.forms import admin_form

CHANGE = "admin:articles_article_change"


def change_url(article: Article) -> str:
    return reverse(CHANGE, args=[article.pk])


def transition_url(article: Article, name: str) -> str:
    return reverse("admin:articles_article_transition", args=[article.pk, name])


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


@pytest.fixture
def draft(make_article, journalist):
    return make_article(status=Status.DRAFT, created_by=journalist)


def logged_in(client: Client, user) -> Client:
    client.force_login(user)
    return client


class TestChangeForm:
    def test_journalist_sees_status_checklist_and_only_the_submit_button(
        self, client, draft, journalist
    ):
        page = logged_in(client, journalist).get(change_url(draft)).content.decode()
        assert 'data-status="draft"' in page
        assert "Before publishing" in page
        assert 'value="Submit for review"' in page
        for label in ("Request changes", "Approve", "Publish now", "Schedule…", "Withdraw"):
            assert f'value="{label}"' not in page

    def test_editor_sees_review_buttons_for_an_article_in_review(
        self, client, draft, journalist, editor
    ):
        workflow.submit(draft, by=journalist, comment="Over to you")
        page = logged_in(client, editor).get(change_url(draft)).content.decode()
        assert 'value="Request changes"' in page
        assert 'value="Approve"' in page
        assert 'value="Publish now"' not in page
        assert "Submitted for review" in page  # the history
        assert "Over to you" in page

    def test_scheduled_time_is_shown_with_the_zone(self, client, make_article, editor):
        article = make_article(status=Status.APPROVED)
        workflow.schedule(article, by=editor, at=timezone.now() + timedelta(hours=3, minutes=5))
        page = logged_in(client, editor).get(change_url(article)).content.decode()
        assert "Paris time" in page
        assert "in 3 h" in page
        assert "Scheduled" in page

    def test_checklist_shows_what_is_missing_before_pressing_publish(
        self, client, make_article, editor
    ):
        article = make_article(status=Status.APPROVED, standfirst="")
        page = logged_in(client, editor).get(change_url(article)).content.decode()
        assert '<li class="missing">A standfirst</li>' in page

    def test_view_on_site_is_offered_only_for_live_articles(self, client, make_article, editor):
        logged_in(client, editor)
        live, draft = make_article(), make_article(status=Status.DRAFT)
        assert live.get_absolute_url() in client.get(change_url(live)).content.decode()
        page = client.get(change_url(draft)).content.decode()
        assert "View on site" not in page
        assert reverse("articles:preview", args=[draft.pk]) in page

    def test_status_in_a_crafted_post_is_ignored(self, client, draft, journalist):
        logged_in(client, journalist)
        data = admin_form(client.get(change_url(draft)))
        data.update(status="published", published_at="2020-01-01 00:00", headline="New headline")
        response = client.post(change_url(draft), data)
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.headline == "New headline"
        assert draft.status == Status.DRAFT
        assert draft.published_at is None

    def test_expiry_typed_in_a_repeated_hour_is_refused_naming_the_choices(
        self, client, draft, editor
    ):
        logged_in(client, editor)
        data = admin_form(client.get(change_url(draft)))
        data["expires_at"] = "2030-10-27 02:30"
        response = client.post(change_url(draft), data)
        assert response.status_code == 200
        assert "+02:00" in response.content.decode()
        assert "+01:00" in response.content.decode()
        draft.refresh_from_db()
        assert draft.expires_at is None


class TestTransitionButtons:
    def test_button_posts_call_the_workflow_and_log_to_admin_history(
        self, client, draft, journalist
    ):
        response = logged_in(client, journalist).post(
            transition_url(draft, "submit"), {"comment": "Ready"}, follow=True
        )
        assert "Submit for review" in " ".join(messages_of(response))
        draft.refresh_from_db()
        assert draft.status == Status.IN_REVIEW
        assert LogEntry.objects.filter(object_id=str(draft.pk)).exists()

    def test_button_needs_a_csrf_token(self, draft, journalist):
        client = Client(enforce_csrf_checks=True)
        client.force_login(journalist)
        assert client.post(transition_url(draft, "submit")).status_code == 403
        draft.refresh_from_db()
        assert draft.status == Status.DRAFT

    def test_button_url_refuses_get(self, client, draft, journalist):
        assert logged_in(client, journalist).get(transition_url(draft, "submit")).status_code == 405

    def test_illegal_transition_is_a_message_not_an_error_page(self, client, draft, editor):
        response = logged_in(client, editor).post(transition_url(draft, "publish"), follow=True)
        assert response.status_code == 200
        assert any("approved" in m for m in messages_of(response))
        draft.refresh_from_db()
        assert draft.status == Status.DRAFT

    def test_request_changes_without_a_comment_is_refused(self, client, draft, journalist, editor):
        workflow.submit(draft, by=journalist)
        response = logged_in(client, editor).post(
            transition_url(draft, "request_changes"), {"comment": ""}, follow=True
        )
        assert any("comment is required" in m for m in messages_of(response))
        draft.refresh_from_db()
        assert draft.status == Status.IN_REVIEW

    def test_schedule_form_reads_the_newsroom_zone(self, client, make_article, editor):
        article = make_article(status=Status.APPROVED)
        logged_in(client, editor).post(
            transition_url(article, "schedule"), {"publish_at": "2030-07-01 07:00"}
        )
        article.refresh_from_db()
        assert article.status == Status.PUBLISHED
        assert article.published_at.isoformat() == "2030-07-01T05:00:00+00:00"

    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("2030-03-31 02:30", "does not exist"),
            ("2030-10-27 02:30", "happens twice"),
            ("2150-01-01 07:00", "between 1900 and 2100"),
            ("2001-01-01 07:00", "has passed"),
        ],
    )
    def test_schedule_refuses_bad_times_with_a_message(
        self, client, make_article, editor, typed, expected
    ):
        article = make_article(status=Status.APPROVED)
        response = logged_in(client, editor).post(
            transition_url(article, "schedule"), {"publish_at": typed}, follow=True
        )
        assert response.status_code == 200
        assert any(expected in m for m in messages_of(response))
        article.refresh_from_db()
        assert article.status == Status.APPROVED

    def test_journalist_cannot_press_buttons_on_someone_elses_article(
        self, client, draft, other_journalist
    ):
        response = logged_in(client, other_journalist).post(transition_url(draft, "submit"))
        assert response.status_code == 404
        draft.refresh_from_db()
        assert draft.status == Status.DRAFT


class TestBulkActions:
    def test_bulk_publish_publishes_each_and_reports_each_failure(
        self, client, make_article, editor
    ):
        ready = make_article(status=Status.APPROVED, headline="Ready one")
        unready = make_article(status=Status.APPROVED, headline="No standfirst", standfirst="")
        draft = make_article(status=Status.DRAFT, headline="Still a draft")
        response = logged_in(client, editor).post(
            reverse("admin:articles_article_changelist"),
            {"action": "publish_selected", "_selected_action": [ready.pk, unready.pk, draft.pk]},
            follow=True,
        )
        text = " ".join(messages_of(response))
        assert "Published 1 article(s)" in text
        assert "No standfirst" in text and "a standfirst" in text
        assert "Still a draft" in text
        assert Article.objects.get(pk=ready.pk).status == Status.PUBLISHED
        assert Article.objects.get(pk=unready.pk).status == Status.APPROVED

    def test_bulk_withdraw_asks_for_a_reason_then_withdraws_each(
        self, client, make_article, editor
    ):
        one, two = make_article(headline="One"), make_article(headline="Two")
        url = reverse("admin:articles_article_changelist")
        logged_in(client, editor)
        page = client.post(
            url, {"action": "withdraw_selected", "_selected_action": [one.pk, two.pk]}
        )
        assert page.status_code == 200
        assert "Reason" in page.content.decode()
        assert Article.objects.get(pk=one.pk).status == Status.PUBLISHED
        client.post(
            url,
            {
                "action": "withdraw_selected",
                "_selected_action": [one.pk, two.pk],
                "apply": "Withdraw",
                "reason": "Legal hold",
            },
        )
        assert set(Article.objects.values_list("status", flat=True)) == {Status.WITHDRAWN}
        assert one.events.first().comment == "Legal hold"

    def test_journalists_have_no_bulk_publish_or_django_delete(self, client, draft, journalist):
        page = logged_in(client, journalist).get(reverse("admin:articles_article_changelist"))
        form = page.context["action_form"]
        actions = dict(form.fields["action"].choices) if form is not None else {}
        assert "publish_selected" not in actions
        assert "delete_selected" not in actions

    def test_crafted_bulk_publish_by_a_journalist_changes_nothing(
        self, client, make_article, journalist
    ):
        article = make_article(status=Status.APPROVED, created_by=journalist)
        logged_in(client, journalist).post(
            reverse("admin:articles_article_changelist"),
            {"action": "publish_selected", "_selected_action": [article.pk], "select_across": "1"},
        )
        assert Article.objects.get(pk=article.pk).status == Status.APPROVED

    def test_bulk_trash_reports_what_an_editor_may_not_trash(self, client, make_article, editor):
        live = make_article(headline="Live story")
        draft = make_article(status=Status.DRAFT, headline="Old draft")
        response = logged_in(client, editor).post(
            reverse("admin:articles_article_changelist"),
            {"action": "trash_selected", "_selected_action": [live.pk, draft.pk]},
            follow=True,
        )
        assert any("Live story" in m for m in messages_of(response))
        assert Article.objects.trashed().filter(pk=draft.pk).exists()
        assert Article.objects.live().filter(pk=live.pk).exists()


class TestJournalistsSeeOnlyTheirOwn:
    def test_changelist_lists_only_own_articles(self, client, make_article, journalist):
        mine = make_article(status=Status.DRAFT, created_by=journalist, headline="Mine")
        make_article(status=Status.DRAFT, headline="Somebody else's scoop")
        page = logged_in(client, journalist).get(reverse("admin:articles_article_changelist"))
        assert mine.headline in page.content.decode()
        assert "Somebody else" not in page.content.decode()

    def test_a_byline_makes_an_article_ones_own(self, client, make_article, journalist):
        author = Author.objects.create(display_name="Jane Doe", slug="jane-doe", user=journalist)
        article = make_article(status=Status.DRAFT, authors=[author], headline="Co-written")
        page = logged_in(client, journalist).get(change_url(article))
        assert page.status_code == 200

    @pytest.mark.parametrize("view", ["change", "history", "delete"])
    def test_other_peoples_articles_are_not_found_by_url(
        self, client, make_article, journalist, view
    ):
        other = make_article(status=Status.DRAFT, headline="Somebody else's scoop")
        response = logged_in(client, journalist).get(
            reverse(f"admin:articles_article_{view}", args=[other.pk]), follow=True
        )
        assert "Somebody else" not in response.content.decode()

    def test_submitted_article_opens_read_only(self, client, draft, journalist):
        workflow.submit(draft, by=journalist)
        logged_in(client, journalist)
        page = client.get(change_url(draft))
        assert page.status_code == 200
        assert 'name="headline"' not in page.content.decode()
        response = client.post(change_url(draft), {"headline": "Sneaky"})
        assert response.status_code == 403
        draft.refresh_from_db()
        assert draft.headline != "Sneaky"

    def test_workflow_event_list_shows_only_own_articles(
        self, client, make_article, journalist, editor
    ):
        other = make_article(status=Status.APPROVED, headline="Somebody else's scoop")
        workflow.publish(other, by=editor)
        page = logged_in(client, journalist).get(reverse("admin:articles_workflowevent_changelist"))
        assert "Somebody else" not in page.content.decode()


class TestEditConflicts:
    def test_second_save_is_refused_naming_who_saved_and_keeping_the_text(
        self, draft, editor, chief_editor
    ):
        first, second = Client(), Client()
        first.force_login(editor)
        second.force_login(chief_editor)
        form_one = admin_form(first.get(change_url(draft)))
        form_two = admin_form(second.get(change_url(draft)))
        form_one["headline"] = "Editor's headline"
        assert first.post(change_url(draft), form_one).status_code == 302
        form_two["headline"] = "Chief's headline"
        form_two["standfirst"] = "A standfirst the chief rewrote with care."
        response = second.post(change_url(draft), form_two)
        assert response.status_code == 200
        page = response.content.decode()
        assert "eddie saved this article" in page
        assert "Paris time" in page
        assert "A standfirst the chief rewrote with care." in page  # shown back, not lost
        draft.refresh_from_db()
        assert draft.headline == "Editor's headline"
        # Saving again after seeing the conflict is a deliberate replacement.
        retry = admin_form(response)
        assert second.post(change_url(draft), retry).status_code == 302
        draft.refresh_from_db()
        assert draft.headline == "Chief's headline"
        assert draft.revisions.filter(data__headline="Editor's headline").exists()

    def test_a_transition_racing_a_save_is_not_undone_by_it(
        self, client, draft, journalist, monkeypatch
    ):
        from articles.admin.articles import ArticleAdmin

        logged_in(client, journalist)
        data = admin_form(client.get(change_url(draft)))
        data["headline"] = "Saved while being submitted"
        load = ArticleAdmin.get_object

        def load_then_submit(admin_self, request, object_id, from_field=None):
            loaded = load(admin_self, request, object_id, from_field)
            if request.method == "POST":  # another tab submits between load and save
                Article.objects.filter(pk=draft.pk).update(status=Status.IN_REVIEW)
            return loaded

        monkeypatch.setattr(ArticleAdmin, "get_object", load_then_submit)
        assert client.post(change_url(draft), data).status_code == 302
        draft.refresh_from_db()
        assert draft.headline == "Saved while being submitted"
        assert draft.status == Status.IN_REVIEW

    def test_a_post_without_the_version_is_refused(self, client, draft, editor):
        logged_in(client, editor)
        data = admin_form(client.get(change_url(draft)))
        data.pop("base_version")
        data["headline"] = "Blind overwrite"
        assert client.post(change_url(draft), data).status_code == 200
        draft.refresh_from_db()
        assert draft.headline != "Blind overwrite"


class TestRevisions:
    def _save(self, client, article, **changes):
        data = admin_form(client.get(change_url(article)))
        data.update(changes)
        response = client.post(change_url(article), data)
        assert response.status_code == 302, (
            response.context["errors"] if response.context else response
        )
        return response

    def test_each_save_records_text_bylines_and_tags(self, client, draft, editor):
        logged_in(client, editor)
        self._save(client, draft, headline="First take", tags="rail, europe")
        revision = ArticleRevision.objects.filter(article=draft).first()
        assert revision.data["headline"] == "First take"
        assert revision.data["tags"] == ["europe", "rail"]
        assert revision.data["bylines"][0]["author_name"] == "Claire Martin"
        assert revision.data["hero_image"] == draft.hero_image_id
        assert revision.version == 2

    def test_diff_of_two_revisions_shows_what_changed(self, client, draft, editor):
        logged_in(client, editor)
        self._save(client, draft, headline="First take")
        self._save(client, draft, headline="Second take")
        older, newer = ArticleRevision.objects.filter(article=draft).order_by("pk")
        page = client.get(
            reverse("admin:articles_article_revisions", args=[draft.pk]),
            {"a": older.pk, "b": newer.pk},
        ).content.decode()
        assert "- First take" in page
        assert "+ Second take" in page

    def test_restoring_a_revision_creates_a_new_one(self, client, draft, editor):
        logged_in(client, editor)
        self._save(client, draft, headline="First take", tags="rail")
        self._save(client, draft, headline="Second take", tags="")
        first = ArticleRevision.objects.filter(article=draft).order_by("pk").first()
        client.post(reverse("admin:articles_article_restore_revision", args=[draft.pk, first.pk]))
        draft.refresh_from_db()
        assert draft.headline == "First take"
        assert list(draft.tags.names()) == ["rail"]
        assert ArticleRevision.objects.filter(article=draft).count() == 3
        assert draft.events.first().action == "revert"

    def test_journalist_cannot_restore_once_submitted(self, client, draft, journalist):
        logged_in(client, journalist)
        self._save(client, draft, headline="First take")
        revision = draft.revisions.first()
        workflow.submit(draft, by=journalist)
        response = client.post(
            reverse("admin:articles_article_restore_revision", args=[draft.pk, revision.pk])
        )
        assert response.status_code == 403


class TestTrash:
    def test_delete_button_moves_to_the_trash(self, client, make_article, editor):
        article = make_article(status=Status.DRAFT)
        logged_in(client, editor).post(
            reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
        )
        assert Article.objects.trashed().filter(pk=article.pk).exists()

    def test_chief_editor_restores_and_purges_from_the_trash_page(
        self, client, make_article, chief_editor
    ):
        keep = make_article(headline="Keep me")
        drop = make_article(headline="Drop me")
        workflow.trash(keep, by=chief_editor)
        workflow.trash(drop, by=chief_editor)
        logged_in(client, chief_editor)
        page = client.get(reverse("admin:articles_article_trash")).content.decode()
        assert "Keep me" in page and "Drop me" in page
        client.post(reverse("admin:articles_article_untrash", args=[keep.pk]))
        client.post(reverse("admin:articles_article_purge", args=[drop.pk]))
        assert Article.objects.live().filter(pk=keep.pk).exists()
        assert not Article.objects.filter(pk=drop.pk).exists()

    def test_editors_do_not_reach_the_trash(self, client, make_article, editor, chief_editor):
        article = make_article()
        workflow.trash(article, by=chief_editor)
        logged_in(client, editor)
        assert client.get(reverse("admin:articles_article_trash")).status_code == 403
        assert (
            client.post(reverse("admin:articles_article_purge", args=[article.pk])).status_code
            == 403
        )
        assert Article.objects.filter(pk=article.pk).exists()

    def test_trashed_articles_leave_the_changelist(self, client, make_article, chief_editor):
        article = make_article(headline="Binned story")
        workflow.trash(article, by=chief_editor)
        page = logged_in(client, chief_editor).get(reverse("admin:articles_article_changelist"))
        assert "Binned story" not in page.content.decode()


class TestShareLinksInTheAdmin:
    def test_editor_creates_and_revokes_a_share_link(self, client, draft, editor):
        logged_in(client, editor)
        response = client.post(
            reverse("admin:articles_article_share", args=[draft.pk]),
            {"lifetime": 86400},
            follow=True,
        )
        link = ShareLink.objects.get(article=draft)
        assert link.expires_at - timezone.now() <= timedelta(days=1)
        assert any("/preview/" in m for m in messages_of(response))
        client.post(reverse("admin:articles_article_revoke_share", args=[draft.pk, link.pk]))
        link.refresh_from_db()
        assert link.revoked_at is not None

    def test_lifetimes_beyond_seven_days_are_refused(self, client, draft, editor):
        logged_in(client, editor).post(
            reverse("admin:articles_article_share", args=[draft.pk]), {"lifetime": 8 * 86400}
        )
        assert not ShareLink.objects.exists()

    def test_journalists_cannot_share(self, client, draft, journalist):
        response = logged_in(client, journalist).post(
            reverse("admin:articles_article_share", args=[draft.pk]), {"lifetime": 3600}
        )
        assert response.status_code == 403
        assert not ShareLink.objects.exists()


class TestDesk:
    def test_desk_lists_go_lives_reviews_unrecorded_and_today(
        self, client, make_article, editor, journalist
    ):
        scheduled = make_article(status=Status.APPROVED, headline="Tomorrow story")
        workflow.schedule(scheduled, by=editor, at=timezone.now() + timedelta(hours=20))
        waiting = make_article(status=Status.DRAFT, headline="Waiting story", created_by=journalist)
        workflow.submit(waiting, by=journalist)
        make_article(
            headline="Unrecorded story", published_at=timezone.now() - timedelta(minutes=3)
        )
        expiring = make_article(headline="Expiring story")
        Article.objects.filter(pk=expiring.pk).update(
            expires_at=timezone.now() + timedelta(hours=5)
        )
        page = (
            logged_in(client, editor).get(reverse("admin:articles_article_desk")).content.decode()
        )
        go_lives = page.split('id="desk-go-lives"')[1].split("</section>")[0]
        assert "Tomorrow story" in go_lives and "Paris time" in go_lives
        assert "Waiting story" in page.split('id="desk-waiting"')[1].split("</section>")[0]
        assert "Unrecorded story" in page.split('id="desk-unrecorded"')[1].split("</section>")[0]
        assert "Expiring story" in page.split('id="desk-expiries"')[1].split("</section>")[0]

    def test_admin_home_links_the_desk_for_editors_only(self, client, editor, journalist):
        desk = reverse("admin:articles_article_desk")
        assert desk in logged_in(client, editor).get(reverse("admin:index")).content.decode()
        other = Client()
        other.force_login(journalist)
        assert desk not in other.get(reverse("admin:index")).content.decode()

    def test_journalists_cannot_open_the_desk(self, client, journalist):
        assert (
            logged_in(client, journalist).get(reverse("admin:articles_article_desk")).status_code
            == 403
        )


class TestEditorialNotes:
    def test_note_is_shown_with_its_author_and_never_on_public_pages(
        self, client, make_article, editor
    ):
        article = make_article(status=Status.DRAFT)
        logged_in(client, editor)
        data = admin_form(client.get(change_url(article)))
        data["notes-0-text"] = "Check the second quote with legal."
        assert client.post(change_url(article), data).status_code == 302
        note = article.notes.get()
        assert note.author == editor
        page = client.get(change_url(article)).content.decode()
        assert "Check the second quote with legal." in page
        assert "eddie" in page
        preview_page = client.get(reverse("articles:preview", args=[article.pk]))
        assert "Check the second quote" not in preview_page.content.decode()
        workflow.submit(article, by=editor)
        workflow.approve(article, by=editor)
        workflow.publish(article, by=editor)
        public = Client().get(Article.objects.get(pk=article.pk).get_absolute_url())
        assert public.status_code == 200
        assert "Check the second quote" not in public.content.decode()


def test_transitions_purge_the_public_pages_once_committed(
    make_article, editor, monkeypatch, django_capture_on_commit_callbacks
):
    from articles import cache

    purges: list[int] = []
    monkeypatch.setattr(cache, "purge_article", lambda article, **kw: purges.append(article.pk))
    article = make_article(status=Status.APPROVED)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        workflow.publish(article, by=editor)
    assert purges == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert purges == [article.pk]
