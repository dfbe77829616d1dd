from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles import cache as purges
from articles import workflow
from articles.models import Section, Status
from newsroom.pagecache import HEADER, LOCK_PREFIX, LOCK_SECONDS, PageCacheMiddleware, page_key
from tests import pagecache_urls

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(page_cache_on: None) -> None:
    pagecache_urls.calls.clear()


def test_second_anonymous_request_is_served_from_cache_without_sql(
    client: Any, make_article: Any, django_assert_num_queries: Any
) -> None:
    article = make_article(headline="Rail package passes")
    url = article.get_absolute_url()
    first = client.get(url)
    assert first[HEADER] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second[HEADER] == "HIT"
    assert second.content == first.content
    assert b"Rail package passes" in second.content


@pytest.mark.urls("tests.pagecache_urls")
def test_view_runs_once_for_repeated_anonymous_requests(client: Any) -> None:
    assert client.get("/test/plain/")[HEADER] == "MISS"
    assert client.get("/test/plain/")[HEADER] == "HIT"
    assert pagecache_urls.calls == {"plain": 1}


@pytest.mark.urls("tests.pagecache_urls")
def test_response_that_sets_a_cookie_is_never_stored(client: Any) -> None:
    client.get("/test/cookie/")
    response = client.get("/test/cookie/")
    assert HEADER not in response
    assert pagecache_urls.calls == {"sets_cookie": 2}


@pytest.mark.urls("tests.pagecache_urls")
def test_private_response_is_never_stored(client: Any) -> None:
    client.get("/test/private/")
    client.get("/test/private/")
    assert pagecache_urls.calls == {"private": 2}


@pytest.mark.urls("tests.pagecache_urls")
def test_preview_pages_are_never_cached(client: Any) -> None:
    client.get("/preview/abc/")
    response = client.get("/preview/abc/")
    assert HEADER not in response
    assert pagecache_urls.calls == {"preview": 2}


def test_admin_is_never_cached(client: Any) -> None:
    client.get("/admin/login/")
    assert HEADER not in client.get("/admin/login/")


def test_logged_in_staff_are_neither_served_nor_stored(
    client: Any, editor: Any, make_article: Any
) -> None:
    article = make_article()
    url = article.get_absolute_url()
    client.force_login(editor)
    staff_response = client.get(url)
    assert HEADER not in staff_response
    assert "Surrogate-Key" not in staff_response
    client.logout()
    assert client.get(url)[HEADER] == "MISS"
    client.force_login(editor)
    again = client.get(url)
    assert HEADER not in again
    assert "private" in again["Cache-Control"]


def test_reader_languages_get_separate_entries(client: Any, make_article: Any) -> None:
    make_article()
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")[HEADER] == "MISS"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")[HEADER] == "MISS"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")[HEADER] == "HIT"


def test_query_string_is_part_of_the_key(client: Any, section: Section, make_article: Any) -> None:
    make_article()
    client.get("/politics/")
    assert client.get("/politics/?page=2")[HEADER] == "MISS"
    assert client.get("/politics/")[HEADER] == "HIT"


def test_not_found_is_not_cached(client: Any) -> None:
    client.get("/no-such-section/")
    assert HEADER not in client.get("/no-such-section/")


# --- exact purges ------------------------------------------------------------------------------


