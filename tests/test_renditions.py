"""Renditions: widths, formats and focal-point crops, made off the request path with a fallback."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.template import Context, Template, engines
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage

from articles import renditions, tasks
from articles.images import create_image
from articles.models import Article, Rendition, RenditionCrop, Status
from tests import image_files

pytestmark = pytest.mark.django_db


def open_stored(name: str) -> PILImage.Image:
    with default_storage.open(name, "rb") as handle:
        return PILImage.open(io.BytesIO(handle.read()))


@pytest.fixture
def wide_image(db):
    return create_image(
        data=image_files.jpeg((2400, 1350)), filename="wide.jpg", alt_text="A wide view"
    )


def test_upload_queues_renditions_that_the_worker_makes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = create_image(data=image_files.jpeg((800, 600)), filename="a.jpg")
    formats = set(renditions.formats())
    made = {(r.crop, r.width, r.format) for r in image.renditions.all()}
    for crop in renditions.RATIOS:
        for width in renditions.widths_for(image, crop):
            for fmt in formats:
                assert (crop, width, fmt) in made


def test_widths_are_never_upscaled(wide_image):
    small = create_image(data=image_files.jpeg((800, 600)), filename="small.jpg")
    assert renditions.widths_for(wide_image, "original") == [320, 640, 960, 1280, 1920]
    assert renditions.widths_for(small, "original") == [320, 640, 800]
    assert renditions.widths_for(small, "1:1") == [320, 600]
    renditions.ensure_renditions(small)
    for rendition in small.renditions.all():
        crop_w, _ = renditions.crop_size(small, rendition.crop)
        assert rendition.width <= crop_w
        with open_stored(rendition.file.name) as stored:
            assert stored.size == (rendition.width, rendition.height)


def test_each_rendition_is_stored_in_its_format(image):
    renditions.ensure_renditions(image, crops=("original",))
    expected = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}
    for rendition in image.renditions.all():
        with open_stored(rendition.file.name) as stored:
            assert stored.format == expected[rendition.format]


def test_fixed_ratio_crops_have_their_ratio(wide_image):
    wide = renditions.make_rendition(wide_image, width=1280, crop="16:9", fmt="jpeg")
    square = renditions.make_rendition(wide_image, width=640, crop="1:1", fmt="jpeg")
    assert (wide.width, wide.height) == (1280, 720)
    assert (square.width, square.height) == (640, 640)


def test_crop_box_is_centred_on_the_focal_point_and_stays_inside():
    assert renditions.crop_box(1600, 900, (1, 1), 0.5, 0.5) == (350, 0, 1250, 900)
    assert renditions.crop_box(1600, 900, (1, 1), 0.9, 0.5) == (700, 0, 1600, 900)
    assert renditions.crop_box(1600, 900, (1, 1), 0.0, 0.5) == (0, 0, 900, 900)
    assert renditions.crop_box(1000, 1000, (16, 9), 0.5, 0.0) == (0, 0, 1000, 562)
    assert renditions.crop_box(1000, 1000, (16, 9), 0.5, 0.7) == (0, 419, 1000, 981)


def test_square_crop_follows_the_focal_point(db):
    # The fixture picture has a light block in its top-left quarter.
    image = create_image(data=image_files.jpeg((1600, 900)), filename="a.jpg", focal_x=0.0)
    left = renditions.make_rendition(image, width=320, crop="1:1", fmt="jpeg")
    with open_stored(left.file.name) as stored:
        assert sum(stored.convert("RGB").getpixel((5, 5))) > 600
    image.focal_x = 1.0
    image.save()
    right = renditions.make_rendition(image, width=320, crop="1:1", fmt="jpeg")
    with open_stored(right.file.name) as stored:
        assert sum(stored.convert("RGB").getpixel((5, 5))) < 450
    assert Rendition.objects.filter(image=image, crop="1:1", width=320).count() == 1


def test_gps_and_every_metadata_block_are_absent_from_every_rendition(db):
    image = create_image(data=image_files.jpeg_with_metadata(artist="Jane"), filename="g.jpg")
    made = renditions.ensure_renditions(image)
    assert made == image.renditions.count() > 20
    for rendition in image.renditions.all():
        with default_storage.open(rendition.file.name, "rb") as handle:
            data = handle.read()
        assert b"Spy Camera" not in data
        assert b"xmpmeta" not in data
        assert image_files.SECRET_COMMENT not in data
        with PILImage.open(io.BytesIO(data)) as stored:
            assert not stored.getexif().get_ifd(0x8825)
            assert 0x010F not in stored.getexif()
            assert "comment" not in stored.info


def test_making_a_rendition_twice_returns_the_same_row(image):
    first = renditions.make_rendition(image, width=320, crop="original", fmt="jpeg")
    second = renditions.make_rendition(image, width=320, crop="original", fmt="jpeg")
    assert first.pk == second.pk


def test_focal_point_change_in_admin_replaces_the_crops(
    client, superuser, image, django_capture_on_commit_callbacks
):
    renditions.ensure_renditions(image)
    old_square = set(image.renditions.filter(crop="1:1").values_list("pk", flat=True))
    old_original = set(image.renditions.filter(crop="original").values_list("pk", flat=True))
    client.force_login(superuser)
    url = reverse("admin:articles_image_change", args=[image.pk])
    from tests.forms import admin_form

    data = admin_form(client.get(url))
    data.update(focal_x="0.1", focal_y="0.2")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.focal_x, image.focal_y) == (0.1, 0.2)
    square = image.renditions.filter(crop="1:1")
    assert square.exists()
    assert not old_square & set(square.values_list("pk", flat=True))
    assert all((r.focal_x, r.focal_y) == (0.1, 0.2) for r in square)
    assert old_original <= set(image.renditions.values_list("pk", flat=True))


def test_rendition_url_is_the_stored_file_once_made(image):
    missing = renditions.rendition_url(image, width=640, crop="16:9", fmt="webp")
    assert missing == reverse(
        "articles:rendition", kwargs={"pk": image.pk, "crop": "16x9", "width": 640, "fmt": "webp"}
    )
    made = renditions.make_rendition(image, width=640, crop="16:9", fmt="webp")
    image.refresh_from_db()
    assert renditions.rendition_url(image, width=640, crop="16:9", fmt="webp") == made.file.url


def test_open_graph_image_is_1200_pixels_wide_at_16_9(wide_image, settings):
    settings.NEWSROOM_BASE_URL = "https://news.example.org"
    social = renditions.social_image(wide_image)
    assert (social.width, social.height) == (1200, 675)
    assert social.url.startswith("https://news.example.org/")
    response_url = renditions.rendition_url(wide_image, width=1200, crop="16:9")
    assert response_url.endswith("/1200.jpg")


def test_social_image_of_a_small_picture_is_not_upscaled(image):
    social = renditions.social_image(image)
    assert (social.width, social.height) == (800, 450)


def test_missing_rendition_is_made_on_demand_for_a_live_article(client, make_article, image):
    make_article()
    url = renditions.rendition_url(image, width=320, crop="16:9", fmt="jpeg")
    response = client.get(url)
    assert response.status_code == 302
    rendition = Rendition.objects.get(image=image, width=320, crop="16:9", format="jpeg")
    assert response["Location"] == rendition.file.url


def test_on_demand_rendition_of_an_unpublished_image_is_hidden_from_readers(
    client, make_article, image, editor
):
    make_article(status=Status.DRAFT)
    url = renditions.rendition_url(image, width=320, fmt="jpeg")
    assert client.get(url).status_code == 404
    assert not Rendition.objects.exists()
    client.force_login(editor)
    assert client.get(url).status_code == 302


def test_on_demand_rendition_of_an_embargoed_article_is_hidden(client, make_article, image):
    make_article(published_at=timezone.now() + timedelta(hours=2))
    url = renditions.rendition_url(image, width=320, fmt="jpeg")
    assert client.get(url).status_code == 404


def test_on_demand_rendition_refuses_widths_no_page_asks_for(client, make_article, image):
    make_article()
    for width in (321, 5000):
        url = reverse(
            "articles:rendition",
            kwargs={"pk": image.pk, "crop": "original", "width": width, "fmt": "jpg"},
        )
        assert client.get(url).status_code == 404
    assert not Rendition.objects.exists()


def test_on_demand_rendition_of_expired_rights_is_gone(client, make_article, image):
    make_article()
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    image.save()
    url = renditions.rendition_url(image, width=320, fmt="jpeg")
    assert client.get(url).status_code == 404


def test_worker_task_makes_the_missing_renditions(image):
    result = tasks.make_renditions.enqueue(image.pk)
    assert result.return_value == image.renditions.count() > 0
    again = tasks.make_renditions.enqueue(image.pk)
    assert again.return_value == 0


def test_avif_is_skipped_cleanly_when_pillow_cannot_write_it(monkeypatch, image):
    monkeypatch.setattr(renditions, "avif_available", lambda: False)
    assert renditions.formats() == ["webp", "jpeg"]
    renditions.ensure_renditions(image, crops=("original",))
    assert not image.renditions.filter(format="avif").exists()
    html = Template("{% load pictures %}{% picture image %}").render(Context({"image": image}))
    assert "image/avif" not in html
    assert "image/webp" in html


def test_avif_is_made_when_pillow_can_write_it(image):
    from PIL import features

    assert renditions.avif_available() == bool(features.check("avif"))
    if renditions.avif_available():
        made = renditions.make_rendition(image, width=320, crop="original", fmt="avif")
        with open_stored(made.file.name) as stored:
            assert stored.format == "AVIF"
    else:
        with pytest.raises(ValueError, match="not available"):
            renditions.make_rendition(image, width=320, crop="original", fmt="avif")


def test_listing_prefetches_renditions_in_a_constant_number_of_queries(
    make_article, image, django_assert_max_num_queries
):
    renditions.ensure_renditions(image, crops=("16:9",))

    def render_cards() -> tuple[int, str]:
        template = engines["jinja2"].from_string(
            "{% for article in articles %}"
            '{% with image=article.hero_image %}{% include "includes/card_image.html" %}{% endwith %}'
            "{% endfor %}"
        )
        with CaptureQueriesContext(connection) as queries:
            html = template.render({"articles": list(Article.objects.live().for_listing())})
        return len(queries), html

    make_article(slug="one")
    one, _ = render_cards()
    for index in range(5):
        other = create_image(data=image_files.jpeg((640, 360)), filename=f"{index}.jpg")
        renditions.ensure_renditions(other, crops=("16:9",))
        make_article(slug=f"more-{index}", hero_image=other)
    six, html = render_cards()
    assert six == one
    assert html.count("<picture") == 6
    # Every URL is a stored file's: nothing is made on request.
    assert re.search(r"(?<!images)/renditions/\d+/", html) is None


def test_missing_renditions_are_queued_when_a_page_needs_them(
    image, django_capture_on_commit_callbacks
):
    assert not image.renditions.exists()
    with django_capture_on_commit_callbacks(execute=True):
        Template("{% load pictures %}{% picture image crop='1:1' %}").render(
            Context({"image": image})
        )
    assert image.renditions.filter(crop=RenditionCrop.SQUARE).exists()


def render_picture(image, arguments: str = "") -> str:
    return Template("{% load pictures %}{% picture image " + arguments + " %}").render(
        Context({"image": image})
    )


def test_picture_tag_offers_every_format_width_and_the_layout_size(wide_image):
    renditions.ensure_renditions(wide_image, crops=("16:9",))
    wide_image.refresh_from_db()
    html = render_picture(wide_image, 'crop="16:9" sizes="(min-width: 60rem) 50vw, 100vw"')
    assert html.startswith("<picture") and html.endswith("</picture>")
    if renditions.avif_available():
        assert '<source type="image/avif"' in html
    assert '<source type="image/webp"' in html
    assert 'sizes="(min-width: 60rem) 50vw, 100vw"' in html
    for width in (320, 640, 960, 1280, 1920):
        assert f" {width}w" in html
    assert 'width="1920" height="1080"' in html
    assert 'alt="A wide view"' in html
    assert 'loading="lazy"' in html


def test_picture_tag_loads_above_the_fold_pictures_eagerly(image):
    html = render_picture(image, "lazy=False")
    assert 'loading="lazy"' not in html
    assert 'fetchpriority="high"' in html


def test_picture_tag_alt_can_be_overridden_and_is_escaped(image):
    assert 'alt=""' in render_picture(image, 'alt=""')
    image.alt_text = 'A "quoted" <b>view</b>'
    assert 'alt="A &quot;quoted&quot; &lt;b&gt;view&lt;/b&gt;"' in render_picture(image)


def test_picture_tag_renders_nothing_without_an_image(db):
    assert render_picture(None) == ""


def test_card_uses_the_16_9_crop(make_article, image):
    make_article()
    html = engines["jinja2"].get_template("includes/card_image.html").render({"image": image})
    assert 'width="800" height="450"' in html
    assert "/16x9/" in html


def test_picture_tag_renders_nothing_for_an_image_row_without_a_file(db):
    from model_bakery import baker

    from articles.models import Image

    assert render_picture(baker.make(Image, width=0, height=0)) == ""


@pytest.mark.django_db(transaction=True)
def test_database_worker_makes_the_renditions_queued_by_an_upload(settings):
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker opens and closes its own connections, so this test commits for real.
    image = create_image(data=image_files.jpeg((640, 360)), filename="queued.jpg")
    assert not image.renditions.exists()  # queued, not made on the request path
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert image.renditions.filter(crop="16:9", width=640, format="jpeg").exists()
    assert image.renditions.count() == sum(
        len(renditions.allowed_widths(image, crop)) * len(renditions.formats())
        for crop in renditions.RATIOS
    )


def test_on_demand_rendition_of_a_lost_original_is_a_404_not_a_crash(client, make_article, image):
    make_article()
    default_storage.delete(image.file.name)
    url = renditions.rendition_url(image, width=320, fmt="jpeg")
    assert client.get(url).status_code == 404


# --- the rendition index: pages link to renditions without loading their rows --------------------


def index_keys(image) -> set[tuple[int, str, str]]:
    image.refresh_from_db()
    return set(renditions.existing(image))


def test_index_lists_every_current_rendition_and_pages_need_no_rendition_query(wide_image):
    renditions.ensure_renditions(wide_image)
    rows = {(r.width, r.format, r.crop): r.file.name for r in wide_image.renditions.all()}
    wide_image.refresh_from_db()
    assert renditions.existing(wide_image) == rows
    with CaptureQueriesContext(connection) as queries:
        url = renditions.rendition_url(wide_image, width=640, crop="16:9", fmt="jpeg")
        pairs = renditions.srcset(wide_image, crop="original", fmt="webp")
    assert not queries.captured_queries
    assert url == default_storage.url(rows[(640, "jpeg", "16:9")])
    assert [u for u, _ in pairs] == [
        default_storage.url(rows[(w, "webp", "original")])
        for w in renditions.widths_for(wide_image, "original")
    ]


def test_index_follows_deletions(wide_image):
    renditions.ensure_renditions(wide_image)
    assert index_keys(wide_image)
    renditions.delete_renditions(wide_image)
    assert index_keys(wide_image) == set()
    assert renditions.rendition_url(wide_image, width=320) == renditions.on_demand_url(
        wide_image, width=320, crop="original", fmt="jpeg"
    )


def test_a_moved_focal_point_hides_old_crops_until_they_are_remade(wide_image):
    renditions.ensure_renditions(wide_image)
    wide_image.focal_x = 0.1
    wide_image.save()
    # Crops made for the old focal point are no longer offered, even before the index is rebuilt.
    crops = {crop for _w, _f, crop in renditions.existing(wide_image)}
    assert crops == {RenditionCrop.ORIGINAL}
    assert renditions.discard_stale_crops(wide_image) > 0
    assert {crop for _w, _f, crop in index_keys(wide_image)} == {RenditionCrop.ORIGINAL}
    renditions.ensure_renditions(wide_image)
    assert {crop for _w, _f, crop in index_keys(wide_image)} == set(renditions.RATIOS)


def loaded_by_an_editor(image):
    return type(image).objects.get(pk=image.pk)


def rebuilt_by_a_history_revert(image):
    """A revert builds a new instance carrying the pk of the existing row."""
    Image = type(image)
    fields = {
        f.attname: getattr(image, f.attname)
        for f in Image._meta.concrete_fields
        if f.attname != "rendition_index"
    }
    reverted = Image(**fields, rendition_index={})
    assert reverted._state.adding
    return reverted


@pytest.mark.parametrize("opened", [loaded_by_an_editor, rebuilt_by_a_history_revert])
def test_saving_an_image_opened_earlier_keeps_the_index_the_worker_wrote(wide_image, opened):
    stale = opened(wide_image)  # its index: still empty
    renditions.ensure_renditions(wide_image)
    stale.default_caption = "A new caption"
    stale.save()
    wide_image.refresh_from_db()
    assert wide_image.default_caption == "A new caption"
    assert len(renditions.existing(wide_image)) == wide_image.renditions.count()


def test_on_demand_rendition_updates_the_index(wide_image, admin_client):
    assert not index_keys(wide_image)
    response = admin_client.get(
        renditions.on_demand_url(wide_image, width=640, crop="16:9", fmt="jpeg")
    )
    assert response.status_code in (301, 302)
    assert index_keys(wide_image) == {(640, "jpeg", "16:9")}
    assert response["Location"] == renditions.rendition_url(wide_image, width=640, crop="16:9")


def test_remembered_pictures_follow_renditions_focal_point_and_alt_text(wide_image):
    def fresh(image):
        return render_picture(type(image).objects.get(pk=image.pk), 'crop="16:9"')

    before = fresh(wide_image)
    assert "/renditions/" in before and "/media/" not in before  # on-demand links only
    renditions.ensure_renditions(wide_image, crops=("16:9",))
    made = fresh(wide_image)
    assert made != before and "/media/" in made
    assert fresh(wide_image) == made  # the same markup for the same image, read again
    type(wide_image).objects.filter(pk=wide_image.pk).update(alt_text="Another view")
    assert 'alt="Another view"' in fresh(wide_image)
    type(wide_image).objects.filter(pk=wide_image.pk).update(focal_x=0.9)
    moved = fresh(wide_image)
    assert "/media/" not in moved  # the crops were made for the old focal point


def test_an_image_read_twice_shares_one_parsed_index(wide_image):
    renditions.ensure_renditions(wide_image, crops=("1:1",))
    first = type(wide_image).objects.get(pk=wide_image.pk).rendition_index
    second = type(wide_image).objects.get(pk=wide_image.pk).rendition_index
    assert first is second
    assert first.text and renditions.index_text(wide_image) == json_text(first)


def json_text(index) -> str:
    import json

    return json.dumps(dict(index), sort_keys=True)
