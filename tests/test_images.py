"""Uploads that cannot hurt: validation by content, re-encoding, safe names, atomic storage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.urls import reverse
from PIL import Image as PILImage

from articles import images
from articles.images import create_image
from articles.models import CopyrightNotice, Image
from tests import image_files

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def read_stored(image: Image) -> bytes:
    with default_storage.open(image.file.name or "", "rb") as handle:
        return handle.read()


def upload_in_admin(client, data: bytes, name: str, **fields):
    payload = {
        "upload": SimpleUploadedFile(name, data, content_type="image/jpeg"),
        "alt_text": "Alt",
        "default_caption": "",
        "capture_kind": "photograph",
        "creator": "",
        "source": "",
        "platform": "",
        "licence_name": "",
        "licence_url": "",
        "is_credit_required": "on",
        "focal_x": "0.5",
        "focal_y": "0.5",
        **fields,
    }
    return client.post(reverse("admin:articles_image_add"), payload)


REFUSALS = [
    ("decompression bomb", image_files.decompression_bomb, "bomb.png", "decompression bomb"),
    ("100 megapixels", image_files.hundred_megapixels, "huge.png", "100 megapixels"),
    (
        "animated GIF over the frame budget",
        lambda: image_files.gif((2000, 2000), frames=12),
        "anim.gif",
        "12 frames",
    ),
    ("truncated JPEG", image_files.truncated_jpeg, "cut.jpg", "incomplete or damaged"),
    ("SVG with a script", lambda: image_files.SVG_WITH_SCRIPT, "logo.svg", "SVG"),
    ("SVG named like a JPEG", lambda: image_files.SVG_WITH_SCRIPT, "photo.jpg", "SVG"),
    (
        "text named like a JPEG",
        lambda: b"just some words, not a picture",
        "photo.jpg",
        "not a JPEG",
    ),
    ("HTML page named like a PNG", lambda: b"<html><script>x</script></html>", "a.png", "SVG"),
    ("empty file", lambda: b"", "empty.jpg", "empty"),
    ("BMP picture", lambda: _bmp(), "old.bmp", "not a JPEG, PNG, GIF or WebP"),
]


def _bmp() -> bytes:
    buffer = io.BytesIO()
    image_files.picture((40, 30)).save(buffer, format="BMP")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("label", "make", "name", "message"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_hostile_upload_is_refused_with_a_form_error_and_nothing_stored(
    client, superuser, settings, label, make, name, message
):
    client.force_login(superuser)
    response = upload_in_admin(client, make(), name)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["upload"]
    assert any(message in error for error in errors), errors
    assert Image.objects.count() == 0
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    ("label", "make", "name", "message"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_hostile_file_is_refused_by_create_image(label, make, name, message):
    with pytest.raises(ValidationError) as refused:
        create_image(data=make(), filename=name, alt_text="x")
    assert any(message in text for text in refused.value.messages)
    assert Image.objects.count() == 0


def test_upload_over_the_byte_limit_is_refused(client, superuser, settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 10_000
    client.force_login(superuser)
    response = upload_in_admin(client, image_files.jpeg((1600, 1200)), "big.jpg")
    errors = response.context["adminform"].form.errors["upload"]
    assert "the limit is" in errors[0]
    assert Image.objects.count() == 0


def test_pixel_limit_follows_the_setting(settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 100_000
    with pytest.raises(ValidationError, match="400 × 300"):
        create_image(data=image_files.jpeg((400, 300)), filename="a.jpg")


def test_animation_frames_count_toward_the_pixel_limit(settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 100_000
    single = create_image(data=image_files.gif((300, 300)), filename="one.gif")
    assert single.width == 300
    with pytest.raises(ValidationError, match="2 frames of 300 × 300"):
        create_image(data=image_files.gif((300, 300), frames=2), filename="two.gif")


def test_animation_within_budget_keeps_its_frames():
    image = create_image(data=image_files.gif((120, 90), frames=3), filename="loop.gif")
    with image.file.open("rb") as handle, PILImage.open(handle) as stored:
        assert stored.format == "GIF"
        assert stored.n_frames == 3


def test_gif_javascript_polyglot_loses_its_script():
    data = image_files.gif_javascript_polyglot()
    assert b"alert(" in data
    image = create_image(data=data, filename="pixel.gif")
    stored = read_stored(image)
    assert b"alert" not in stored
    assert b"*/" not in stored
    assert stored.endswith(b";")  # the GIF trailer is the last byte: nothing follows the picture


def test_png_with_appended_script_is_stored_without_it():
    data = image_files.png_with_appended_script()
    image = create_image(data=data, filename="chart.png")
    stored = read_stored(image)
    assert b"<script" not in stored
    assert stored.endswith(b"IEND\xaeB`\x82")


def test_jpeg_metadata_is_gone_from_the_stored_original():
    data = image_files.jpeg_with_metadata(artist="Jane Doe")
    with PILImage.open(io.BytesIO(data)) as original:
        assert original.getexif().get_ifd(0x8825)  # the fixture really carries a GPS position
    image = create_image(data=data, filename="garden.jpg")
    stored = read_stored(image)
    with PILImage.open(io.BytesIO(stored)) as clean:
        assert not clean.getexif()
        assert "exif" not in clean.info
        assert "xmp" not in clean.info
        assert "comment" not in clean.info
        assert "icc_profile" not in clean.info
    assert b"Exif" not in stored
    assert b"Spy Camera" not in stored
    assert b"xmpmeta" not in stored
    assert image_files.SECRET_COMMENT not in stored
    assert b"Photoshop" not in stored


def test_exif_orientation_is_applied_then_dropped():
    data = image_files.jpeg_with_metadata(orientation=6, size=(800, 600))
    image = create_image(data=data, filename="turned.jpg")
    assert (image.width, image.height) == (600, 800)
    with image.file.open("rb") as handle, PILImage.open(handle) as stored:
        assert stored.getexif().get(0x0112) is None
        # Rotated 90° clockwise: the light top-left block of the fixture is now top-right.
        assert sum(stored.getpixel((590, 10))) > 600
        assert sum(stored.getpixel((10, 10))) < 450


def test_format_is_decided_by_content_not_by_extension():
    image = create_image(data=image_files.png((200, 100)), filename="holiday.jpg")
    assert image.file.name.endswith(".png")
    assert image.original_filename == "holiday.jpg"
    with image.file.open("rb") as handle, PILImage.open(handle) as stored:
        assert stored.format == "PNG"


def test_webp_upload_stays_webp():
    image = create_image(data=image_files.webp((300, 200)), filename="x.webp")
    assert image.file.name.endswith(".webp")
    assert (image.width, image.height) == (300, 200)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../../etc/passwd.jpg", "passwd.jpg"),
        ("..\\..\\windows\\win.ini.jpg", "win.ini.jpg"),
        ("evil\x00.php.jpg", "evil.php.jpg"),
        ("a" * 300 + ".jpg", "a" * 251 + ".jpg"),
        ("\x00", "upload"),
    ],
    ids=["path traversal", "windows traversal", "null byte", "300 characters", "only a null"],
)
def test_uploader_file_name_is_only_a_field_and_never_a_path(name, expected):
    image = create_image(data=image_files.jpeg((64, 48)), filename=name)
    assert image.original_filename == expected
    assert len(image.original_filename) <= 255
    stored = image.file.name
    assert stored.startswith("images/originals/")
    assert ".." not in stored
    assert "passwd" not in stored and "evil" not in stored and "aaaa" not in stored
    assert Path(default_storage.path(stored)).is_file()


def test_admin_upload_keeps_a_null_byte_name_out_of_storage(client, superuser):
    client.force_login(superuser)
    response = upload_in_admin(client, image_files.jpeg((64, 48)), "../../x\x00y.jpg")
    assert response.status_code == 302
    image = Image.objects.get()
    assert "\x00" not in image.original_filename
    assert image.file.name.startswith("images/originals/")


def test_admin_upload_stores_a_reencoded_picture_and_the_uploader(client, superuser):
    client.force_login(superuser)
    data = image_files.jpeg_with_metadata()
    response = upload_in_admin(client, data, "garden.jpg", alt_text="A garden")
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.uploaded_by == superuser
    assert image.alt_text == "A garden"
    assert read_stored(image) != data
    assert image.file_size == image.file.size


def test_credit_is_prefilled_from_iptc_before_metadata_is_stripped():
    notice = CopyrightNotice.objects.create(holder="AFP", first_year=2024)
    data = image_files.jpeg_with_metadata(
        iptc={(2, 80): "Jean Photographe", (2, 110): "AFP", (2, 116): "© AFP 2024"}
    )
    image = create_image(data=data, filename="afp.jpg")
    assert image.creator == "Jean Photographe"
    assert image.source == "AFP"
    assert image.copyright_notice == notice
    assert b"Jean Photographe" not in read_stored(image)


def test_credit_is_prefilled_from_exif_artist_when_there_is_no_iptc():
    image = create_image(data=image_files.jpeg_with_metadata(artist="Jane Doe"), filename="a.jpg")
    assert image.creator == "Jane Doe"


def test_credit_typed_by_the_uploader_wins_over_the_file(client, superuser):
    client.force_login(superuser)
    data = image_files.jpeg_with_metadata(artist="Camera Owner")
    upload_in_admin(client, data, "a.jpg", creator="Claire Martin")
    assert Image.objects.get().creator == "Claire Martin"


def test_admin_says_which_credit_fields_came_from_the_file(client, superuser):
    client.force_login(superuser)
    data = image_files.jpeg_with_metadata(
        iptc={(2, 80): "Jean Photographe", (2, 116): "© 2024 Agence Inconnue"}
    )
    response = upload_in_admin(client, data, "a.jpg")
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("Filled from the file's metadata: creator" in m for m in shown)
    assert any("Agence Inconnue" in m and "copyright notice" in m for m in shown)


def test_copyright_holder_is_read_out_of_a_notice():
    assert images.copyright_holder_from("© 2019–2024 Agence Lumen. All rights reserved.") == (
        "Agence Lumen"
    )
    assert images.copyright_holder_from("Copyright (c) 2024 Jane Doe") == "Jane Doe"


def test_no_row_is_left_when_the_disk_is_full(settings, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(default_storage.__class__, "_save", disk_full)
    with pytest.raises(OSError, match="No space left"):
        create_image(data=image_files.jpeg((64, 48)), filename="a.jpg")
    assert Image.objects.count() == 0
    assert stored_files(settings) == []


def test_no_file_is_left_when_the_row_cannot_be_written(settings, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(Image, "save", database_down)
    with pytest.raises(OperationalError):
        create_image(data=image_files.jpeg((64, 48)), filename="a.jpg")
    assert stored_files(settings) == []


def test_image_that_fails_validation_leaves_no_file(settings):
    with pytest.raises(ValidationError):
        create_image(data=image_files.jpeg((64, 48)), filename="a.jpg", focal_x=3.0)
    assert Image.objects.count() == 0
    assert stored_files(settings) == []


@pytest.mark.urls("tests.media_urls")
def test_media_is_served_as_a_picture_with_nosniff_and_a_sandbox(client, image):
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.urls("tests.media_urls")
@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "script.js", "noextension"])
def test_media_never_serves_a_file_a_browser_could_run(client, settings, name):
    target = Path(settings.MEDIA_ROOT) / "images" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"<script>alert(1)</script>")
    assert client.get(f"/media/images/{name}").status_code == 404


@pytest.mark.urls("tests.media_urls")
def test_media_with_an_image_name_but_html_inside_is_still_served_as_an_image(client, settings):
    target = Path(settings.MEDIA_ROOT) / "images" / "smuggled.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"<html><script>alert(1)</script></html>")
    response = client.get("/media/images/smuggled.png")
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_randomly_damaged_pictures_are_refused_or_cleaned_never_crash():
    import random

    rng = random.Random(5)
    originals = [
        image_files.jpeg((120, 90)),
        image_files.png((120, 90)),
        image_files.gif((60, 40), frames=3),
        image_files.webp((120, 90)),
        image_files.jpeg_with_metadata(orientation=6, artist="x", size=(120, 90)),
    ]
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(400):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(1, len(data))]
        try:
            upload = images.prepare_upload(bytes(data), "damaged.jpg")
        except ValidationError:
            outcomes["refused"] += 1
        else:
            outcomes["accepted"] += 1
            with PILImage.open(io.BytesIO(upload.content)) as clean:
                clean.load()
    assert outcomes["refused"] > 0 and outcomes["accepted"] > 0


def test_orphan_files_left_by_a_rolled_back_upload_can_be_pruned(settings, image):
    import os
    import time
    from io import StringIO

    from django.core.management import call_command

    stray = Path(settings.MEDIA_ROOT) / "images" / "originals" / "ab" / "stray.jpg"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(image_files.jpeg((10, 10)))
    fresh = stray.with_name("fresh.jpg")
    fresh.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(stray, (two_hours_ago, two_hours_ago))
    out = StringIO()
    call_command("prune_orphan_media", stdout=out)
    assert "Orphan images/originals/ab/stray.jpg" in out.getvalue()
    assert stray.exists()
    call_command("prune_orphan_media", "--delete", stdout=StringIO())
    assert not stray.exists()
    assert fresh.exists()  # too recent: an upload may still be committing
    assert default_storage.exists(image.file.name)
