"""Media on S3-compatible object storage, the documented production setting (docs/DEPLOY.md).

The site reaches media only through Django's storage API, so the same upload, renditions, pages
and deletion work against a bucket. The bucket is moto's in-process S3: no network.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import moto
import pytest

from articles import renditions, workflow
from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import Status

pytestmark = pytest.mark.django_db(transaction=True)

BUCKET = "newsroom-media"
MEDIA_DOMAIN = "media.example.org"


@pytest.fixture
def bucket(settings: Any, monkeypatch: Any) -> Iterator[Any]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        # What settings.py builds from AWS_STORAGE_BUCKET_NAME and AWS_S3_CUSTOM_DOMAIN.
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "us-east-1",
                    "custom_domain": MEDIA_DOMAIN,
                    "default_acl": None,
                    "querystring_auth": False,
                    "file_overwrite": False,
                },
            },
        }
        yield client


def keys(client: Any) -> set[str]:
    listing = client.list_objects_v2(Bucket=BUCKET)
    return {item["Key"] for item in listing.get("Contents", [])}


def test_uploads_renditions_pages_and_deletion_go_through_the_bucket(
    bucket: Any, client: Any, make_article: Any, chief_editor: Any, settings: Any, tmp_path: Any
) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "not-used")
    picture = draw_picture(("#225577", "#aa8844"), "harbour", seed="s3", size=(1200, 800))
    image = create_image(
        data=picture,
        filename="harbour.jpg",
        alt_text="Boats in the harbour at dawn",
        creator="Jeanne Roux",
    )
    assert image.file.name in keys(bucket)
    made = renditions.ensure_renditions(image)
    assert made > 0
    stored = keys(bucket)
    assert {r.file.name for r in image.renditions.all()} <= stored
    assert not (tmp_path / "not-used").exists()  # nothing written to the local disk

    article = make_article(status=Status.APPROVED, hero_image=image, slug="harbour")
    article = workflow.publish(article, by=chief_editor)
    page = client.get(article.get_absolute_url()).content.decode()
    rendition = image.renditions.first()
    assert rendition is not None
    assert f"https://{MEDIA_DOMAIN}/{rendition.file.name}" in page
    assert "Jeanne Roux" in page  # the credit goes with the picture

    image.renditions.all().delete()
    assert not {name for name in keys(bucket) if name.startswith("renditions/")}
