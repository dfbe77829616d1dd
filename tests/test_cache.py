from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles import cache as purges
from articles import workflow
from articles.models import ArticleRedirect, Status

pytestmark = pytest.mark.django_db

purged_by_hook: list[list[str]] = []


def record_purge(names: list[str]) -> None:
    purged_by_hook.append(names)


def failing_hook(names: list[str]) -> None:
    raise ConnectionError("CDN unreachable")


def versions(*names: str) -> list[str]:
    return purges.current_versions(list(names))


def test_article_dependencies_cover_its_page_section_authors_tags_and_listings(
    make_article: Any,
) -> None:
    article = make_article(slug="rail-vote")
    article.tags.add("Transport", "Strasbourg")
    moment = timezone.localtime(article.published_at)
    names = purges.dependencies_of(article)
    assert {
        "article:rail-vote",
        "section:politics",
        "author:claire-martin",
        "tag:transport",
        "tag:strasbourg",
        f"archive:{moment.year:04d}-{moment.month:02d}",
        "front",
        "listings",
        "feeds",
        "sitemaps",
    } <= names
    assert "site" not in names


def test_article_dependencies_include_its_old_addresses(make_article: Any) -> None:
    article = make_article(slug="new-slug")
    ArticleRedirect.objects.create(article=article, path="/2024/05/26/old-slug/")
    assert "article:old-slug" in purges.dependencies_of(article)


def test_purge_changes_only_the_named_versions(make_article: Any) -> None:
    article = make_article(slug="rail-vote")
    before = versions("article:rail-vote", "section:politics", "section:culture", "site")
    purges.purge_article(article)
    after = versions("article:rail-vote", "section:politics", "section:culture", "site")
    assert after[0] != before[0]
    assert after[1] != before[1]
    assert after[2:] == before[2:]


def test_every_purge_moves_the_epoch_to_a_value_never_seen_before() -> None:
    seen = {purges.epoch()}
    for _ in range(20):
        purges.purge(["front"])
        assert purges.epoch() not in seen
        seen.add(purges.epoch())


def test_versions_are_created_once_and_stay_put() -> None:
    assert versions("tag:energy") == versions("tag:energy")
    assert all(versions("tag:a", "tag:b"))


def test_purge_public_pages_invalidates_the_site_key() -> None:
    before = versions("site")
    purges.purge_public_pages()
    assert versions("site") != before


def test_purge_site_chrome_forgets_the_navigation(section: Any) -> None:
    from newsroom.context_processors import SITE_CHROME_CACHE_KEY, site_chrome

    site_chrome()
    assert cache.get(SITE_CHROME_CACHE_KEY) is not None
    purges.purge_site_chrome()
    assert cache.get(SITE_CHROME_CACHE_KEY) is None


def test_a_process_holding_the_masthead_sees_a_section_change(
    section: Any, rf: Any, settings: Any
) -> None:
    from django.contrib.auth.models import AnonymousUser

    from newsroom.context_processors import site

    request = rf.get("/")
    request.user = AnonymousUser()
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics"]
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics"]  # held
    section.name = "Politics and power"
    section.save()
    purges.purge_site_chrome()  # what the admin does after saving a section
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics and power"]
    Section = type(section)
    Section.objects.create(name="Culture", name_fr="Culture", slug="culture", position=9)
    purges.purge_site_chrome()
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics and power", "Culture"]
    # Without change notices the stamp is read on every page, so a cache that lost it gives a
    # new one and nothing held is used.
    settings.NEWSROOM_CHANGE_NOTICES = False
    cache.clear()
    Section.objects.filter(slug="culture").update(name="Arts")  # no signal
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics and power", "Arts"]


def test_the_admin_purges_the_masthead_once_a_section_change_is_committed(
    section: Any, rf: Any, django_capture_on_commit_callbacks: Any, chief_editor: Any
) -> None:
    from django.contrib import admin as django_admin
    from django.contrib.auth.models import AnonymousUser

    from articles.admin.site import SectionAdmin
    from newsroom.context_processors import site

    request = rf.get("/")
    request.user = AnonymousUser()
    model_admin = SectionAdmin(type(section), django_admin.site)
    editing = rf.post("/admin/")
    editing.user = chief_editor
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics"]
    section.name = "Politics and power"
    with django_capture_on_commit_callbacks(execute=False) as committed:
        model_admin.save_model(editing, section, None, True)
        # Before the commit readers still see, and may store, the old masthead: not purged yet.
        assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics"]
    for callback in committed:
        callback()
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics and power"]
    with django_capture_on_commit_callbacks(execute=True):
        model_admin.delete_queryset(editing, type(section).objects.filter(pk=section.pk))
    assert site(request)["nav_sections"] == ()


