"""The media library: thumbnails, search, where used, deletion refused in use, rights, focal point."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import renditions
from articles.images import create_image
from articles.models import Author, CopyrightNotice, Image
from tests import image_files

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_image_changelist"


def make_image(**fields) -> Image:
    fields.setdefault("alt_text", "Alt")
    return create_image(data=image_files.jpeg((640, 360)), filename="x.jpg", **fields)


def test_library_shows_thumbnails(client, editor, image):
    renditions.ensure_renditions(image, crops=("original",))
    client.force_login(editor)
    html = client.get(reverse(CHANGELIST)).content.decode()
    thumbnail = re.search(r'<img class="media-thumbnail" src="([^"]+)"', html)
    assert thumbnail is not None
    assert (
        thumbnail.group(1)
        == image.renditions.get(width=320, format="jpeg", crop="original").file.url
    )


def test_library_queries_do_not_grow_with_images(client, editor, django_assert_max_num_queries):
    client.force_login(editor)
    make_image()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(reverse(CHANGELIST))
    for _ in range(5):
        make_image()
    with django_assert_max_num_queries(len(one)):
        client.get(reverse(CHANGELIST))


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("Strasbourg", "default_caption"),
        ("Ministère", "source"),
        ("Dubois", "creator"),
        ("Lumen", "copyright_notice"),
    ],
)
def test_library_searches_caption_credit_and_creator(client, editor, query, field):
    notice = CopyrightNotice.objects.create(holder="Agence Lumen", first_year=2020)
    values = {
        "default_caption": "The parliament in Strasbourg",
        "source": "Ministère de la Culture",
        "creator": "Marie Dubois",
        "copyright_notice": notice,
    }
    wanted = make_image(**{field: values[field]}, alt_text="wanted")
    make_image(alt_text="other")
    client.force_login(editor)
    response = client.get(reverse(CHANGELIST), {"q": query})
    assert list(response.context["cl"].result_list) == [wanted]


def test_change_page_lists_where_the_image_is_used_with_links(client, editor, make_article, image):
    article = make_article(headline="Rail package passes")
    author = Author.objects.create(display_name="Léa Roux", slug="lea-roux", photo=image)
    client.force_login(editor)
    html = client.get(reverse("admin:articles_image_change", args=[image.pk])).content.decode()
    assert f'href="{reverse("admin:articles_article_change", args=[article.pk])}"' in html
    assert "Rail package passes</a> (live)" in html
    assert f'href="{reverse("admin:articles_author_change", args=[author.pk])}"' in html
    assert "Léa Roux</a> (author photo)" in html


def test_image_in_use_cannot_be_deleted_and_the_editor_is_told_why(
    client, editor, make_article, image
):
    make_article(headline="Rail package passes")
    client.force_login(editor)
    response = client.get(reverse("admin:articles_image_delete", args=[image.pk]), follow=True)
    assert Image.objects.filter(pk=image.pk).exists()
    messages = [str(m) for m in response.context["messages"]]
    assert any(
        "cannot be deleted" in m and "“Rail package passes”" in m and "Replace it there" in m
        for m in messages
    )
    response = client.post(reverse("admin:articles_image_delete", args=[image.pk]), {"post": "yes"})
    assert Image.objects.filter(pk=image.pk).exists()


def test_image_used_by_a_trashed_article_is_still_protected(client, editor, make_article, image):
    from articles import workflow

    article = make_article()
    workflow.withdraw(article, by=editor, reason="Legal")
    workflow.trash(article, by=editor)
    client.force_login(editor)
    client.post(reverse("admin:articles_image_delete", args=[image.pk]), {"post": "yes"})
    assert Image.objects.filter(pk=image.pk).exists()


def test_bulk_delete_refuses_images_in_use(client, editor, make_article, image):
    make_article()
    client.force_login(editor)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"},
    )
    assert Image.objects.filter(pk=image.pk).exists()
    assert "Cannot delete image" in response.content.decode()


def test_unused_image_is_deleted_with_its_files(
    client, editor, settings, django_capture_on_commit_callbacks
):
    from pathlib import Path

    image = make_image()
    renditions.ensure_renditions(image, crops=("original",))
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:articles_image_delete", args=[image.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Image.objects.exists()
    assert [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()] == []


def test_journalist_uploads_but_cannot_delete(client, journalist):
    client.force_login(journalist)
    image = make_image()
    assert client.get(reverse("admin:articles_image_add")).status_code == 200
    assert client.get(reverse("admin:articles_image_delete", args=[image.pk])).status_code == 403


def test_rights_filter_lists_images_expiring_within_a_week(client, editor):
    soon = make_image(alt_text="soon", rights_expire_at=timezone.now() + timedelta(days=3))
    make_image(alt_text="later", rights_expire_at=timezone.now() + timedelta(days=30))
    make_image(alt_text="gone", rights_expire_at=timezone.now() - timedelta(days=1))
    client.force_login(editor)
    response = client.get(reverse(CHANGELIST), {"rights": "expiring"})
    assert list(response.context["cl"].result_list) == [soon]


def test_rights_page_shows_affected_articles(client, editor, make_article, image):
    expiring = make_image(alt_text="expiring", rights_expire_at=timezone.now() + timedelta(days=2))
    live = make_article(headline="Story with expiring picture", hero_image=expiring, slug="a")
    make_article(headline="Story with expired picture", slug="b")
    image.rights_expire_at = timezone.now() - timedelta(hours=1)
    image.save()
    client.force_login(editor)
    changelist = client.get(reverse(CHANGELIST)).content.decode()
    assert "Rights: 1 expiring within 7 days, 1 expired in use" in changelist
    html = client.get(reverse("admin:articles_image_rights")).content.decode()
    expiring_part, expired_part = html.split("Expired and still in use")
    assert "Story with expiring picture</a> (live)" in expiring_part
    assert f'href="{reverse("admin:articles_article_change", args=[live.pk])}"' in expiring_part
    assert "Story with expired picture</a> (live)" in expired_part


def test_rights_page_lists_scheduled_articles_too(client, editor, make_article):
    expiring = make_image(rights_expire_at=timezone.now() + timedelta(days=2))
    make_article(
        headline="Tomorrow's story",
        hero_image=expiring,
        published_at=timezone.now() + timedelta(days=1),
    )
    client.force_login(editor)
    html = client.get(reverse("admin:articles_image_rights")).content.decode()
    assert "Tomorrow&#x27;s story</a> (scheduled)" in html


def test_rights_page_needs_a_login(client, image):
    response = client.get(reverse("admin:articles_image_rights"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_focal_point_picker_is_a_vendored_script_without_inline_code(client, editor, image):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_image_change", args=[image.pk])).content.decode()
    assert 'class="focal-picker" data-input-x="id_focal_x" data-input-y="id_focal_y"' in html
    assert "newsroom/admin/focal-point.js" in html
    inline_scripts = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and "application/json" not in tag
    ]
    assert inline_scripts == []
    assert "onclick" not in html.lower()


def test_change_page_previews_the_crops(client, editor, image):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_image_change", args=[image.pk])).content.decode()
    assert 'alt="16:9 crop"' in html
    assert 'alt="1:1 crop"' in html


def test_credit_preview_shows_the_house_style(client, editor, image):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_image_change", args=[image.pk])).content.decode()
    assert "Image capture © Élysée / YouTube" in html


@pytest.mark.parametrize(
    ("field", "expected"),
    [("hero_image", ["Newest", "Middle", "Oldest"]), ("author", ["Ann", "Bob", "Cy"])],
)
def test_autocomplete_pages_through_a_stable_order(client, editor, field, expected, recwarn):
    """Authors by name and images newest first, page after page, without Django's warning
    about paginating an unordered list (its grouped queries drop the models' ordering)."""
    now = timezone.now()
    for offset, alt in enumerate(["Oldest", "Middle", "Newest"]):
        image = make_image(alt_text=alt)
        Image.objects.filter(pk=image.pk).update(created_at=now + timedelta(minutes=offset))
    for name in ["Cy", "Ann", "Bob"]:
        Author.objects.create(display_name=name, slug=name.lower())
    model = "article" if field == "hero_image" else "byline"
    client.force_login(editor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": model, "field_name": field, "term": ""},
    )
    assert response.status_code == 200
    texts = [row["text"] for row in response.json()["results"]]
    assert [text for text in texts if any(word in text for word in expected)] == expected
    assert not [w for w in recwarn if "UnorderedObjectListWarning" in type(w.message).__name__]
