"""The editorial journey in Chromium: write, submit, review, fix, resubmit, schedule, go live."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, Author, Status
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)

HEADLINE = "Night trains return to the Alps"


def pick(page: Any, select_id: str, text: str) -> None:
    """Choose `text` in one of the admin's autocomplete (select2) widgets."""
    page.locator(f"#{select_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def write_body(page: Any, text: str) -> None:
    """Type into the rich-text editor, or its plain textarea where the editor's script is off."""
    editor = page.locator(".prose-editor [contenteditable=true]")
    if editor.count():
        editor.first.click()
        page.keyboard.type(text)
    else:
        page.fill("#id_body", f"<p>{text}</p>")


def public_listings(section_slug: str) -> list[str]:
    """Every public listing the scheduled article must stay out of until its minute.

    The front page and its section always; the site and section feeds and the sitemaps where
    the project has them (they are looked up by URL name, so they join this journey as soon as
    they exist).
    """
    urls = ["/", f"/{section_slug}/"]
    for name, kwargs in [
        ("articles:feed", {}),
        ("articles:section_feed", {"slug": section_slug}),
        ("news_sitemap", {}),
    ]:
        try:
            urls.append(reverse(name, kwargs=kwargs))
        except NoReverseMatch:
            continue
    return urls


def listing_mentions(page: Any, live_server: Any, url: str, article: Article) -> bool:
    response = page.request.get(f"{live_server.url}{url}")
    assert response.status == 200, url
    text = response.text()
    return HEADLINE in text or article.get_absolute_url() in text


def test_article_travels_from_draft_to_scheduled_to_live(
    browser, live_server, journalist, editor, section, image, tmp_path
):
    Author.objects.create(display_name="Jane Doe", slug="jane-doe", user=journalist)
    journalist_page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    editor_page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    for tab in (journalist_page, editor_page):
        tab.set_default_timeout(20_000)

    # The journalist writes an article with a hero image and submits it.
    page = journalist_page
    login(page, live_server, "jane")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_headline", HEADLINE)
    page.fill("#id_standfirst", "Operators bet on sleepers.")
    write_body(page, "The first train leaves Vienna on Friday.")
    pick(page, "id_section", "Politics")
    pick(page, "id_hero_image", "parliament")
    pick(page, "id_bylines-0-author", "Jane Doe")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    expect(page.locator("#workflow .checklist")).not_to_contain_text("✗")
    page.fill("#id_submit_comment", "First draft, ready for a read.")
    page.click("input[value='Submit for review']")
    expect(page.locator(".messagelist")).to_contain_text("Submit for review")
    expect(page.locator("#workflow .status")).to_have_text("In review")
    article = Article.objects.get(headline=HEADLINE)
    page.screenshot(path=str(tmp_path / "1-submitted.png"), full_page=True)

    # The editor asks for changes.
    page = editor_page
    login(page, live_server, "eddie")
    change_url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    page.goto(change_url)
    expect(page.locator("#workflow")).to_contain_text("First draft, ready for a read.")
    page.fill("#id_request_changes_comment", "Say which operators, and when.")
    page.click("input[value='Request changes']")
    expect(page.locator("#workflow .status")).to_have_text("Draft")

    # The journalist sees the request, fixes the standfirst and resubmits.
    page = journalist_page
    page.goto(change_url)
    expect(page.locator("#workflow")).to_contain_text("Say which operators, and when.")
    page.fill("#id_standfirst", "ÖBB and SNCF bet on sleepers from Friday.")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.click("input[value='Submit for review']")
    expect(page.locator("#workflow .status")).to_have_text("In review")
    expect(page.locator("input[name=_continue]")).to_have_count(0)  # read-only once submitted

    # The editor approves and schedules it for a time typed in Paris time.
    page = editor_page
    page.goto(change_url)
    page.click("input[value='Approve']")
    expect(page.locator("#workflow .status")).to_have_text("Approved")
    go_live = (timezone.now() + timedelta(minutes=30)).replace(second=0, microsecond=0)
    local = timezone.localtime(go_live)
    page.fill("#id_schedule_publish_at", local.strftime("%Y-%m-%d %H:%M"))
    page.click("input[value='Schedule…']")
    expect(page.locator("#workflow .status")).to_have_text("Scheduled")
    expect(page.locator("#workflow .go-live")).to_contain_text("Paris time")
    expect(page.locator("#workflow .go-live")).to_contain_text("in 29 min")
    page.screenshot(path=str(tmp_path / "2-scheduled.png"), full_page=True)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert article.published_at == go_live

    # Before its minute the article is on no public page, and its own URL is a 404.
    listings = public_listings(section.slug)
    for url in listings:
        assert not listing_mentions(page, live_server, url, article), url
    assert page.request.get(f"{live_server.url}{article.get_absolute_url()}").status == 404

    # At its minute it is everywhere, with no job run.
    with time_machine.travel(go_live + timedelta(seconds=5)):
        for url in listings:
            assert listing_mentions(page, live_server, url, article), url
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        expect(page.locator("h1")).to_have_text(HEADLINE)
        expect(page.locator("body")).to_contain_text("ÖBB and SNCF bet on sleepers from Friday.")
        page.screenshot(path=str(tmp_path / "3-live.png"), full_page=True)
