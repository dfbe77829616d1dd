"""One house-style credit line everywhere the image goes, and the rights that gate publishing."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.template import Context, Template
from django.utils import timezone

from articles import credits, renditions, workflow
from articles.models import Article, CopyrightNotice, Status

pytestmark = pytest.mark.django_db


def test_image_capture_credit_reads_like_the_newspaper(image):
    assert credits.format_credit(image) == "Image capture © Élysée / YouTube"
    assert credits.format_credit(image, "fr") == "Capture d’image © Élysée / YouTube"


def test_photo_credit_names_photographer_then_agency(image):
    image.capture_kind = "photograph"
    image.creator, image.source, image.platform = "Jane Doe", "AFP", ""
    assert credits.format_credit(image) == "Photo: Jane Doe / AFP"
    assert credits.format_credit(image, "fr") == "Photo : Jane Doe / AFP"


@pytest.mark.parametrize(
    ("kind", "english"),
    [
        ("illustration", "Illustration: Ana"),
        ("handout", "Handout: Ana"),
        ("archive", "Archive: Ana"),
    ],
)
def test_every_kind_of_picture_has_its_prefix(image, kind, english):
    image.capture_kind, image.creator, image.source, image.platform = kind, "Ana", "", ""
    assert credits.format_credit(image) == english


def test_rights_holder_is_the_credit_when_nobody_else_is_named(image, site_notice):
    image.creator = image.source = ""
    image.copyright_notice = site_notice
    image.capture_kind = "photograph"
    assert credits.format_credit(image) == "Photo: Impact European"


def test_platform_alone_is_not_a_credit(image):
    image.source = image.creator = ""
    assert image.platform == "YouTube"
    assert credits.format_credit(image) == ""
    assert not credits.has_credit(image)
    assert not image.has_credit


@pytest.mark.parametrize(
    ("creator", "source", "with_notice"),
    [("", "", False), ("Jane", "", False), ("", "AFP", False), ("", "", True), ("  ", "", False)],
)
def test_has_credit_agrees_with_the_credit_line(image, site_notice, creator, source, with_notice):
    image.creator, image.source = creator, source
    image.copyright_notice = site_notice if with_notice else None
    assert image.has_credit == credits.has_credit(image) == bool(credits.format_credit(image))


def test_licence_is_linked_in_captions_and_named_in_plain_text(image):
    image.licence_name = "CC BY 4.0"
    image.licence_url = "https://creativecommons.org/licenses/by/4.0/"
    assert credits.credit_text(image) == "Image capture © Élysée / YouTube (CC BY 4.0)"
    html = str(credits.credit_html(image))
    assert html.startswith("Image capture © Élysée / YouTube (")
    assert '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license' in html
    assert ">CC BY 4.0</a>)" in html


def test_licence_comes_from_the_copyright_notice_when_the_image_has_none(image):
    notice = CopyrightNotice.objects.create(
        holder="Wiki Photographer",
        first_year=2020,
        licence_name="CC BY-SA 4.0",
        licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
    )
    image.copyright_notice = notice
    assert credits.licence(image) == (
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    )
    assert credits.structured_credit(image)["license"].endswith("/by-sa/4.0/")


def test_credit_html_escapes_what_editors_type(image):
    image.creator = "<script>alert(1)</script>"
    html = str(credits.credit_html(image))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_structured_credit_fills_json_ld_image_fields(image, site_notice):
    image.creator = "Jane Doe"
    image.copyright_notice = site_notice
    image.licence_url = "https://example.org/licence"
    data = credits.structured_credit(image)
    year = timezone.localdate().year
    assert data == {
        "creditText": "Image capture © Jane Doe / Élysée / YouTube (https://example.org/licence)",
        "creator": {"@type": "Person", "name": "Jane Doe"},
        "copyrightNotice": f"© 2023–{year} Impact European. All rights reserved.",
        "copyrightHolder": {"@type": "Organization", "name": "Impact European"},
        "license": "https://example.org/licence",
    }


def test_structured_credit_without_notice_uses_the_credit(image):
    data = credits.structured_credit(image, "fr")
    assert data["creator"] == {"@type": "Organization", "name": "Élysée"}
    assert data["copyrightNotice"] == "© Élysée / YouTube"
    assert "license" not in data


def test_credit_filter_renders_the_linked_licence(image):
    image.licence_name = "CC BY 4.0"
    image.licence_url = "https://creativecommons.org/licenses/by/4.0/"
    html = Template("{% load newsroom %}{{ image|credit:'en' }}").render(Context({"image": image}))
    assert '<a href="https://creativecommons.org/licenses/by/4.0/"' in html


def test_article_page_shows_the_picture_with_its_credit(client, make_article):
    article = make_article()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "<picture" in html
    assert 'alt="The parliament at dusk"' in html
    assert "Image capture © Élysée / YouTube" in html
    assert 'fetchpriority="high"' in html  # the hero is above the fold


def test_publishing_is_refused_for_a_credit_required_image_without_credit(
    make_article, image, editor
):
    image.creator = image.source = ""
    image.is_credit_required = True
    image.save()
    article = make_article(status=Status.APPROVED)
    with pytest.raises(workflow.ChecklistError, match="credit on the hero image"):
        workflow.publish(article, by=editor)


def test_platform_alone_does_not_satisfy_the_checklist(make_article, image):
    image.creator = image.source = ""
    image.platform = "YouTube"
    image.save()
    article = make_article(status=Status.APPROVED)
    assert "a credit on the hero image (it requires one)" in workflow.publish_checklist(article)


def test_image_without_credit_requirement_can_be_published(make_article, image, editor):
    image.creator = image.source = ""
    image.is_credit_required = False
    image.save()
    article = make_article(status=Status.APPROVED)
    assert workflow.publish(article, by=editor).status == Status.PUBLISHED


def test_expired_rights_block_publishing(make_article, image, editor):
    image.rights_expire_at = timezone.now() - timedelta(hours=1)
    image.save()
    article = make_article(status=Status.APPROVED)
    with pytest.raises(workflow.ChecklistError, match="rights have not expired"):
        workflow.publish(article, by=editor)


def test_expired_rights_show_a_neutral_placeholder_on_public_pages(client, make_article, image):
    article = make_article()
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    image.save()
    for url in (article.get_absolute_url(), "/"):
        html = client.get(url).content.decode()
        assert "<picture" not in html
        assert "picture-placeholder" in html
        assert "image-unavailable.svg" in html
        assert image.file.url not in html
        assert "/renditions/" not in html  # no on-demand rendition link
        assert "images/r/" not in html  # nor any stored rendition


def test_placeholder_speaks_the_page_language(image):
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    html = Template("{% load pictures %}{% picture image language='fr' %}").render(
        Context({"image": image})
    )
    assert 'alt="Image indisponible"' in html


def test_social_image_is_withheld_once_rights_expire(image):
    assert renditions.social_image(image) is not None
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    assert renditions.social_image(image) is None


def test_cached_pages_end_when_a_hero_image_rights_expire(make_article, image):
    make_article()
    ends = timezone.now() + timedelta(hours=5)
    image.rights_expire_at = ends
    image.save()
    assert Article.objects.next_change_after() == ends


def test_expired_images_lose_their_public_renditions(
    make_article, image, django_capture_on_commit_callbacks
):
    make_article(headline="Old story")
    renditions.ensure_renditions(image, crops=("original",))
    names = list(image.renditions.values_list("file", flat=True))
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    image.save()
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("withdraw_expired_images", stdout=out)
    assert not image.renditions.exists()
    assert "Live articles still using it: Old story" in out.getvalue()
    assert not any(default_storage.exists(name) for name in names)
    assert default_storage.exists(image.file.name)


def test_json_ld_image_object_carries_the_social_rendition_and_the_credit(image, settings):
    settings.NEWSROOM_BASE_URL = "https://news.example.org"
    data = credits.image_object(image, language="en", caption="In Strasbourg.")
    assert data is not None
    assert data["@type"] == "ImageObject"
    assert data["url"].startswith("https://news.example.org/")
    assert (data["width"], data["height"]) == (800, 450)
    assert data["caption"] == "In Strasbourg."
    assert data["creditText"] == "Image capture © Élysée / YouTube"
    assert data["copyrightNotice"] == "© Élysée / YouTube"


def test_json_ld_image_object_is_omitted_once_rights_expire(image):
    image.rights_expire_at = timezone.now() - timedelta(seconds=1)
    assert credits.image_object(image) is None
    assert credits.image_object(None) is None
