"""Readers' pages in a real browser: accessibility (axe-core), layout at phone and desktop widths."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from articles import workflow
from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import (
    Article,
    Author,
    Byline,
    CopyrightNotice,
    FrontPagePlacement,
    Section,
    Status,
)

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WIDTHS = (375, 1280)

STORIES = [
    (
        "politics",
        "en",
        "Analysis",
        "Parliament passes the rail package after an all-night sitting",
        "A narrow majority backs the plan, which opens domestic lines to competition by 2030.",
    ),
    (
        "politics",
        "en",
        "",
        "Coalition talks resume as deadline nears",
        "Negotiators meet again on Monday with the budget still unresolved.",
    ),
    (
        "economy",
        "en",
        "Markets",
        "Energy prices fall for a third month",
        "Wholesale gas is at its lowest since 2021, but bills lag behind.",
    ),
    (
        "economy",
        "en",
        "",
        "Small businesses wait for the promised tax relief",
        "The measure was announced in spring; the decree is still unsigned.",
    ),
    (
        "culture",
        "en",
        "Review",
        "A quiet triumph at the Strasbourg festival",
        "The opening film, shot over three winters, is patient and precise.",
    ),
    (
        "world",
        "en",
        "",
        "Ministers agree on a common asylum procedure",
        "The compromise leaves the hardest questions for the next presidency.",
    ),
    (
        "politics",
        "fr",
        "Analyse",
        "Le Parlement adopte le paquet ferroviaire après une nuit de débats",
        "Une courte majorité soutient le texte, qui ouvre les lignes intérieures à la concurrence.",
    ),
    (
        "economy",
        "fr",
        "",
        "Les prix de l’énergie baissent pour le troisième mois",
        "Le gaz de gros est au plus bas depuis 2021, mais les factures tardent à suivre.",
    ),
]

BODY = (
    "<p>The vote came shortly after two in the morning, when the last amendments had been "
    "dealt with and a tired chamber finally turned to the text as a whole.</p>"
    "<h2>What changes</h2><p>Operators will be able to bid for regional lines from 2027, and "
    "for the main intercity routes three years later.</p>"
    "<blockquote><p>“This is the most important reform of the railways in a generation.”</p>"
    "</blockquote><p>Unions have called a day of action for next week.</p>"
)


@pytest.fixture
def newsroom(db: Any, editor: Any) -> dict[str, Any]:
    notice = CopyrightNotice.objects.create(
        holder="Impact European", first_year=2023, is_site_default=True
    )
    sections = {
        slug: Section.objects.create(name=name, name_fr=name_fr, slug=slug, position=n)
        for n, (slug, name, name_fr) in enumerate(
            [
                ("politics", "Politics", "Politique"),
                ("economy", "Economy", "Économie"),
                ("world", "World", "Monde"),
                ("culture", "Culture", "Culture"),
            ]
        )
    }
    portrait = create_image(
        data=draw_picture(("#c9b79c", "#5b4636"), "grid", seed="portrait", size=(400, 400)),
        filename="portrait.jpg",
        alt_text="Portrait of Claire Martin",
        creator="Studio Nord",
    )
    claire = Author.objects.create(
        display_name="Claire Martin",
        slug="claire-martin",
        job_title="Parliament correspondent",
        job_title_fr="Correspondante au Parlement",
        bio="Claire has covered the European Parliament since 2015.",
        bio_fr="Claire couvre le Parlement européen depuis 2015.",
        photo=portrait,
    )
    paul = Author.objects.create(
        display_name="Paul Roux", slug="paul-roux", job_title="Photographer"
    )
    palettes = [
        ("#2f5d8a", "#0f2233"),
        ("#8a5a2f", "#2b1a0c"),
        ("#3f7a4f", "#10261a"),
        ("#6b3f7a", "#1f1026"),
    ]
    articles: dict[str, Article] = {}
    for n, (section, language, kicker, headline, standfirst) in enumerate(STORIES):
        image = create_image(
            data=draw_picture(
                palettes[n % 4], ("skyline", "waves", "grid")[n % 3], seed=str(n), size=(1200, 675)
            ),
            filename=f"{n}.jpg",
            alt_text=f"Illustration for “{headline}”",
            default_caption="Members of Parliament during the night session.",
            source="Élysée",
            platform="YouTube",
            capture_kind="image_capture",
            copyright_notice=notice,
        )
        article = Article.objects.create(
            headline=headline,
            slug=f"story-{n}",
            kicker=kicker,
            standfirst=standfirst,
            body=BODY,
            language=language,
            section=sections[section],
            hero_image=image,
            status=Status.PUBLISHED,
            published_at=timezone.now() - timedelta(hours=n * 5 + 1),
            first_published_at=timezone.now() - timedelta(hours=n * 5 + 1),
        )
        Byline.objects.create(article=article, author=claire, position=0)
        if n % 2 == 0:
            Byline.objects.create(article=article, author=paul, role="photos", position=1)
        article.tags.add("Rail" if section == "politics" else "Energy", "Europe")
        articles[f"{language}-{n}"] = article
    english, french = articles["en-0"], articles["fr-6"]
    french.translation = english
    french.save()
    workflow.correct(
        english,
        by=editor,
        kind="correction",
        text="An earlier version gave the wrong time of the vote.",
    )
    FrontPagePlacement.objects.create(article=english, slot="lead")
    return {"english": english, "french": french}


def pages(newsroom: dict[str, Any]) -> dict[str, str]:
    return {
        "front": "/",
        "article-en": newsroom["english"].get_absolute_url(),
        "article-fr": newsroom["french"].get_absolute_url(),
        "section": "/politics/",
        "author": "/authors/claire-martin/",
        "search": "/search/?q=rail",
    }


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_or_critical_violations(browser, live_server, newsroom):
    # The site's CSP rightly refuses inline scripts; the test context lets axe in.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = {}
    for name, path in pages(newsroom).items():
        page.goto(f"{live_server.url}{path}")
        violations = axe_violations(page)
        if violations:
            found[name] = [(v["id"], v["nodes"][0]["target"]) for v in violations]
    context.close()
    assert found == {}, json.dumps(found, indent=1)


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_fit_the_screen_at_phone_and_desktop_widths(
    page, live_server, newsroom, width, tmp_path
):
    target = Path(os.environ.get("NEWSROOM_SCREENSHOT_DIR", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in pages(newsroom).items():
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        page.screenshot(path=str(target / f"{name}-{width}.png"), full_page=True)
        assert (target / f"{name}-{width}.png").stat().st_size > 0


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, live_server, newsroom):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.bounding_box()["x"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_french_article_reads_in_french(page, live_server, newsroom):
    page.goto(f"{live_server.url}{newsroom['french'].get_absolute_url()}")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_text("À propos de l’auteur").first.is_visible()
    page.get_by_role("link", name="Read this article in English").click()
    assert page.locator("html").get_attribute("lang") == "en"
