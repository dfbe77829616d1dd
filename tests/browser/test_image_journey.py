"""An editor uploads a picture, sets its focal point, and readers see it credited on the page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from articles.models import Image, Rendition
from tests import image_files
from tests.browser.conftest import login

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls("tests.media_urls")]


def test_editor_uploads_sets_focal_point_and_readers_see_the_credited_picture(
    page, live_server, editor, make_article, settings
):
    login(page, live_server, "eddie")
    page.goto(f"{live_server.url}/admin/articles/image/add/")
    page.set_input_files(
        "#id_upload",
        files=[
            {
                "name": "harbour.jpg",
                "mimeType": "image/jpeg",
                "buffer": image_files.jpeg_with_metadata(size=(1600, 900)),
            }
        ],
    )
    page.fill("#id_alt_text", "Fishing boats in the harbour at dawn")
    page.fill("#id_default_caption", "The harbour of Concarneau.")
    page.fill("#id_creator", "Jane Doe")
    page.fill("#id_source", "AFP")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    uploaded = Image.objects.get(original_filename="harbour.jpg")
    picker = page.locator(".focal-picker__image")
    expect(picker).to_be_visible()
    assert picker.evaluate("img => img.naturalWidth") == 1600
    box = picker.bounding_box()
    assert box is not None
    picker.click(position={"x": box["width"] * 0.8, "y": box["height"] * 0.25})
    expect(page.locator(".focal-picker__marker")).to_be_visible()
    assert abs(float(page.input_value("#id_focal_x")) - 0.8) < 0.01
    assert abs(float(page.input_value("#id_focal_y")) - 0.25) < 0.01
    square = page.locator(".crop-preview[data-ratio-w='1'] img")
    expect(page.locator(".crop-preview--live")).to_have_count(2)
    # 1:1 of 1600 × 900 around x = 0.8: the box is pushed against the right edge (700 px in).
    shift = square.evaluate("img => new DOMMatrix(getComputedStyle(img).transform).m41")
    assert shift == pytest.approx(-700 * 240 / 900, abs=1)
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    uploaded.refresh_from_db()
    assert abs(uploaded.focal_x - 0.8) < 0.01
    square = Rendition.objects.filter(image=uploaded, crop="1:1")
    assert square.exists()
    assert all(abs(r.focal_x - 0.8) < 0.01 for r in square)

    article = make_article(headline="The harbour wakes up", hero_image=uploaded, slug="harbour")
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    hero = page.locator("figure.figure picture img")
    expect(hero).to_have_attribute("alt", "Fishing boats in the harbour at dawn")
    expect(hero).to_have_attribute("width", "1600")
    assert "640w" in (hero.get_attribute("srcset") or "")
    assert page.locator("figure.figure picture source[type='image/webp']").count() == 1
    page.wait_for_function("document.querySelector('figure.figure picture img').naturalWidth > 0")
    expect(page.locator("figure.figure figcaption")).to_contain_text("Photo: Jane Doe / AFP")
    expect(page.locator("figure.figure figcaption")).to_contain_text("The harbour of Concarneau.")

    page.goto(f"{live_server.url}/")
    card = page.locator(".card picture img").first
    page.wait_for_function("document.querySelector('.card picture img').naturalWidth > 0")
    # The only story, so the lead: its picture is above the fold, loaded at once.
    expect(card).to_have_attribute("fetchpriority", "high")
    expect(card).to_have_attribute("height", "900")
