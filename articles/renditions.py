"""Renditions of images: sizes, formats and focal-point crops, made off the request path.

Widths are 320, 640, 960, 1280 and 1920 pixels, never more than the (cropped) original, plus the
original's own width when it falls below 1920 and 1200 for social cards. Each exists in AVIF (when
the installed Pillow can write it), WebP and JPEG, for three crops: the original ratio, 16:9
(cards, Open Graph) and 1:1 (author photos), the fixed ratios centred on the image's focal point.

Renditions are made by the background worker (`articles.tasks`) after an upload or a focal-point
change; a page that needs one that does not exist yet links to the on-demand view, which makes it
then and redirects to the stored file.
"""

from __future__ import annotations

import functools
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.encoding import filepath_to_uri
from PIL import Image as PILImage
from PIL import features

from articles.models import Image, Rendition, RenditionCrop, RenditionFormat

WIDTHS = (320, 640, 960, 1280, 1920)
SOCIAL_WIDTH = 1200
RATIOS: dict[str, tuple[int, int] | None] = {
    RenditionCrop.ORIGINAL: None,
    RenditionCrop.WIDE: (16, 9),
    RenditionCrop.SQUARE: (1, 1),
}
# Crops as they appear in URLs (a colon is awkward in a path).
CROP_SLUGS = {
    RenditionCrop.ORIGINAL: "original",
    RenditionCrop.WIDE: "16x9",
    RenditionCrop.SQUARE: "1x1",
}
CROPS_BY_SLUG = {slug: crop for crop, slug in CROP_SLUGS.items()}
MIME_TYPES = {
    RenditionFormat.AVIF: "image/avif",
    RenditionFormat.WEBP: "image/webp",
    RenditionFormat.JPEG: "image/jpeg",
}
_EXTENSIONS = {
    RenditionFormat.AVIF: "avif",
    RenditionFormat.WEBP: "webp",
    RenditionFormat.JPEG: "jpg",
}


@functools.cache
def avif_available() -> bool:
    """Whether the installed Pillow can write AVIF (Pillow ≥ 11.3 built with libavif); what the
    installed Pillow can do does not change while the process runs."""
    return bool(features.check("avif"))


def formats() -> list[str]:
    """The rendition formats made, best first: AVIF only when Pillow can write it."""
    names: list[str] = [RenditionFormat.WEBP, RenditionFormat.JPEG]
    return [RenditionFormat.AVIF, *names] if avif_available() else names


def crop_box(
    width: int, height: int, ratio: tuple[int, int] | None, focal_x: float, focal_y: float
) -> tuple[int, int, int, int]:
    """The largest box of `ratio` inside the picture, centred on the focal point where it fits."""
    if ratio is None:
        return (0, 0, width, height)
    rw, rh = ratio
    if width * rh > height * rw:
        box_w, box_h = round(height * rw / rh), height
    else:
        box_w, box_h = width, round(width * rh / rw)
    box_w, box_h = max(1, min(box_w, width)), max(1, min(box_h, height))
    left = round(focal_x * width - box_w / 2)
    top = round(focal_y * height - box_h / 2)
    left = min(max(left, 0), width - box_w)
    top = min(max(top, 0), height - box_h)
    return (left, top, left + box_w, top + box_h)


def crop_size(image: Image, crop: str) -> tuple[int, int]:
    left, top, right, bottom = crop_box(
        image.width, image.height, RATIOS[crop], image.focal_x, image.focal_y
    )
    return right - left, bottom - top


def size_at(image: Image, crop: str, width: int) -> tuple[int, int]:
    """The size of the rendition of `crop` at `width` (or at the crop's width, if smaller)."""
    crop_w, crop_h = crop_size(image, crop)
    width = min(width, crop_w)
    return width, max(1, round(crop_h * width / crop_w))


def widths_for(image: Image, crop: str) -> list[int]:
    """The srcset widths of `crop`: the standard ones that need no upscaling, then its own."""
    crop_w, _ = crop_size(image, crop)
    widths = [w for w in WIDTHS if w <= crop_w]
    if crop_w < WIDTHS[-1] and crop_w not in widths:
        widths.append(crop_w)
    return widths


