"""The XSS battery: hostile text posted through the admin never runs in a reader's browser.

Each vector goes, as a journalist, editor or chief editor would post it, into the body,
headline, standfirst, kicker, hero caption, image caption and credit, author name, job title
and bio, section name and tag names. The article is then published and every surface that
shows it is parsed as a browser would: the public pages found in the URL configuration (article,
front, section, author, tag, search...), the feeds and sitemaps, the JSON-LD, and the admin
change and list pages.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, get_resolver, reverse
from django.utils import timezone

from articles import workflow
from articles.demo_images import draw_picture
from articles.models import Article, Author, Image, Section
from tests.conftest import make_user
from tests.forms import admin_form
from tests.xss import json_ld_blocks, problems_in_feed, problems_in_html, response_nonces, text_of
from tests.xss_vectors import OWN_VECTORS, VECTOR_COUNT, own_vectors, shared_vectors

pytestmark = pytest.mark.django_db

VECTORS = own_vectors() + shared_vectors()
_PICTURE = draw_picture(("#336699", "#112233"), "skyline", seed="xss", size=(96, 64))


def fit(value: str, model: Any, field: str) -> str:
    limit = model._meta.get_field(field).max_length
    return value[:limit] if limit else value


def assert_saved(response: Any, what: str) -> None:
    if response.status_code != 302:
        errors = [line for line in response.content.decode().splitlines() if "errorlist" in line]
        pytest.fail(f"the admin refused the {what}: {errors[:3]}")


@pytest.fixture
def people(db: Any, site_notice: Any) -> dict[str, Any]:
    from articles.roles import CHIEF_EDITOR, EDITOR, JOURNALIST

    return {
        "journalist": make_user("jane", JOURNALIST),
        "editor": make_user("eddie", EDITOR),
        "chief": make_user("chief", CHIEF_EDITOR),
    }


class Newsroom:
    """Logged-in admin clients and the blank add forms they fill in."""

    def __init__(self, people: dict[str, Any]) -> None:
        self.people = people
        self.clients = {}
        for role, user in people.items():
            self.clients[role] = Client()
            self.clients[role].force_login(user)
        self.forms: dict[str, dict[str, Any]] = {}

    def post(self, role: str, url_name: str, fields: dict[str, Any], what: str) -> None:
        client = self.clients[role]
        url = reverse(url_name)
        if url_name not in self.forms:
            self.forms[url_name] = admin_form(client.get(url))
        data = {**self.forms[url_name], **fields, "_save": "Save"}
        response = client.post(url, data)
        assert response.status_code != 500, f"the {what} form answered 500"
        assert_saved(response, what)


def post_everything(vector: str, key: str, newsroom: Newsroom) -> Article:
    """Every field a newsroom user can type into, filled with `vector` through the admin.

    Forms refuse NUL bytes with a clear error (tests/test_bad_input.py); the rest of the vector
    still has to be harmless.
    """
    vector = vector.replace("\x00", "")
    newsroom.post(
        "chief",
        "admin:articles_section_add",
        {
            "name": fit(vector, Section, "name") or key,
            "name_fr": fit(vector, Section, "name_fr"),
            "slug": f"section-{key}",
            "description": vector,
            "position": "0",
        },
        "section",
    )
    section = Section.objects.get(slug=f"section-{key}")
    newsroom.post(
        "editor",
        "admin:articles_author_add",
        {
            "display_name": fit(vector, Author, "display_name") or key,
            "slug": f"author-{key}",
            "job_title": fit(vector, Author, "job_title"),
            "job_title_fr": fit(vector, Author, "job_title_fr"),
            "bio": vector,
            "bio_fr": vector,
        },
        "author",
    )
    author = Author.objects.get(slug=f"author-{key}")
    newsroom.post(
        "journalist",
        "admin:articles_image_add",
        {
            "upload": SimpleUploadedFile(f"{key}.jpg", _PICTURE, content_type="image/jpeg"),
            "alt_text": fit(vector, Image, "alt_text") or "alt",
            "default_caption": vector,
            "creator": fit(vector, Image, "creator") or "Jane Doe",
            "source": fit(vector, Image, "source"),
            "platform": fit(vector, Image, "platform"),
            "licence_name": fit(vector, Image, "licence_name"),
            "capture_kind": "photograph",
            "is_credit_required": "on",
        },
        "image",
    )
    image = Image.objects.latest("pk")
    newsroom.post(
        "journalist",
        "admin:articles_article_add",
        {
            "kicker": fit(vector, Article, "kicker"),
            "headline": fit(vector, Article, "headline"),
            "slug": f"article-{key}",
            "standfirst": fit(vector, Article, "standfirst"),
            "body": f"<p>Before.</p>{vector}<p>After.</p>",
            "language": "en",
            "section": str(section.pk),
            "tags": f'"{vector[:90]}", plain',
            "hero_image": str(image.pk),
            "hero_caption": vector,
            "bylines-TOTAL_FORMS": "1",
            "bylines-0-author": str(author.pk),
            "bylines-0-role": "text",
            "bylines-0-position": "0",
        },
        "article",
    )
    article = Article.objects.get(slug=f"article-{key}")
    # A vector of only whitespace or control characters is refused as a headline; the
    # workflow needs one to publish.
    if not article.headline.strip() or not article.standfirst.strip():
        Article.objects.filter(pk=article.pk).update(
            headline=article.headline.strip() or key,
            standfirst=article.standfirst.strip() or "A standfirst.",
        )
        article.refresh_from_db()
    people = newsroom.people
    article = workflow.submit(article, by=people["journalist"])
    article = workflow.approve(article, by=people["editor"])
    article = workflow.publish(
        article, by=people["editor"], at=timezone.now() - timedelta(minutes=5)
    )
    workflow.correct(article, by=people["editor"], kind="correction", text=vector)
    return article


# --- the surfaces ------------------------------------------------------------------------------


def _patterns(resolver: Any, namespace: str = "") -> list[tuple[str, URLPattern]]:
    found = []
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLPattern):
            if pattern.name:
                found.append((f"{namespace}{pattern.name}", pattern))
        elif getattr(pattern, "namespace", None) != "admin":
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found += _patterns(pattern, inner)
    return found


def _kwargs_for(name: str, params: list[str], article: Article) -> list[dict[str, Any]]:
    """Candidate URL arguments for a public URL, from its name and parameters."""
    moment = timezone.localtime(article.published_at)
    tag = article.tags.exclude(name="plain").first()
    slugs = {
        "section": article.section.slug if article.section else "",
        "author": article.bylines.get().author.slug,
        "tag": tag.slug if tag else "",
        "article": article.slug,
    }
    base: dict[str, Any] = {}
    for param in params:
        if param == "year":
            base[param] = moment.year
        elif param == "month":
            base[param] = f"{moment.month:02d}"
        elif param == "day":
            base[param] = f"{moment.day:02d}"
        elif param not in {"slug", "section", "author", "tag", "lang", "language"}:
            return []  # a token or an id this battery cannot make up
    options = []
    short = name.rsplit(":", 1)[-1]
    order = [kind for kind in ("section", "author", "tag") if kind in short] + [
        "article",
        "section",
        "author",
        "tag",
    ]
    for kind in dict.fromkeys(order):
        candidate = dict(base)
        for param in params:
            if param == "slug":
                candidate[param] = slugs[kind]
            elif param in {"section", "author", "tag"}:
                candidate[param] = slugs[param]
            elif param in {"lang", "language"}:
                candidate[param] = article.language
        options.append(candidate)
    return options


def public_urls(article: Article, vector: str, *, with_listings: bool = True) -> list[str]:
    """Every public URL of the site that can show this article, found in the URL conf.

    Without `with_listings`, only the URLs that take an argument (and search): the listings
    show every article of the batch at once.
    """
    urls = []
    for name, pattern in _patterns(get_resolver()):
        params = list(pattern.pattern.regex.groupindex)
        if not params and not with_listings and "search" not in name:
            continue
        for kwargs in _kwargs_for(name, params, article) if params else [{}]:
            try:
                url = reverse(name, kwargs=kwargs or None)
            except NoReverseMatch:
                continue
            if "search" in name:
                url = f"{url}?q={vector[:200]}"
            urls.append(url)
            break
    return list(dict.fromkeys(urls))


def admin_change_urls(article: Article) -> list[str]:
    image, section = article.hero_image, article.section
    author = article.bylines.get().author
    assert image is not None and section is not None
    return [
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_image_change", args=[image.pk]),
        reverse("admin:articles_author_change", args=[author.pk]),
        reverse("admin:articles_section_change", args=[section.pk]),
    ]


def admin_list_urls(article: Article) -> list[str]:
    return [
        reverse("admin:articles_article_changelist") + f"?q={article.headline[:50]}",
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_image_changelist"),
        reverse("admin:articles_author_changelist"),
        reverse("admin:articles_section_changelist"),
        reverse("admin:articles_correction_changelist"),
        reverse("admin:taggit_tag_changelist"),
    ]


def check_surface(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code != 500, f"{url} answered 500"
    if response.status_code != 200:
        return []
    kind = response.get("Content-Type", "")
    body = response.content
    if "html" in kind:
        html = body.decode()
        problems = problems_in_html(html, nonces=response_nonces(response))
        try:
            json_ld_blocks(html)
        except ValueError as exc:
            problems.append(f"JSON-LD does not parse: {exc}")
        return [f"{url}: {p}" for p in problems]
    if "xml" in kind or "rss" in kind or "atom" in kind:
        return [f"{url}: {p}" for p in problems_in_feed(body)]
    return []


def test_the_battery_has_at_least_80_vectors_of_every_kind_the_issue_names():
    assert VECTOR_COUNT >= 80
    assert {
        "script",
        "event_handler",
        "javascript_url",
        "data_url",
        "svg",
        "mathml",
        "style",
        "embedding",
        "mxss",
    } <= set(OWN_VECTORS)


BATCH = 10
BATCHES = [VECTORS[i : i + BATCH] for i in range(0, len(VECTORS), BATCH)]


def batch_id(batch: list[tuple[str, str]]) -> str:
    return f"{batch[0][0]}..{batch[-1][0]}"


@pytest.mark.parametrize("batch", BATCHES, ids=[batch_id(b) for b in BATCHES])
def test_hostile_text_never_runs_on_any_surface(batch, people):
    """Ten vectors a time: each in its own section, author, image and article."""
    newsroom = Newsroom(people)
    reader = Client()
    staff = newsroom.clients["editor"]
    problems: list[str] = []
    articles = []
    for index, (vector_id, vector) in enumerate(batch):
        article = post_everything(vector, str(index), newsroom)
        articles.append((vector_id, vector, article))

    for position, (vector_id, vector, article) in enumerate(articles):
        for url in public_urls(article, vector, with_listings=position == len(articles) - 1):
            problems += [f"[{vector_id}] {p}" for p in check_surface(reader, url)]
        page = reader.get(article.get_absolute_url()).content.decode()
        assert " ".join(article.headline.split()) in text_of(page), vector_id
        for block in json_ld_blocks(page):
            if isinstance(block, dict) and "headline" in block:
                assert block["headline"] == article.headline, vector_id
        for url in admin_change_urls(article):
            problems += [f"[{vector_id}] {p}" for p in check_surface(staff, url)]
    for url in admin_list_urls(articles[0][2]):
        problems += check_surface(staff, url)
    assert problems == []
