"""Image uploads: decode, check, re-encode without metadata, store under a server-chosen name.

An upload goes through `prepare_upload` (validation by content and re-encoding, which raises
`ValidationError` with a message for the uploader) and then `save_upload` (file and row written
together: neither exists without the other). `create_image` does both for code that is not a form.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageCms, ImageOps, ImageSequence, IptcImagePlugin, UnidentifiedImageError

from . import cache
from .models import CopyrightNotice, Image

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

logger = logging.getLogger(__name__)

ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
_EXIF_ARTIST = 0x013B
_EXIF_COPYRIGHT = 0x8298
_IPTC_BYLINE = (2, 80)
_IPTC_CREDIT = (2, 110)
_IPTC_SOURCE = (2, 115)
_IPTC_COPYRIGHT = (2, 116)


@dataclass(frozen=True)
class CreditHints:
    """Credit facts read from the upload's IPTC/EXIF metadata before it is stripped."""

    creator: str = ""
    source: str = ""
    copyright: str = ""

    def __bool__(self) -> bool:
        return bool(self.creator or self.source or self.copyright)


@dataclass(frozen=True)
class PreparedUpload:
    """An upload that passed every check, re-encoded and ready to store."""

    content: bytes
    extension: str
    width: int
    height: int
    original_filename: str
    hints: CreditHints = field(default_factory=CreditHints)


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.0f}" if pixels >= 10_000_000 else f"{pixels / 1_000_000:.1f}"


def _megabytes(size: int) -> str:
    return (
        f"{size / (1024 * 1024):.0f} MB"
        if size >= 10 * 1024 * 1024
        else f"{size / (1024 * 1024):.1f} MB"
    )


def clean_filename(name: str) -> str:
    """The uploader's file name reduced to something safe to show: no path, no control characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    if not name:
        return "upload"
    if len(name) > 255:
        stem, dot, ext = name.rpartition(".")
        keeps_extension = bool(dot) and 0 < len(ext) <= 10
        name = f"{stem[: 254 - len(ext)]}.{ext}" if keeps_extension else name[:255]
    return name


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code)


def _looks_like_markup(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<", b"<?xml")) or b"<svg" in data[:4096].lower()


def _text(value: Any, limit: int = 200) -> str:
    if isinstance(value, list):
        value = value[0] if value else b""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = "".join(ch for ch in str(value) if unicodedata.category(ch)[0] != "C")
    return " ".join(text.split())[:limit]


def read_credit_hints(picture: PILImage.Image) -> CreditHints:
    """Creator, source and copyright from IPTC (preferred) or EXIF, if the file carries them."""
    iptc: dict[tuple[int, int], Any] = {}
    try:
        iptc = IptcImagePlugin.getiptcinfo(picture) or {}  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - malformed IPTC is only a missing hint
        iptc = {}
    try:
        exif = picture.getexif()
    except Exception:  # noqa: BLE001 - malformed EXIF is only a missing hint
        exif = PILImage.Exif()
    return CreditHints(
        creator=_text(iptc.get(_IPTC_BYLINE) or exif.get(_EXIF_ARTIST) or ""),
        source=_text(iptc.get(_IPTC_CREDIT) or iptc.get(_IPTC_SOURCE) or ""),
        copyright=_text(iptc.get(_IPTC_COPYRIGHT) or exif.get(_EXIF_COPYRIGHT) or ""),
    )


def _to_srgb(frame: PILImage.Image, icc_profile: bytes | None) -> PILImage.Image:
    """Colours converted to sRGB, so that dropping the ICC profile does not change them."""
    if not icc_profile or frame.mode not in ("RGB", "RGBA", "CMYK"):
        return frame
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        output_mode = "RGBA" if frame.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(
            frame, source, ImageCms.createProfile("sRGB"), outputMode=output_mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return frame
    return converted if converted is not None else frame


def _has_alpha(frame: PILImage.Image) -> bool:
    return frame.mode in ("RGBA", "LA", "PA") or "transparency" in frame.info


def _pixels_only(frame: PILImage.Image, *, keep_alpha: bool) -> PILImage.Image:
    """A new image holding nothing but the pixels: no info, EXIF, ICC, XMP or comment."""
    if frame.mode == "L" and not keep_alpha:
        mode = "L"
    else:
        mode = "RGBA" if keep_alpha and _has_alpha(frame) else "RGB"
    converted = frame.convert(mode)
    return PILImage.frombytes(mode, converted.size, converted.tobytes())


def _open(data: bytes) -> PILImage.Image:
    """Open `data` as one of the allowed formats, turning Pillow's failures into form errors."""
    limit = settings.NEWSROOM_IMAGE_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 megapixels; our own, lower limit is checked before decoding.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            return PILImage.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    except PILImage.DecompressionBombError as exc:
        raise _refuse(
            f"The picture is far larger than the {_megapixels(limit)}-megapixel limit; it looks "
            "like a decompression bomb and was not opened.",
            "decompression_bomb",
        ) from exc
    except UnidentifiedImageError as exc:
        if _looks_like_markup(data):
            raise _refuse(
                "SVG drawings and other text files are not accepted: they can carry scripts. "
                "Export the picture as PNG or JPEG.",
                "svg",
            ) from exc
        raise _refuse(
            "This file is not a JPEG, PNG, GIF or WebP picture, whatever its name says. "
            "Export it in one of those formats.",
            "not_an_image",
        ) from exc
    except (OSError, SyntaxError, ValueError, IndexError, struct.error) as exc:
        raise _refuse(
            "The file is damaged and cannot be read as a picture. Export it again.", "corrupt"
        ) from exc