def allowed_widths(image: Image, crop: str) -> set[int]:
    """Every width that may be made: srcset widths and the social-card width."""
    widths = set(widths_for(image, crop))
    widths.add(size_at(image, crop, SOCIAL_WIDTH)[0])
    return widths


def _is_current(rendition: Rendition, image: Image) -> bool:
    if rendition.crop == RenditionCrop.ORIGINAL:
        return True
    return rendition.focal_x == image.focal_x and rendition.focal_y == image.focal_y


# --- the rendition index -------------------------------------------------------------------------
# Pages link to renditions many times over (a front page shows ~25 pictures, each with a srcset in
# three formats). Rather than loading ~50 rendition rows per picture, each image carries an index
# of its current renditions' stored names, `Image.rendition_index`:
#     {"focal": [x, y], "names": {"<crop>|<format>|<width>": "<stored name>", ...}}
# rebuilt from the rendition rows, under a lock on the image row, whenever a rendition is made or
# deleted. Cropped entries count only while the image's focal point is the one recorded.


def build_index(image: Image) -> dict[str, Any]:
    """The index of `image`'s current renditions, read from the rendition rows."""
    names: dict[str, str] = {}
    rows = Rendition.objects.filter(image_id=image.pk).values_list(
        "crop", "format", "width", "focal_x", "focal_y", "file"
    )
    for crop, fmt, width, focal_x, focal_y, name in rows:
        if crop == RenditionCrop.ORIGINAL or (focal_x, focal_y) == (image.focal_x, image.focal_y):
            names[f"{crop}|{fmt}|{width}"] = name
    return {"focal": [image.focal_x, image.focal_y], "names": names}


def _lock_image(pk: int) -> Image | None:
    """Lock the image row for the rest of the transaction (NO KEY UPDATE: compatible with the
    KEY SHARE lock a rendition insert takes on it); None if the image is gone."""
    return (
        Image.objects.select_for_update(no_key=True)
        .filter(pk=pk)
        .only("pk", "focal_x", "focal_y")
        .first()
    )


def refresh_index(image: Image | int) -> dict[str, Any] | None:
    """Rebuild and store the index of an image; None if the image is gone.

    The image row is locked first, so two workers making renditions of one image at once write
    the index one after the other, the second reading what the first committed.
    """
    pk = image if isinstance(image, int) else image.pk
    with transaction.atomic():
        locked = _lock_image(pk)
        if locked is None:
            return None
        index = build_index(locked)
        Image.objects.filter(pk=pk).update(rendition_index=index)
    if isinstance(image, Image):
        image.rendition_index = index
    return index


def existing(image: Image) -> dict[tuple[int, str, str], str]:
    """The stored name of each current rendition by (width, format, crop), from the index."""
    index = image.rendition_index or {}
    # Memoised on the instance for this very index object (held, so never confused with a new
    # one at the same address) and focal point: a picture asks several times.
    memo = getattr(image, "_existing_renditions", None)
    if memo is not None and memo[0] is index and memo[1] == (image.focal_x, image.focal_y):
        return memo[2]  # type: ignore[no-any-return]
    same_focal = index.get("focal") == [image.focal_x, image.focal_y]
    found: dict[tuple[int, str, str], str] = {}
    for key, name in index.get("names", {}).items():
        crop, fmt, width = key.split("|")
        if crop == RenditionCrop.ORIGINAL or same_focal:
            found[(int(width), fmt, crop)] = name
    image._existing_renditions = (  # type: ignore[attr-defined]
        index,
        (image.focal_x, image.focal_y),
        found,
    )
    return found


_PLAIN_NAME = re.compile(r"[A-Za-z0-9_./-]*")


def file_url(name: str) -> str:
    """The URL of a stored rendition file (without `urljoin` on local disk: pages call it often).

    The names the storage gave renditions (hexadecimal, slashes, a dot) need no quoting.
    """
    storage = Rendition._meta.get_field("file").storage  # type: ignore[attr-defined]
    if isinstance(storage, FileSystemStorage):
        path = name if _PLAIN_NAME.fullmatch(name) else filepath_to_uri(name)
        return str(storage.base_url) + path.lstrip("/")
    return str(storage.url(name))