def test_publishing_purges_front_section_and_author_pages(
    client: Any,
    editor: Any,
    author: Any,
    make_article: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    make_article(headline="Already out")
    pending = make_article(status=Status.APPROVED, headline="Fresh off the press", slug="fresh")
    urls = ["/", "/politics/", author.get_absolute_url()]
    for url in urls:
        client.get(url)
        assert b"Fresh off the press" not in client.get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(pending, by=editor)
    for url in urls:
        response = client.get(url)
        assert response[HEADER] == "MISS", url
        assert b"Fresh off the press" in response.content, url


def test_withdrawing_purges_the_article_and_every_page_that_links_to_it(
    client: Any,
    editor: Any,
    author: Any,
    make_article: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    article = make_article(headline="Soon withdrawn", slug="soon-withdrawn")
    urls = [article.get_absolute_url(), "/", "/politics/", author.get_absolute_url()]
    for url in urls:
        client.get(url)
        assert client.get(url)[HEADER] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        workflow.withdraw(article, by=editor, reason="Legal")
    assert client.get(urls[0]).status_code == 404
    for url in urls[1:]:
        assert b"Soon withdrawn" not in client.get(url).content, url


def test_correction_purges_the_article_page(
    client: Any, editor: Any, make_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article()
    url = article.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.correct(article, by=editor, kind="correction", text="The vote was on Tuesday.")
    response = client.get(url)
    assert response[HEADER] == "MISS"
    assert b"The vote was on Tuesday." in response.content


def test_purging_an_article_leaves_unrelated_listings_cached(
    client: Any, make_article: Any, image: Any
) -> None:
    culture = Section.objects.create(name="Culture", slug="culture")
    make_article(headline="Opera", slug="opera", section=culture)
    politics_story = make_article(headline="Vote", slug="vote")
    client.get("/culture/")
    client.get(politics_story.get_absolute_url())
    purges.purge_article(politics_story)
    assert client.get("/culture/")[HEADER] == "HIT"
    assert client.get(politics_story.get_absolute_url())[HEADER] == "MISS"


def test_edit_purges_the_page_under_its_old_slug(client: Any, make_article: Any) -> None:
    article = make_article(headline="First headline", slug="first")
    old_url = article.get_absolute_url()
    client.get(old_url)
    article.headline = "Second headline"
    article.slug = "second"
    article.save()
    purges.purge_article(article, old_slugs=["first"])
    assert client.get(old_url).status_code == 404
    assert b"Second headline" in client.get(article.get_absolute_url()).content


def test_site_chrome_purge_reaches_every_page(
    client: Any, make_article: Any, section: Section
) -> None:
    article = make_article()
    client.get("/")
    client.get(article.get_absolute_url())
    section.name = "World politics"
    section.save()
    purges.purge_site_chrome()
    assert b"World politics" in client.get("/").content
    assert client.get(article.get_absolute_url())[HEADER] == "MISS"


def test_surrogate_key_names_the_article_and_what_it_links_to(
    client: Any, make_article: Any
) -> None:
    article = make_article(slug="rail-vote")
    keys = client.get("/")["Surrogate-Key"].split()
    assert "front" in keys
    assert "site" in keys
    assert "article:rail-vote" in keys
    assert "article:rail-vote" in client.get(article.get_absolute_url())["Surrogate-Key"].split()


# --- time ---------------------------------------------------------------------------------------


def test_cached_page_never_outlives_the_next_scheduled_go_live(
    client: Any, make_article: Any
) -> None:
    now = timezone.now()
    make_article(headline="Already out")
    make_article(
        headline="Embargoed story", slug="embargoed", published_at=now + timedelta(minutes=3)
    )
    with time_machine.travel(now, tick=False):
        response = client.get("/")
        assert b"Embargoed story" not in response.content
        assert "s-maxage=180" in response["Cache-Control"]
        assert "stale-while-revalidate=0" in response["Cache-Control"]
    with time_machine.travel(now + timedelta(minutes=3, seconds=1), tick=False):
        response = client.get("/")
    assert b"Embargoed story" in response.content


def test_cached_page_never_outlives_the_next_expiry(client: Any, make_article: Any) -> None:
    now = timezone.now()
    make_article(headline="Short-lived", slug="short", expires_at=now + timedelta(minutes=2))
    with time_machine.travel(now, tick=False):
        assert b"Short-lived" in client.get("/").content
    with time_machine.travel(now + timedelta(minutes=2, seconds=1), tick=False):
        assert b"Short-lived" not in client.get("/").content


def test_cache_control_suits_a_cdn(client: Any, make_article: Any) -> None:
    make_article()
    control = client.get("/")["Cache-Control"]
    assert "public" in control
    assert "s-maxage=300" in control or "s-maxage=299" in control
    assert "stale-while-revalidate=60" in control


def test_next_change_lookup_is_cached_until_a_schedule_changes(
    make_article: Any, django_assert_num_queries: Any
) -> None:
    later = timezone.now() + timedelta(hours=2)
    make_article(slug="later", published_at=later)
    with django_assert_num_queries(4):  # go-live, expiry, hero rights, author photo rights
        assert purges.next_change() == later
    with django_assert_num_queries(0):
        assert purges.next_change() == later
    purges.purge_schedule()
    with django_assert_num_queries(4):
        purges.next_change()


def test_a_next_change_computed_before_a_schedule_change_is_not_kept(
    make_article: Any, monkeypatch: Any
) -> None:
    from articles.models import Article

    later = timezone.now() + timedelta(hours=2)
    make_article(slug="later", published_at=later)
    sooner = timezone.now() + timedelta(minutes=10)
    real = Article.objects.next_change_after

    def schedule_changes_meanwhile(at: Any = None) -> Any:
        found = real(at)  # read before the editor's change is committed...
        make_article(slug="sooner", published_at=sooner)
        purges.purge_schedule()  # ...which forgets the schedule
        return found

    monkeypatch.setattr(Article.objects, "next_change_after", schedule_changes_meanwhile)
    assert purges.next_change() == later  # this reader's own answer
    monkeypatch.setattr(Article.objects, "next_change_after", real)
    assert purges.next_change() == sooner  # not kept for the next one


def test_an_author_photo_losing_its_rights_bounds_cached_pages(author: Any, image: Any) -> None:
    ends = timezone.now() + timedelta(hours=1)
    image.rights_expire_at = ends
    image.save()
    author.photo = image
    author.save()
    purges.purge_schedule()
    assert purges.next_change() == ends


@pytest.mark.urls("tests.pagecache_urls")
def test_the_stale_window_ends_at_the_next_scheduled_change(
    client: Any, settings: Any, make_article: Any
) -> None:
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    settings.NEWSROOM_PAGE_CACHE_STALE_SECONDS = 600
    make_article(slug="at-noon", published_at=timezone.now() + timedelta(seconds=400))
    purges.purge_schedule()
    response = client.get("/test/plain/")
    assert response[HEADER] == "MISS"
    control = response["Cache-Control"]
    fresh = int(control.split("s-maxage=")[1].split(",")[0])
    stale = int(control.split("stale-while-revalidate=")[1])
    assert fresh <= 300 and fresh + stale <= 401  # nothing past the go-live


# --- conditional GET ----------------------------------------------------------------------------


def test_matching_etag_gets_304(client: Any, make_article: Any) -> None:
    article = make_article()
    url = article.get_absolute_url()
    etag = client.get(url)["ETag"]
    miss_again = client.get(url, headers={"If-None-Match": etag})
    assert miss_again.status_code == 304
    assert miss_again.content == b""


def test_if_modified_since_gets_304(client: Any, make_article: Any) -> None:
    make_article()
    last_modified = client.get("/")["Last-Modified"]
    assert client.get("/", headers={"If-Modified-Since": last_modified}).status_code == 304


def test_first_render_also_answers_304(client: Any, make_article: Any) -> None:
    make_article()
    etag = client.get("/")["ETag"]
    cache.clear()
    response = client.get("/", headers={"If-None-Match": etag})
    assert response[HEADER] == "MISS"
    assert response.status_code == 304


def test_stale_etag_gets_the_new_page(
    client: Any, make_article: Any, editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article()
    url = article.get_absolute_url()
    etag = client.get(url)["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        workflow.correct(article, by=editor, kind="update", text="Now with a vote count.")
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag


# --- no stampede --------------------------------------------------------------------------------


@pytest.mark.urls("tests.pagecache_urls")
def test_expired_hot_page_is_served_stale_while_another_worker_renders(
    client: Any, rf: Any
) -> None:
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        client.get("/test/plain/")
    key = page_key(rf.get("/test/plain/").META)
    with time_machine.travel(now + timedelta(seconds=330), tick=False):
        assert cache.add(purges.PREFIX + "lock:" + key, 1, LOCK_SECONDS)
        response = client.get("/test/plain/")
    assert response[HEADER] == "STALE"
    assert response.content == b"plain"
    assert pagecache_urls.calls == {"plain": 1}


@pytest.mark.urls("tests.pagecache_urls")
def test_first_request_after_expiry_renders_and_releases_the_lock(client: Any, rf: Any) -> None:
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        client.get("/test/plain/")
    key = page_key(rf.get("/test/plain/").META)
    with time_machine.travel(now + timedelta(seconds=330), tick=False):
        assert client.get("/test/plain/")[HEADER] == "MISS"
        assert cache.get(purges.PREFIX + "lock:" + key) is None
        assert client.get("/test/plain/")[HEADER] == "HIT"
    assert pagecache_urls.calls == {"plain": 2}


@pytest.mark.urls("tests.pagecache_urls")
def test_page_past_its_stale_window_is_rendered_again(client: Any) -> None:
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        client.get("/test/plain/")
    with time_machine.travel(now + timedelta(seconds=400), tick=False):
        assert client.get("/test/plain/")[HEADER] == "MISS"


def test_purged_page_is_never_served_stale(
    client: Any, make_article: Any, editor: Any, rf: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article(headline="Pulled", slug="pulled")
    client.get("/")
    assert cache.add(purges.PREFIX + "lock:" + page_key(rf.get("/").META), 1, LOCK_SECONDS)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.withdraw(article, by=editor, reason="Legal")
    assert b"Pulled" not in client.get("/").content


def test_withdrawn_article_is_never_served_while_another_worker_holds_the_lock(
    client: Any, make_article: Any, editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    article = make_article(headline="Pulled", slug="pulled")
    url = article.get_absolute_url()
    client.get(url)
    assert cache.add(LOCK_PREFIX + page_key(client.get(url).wsgi_request.META), 1, LOCK_SECONDS)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.withdraw(article, by=editor, reason="Legal")
    assert client.get(url).status_code == 404


def concurrent_gets(url: str, count: int) -> list[Any]:
    """`count` anonymous GETs of `url` started at the same moment, as from separate workers."""
    start = threading.Barrier(count)
    responses: list[Any] = [None] * count

    def get(index: int) -> None:
        start.wait()
        responses[index] = Client().get(url)

    threads = [threading.Thread(target=get, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


@pytest.fixture
def slow_page() -> Any:
    saved = dict(pagecache_urls.slow_page)
    yield pagecache_urls.slow_page
    pagecache_urls.slow_page.update(saved)


@pytest.mark.urls("tests.pagecache_urls")
def test_concurrent_requests_for_a_purged_page_render_it_once(
    client: Any, settings: Any, slow_page: dict[str, Any]
) -> None:
    settings.NEWSROOM_PAGE_CACHE_WAIT_SECONDS = 10
    assert client.get("/test/slow/").content == b"first edition"
    slow_page["content"] = "second edition"
    purges.purge([purges.SITE])
    responses = concurrent_gets("/test/slow/", 6)
    assert pagecache_urls.calls == {"slow": 2}
    assert [response.content for response in responses] == [b"second edition"] * 6
    assert sorted(response[HEADER] for response in responses) == ["HIT"] * 5 + ["MISS"]


@pytest.mark.urls("tests.pagecache_urls")
def test_concurrent_requests_for_a_missing_page_render_it_once(
    settings: Any, slow_page: dict[str, Any]
) -> None:
    settings.NEWSROOM_PAGE_CACHE_WAIT_SECONDS = 10
    responses = concurrent_gets("/test/slow/", 4)
    assert pagecache_urls.calls == {"slow": 1}
    assert [response.content for response in responses] == [b"first edition"] * 4


@pytest.mark.urls("tests.pagecache_urls")
def test_waiter_renders_itself_when_the_lock_holder_never_stores(
    client: Any, slow_page: dict[str, Any]
) -> None:
    slow_page["seconds"] = 0
    lock_key = LOCK_PREFIX + page_key(Client().get("/test/slow/").wsgi_request.META)
    purges.purge([purges.SITE])
    assert cache.add(lock_key, 1, LOCK_SECONDS)  # a worker that died while rendering
    response = client.get("/test/slow/")
    assert response[HEADER] == "MISS"
    assert response.content == b"first edition"
    assert pagecache_urls.calls["slow"] == 2
    assert cache.get(lock_key) == 1  # another worker's lock is left alone


@pytest.mark.urls("tests.pagecache_urls")
def test_waiter_stops_waiting_when_the_lock_is_released_without_a_page(
    client: Any, rf: Any, settings: Any, monkeypatch: Any
) -> None:
    from newsroom import pagecache

    settings.NEWSROOM_PAGE_CACHE_WAIT_SECONDS = 30
    lock_key = LOCK_PREFIX + page_key(rf.get("/test/private/").META)
    assert cache.add(lock_key, 1, LOCK_SECONDS)
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 2:
            cache.delete(lock_key)  # the other worker got a private page: nothing to wait for

    monkeypatch.setattr(pagecache.time, "sleep", nap)
    assert client.get("/test/private/").content == b"private"
    assert len(naps) == 2
    assert pagecache_urls.calls == {"private": 1}


def test_lock_is_released_when_the_render_raises(rf: Any) -> None:
    def failing_view(request: Any) -> Any:
        raise RuntimeError("template blew up")

    request = rf.get("/some/page/")
    with pytest.raises(RuntimeError):
        PageCacheMiddleware(failing_view)(request)
    assert cache.get(LOCK_PREFIX + page_key(request.META)) is None


def test_page_stored_by_another_process_is_checked_against_current_versions(
    client: Any, make_article: Any
) -> None:
    from newsroom import pagecache

    article = make_article(slug="elsewhere")
    url = article.get_absolute_url()
    client.get(url)
    pagecache._verified.clear()
    assert client.get(url)[HEADER] == "HIT"
    pagecache._verified.clear()
    purges.purge_article(article)
    assert client.get(url)[HEADER] == "MISS"


# --- the WSGI fast path -------------------------------------------------------------------------


class Inner:
    """Stands for Django's handler: records whether the fast path let the request through."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        self.calls += 1
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"rendered by Django"]


def wsgi_get(url: str, rf: Any, **extra: Any) -> tuple[Any, dict[str, str], bytes, Inner]:
    from newsroom.pagecache import PageCacheApplication

    inner = Inner()
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(PageCacheApplication(inner)(rf.get(url, **extra).environ, start_response))
    return seen.get("status"), seen.get("headers", {}), body, inner


def test_fresh_hit_is_answered_before_django_runs(client: Any, rf: Any, make_article: Any) -> None:
    article = make_article(headline="Fast path")
    url = article.get_absolute_url()
    stored = client.get(url)
    status, headers, body, inner = wsgi_get(url, rf)
    assert inner.calls == 0
    assert status == "200 OK"
    assert headers[HEADER] == "HIT"
    assert body == stored.content
    assert headers["ETag"] == stored["ETag"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_fast_path_lets_purged_pages_through(client: Any, rf: Any, make_article: Any) -> None:
    article = make_article()
    url = article.get_absolute_url()
    client.get(url)
    purges.purge_article(article)
    assert wsgi_get(url, rf)[3].calls == 1


def test_fast_path_lets_staff_through(client: Any, rf: Any, make_article: Any) -> None:
    article = make_article()
    url = article.get_absolute_url()
    client.get(url)
    assert wsgi_get(url, rf, HTTP_COOKIE="sessionid=abc")[3].calls == 1


def test_fast_path_answers_304_to_a_matching_etag(client: Any, rf: Any, make_article: Any) -> None:
    article = make_article()
    url = article.get_absolute_url()
    etag = client.get(url)["ETag"]
    status, _headers, body, inner = wsgi_get(url, rf, HTTP_IF_NONE_MATCH=etag)
    assert (status, body, inner.calls) == ("304 Not Modified", b"", 0)


def test_fast_path_lets_unknown_hosts_through_to_django(
    client: Any, rf: Any, make_article: Any
) -> None:
    article = make_article()
    client.get(article.get_absolute_url())
    assert wsgi_get(article.get_absolute_url(), rf, HTTP_HOST="evil.example")[3].calls == 1


@pytest.mark.urls("tests.pagecache_urls")
def test_fast_path_finds_pages_with_non_ascii_paths(client: Any, rf: Any) -> None:
    from newsroom.pagecache import PageCacheApplication

    assert client.get("/test/café/")[HEADER] == "MISS"
    environ = dict(rf.get("/").environ)
    environ["PATH_INFO"] = "/test/café/".encode().decode("iso-8859-1")  # as a WSGI server sends it
    inner = Inner()
    seen: list[str] = []
    body = PageCacheApplication(inner)(environ, lambda status, headers: seen.append(status))
    assert (seen, b"".join(body), inner.calls) == (["200 OK"], b"plain", 0)


def test_a_page_found_current_is_served_on_the_page_and_epoch_alone(
    client: Any, make_article: Any, monkeypatch: Any
) -> None:
    from newsroom import pagecache

    article = make_article(slug="two-keys")
    url = article.get_absolute_url()
    assert client.get(url)[HEADER] == "MISS"
    fetched = fetches_during(monkeypatch)
    assert client.get(url)[HEADER] == "HIT"
    assert [len(keys) for keys in fetched] == [2]  # the page and the epoch
    # Another process's copy, or an epoch the cache lost: every version is checked again.
    pagecache._verified.clear()
    fetched.clear()
    assert client.get(url)[HEADER] == "HIT"
    assert len(fetched) == 2 and any(purges.version_key("site") in keys for keys in fetched)
    cache.delete(purges.EPOCH_KEY)
    fetched.clear()
    assert client.get(url)[HEADER] == "HIT"
    assert len(fetched) == 2
    # A purge anywhere moves the epoch: the page is checked, found stale and rendered again.
    purges.purge_article(article)
    assert client.get(url)[HEADER] == "MISS"


# --- each worker's own copies of the pages it serves ---------------------------------------------


def fetches_during(monkeypatch: Any) -> list[list[str]]:
    from newsroom import pagecache

    fetched: list[list[str]] = []
    real_fetch = pagecache._fetch

    def counting_fetch(keys: list[str]) -> list[Any]:
        fetched.append(list(keys))
        return real_fetch(keys)

    monkeypatch.setattr(pagecache, "_fetch", counting_fetch)
    return fetched


def test_a_worker_serves_its_own_copy_after_checking_only_the_etag_and_epoch(
    client: Any, rf: Any, make_article: Any, monkeypatch: Any
) -> None:
    from newsroom import pagecache

    article = make_article(headline="Local copy")
    url = article.get_absolute_url()
    stored = client.get(url)
    first = wsgi_get(url, rf)  # fetched whole, then kept
    fetched = fetches_during(monkeypatch)
    status, headers, body, inner = wsgi_get(url, rf)
    assert (status, inner.calls, body) == ("200 OK", 0, stored.content)
    assert body == first[2] and headers["ETag"] == stored["ETag"]
    key = pagecache.page_key(rf.get(url).environ, {}, raw=True)
    assert key in pagecache._local
    assert fetched == [[pagecache.tag_key(key), purges.EPOCH_KEY]]


def test_a_worker_never_serves_its_copy_of_a_purged_or_replaced_page(
    client: Any, rf: Any, make_article: Any
) -> None:
    from newsroom import pagecache

    pagecache._local.clear()
    article = make_article(headline="Before the correction")
    url = article.get_absolute_url()
    client.get(url)
    wsgi_get(url, rf)
    assert pagecache._local
    purges.purge_article(article)
    assert wsgi_get(url, rf)[3].calls == 1  # purged: Django renders it
    # Another server stores a new copy (a new ETag): the kept copy is not served.
    type(article).objects.filter(pk=article.pk).update(headline="After the correction")
    renewed = client.get(url)
    assert renewed[HEADER] == "MISS"
    status, headers, body, inner = wsgi_get(url, rf)
    assert inner.calls == 0 and b"After the correction" in body
    assert headers["ETag"] == renewed["ETag"]


def test_kept_copies_stay_within_their_byte_budget(settings: Any) -> None:
    from newsroom import pagecache

    settings.NEWSROOM_PAGE_CACHE_LOCAL_BYTES = 10_000
    pagecache._local.clear()
    pagecache._local_bytes = 0
    entry = pagecache.Entry(
        status=200,
        headers=[],
        body=b"x" * 2_000,
        etag='"e"',
        last_modified=0,
        dependencies=[],
        version_keys=[],
        versions=[],
        fresh_until=0,
        stale_until=0,
        status_line="200 OK",
        hit_headers=[],
    )
    for n in range(20):
        pagecache._remember_local(f"page-{n}", entry)
    assert pagecache._local_bytes <= 10_000
    assert list(pagecache._local) == [f"page-{n}" for n in range(15, 20)]  # the newest
    pagecache._remember_local("too-big", entry._replace(body=b"x" * 5_000))
    assert "too-big" not in pagecache._local


def test_a_kept_copy_that_aged_is_replaced_by_the_shared_one(
    client: Any, rf: Any, make_article: Any
) -> None:
    from newsroom import pagecache

    article = make_article(slug="aging")
    url = article.get_absolute_url()
    client.get(url)
    wsgi_get(url, rf)
    key = pagecache.page_key(rf.get(url).environ, {}, raw=True)
    kept = pagecache._local[key]
    pagecache._local[key] = kept._replace(fresh_until=0)  # as if its five minutes had passed
    status, _headers, _body, inner = wsgi_get(url, rf)
    assert (status, inner.calls) == ("200 OK", 0)  # the shared copy, still fresh, answers
    assert pagecache._local[key].fresh_until == kept.fresh_until  # and is kept again
