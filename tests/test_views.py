from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.text import slugify

from articles import workflow
from articles.models import Article, Author, Correction, FrontPagePlacement, Section, Status

pytestmark = pytest.mark.django_db


def test_front_page_shows_latest_live_articles_when_nothing_is_curated(client, make_article):
    older = make_article(headline="Older story", slug="older")
    newer = make_article(
        headline="Newer story", slug="newer", published_at=timezone.now() - timedelta(minutes=5)
    )
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["front"].lead == newer
    assert older in response.context["front"].top


def test_front_page_puts_curated_lead_and_top_stories_first_in_order(client, make_article):
    articles = [
        make_article(
            headline=f"Story {n}",
            slug=f"story-{n}",
            published_at=timezone.now() - timedelta(hours=n + 1),
        )
        for n in range(5)
    ]
    FrontPagePlacement.objects.create(article=articles[4], language="en", slot="lead")
    FrontPagePlacement.objects.create(article=articles[3], language="en", slot="top", position=0)
    FrontPagePlacement.objects.create(article=articles[2], language="en", slot="top", position=1)
    front = client.get("/").context["front"]
    assert front.lead == articles[4]
    assert front.top[:2] == [articles[3], articles[2]]


def test_front_page_never_shows_an_article_twice(client, make_article, section):
    other = Section.objects.create(name="Economy", slug="economy", position=2)
    for n in range(12):
        make_article(
            headline=f"Story {n}",
            slug=f"story-{n}",
            section=section if n % 2 else other,
            published_at=timezone.now() - timedelta(hours=n + 1),
        )
    FrontPagePlacement.objects.create(article=Article.objects.get(slug="story-7"), slot="lead")
    front = client.get("/").context["front"]
    shown = [front.lead, *front.top] + [a for _, items in front.sections for a in items]
    assert len(shown) == len({a.pk for a in shown})
    assert front.lead.slug == "story-7"


def test_curated_article_that_is_not_live_is_left_out(client, make_article):
    scheduled = make_article(
        headline="Embargoed", slug="embargoed", published_at=timezone.now() + timedelta(hours=2)
    )
    FrontPagePlacement.objects.create(article=scheduled, slot="lead")
    make_article(headline="Visible", slug="visible")
    response = client.get("/")
    assert b"Embargoed" not in response.content
    assert response.context["front"].lead.slug == "visible"


def test_front_page_follows_the_visitors_language(client, make_article):
    make_article(headline="English story", slug="english", language="en")
    make_article(headline="Histoire française", slug="francais", language="fr")
    client.cookies["django_language"] = "fr"
    response = client.get("/")
    assert "Histoire française" in response.content.decode()
    assert "English story" not in response.content.decode()
    assert '<html lang="fr">' in response.content.decode()


def test_language_link_sets_the_cookie_and_returns_to_a_local_page(client, db):
    response = client.get("/language/fr/?next=/politics/")
    assert response.status_code == 302
    assert response["Location"] == "/politics/"
    assert response.cookies["django_language"].value == "fr"
    outside = client.get("/language/fr/?next=https://evil.example/")
    assert outside["Location"] == "/"
    assert client.get("/language/de/").status_code == 404


def test_article_page_shows_everything_a_reader_expects(client, make_article, author, site_notice):
    photographer = Author.objects.create(display_name="Paul Roux", slug="paul-roux", bio="Shoots.")
    author.bio = "Claire covers Parliament."
    author.save()
    article = make_article(kicker="Analysis", authors=[author])
    article.bylines.create(author=photographer, role="photos", position=1)
    article.tags.add("Rail", "Parliament")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Analysis" in html
    assert "Parliament votes on the rail package" in html
    assert "A narrow majority backs the plan" in html
    assert "Image capture © Élysée / YouTube" in html
    assert "The parliament building in Strasbourg." in html
    assert "Photos by" in html and "Paul Roux" in html
    assert html.count("About the author") == 2
    assert "Claire covers Parliament." in html
    assert 'href="/tags/rail/"' in html
    assert "© 2023–" in html and "Impact European. All rights reserved." in html