def index_text(image: Image) -> str:
    """The image's rendition index as text: what it was read from the database as, if it was."""
    index = image.rendition_index or {}
    return getattr(index, "text", "") or json.dumps(index, sort_keys=True)


def load_still(image: Image) -> PILImage.Image:
    """The stored original decoded once (first frame of an animation), in RGB or RGBA."""
    with image.file.open("rb") as handle:
        data = handle.read()
    with PILImage.open(io.BytesIO(data)) as picture:
        picture.seek(0)
        picture.load()
        has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
        return picture.convert("RGBA" if has_alpha else "RGB")


def _encode(resized: PILImage.Image, fmt: str) -> bytes:
    if fmt == RenditionFormat.JPEG and resized.mode == "RGBA":
        flattened = PILImage.new("RGB", resized.size, (255, 255, 255))
        flattened.paste(resized, mask=resized.getchannel("A"))
        resized = flattened
    buffer = io.BytesIO()
    if fmt == RenditionFormat.AVIF:
        resized.save(buffer, format="AVIF", quality=60, speed=8)
    elif fmt == RenditionFormat.WEBP:
        resized.save(buffer, format="WEBP", quality=80, method=4)
    else:
        resized.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def _cropped(image: Image, still: PILImage.Image, crop: str) -> PILImage.Image:
    return still.crop(
        crop_box(still.width, still.height, RATIOS[crop], image.focal_x, image.focal_y)
    )


def _resized(cropped: PILImage.Image, size: tuple[int, int]) -> PILImage.Image:
    if cropped.size == size:
        return cropped
    return cropped.resize(size, PILImage.Resampling.LANCZOS, reducing_gap=3.0)


def _check(crop: str, fmt: str) -> None:
    if fmt not in formats():
        raise ValueError(f"Rendition format {fmt!r} is not available.")
    if crop not in RATIOS:
        raise ValueError(f"Unknown crop {crop!r}.")


def _current(image: Image, *, width: int, crop: str, fmt: str) -> Rendition | None:
    return (
        Rendition.objects.filter(image=image, width=width, format=fmt, crop=crop).order_by().first()
    )


def _store(
    image: Image, picture: PILImage.Image, *, crop: str, fmt: str, replacing: Rendition | None
) -> Rendition:
    """Encode `picture` (already cropped and sized) and save it as a rendition of `image`."""
    rendition = Rendition(
        image=image,
        width=picture.width,
        height=picture.height,
        format=fmt,
        crop=crop,
        focal_x=image.focal_x,
        focal_y=image.focal_y,
    )
    extension = _EXTENSIONS[RenditionFormat(fmt)]
    rendition.file.save(f"r.{extension}", ContentFile(_encode(picture, fmt)), save=False)
    stored_name = rendition.file.name or ""
    try:
        with transaction.atomic():
            # The image row first, as an editor's save does (image, then its renditions):
            # taken in the other order, the two could wait for each other.
            _lock_image(image.pk)
            if replacing is not None:
                _delete(replacing)
            rendition.save()
            refresh_index(image)
    except IntegrityError:
        rendition.file.storage.delete(stored_name)
        return Rendition.objects.get(image=image, width=picture.width, format=fmt, crop=crop)
    except BaseException:
        rendition.file.storage.delete(stored_name)
        raise
    return rendition


def make_rendition(image: Image, *, width: int, crop: str, fmt: str) -> Rendition:
    """Make (or return the current) rendition; safe when two workers make the same one at once."""
    _check(crop, fmt)
    size = size_at(image, crop, width)
    current = _current(image, width=size[0], crop=crop, fmt=fmt)
    if current is not None and _is_current(current, image):
        return current
    picture = _resized(_cropped(image, load_still(image), crop), size)
    return _store(image, picture, crop=crop, fmt=fmt, replacing=current)


