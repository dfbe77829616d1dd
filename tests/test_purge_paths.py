"""Every way an editor changes what a cached public page shows purges that page.

Each test caches the public page as an anonymous reader would, makes the change the way an
editor does (through the admin, or the workflow), and reads the page again: it must be rendered
anew (`MISS`) and show the change.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles import cache as purges
from articles import workflow
from articles.models import Correction, FrontPagePlacement, Language, Status
from newsroom.pagecache import HEADER
from tests.forms import admin_form, form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def staff(chief_editor: Any) -> Client:
    desk = Client()
    desk.force_login(chief_editor)
    return desk


def cached(client: Client, url: str) -> bytes:
    """The page, read until it is served from the cache."""
    client.get(url)
    response = client.get(url)
    assert response[HEADER] == "HIT"
    return bytes(response.content)


def budget_vote(make_article: Any) -> Any:
    """A published article under the tag “Budget”, in the Politics section."""
    article = make_article(headline="Budget vote", slug="budget-vote")
    article.tags.add("Budget")
    return article


def correction_form(article: Any, text: str, at: Any = None) -> dict[str, Any]:
    """What the Corrections admin's form posts."""
    at = timezone.localtime(at)
    return {
        "article": article.pk,
        "kind": "correction",
        "text": text,
        "published_at_0": at.strftime("%Y-%m-%d"),
        "published_at_1": at.strftime("%H:%M:%S"),
    }


def fresh(client: Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    assert response[HEADER] == "MISS"
    return bytes(response.content)


def test_a_correction_edited_in_the_corrections_admin_is_shown_at_once(
    client: Client,
    staff: Client,
    make_article: Any,
    chief_editor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    article = make_article(headline="Budget vote", slug="budget-vote")
    correction = workflow.correct(
        article, by=chief_editor, kind="correction", text="The vote was on Monday."
    )
    url = article.get_absolute_url()
    assert b"The vote was on Monday." in cached(client, url)
    assert b"The vote was on Monday." in cached(client, "/corrections/")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            f"/admin/articles/correction/{correction.pk}/change/",
            correction_form(article, "The vote was on Tuesday.", correction.published_at),
        )
    assert response.status_code == 302, response.content
    assert b"The vote was on Tuesday." in fresh(client, url)
    assert b"The vote was on Tuesday." in fresh(client, "/corrections/")

    # Part of this article's public record: a posted article is not taken.
    other = make_article(headline="Another story", slug="another-story")
    staff.post(
        f"/admin/articles/correction/{correction.pk}/change/",
        correction_form(other, "The vote was on Tuesday.", correction.published_at),
    )
    correction.refresh_from_db()
    assert correction.article == article

    cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            "/admin/articles/correction/",
            {"action": "delete_selected", "_selected_action": [correction.pk], "post": "yes"},
        )
    assert response.status_code == 302
    assert not Correction.objects.exists()
    assert b"The vote was on Tuesday." not in fresh(client, url)


def test_a_front_page_placement_is_shown_at_once(
    client: Client, staff: Client, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    older = make_article(
        headline="The older story", slug="older", published_at=timezone.now() - timedelta(days=3)
    )
    make_article(headline="The newest story", slug="newest")
    front = cached(client, "/")
    assert front.index(b"The newest story") < front.index(b"The older story")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            "/admin/articles/frontpageplacement/add/",
            {"article": older.pk, "language": "en", "slot": "lead", "position": 0},
        )
    assert response.status_code == 302, response.content
    front = fresh(client, "/")
    assert front.index(b"The older story") < front.index(b"The newest story")

    cached(client, "/")
    placement = FrontPagePlacement.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/admin/articles/frontpageplacement/{placement.pk}/delete/", {"post": "yes"})
    assert not FrontPagePlacement.objects.exists()
    front = fresh(client, "/")
    assert front.index(b"The newest story") < front.index(b"The older story")