def test_article_page_says_updated_only_after_a_significant_update(client, make_article, editor):
    article = make_article()
    assert "Updated" not in client.get(article.get_absolute_url()).content.decode()
    article.headline = "Typo fixed"
    article.save()
    assert "Updated" not in client.get(article.get_absolute_url()).content.decode()
    workflow.correct(article, by=editor, kind="correction", text="The vote was on Tuesday.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" in html
    assert "The vote was on Tuesday." in html


def test_french_article_uses_french_dates_and_chrome(client, make_article, author, editor):
    article = make_article(
        language="fr",
        headline="Le Parlement vote",
        published_at=timezone.make_aware(timezone.datetime(2024, 5, 26, 9, 0)),
    )
    author.bio_fr = "Claire couvre le Parlement."
    author.save()
    workflow.correct(article, by=editor, kind="correction", text="Le vote a eu lieu mardi.")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "26 mai 2024" in html
    assert "Mis à jour" in html
    assert "À propos de l’auteur" in html
    assert "Claire couvre le Parlement." in html
    assert "Capture d’image © Élysée / YouTube" in html
    assert response["Content-Language"] == "fr"


def test_article_links_to_its_live_translation_both_ways(client, make_article):
    english = make_article(headline="Rail vote", slug="rail-vote")
    french = make_article(
        headline="Vote sur le rail", slug="vote-rail", language="fr", translation=english
    )
    english_html = client.get(english.get_absolute_url()).content.decode()
    french_html = client.get(french.get_absolute_url()).content.decode()
    assert f'hreflang="fr" href="http://localhost:8000{french.get_absolute_url()}"' in english_html
    assert "Lire cet article en français" in english_html
    assert "Read this article in English" in french_html


def test_unpublished_translation_is_not_linked(client, make_article):
    english = make_article(headline="Rail vote", slug="rail-vote")
    make_article(slug="vote-rail", language="fr", translation=english, status=Status.DRAFT)
    html = client.get(english.get_absolute_url()).content.decode()
    assert "vote-rail" not in html
    assert 'hreflang="fr"' not in html.split("</head>")[0].replace(
        'hreflang="fr" href="/language', ""
    )


def test_hidden_articles_are_404_for_everyone(client, make_article, superuser):
    draft = make_article(slug="draft", status=Status.DRAFT, published_at=timezone.now())
    scheduled = make_article(slug="later", published_at=timezone.now() + timedelta(hours=1))
    expired = make_article(
        slug="gone",
        published_at=timezone.now() - timedelta(days=2),
        expires_at=timezone.now() - timedelta(days=1),
    )
    client.force_login(superuser)
    for article in (draft, scheduled, expired):
        assert client.get(article.get_absolute_url()).status_code == 404


def test_article_at_a_wrong_date_redirects_to_its_address(client, make_article):
    article = make_article(slug="rail")
    response = client.get("/2001/01/01/rail/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    "path",
    [
        "/2024/13/01/nothing/",
        "/2024/02/30/nothing/",
        "/no-such-section/",
        "/authors/nobody/",
        "/tags/nothing/",
        "/archive/2024/13/",
        "/archive/2024/00/",
        "/archive/0000/",
        "/archive/1999/05/",
        "/2024/٠٥/01/nothing/",
        "/feed/../../etc/passwd",
    ],
)
def test_unknown_or_malformed_addresses_are_404(client, db, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "٣", "1e9", "", "1; DROP TABLE x"])
def test_bad_page_numbers_give_a_sensible_page(client, make_article, section, page):
    for n in range(3):
        make_article(slug=f"s{n}")
    for path in ("/politics/", "/authors/claire-martin/", "/corrections/", "/search/?q=rail"):
        response = client.get(path, {"page": page})
        assert response.status_code == 200, path


def test_section_page_lists_its_live_articles_paginated(client, make_article, section):
    for n in range(25):
        make_article(slug=f"story-{n}", published_at=timezone.now() - timedelta(hours=n + 1))
    make_article(slug="draft", headline="Unpublished draft", status=Status.DRAFT, published_at=None)
    first = client.get("/politics/")
    assert len(first.context["page"].object_list) == 20
    second = client.get("/politics/?page=2")
    assert len(second.context["page"].object_list) == 5
    assert "Unpublished draft" not in first.content.decode() + second.content.decode()
    assert 'rel="next"' in first.content.decode()