def _check_pixels(picture: PILImage.Image) -> int:
    """Refuse pictures over the pixel limit, counting every frame of an animation."""
    limit = settings.NEWSROOM_IMAGE_MAX_PIXELS
    width, height = picture.size
    frames = getattr(picture, "n_frames", 1) or 1
    total = width * height * frames
    if total > limit:
        if frames > 1:
            raise _refuse(
                f"The animation has {frames} frames of {width} × {height} pixels "
                f"({_megapixels(total)} megapixels in all); the limit is {_megapixels(limit)} "
                "megapixels. Shorten or shrink it.",
                "too_many_pixels",
            )
        raise _refuse(
            f"The picture is {width} × {height} pixels ({_megapixels(total)} megapixels); the "
            f"limit is {_megapixels(limit)} megapixels. Resize it before uploading.",
            "too_many_pixels",
        )
    return frames


def _encode(frames: list[PILImage.Image], fmt: str, durations: list[int], loop: int) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        frames[0].save(buffer, format="JPEG", quality=90, optimize=True)
    elif fmt == "PNG":
        frames[0].save(buffer, format="PNG")
    elif len(frames) > 1:
        options: dict[str, Any] = {"save_all": True, "append_images": frames[1:]}
        options["duration"] = durations
        options["loop"] = loop
        if fmt == "WEBP":
            options["quality"] = 90
        frames[0].save(buffer, format=fmt, **options)
    elif fmt == "WEBP":
        frames[0].save(buffer, format="WEBP", quality=90)
    else:
        frames[0].save(buffer, format=fmt)
    return buffer.getvalue()


def _decode(data: bytes) -> tuple[str, list[PILImage.Image], list[int], int, CreditHints]:
    """Open, check and decode `data` into clean frames; Pillow's own errors propagate."""
    picture = _open(data)
    with picture:
        fmt = picture.format or ""
        if fmt not in ALLOWED_FORMATS:
            raise _refuse("Only JPEG, PNG, GIF and WebP pictures are accepted.", "format")
        frame_count = _check_pixels(picture)
        hints = read_credit_hints(picture)
        icc_profile = picture.info.get("icc_profile")
        loop = int(picture.info.get("loop", 0) or 0)
        frames: list[PILImage.Image] = []
        durations: list[int] = []
        keep_alpha = fmt != "JPEG"
        if frame_count > 1:
            for frame in ImageSequence.Iterator(picture):
                frame.load()
                durations.append(int(frame.info.get("duration", 100) or 100))
                frames.append(_pixels_only(frame, keep_alpha=keep_alpha))
        else:
            picture.load()
            upright = ImageOps.exif_transpose(picture)
            upright = _to_srgb(upright, icc_profile)
            frames.append(_pixels_only(upright, keep_alpha=keep_alpha))
    return fmt, frames, durations, loop, hints


def prepare_upload(data: bytes, filename: str) -> PreparedUpload:
    """Check an upload by its content and re-encode it; raise `ValidationError` if it is refused."""
    max_bytes = settings.NEWSROOM_IMAGE_MAX_BYTES
    if not data:
        raise _refuse("The file is empty. Choose the picture again.", "empty")
    if len(data) > max_bytes:
        raise _refuse(
            f"The file is {_megabytes(len(data))}; the limit is {_megabytes(max_bytes)}. "
            "Export a smaller version.",
            "too_large",
        )
    with warnings.catch_warnings():
        # Pillow warns about malformed EXIF and the like; such files either decode or are refused.
        warnings.simplefilter("ignore", UserWarning)
        try:
            fmt, frames, durations, loop, hints = _decode(data)
            content = _encode(frames, fmt, durations, loop)
        except ValidationError:
            raise
        except Exception as exc:  # any decoder failure is the file's fault, not a server error
            logger.info("Refused an upload Pillow could not process: %r", exc)
            raise _refuse(
                "The file is incomplete or damaged (it may have been cut off during the upload). "
                "Export it again.",
                "truncated",
            ) from exc
    width, height = frames[0].size
    return PreparedUpload(
        content=content,
        extension=_EXTENSIONS[fmt],
        width=width,
        height=height,
        original_filename=clean_filename(filename),
        hints=hints,
    )


def prepare_uploaded_file(upload: UploadedFile) -> PreparedUpload:
    """`prepare_upload` for a file from a form, reading no more than the byte limit allows."""
    max_bytes = settings.NEWSROOM_IMAGE_MAX_BYTES
    if upload.size is not None and upload.size > max_bytes:
        raise _refuse(
            f"The file is {_megabytes(upload.size)}; the limit is {_megabytes(max_bytes)}. "
            "Export a smaller version.",
            "too_large",
        )
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    return prepare_upload(data, upload.name or "")


