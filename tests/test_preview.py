"""Staff previews of any revision and share links for readers without a login."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles import preview, revisions, workflow
from articles.models import Article, Status


@pytest.fixture
def draft(make_article, journalist):
    return make_article(status=Status.DRAFT, created_by=journalist, headline="Secret budget leaked")


def assert_private(response) -> None:
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


class TestStaffPreview:
    def test_staff_preview_renders_the_public_article_template(self, client, draft, journalist):
        client.force_login(journalist)
        response = client.get(reverse("articles:preview", args=[draft.pk]))
        assert response.status_code == 200
        assert "articles/article_detail.html" in [t.name for t in response.templates]
        page = response.content.decode()
        assert "Secret budget leaked" in page
        assert "About the author" in page
        assert "not published" in page
        assert_private(response)

    def test_preview_of_an_old_revision_shows_its_text_and_bylines(self, client, draft, editor):
        old = revisions.record(draft, by=editor)
        Article.objects.filter(pk=draft.pk).update(headline="Rewritten headline")
        draft.bylines.all().delete()
        client.force_login(editor)
        page = client.get(
            reverse("articles:preview_revision", args=[draft.pk, old.pk])
        ).content.decode()
        assert "Secret budget leaked" in page
        assert "Rewritten headline" not in page
        assert "Claire Martin" in page
        assert f"revision {old.version}" in page

    def test_other_journalists_get_a_404(self, client, draft, other_journalist):
        client.force_login(other_journalist)
        response = client.get(reverse("articles:preview", args=[draft.pk]))
        assert response.status_code == 404
        assert "Secret budget" not in response.content.decode()

    def test_anonymous_visitors_are_sent_to_log_in(self, client, draft):
        response = client.get(reverse("articles:preview", args=[draft.pk]))
        assert response.status_code == 302
        assert "/login/" in response["Location"]

    def test_public_url_of_a_draft_is_a_404_even_for_staff(self, client, draft, editor):
        client.force_login(editor)
        assert client.get(draft.get_absolute_url()).status_code == 404


class TestShareLinks:
    def test_share_link_shows_a_scheduled_article_with_an_embargo_banner(
        self, client, make_article, editor
    ):
        article = make_article(status=Status.APPROVED, headline="Embargoed report")
        workflow.schedule(article, by=editor, at=timezone.now() + timedelta(hours=5))
        link = preview.create_share_link(
            article, by=editor, expires_at=timezone.now() + timedelta(days=1)
        )
        response = client.get(preview.share_url(link))
        assert response.status_code == 200
        page = response.content.decode()
        assert "Embargoed report" in page
        assert "Embargoed until" in page
        assert "Paris time" in page
        assert_private(response)

    def test_share_link_of_a_draft_works_without_a_login(self, client, draft, editor):
        link = preview.create_share_link(
            draft, by=editor, expires_at=timezone.now() + timedelta(hours=1)
        )
        assert "Secret budget leaked" in client.get(preview.share_url(link)).content.decode()

    def test_expired_link_is_a_404(self, client, draft, editor):
        link = preview.create_share_link(
            draft, by=editor, expires_at=timezone.now() + timedelta(hours=1)
        )
        with time_machine.travel(timezone.now() + timedelta(hours=1, seconds=1)):
            response = client.get(preview.share_url(link))
        assert response.status_code == 404
        assert "Secret budget" not in response.content.decode()

    def test_revoked_link_is_a_404(self, client, draft, editor):
        link = preview.create_share_link(
            draft, by=editor, expires_at=timezone.now() + timedelta(days=7)
        )
        url = preview.share_url(link)
        preview.revoke_share_link(link, by=editor)
        assert client.get(url).status_code == 404

    @pytest.mark.parametrize("tamper", ["swap", "truncate", "garbage"])
    def test_tampered_token_is_a_404(self, client, draft, editor, tamper):
        link = preview.create_share_link(
            draft, by=editor, expires_at=timezone.now() + timedelta(days=1)
        )
        token = preview.share_token(link)
        bad = {
            "swap": token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
            "truncate": token[:-5],
            "garbage": "not-a-token",
        }[tamper]
        response = client.get(reverse("articles:share_preview", kwargs={"token": bad}))
        assert response.status_code == 404

    def test_link_of_a_trashed_article_is_a_404(self, client, draft, editor):
        link = preview.create_share_link(
            draft, by=editor, expires_at=timezone.now() + timedelta(days=1)
        )
        workflow.trash(draft, by=editor)
        assert client.get(preview.share_url(link)).status_code == 404

    def test_expiry_is_at_most_seven_days(self, draft, editor):
        with pytest.raises(workflow.WorkflowError, match="7 days"):
            preview.create_share_link(
                draft, by=editor, expires_at=timezone.now() + timedelta(days=7, minutes=1)
            )

    def test_journalists_cannot_create_share_links(self, draft, journalist):
        with pytest.raises(workflow.PermissionDenied):
            preview.create_share_link(
                draft, by=journalist, expires_at=timezone.now() + timedelta(days=1)
            )