def test_publishing_a_translation_shows_its_link_on_the_original_page(
    client: Client, make_article: Any, chief_editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    original = make_article(headline="Rail package passes", slug="rail-package")
    french = make_article(
        status=Status.APPROVED,
        headline="Le paquet ferroviaire adopté",
        slug="paquet-ferroviaire",
        language=Language.FRENCH,
        translation=original,
    )
    url = original.get_absolute_url()
    assert b"paquet-ferroviaire" not in cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(french, by=chief_editor)
    assert b"paquet-ferroviaire" in fresh(client, url)


def test_renaming_a_tag_renames_it_on_the_pages_that_show_it(
    client: Client, staff: Client, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = budget_vote(make_article)
    tag = Tag.objects.get(name="Budget")
    url = article.get_absolute_url()
    assert b"/tags/budget/" in cached(client, url)
    assert b"Budget" in cached(client, "/tags/budget/")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            f"/admin/taggit/tag/{tag.pk}/change/",
            {"name": "Public finances", "slug": "public-finances"},  # no inline for editors
        )
    assert response.status_code == 302, response.content
    page = fresh(client, url)
    assert b"/tags/public-finances/" in page
    assert b"/tags/budget/" not in page
    assert client.get("/tags/budget/").status_code == 404

    cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/admin/taggit/tag/{tag.pk}/delete/", {"post": "yes"})
    assert b"/tags/public-finances/" not in fresh(client, url)


def test_a_tag_taken_off_an_article_in_the_tag_admin_leaves_its_page(
    client: Client, superuser: Any, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = budget_vote(make_article)
    tag = Tag.objects.get(name="Budget")
    url = article.get_absolute_url()
    assert b"/tags/budget/" in cached(client, url)
    admin = Client()
    admin.force_login(superuser)  # the tagged-items inline is for those with rights on them
    change = f"/admin/taggit/tag/{tag.pk}/change/"
    data = form_data(admin.get(change).content.decode(), "tag_form")
    assert data["taggit_taggeditem_items-INITIAL_FORMS"] == "1"
    data["taggit_taggeditem_items-0-DELETE"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.post(change, data).status_code == 302
    assert not article.tags.exists()
    assert b"/tags/budget/" not in fresh(client, url)


def test_tags_merged_in_the_tag_admin_are_shown_merged(
    client: Client, staff: Client, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    first = budget_vote(make_article)
    second = make_article(headline="Tax bill", slug="tax-bill")
    second.tags.add("Taxes")
    assert b"/tags/budget/" in cached(client, first.get_absolute_url())
    assert b"Budget vote" not in cached(client, "/tags/taxes/")
    session = staff.session
    session["selected_tag_ids"] = str(Tag.objects.get(name="Budget").pk)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        # Into an existing tag, its name typed with spaces (the form strips them).
        response = staff.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "  Taxes  "})
    assert response.status_code == 302
    assert set(first.tags.names()) == {"Taxes"}
    assert b"/tags/budget/" not in fresh(client, first.get_absolute_url())
    assert b"Budget vote" in fresh(client, "/tags/taxes/")


def test_a_new_article_joins_the_related_box_of_the_cached_pages_it_belongs_in(
    client: Client, make_article: Any, chief_editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = budget_vote(make_article)
    url = article.get_absolute_url()
    assert b"A second budget story" not in cached(client, url)

    newcomer = make_article(
        status=Status.APPROVED, headline="A second budget story", slug="second-budget"
    )
    newcomer.tags.add("Budget")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(newcomer, by=chief_editor)
    assert b"A second budget story" in fresh(client, url)


def test_the_section_is_a_dependency_only_while_its_latest_fill_the_related_box(
    client: Client, make_article: Any
) -> None:
    article = budget_vote(make_article)
    keys = client.get(article.get_absolute_url())["Surrogate-Key"].split()
    assert {"related:en:tag:budget", "related:en:section:politics"} <= set(keys)
    for number in range(4):
        make_article(slug=f"budget-{number}").tags.add("Budget")
    cache.clear()  # tags given outside the admin purge nothing
    keys = client.get(article.get_absolute_url())["Surrogate-Key"].split()
    assert "related:en:tag:budget" in keys
    assert "related:en:section:politics" not in keys  # four share a tag: no room for others


def test_an_edit_that_moves_an_article_reaches_the_related_boxes_it_may_join(
    staff: Client, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article(headline="Budget vote", slug="budget-vote")
    change = f"/admin/articles/article/{article.pk}/change/"
    before = purges.current_versions(["related:en:tag:transport", "article:budget-vote"])
    data = admin_form(staff.get(change))
    data.update(headline="Budget vote, amended")  # its place unchanged
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(change, data).status_code == 302
    after = purges.current_versions(["related:en:tag:transport", "article:budget-vote"])
    assert after[0] == before[0]
    assert after[1] != before[1]

    data = admin_form(staff.get(change))
    data.update(tags="Transport")  # now in the transport boxes
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(change, data).status_code == 302
    assert purges.current_versions(["related:en:tag:transport"])[0] != before[0]


def test_a_correction_leaves_the_related_boxes_it_is_not_in_alone(make_article: Any) -> None:
    """A correction changes no article's place: only the pages that link to it go."""
    article = budget_vote(make_article)
    joined = purges.dependencies_of(article)
    kept = purges.dependencies_of(article, membership=False)
    assert {"related:en:tag:budget", "related:en:section:politics"} <= joined
    assert not {name for name in kept if name.startswith("related:")}
    assert "article:budget-vote" in kept


@pytest.mark.urls("tests.pagecache_urls")
def test_a_page_rendered_across_a_go_live_is_not_kept_past_it(
    client: Client, make_article: Any
) -> None:
    """Begun before a go-live and stored after it, a page may not show what went live."""
    import time_machine

    from tests import pagecache_urls

    pagecache_urls.calls.clear()
    pagecache_urls.slow_page["seconds"] = 0.3
    go_live = timezone.now() + timedelta(hours=1)
    make_article(status=Status.PUBLISHED, slug="scheduled", published_at=go_live)
    assert purges.next_change() == go_live  # known, and kept in the shared cache
    with time_machine.travel(go_live - timedelta(seconds=0.1), tick=True):
        assert client.get("/test/slow/")[HEADER] == "MISS"  # stored, if at all, after it
        assert timezone.now() > go_live
        assert client.get("/test/slow/")[HEADER] == "MISS"
    assert pagecache_urls.calls == {"slow": 2}


def test_the_next_change_is_looked_up_from_when_the_rendering_began(make_article: Any) -> None:
    now = timezone.now()
    sooner, later = now + timedelta(minutes=5), now + timedelta(hours=2)
    make_article(status=Status.PUBLISHED, slug="sooner", published_at=sooner)
    make_article(status=Status.PUBLISHED, slug="later", published_at=later)
    import time_machine

    with time_machine.travel(sooner + timedelta(seconds=1), tick=False):
        assert purges.next_change() == later  # from now: kept in the shared cache
        # A rendering that began before the first go-live is not answered from that copy.
        assert purges.next_change(since=sooner - timedelta(seconds=1)) == sooner
        assert purges.next_change() == later


def test_a_purge_the_shared_cache_refuses_is_retried_by_the_task_worker(
    settings: Any, monkeypatch: Any, caplog: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from django.core.cache import cache
    from django_tasks_db.models import DBTaskResult

    from articles.tasks import retry_purge

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("the shared cache is unreachable")

    # The production backend (the tests run tasks at once): queued in the database.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    before = purges.current_versions(["article:budget-vote"])
    with monkeypatch.context() as patched:
        patched.setattr(cache, "set_many", refused)
        with django_capture_on_commit_callbacks(execute=True):
            purges.purge(["article:budget-vote"])
    assert purges.current_versions(["article:budget-vote"]) == before  # not taken
    assert "the task worker retries" in caplog.text
    queued = DBTaskResult.objects.get(task_path="articles.tasks.retry_purge")
    names, give_up_at, tokens = queued.args_kwargs["args"]
    assert (names, tokens) == (["article:budget-vote"], [])

    with monkeypatch.context() as patched:  # still down: queued again, a little later
        patched.setattr(cache, "set_many", refused)
        assert retry_purge.call(names, give_up_at, tokens) is False
    assert DBTaskResult.objects.filter(task_path="articles.tasks.retry_purge").count() == 2
    later = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert timezone.now() < later.run_after < timezone.now() + timedelta(minutes=1)

    assert retry_purge.call(names, give_up_at, tokens) is True  # back: the purge is taken
    assert purges.current_versions(["article:budget-vote"]) != before

    with monkeypatch.context() as patched:  # past the pages' lifetime: given up
        patched.setattr(cache, "set_many", refused)
        assert retry_purge.call(names, 0.0) is False
    assert "Gave up purging" in caplog.text
    assert DBTaskResult.objects.filter(task_path="articles.tasks.retry_purge").count() == 2


def test_a_correction_added_in_the_corrections_admin_goes_through_the_workflow(
    client: Client,
    staff: Client,
    make_article: Any,
    chief_editor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from articles.models import WorkflowAction, WorkflowEvent

    article = make_article(headline="Budget vote", slug="budget-vote")
    url = article.get_absolute_url()
    cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            "/admin/articles/correction/add/", correction_form(article, "The vote was on Tuesday.")
        )
    assert response.status_code == 302, response.content
    correction = Correction.objects.get()
    assert correction.created_by == chief_editor
    article.refresh_from_db()
    assert article.updated_at == correction.published_at  # "Updated" on the page
    event = WorkflowEvent.objects.get(article=article, action=WorkflowAction.CORRECT)
    assert event.actor == chief_editor
    assert b"The vote was on Tuesday." in fresh(client, url)

    assert (
        'name="published_at_0"' not in staff.get("/admin/articles/correction/add/").content.decode()
    )
    backdated = correction_form(article, "Back-dated.", timezone.now() - timedelta(days=30))
    with django_capture_on_commit_callbacks(execute=True):
        staff.post("/admin/articles/correction/add/", backdated)
    made = Correction.objects.get(text="Back-dated.")
    assert made.published_at > timezone.now() - timedelta(minutes=1)  # public when saved

    draft = make_article(status=Status.DRAFT, slug="a-draft")
    trashed = make_article(slug="in-the-trash", deleted_at=timezone.now())
    for refused in (draft, trashed):
        response = staff.post(
            "/admin/articles/correction/add/", correction_form(refused, "Too early.")
        )
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert Correction.objects.count() == 2


def test_only_those_who_may_correct_can_add_a_correction_in_the_admin(
    make_article: Any, journalist: Any
) -> None:
    desk = Client()
    desk.force_login(journalist)
    assert desk.get("/admin/articles/correction/add/").status_code == 403