def _delete(rendition: Rendition) -> None:
    name, storage = rendition.file.name, rendition.file.storage
    rendition.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def ensure_renditions(image: Image, *, crops: tuple[str, ...] | None = None) -> int:
    """Make every missing or stale rendition of `image`; return how many were made.

    The original is decoded once, each crop cut once, and each size made once for all formats,
    each from the next larger size.
    """
    made = 0
    have = existing(image)
    still: PILImage.Image | None = None
    for crop in crops or tuple(RATIOS):
        todo = {
            width: [fmt for fmt in formats() if (width, fmt, crop) not in have]
            for width in sorted(allowed_widths(image, crop), reverse=True)
        }
        if not any(todo.values()):
            continue
        still = still or load_still(image)
        source = _cropped(image, still, crop)
        for width, missing_formats in todo.items():
            source = _resized(source, size_at(image, crop, width))
            for fmt in missing_formats:
                replacing = _current(image, width=source.width, crop=crop, fmt=fmt)
                _store(image, source, crop=crop, fmt=fmt, replacing=replacing)
                made += 1
    return made


def discard_stale_crops(image: Image) -> int:
    """Delete the cropped renditions made for another focal point; queue their replacements."""
    from . import tasks

    stale = [
        r
        for r in image.renditions.exclude(crop=RenditionCrop.ORIGINAL)
        if not _is_current(r, image)
    ]
    for rendition in stale:
        _delete(rendition)
    refresh_index(image)
    image_pk = image.pk
    transaction.on_commit(lambda: tasks.enqueue_renditions(image_pk))
    return len(stale)


def delete_renditions(image: Image) -> None:
    """Delete every rendition of `image` and, once committed, their files."""
    for rendition in Rendition.objects.filter(image=image):
        _delete(rendition)
    refresh_index(image)


def on_demand_url(image: Image, *, width: int, crop: str, fmt: str) -> str:
    return reverse(
        "articles:rendition",
        kwargs={
            "pk": image.pk,
            "crop": CROP_SLUGS[RenditionCrop(crop)],
            "width": width,
            "fmt": _EXTENSIONS[RenditionFormat(fmt)],
        },
    )


def rendition_url(image: Image, *, width: int, crop: str = "original", fmt: str = "jpeg") -> str:
    """The URL of `image` at `width` (never upscaled), cropped to `crop`, in `fmt`.

    The stored file's URL when the rendition exists; otherwise the on-demand URL, which makes it.
    Reads the image's rendition index, so it makes no query.
    """
    if fmt not in formats():
        fmt = RenditionFormat.JPEG
    width = size_at(image, crop, width)[0]
    name = existing(image).get((width, fmt, crop))
    if name is not None:
        return file_url(name)
    return on_demand_url(image, width=width, crop=crop, fmt=fmt)


@dataclass(frozen=True)
class SocialImage:
    """What Open Graph, Twitter cards and JSON-LD need: an absolute URL and the real size."""

    url: str
    width: int
    height: int
    mime_type: str = "image/jpeg"


def absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else f"{settings.NEWSROOM_BASE_URL}{url}"


def social_image(image: Image | None, *, crop: str = RenditionCrop.WIDE) -> SocialImage | None:
    """The 1200-pixel 16:9 JPEG for Open Graph, Twitter cards and JSON-LD; None once rights end."""
    if image is None or image.rights_expired:
        return None
    width, height = size_at(image, crop, SOCIAL_WIDTH)
    url = rendition_url(image, width=width, crop=crop, fmt=RenditionFormat.JPEG)
    return SocialImage(url=absolute(url), width=width, height=height)


def srcset(image: Image, *, crop: str, fmt: str) -> list[tuple[str, int]]:
    """(url, width) pairs for a `srcset`, smallest first."""
    have = existing(image)
    pairs = []
    for width in widths_for(image, crop):
        name = have.get((width, fmt, crop))
        url = file_url(name) if name else on_demand_url(image, width=width, crop=crop, fmt=fmt)
        pairs.append((url, width))
    return pairs


def missing(image: Image, *, crop: str) -> bool:
    have = existing(image)
    return any(
        (width, fmt, crop) not in have for width in widths_for(image, crop) for fmt in formats()
    )


def describe(image: Image) -> dict[str, Any]:
    """How many renditions the image has per crop, for the admin."""
    have = existing(image)
    return {crop: sum(1 for key in have if key[2] == crop) for crop in RATIOS}