_COPYRIGHT_NOISE = re.compile(
    r"(©|\(c\)|copyright|all rights reserved\.?|tous droits réservés\.?|\b\d{4}(\s*[-–]\s*\d{4})?\b)",
    re.IGNORECASE,
)


def copyright_holder_from(text: str) -> str:
    """“© 2024 Agence Lumen. All rights reserved.” → “Agence Lumen”."""
    return _COPYRIGHT_NOISE.sub(" ", text).strip(" .,;:-–").strip()


def apply_credit_hints(image: Image, hints: CreditHints) -> list[str]:
    """Fill the image's empty credit fields from `hints`; return the names of the fields filled."""
    filled = []
    if hints.creator and not image.creator.strip():
        image.creator = hints.creator
        filled.append("creator")
    if hints.source and not image.source.strip():
        image.source = hints.source
        filled.append("source")
    if hints.copyright and image.copyright_notice_id is None:
        holder = copyright_holder_from(hints.copyright)
        notice = CopyrightNotice.objects.filter(holder__iexact=holder).first() if holder else None
        if notice is not None:
            image.copyright_notice = notice
            filled.append("copyright_notice")
    return filled


def save_upload(image: Image, *, upload: PreparedUpload, by: Any = None) -> Image:
    """Store a prepared upload as `image` (unsaved): the file and the row exist together or not at all."""
    from . import tasks

    image.original_filename = upload.original_filename
    image.file_size = len(upload.content)
    if by is not None and getattr(by, "is_authenticated", False):
        image.uploaded_by = by
    image.file.save(f"upload.{upload.extension}", ContentFile(upload.content), save=False)
    stored_name = image.file.name or ""
    try:
        with transaction.atomic():
            image.full_clean()
            image.save()
    except BaseException:
        image.file.storage.delete(stored_name)
        image.pk = None
        raise
    image_pk = image.pk
    transaction.on_commit(lambda: tasks.enqueue_renditions(image_pk))
    return image


def create_image(*, data: bytes, filename: str, by: Any = None, **fields: Any) -> Image:
    """Check, re-encode and store a picture as a new `Image`, credits prefilled from its metadata."""
    upload = prepare_upload(data, filename)
    image = Image(**fields)
    apply_credit_hints(image, upload.hints)
    return save_upload(image, upload=upload, by=by)


def reencode(data: bytes) -> tuple[bytes, str]:
    """The picture re-encoded with no metadata, and the extension to store it under."""
    upload = prepare_upload(data, "upload")
    return upload.content, upload.extension


@transaction.atomic
def update_image(image: Image, *, changed: list[str]) -> Image:
    """After an edit of `image`'s fields: drop crops made for an old focal point, purge pages."""
    from . import renditions

    if {"focal_x", "focal_y"} & set(changed):
        renditions.discard_stale_crops(image)
    transaction.on_commit(lambda: cache.purge_image(image))
    return image


@transaction.atomic
def delete_image(image: Image) -> None:
    """Delete an unused image, its renditions and, once committed, their files."""
    from . import renditions

    if Image.objects.filter(pk=image.pk).in_use().exists():
        raise ValidationError("This image is still used by an article or an author.", code="in_use")
    renditions.delete_renditions(image)
    name, storage = image.file.name, image.file.storage
    image.delete()
    if name:
        stored: str = name
        transaction.on_commit(lambda: storage.delete(stored))


def withdraw_expired_renditions() -> list[Image]:
    """Delete the renditions of images whose rights have expired, so no public URL serves them.

    The original stays for the newsroom (it is never linked from public pages). Returns the
    images whose renditions were removed.
    """
    from . import renditions

    withdrawn = []
    for image in Image.objects.rights_expired().filter(renditions__isnull=False).distinct():
        with transaction.atomic():
            renditions.delete_renditions(image)
        withdrawn.append(image)
    for image in withdrawn:
        cache.purge_image(image)
    return withdrawn


def _walk(storage: Any, folder: str) -> list[str]:
    directories, files = storage.listdir(folder)
    names = [f"{folder}/{name}" for name in files]
    for directory in directories:
        names.extend(_walk(storage, f"{folder}/{directory}"))
    return names


def orphaned_files(*, older_than: timedelta = timedelta(hours=1)) -> list[str]:
    """Stored picture files no image or rendition row points at, older than `older_than`.

    Such a file can only come from a transaction that rolled back after the file was written;
    the age margin keeps uploads that are still being committed.
    """
    from django.core.files.storage import default_storage

    from .models import Rendition

    if not default_storage.exists("images"):
        return []
    known = set(Image.objects.values_list("file", flat=True))
    known |= set(Rendition.objects.values_list("file", flat=True))
    cutoff = timezone.now() - older_than
    return [
        name
        for name in _walk(default_storage, "images")
        if name not in known and default_storage.get_modified_time(name) < cutoff
    ]