def test_tag_page_lists_articles_with_that_tag(client, make_article):
    tagged = make_article(slug="tagged", headline="Tagged story")
    tagged.tags.add("Rail")
    make_article(slug="other", headline="Other story")
    html = client.get("/tags/rail/").content.decode()
    assert "Tagged story" in html
    assert "Other story" not in html


def test_author_page_shows_bio_job_title_and_articles(client, make_article, author):
    author.bio = "Claire covers Parliament."
    author.save()
    make_article(headline="Her story", slug="hers")
    html = client.get("/authors/claire-martin/").content.decode()
    assert "Claire Martin" in html
    assert "Reporter" in html
    assert "Claire covers Parliament." in html
    assert "Her story" in html


def test_month_archive_lists_that_months_articles(client, make_article):
    may = timezone.make_aware(timezone.datetime(2024, 5, 26, 9, 0))
    make_article(slug="may", headline="May story", published_at=may)
    make_article(slug="june", headline="June story", published_at=may + timedelta(days=10))
    html = client.get("/archive/2024/05/").content.decode()
    assert "May story" in html and "June story" not in html
    year = client.get("/archive/2024/").content.decode()
    assert "/archive/2024/05/" in year and "/archive/2024/06/" in year


def test_corrections_page_lists_every_correction_newest_first(client, make_article, editor):
    article = make_article()
    workflow.correct(
        article,
        by=editor,
        kind="correction",
        text="First fix.",
        at=timezone.now() - timedelta(hours=1),
    )
    workflow.correct(article, by=editor, kind="clarification", text="Second fix.")
    hidden = make_article(slug="hidden", status=Status.WITHDRAWN)
    Correction.objects.create(article=hidden, text="Not public.")
    html = client.get("/corrections/").content.decode()
    assert html.index("Second fix.") < html.index("First fix.")
    assert "Not public." not in html
    # Each correction's time is shown with the newsroom's zone named (DESIGN.md).
    assert html.count('<span class="article__zone">(Paris time)</span>') == 2


def test_404_page_is_in_the_site_design(client, db, settings):
    settings.DEBUG = False
    response = client.get("/2024/01/01/missing/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'class="masthead"' in html


def test_500_page_renders_without_a_database(rf, settings):
    from articles.views.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert settings.NEWSROOM_SITE_NAME in response.content.decode()


def test_footer_shows_the_site_notice_with_a_year_range(client, site_notice):
    year = timezone.localdate().year
    assert (
        f"© 2023–{year} Impact European. All rights reserved." in client.get("/").content.decode()
    )


def test_pages_have_landmarks_and_a_skip_link(client, make_article):
    article = make_article()
    for path in ("/", article.get_absolute_url(), "/politics/", "/search/?q=rail"):
        html = client.get(path).content.decode()
        assert 'href="#main"' in html
        assert "<main" in html and "<header" in html and "<footer" in html and "<nav" in html


def test_slugify_matches_url_pattern():
    assert slugify("Élysée vote") == "elysee-vote"


def test_pages_in_the_readers_language_vary_on_the_language_cookie(client, make_article):
    article = make_article()
    assert "Cookie" in client.get("/")["Vary"]
    assert "Accept-Language" in client.get("/politics/")["Vary"]
    assert "Cookie" not in client.get(article.get_absolute_url()).get("Vary", "")


def test_front_page_shows_each_sections_newest_four(client, make_article, section):
    other = Section.objects.create(name="Economy", slug="economy", position=2)
    for n in range(24):
        make_article(
            headline=f"Story {n}",
            slug=f"story-{n}",
            section=section if n % 2 else other,
            published_at=timezone.now() - timedelta(hours=n + 1),
        )
    make_article(headline="Withdrawn", slug="withdrawn", section=other, status=Status.WITHDRAWN)
    front = client.get("/").context["front"]
    on_top = {a.pk for a in [front.lead, *front.top]}
    by_section = {s.slug: [a.slug for a in items] for s, items in front.sections}
    for slug, sec in (("politics", section), ("economy", other)):
        expected = [
            a.slug
            for a in Article.objects.live()
            .filter(section=sec)
            .exclude(pk__in=on_top)
            .order_by("-published_at")[:4]
        ]
        assert by_section[slug] == expected
        assert len(expected) == 4
    assert "withdrawn" not in str(by_section)