def test_nothing_of_the_masthead_is_kept_while_the_cache_is_down(
    section: Any, rf: Any, monkeypatch: Any
) -> None:
    from django.contrib.auth.models import AnonymousUser

    from newsroom.context_processors import site

    request = rf.get("/")
    request.user = AnonymousUser()
    # What the resilient cache answers while Redis is unreachable: nothing, and stores nothing.
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "get_many", lambda *args, **kwargs: {})
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics"]
    type(section).objects.filter(pk=section.pk).update(name="Politics and power")
    assert [s["name"] for s in site(request)["nav_sections"]] == ["Politics and power"]


def test_purge_hooks_receive_the_purged_names(settings: Any, make_article: Any) -> None:
    settings.NEWSROOM_CACHE_PURGE_HOOKS = ["tests.test_cache.record_purge"]
    purged_by_hook.clear()
    article = make_article(slug="rail-vote")
    purges.purge_article(article)
    assert len(purged_by_hook) == 1
    assert "article:rail-vote" in purged_by_hook[0]


def test_failing_purge_hook_is_logged_not_raised(
    settings: Any, caplog: Any, make_article: Any
) -> None:
    settings.NEWSROOM_CACHE_PURGE_HOOKS = ["tests.test_cache.failing_hook"]
    article = make_article(slug="rail-vote")
    before = versions("article:rail-vote")
    purges.purge_article(article)
    assert versions("article:rail-vote") != before
    assert "Cache purge hook" in caplog.text


def test_purge_author_reaches_the_pages_with_the_author_box(make_article: Any, author: Any) -> None:
    make_article(slug="with-box")
    before = versions("article:with-box", "author:claire-martin")
    purges.purge_author(author)
    after = versions("article:with-box", "author:claire-martin")
    assert after[0] != before[0]
    assert after[1] != before[1]


def test_purge_image_reaches_the_articles_that_show_it(make_article: Any, image: Any) -> None:
    make_article(slug="pictured")
    before = versions("article:pictured")
    purges.purge_image(image)
    assert versions("article:pictured") != before


def test_scheduling_forgets_the_cached_next_change(
    make_article: Any, editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    assert purges.next_change() is None
    article = make_article(status=Status.APPROVED, slug="later")
    at = timezone.now() + timedelta(hours=3)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.schedule(article, by=editor, at=at)
    assert purges.next_change() == at


def test_draft_transitions_purge_nothing(
    make_article: Any, editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article(status=Status.IN_REVIEW, slug="in-review")
    before = purges.epoch()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve(article, by=editor)
    assert purges.epoch() == before


def test_publish_due_purges_what_went_live(make_article: Any) -> None:
    article = make_article(slug="due")
    article.go_live_recorded_at = None
    article.save()
    before = versions("article:due", "front")
    workflow.record_due_go_lives()
    after = versions("article:due", "front")
    assert after[0] != before[0]
    assert after[1] != before[1]


def test_editing_an_author_in_the_admin_purges_the_author_page(
    client: Any, superuser: Any, author: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(superuser)
    before = versions("author:claire-martin")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/articles/author/{author.pk}/change/",
            {
                "display_name": "Claire Martin",
                "slug": "claire-martin",
                "job_title": "Senior reporter",
                "job_title_fr": "",
                "bio": "",
                "bio_fr": "",
                "email": "",
                "website_url": "",
                "social_url": "",
            },
        )
    assert response.status_code == 302
    assert versions("author:claire-martin") != before


def test_a_masthead_read_before_a_change_and_stored_after_it_is_not_used(
    section: Any, monkeypatch: Any
) -> None:
    from articles.models import Section
    from newsroom import context_processors

    assert [s.name for s in context_processors.site_chrome()["sections"]] == ["Politics"]
    real_all = Section.objects.all
    cache.delete(context_processors.SITE_CHROME_CACHE_KEY)  # expired, here and in the process:
    context_processors._chrome_by_stamp.clear()
    context_processors._chrome_by_generation.clear()

    def renamed_meanwhile() -> Any:
        rows = list(real_all())  # read before the editor's change...
        Section.objects.filter(pk=section.pk).update(name="Politics and power")
        purges.purge_site_chrome()  # ...which the admin then announces
        return rows

    monkeypatch.setattr(Section.objects, "all", renamed_meanwhile)
    assert [s.name for s in context_processors.site_chrome()["sections"]] == ["Politics"]
    monkeypatch.setattr(Section.objects, "all", real_all)
    assert [s.name for s in context_processors.site_chrome()["sections"]] == ["Politics and power"]
