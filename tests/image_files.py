"""Hostile and ordinary picture files, generated in code (nothing binary is committed)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image as PILImage

GPS_LATITUDE = (48.0, 51.0, 24.0)
SECRET_COMMENT = b"shot from the minister's garden"
XMP_PACKET = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>'
    b"Secret Source</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


def picture(size: tuple[int, int] = (800, 600), colour: str = "#3a6ea5") -> PILImage.Image:
    image = PILImage.new("RGB", size, colour)
    # A lighter block in the top-left corner, so crops and orientation can be checked.
    image.paste(PILImage.new("RGB", (size[0] // 4, size[1] // 4), "#f0e0a0"), (0, 0))
    return image


def jpeg(size: tuple[int, int] = (800, 600), **options: object) -> bytes:
    buffer = io.BytesIO()
    picture(size).save(buffer, format="JPEG", quality=85, **options)
    return buffer.getvalue()


def png(size: tuple[int, int] = (800, 600), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    picture(size).convert(mode).save(buffer, format="PNG")
    return buffer.getvalue()


def webp(size: tuple[int, int] = (800, 600)) -> bytes:
    buffer = io.BytesIO()
    picture(size).save(buffer, format="WEBP", quality=80)
    return buffer.getvalue()


def gif(size: tuple[int, int] = (200, 150), frames: int = 1) -> bytes:
    colours = ["#aa0000", "#00aa00", "#0000aa", "#aaaa00"]
    images = [PILImage.new("P", size, 0) for _ in range(frames)]
    for index, image in enumerate(images):
        image.putpalette(bytes.fromhex(colours[index % len(colours)][1:]) * 256)
    buffer = io.BytesIO()
    if frames == 1:
        images[0].save(buffer, format="GIF")
    else:
        images[0].save(
            buffer, format="GIF", save_all=True, append_images=images[1:], duration=80, loop=0
        )
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb(side: int = 100_000) -> bytes:
    """A PNG a few hundred bytes long that claims to be side × side pixels (10 gigapixels)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    body = compressor.compress(row * 16) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


def hundred_megapixels() -> bytes:
    """A real 10,000 × 10,000 picture (1-bit, so it is small on disk)."""
    buffer = io.BytesIO()
    PILImage.new("1", (10_000, 10_000), 1).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    data = jpeg((1200, 900))
    return data[: len(data) // 2]


def gif_javascript_polyglot() -> bytes:
    """A GIF whose header opens a JavaScript comment and whose tail closes it and runs code."""
    data = bytearray(gif((10, 10)))
    data[6:8] = b"/*"  # the logical screen width, read by JavaScript as a comment opener
    return bytes(data) + b"*/=1;alert(document.domain);//"


def png_with_appended_script() -> bytes:
    return png((320, 240)) + b"<script>alert('appended')</script>"


def jpeg_with_metadata(
    *,
    orientation: int | None = None,
    artist: str = "",
    copyright: str = "",
    iptc: dict[tuple[int, int], str] | None = None,
    size: tuple[int, int] = (800, 600),
) -> bytes:
    """A JPEG with GPS position, camera data, XMP, a comment and optionally IPTC and orientation."""
    exif = PILImage.Exif()
    exif[0x010F] = "Spy Camera Co"  # Make
    exif[0x0110] = "Model X"  # Model
    if artist:
        exif[0x013B] = artist
    if copyright:
        exif[0x8298] = copyright
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "E"
    gps[4] = (2.0, 21.0, 7.0)
    buffer = io.BytesIO()
    picture(size).save(
        buffer, format="JPEG", quality=85, exif=exif, xmp=XMP_PACKET, comment=SECRET_COMMENT
    )
    data = buffer.getvalue()
    if iptc:
        data = _with_iptc(data, iptc)
    return data


def _with_iptc(data: bytes, records: dict[tuple[int, int], str]) -> bytes:
    """Insert a Photoshop APP13 segment carrying IPTC records after the JPEG's SOI marker."""
    iptc = b"".join(
        b"\x1c" + bytes([record, dataset]) + struct.pack(">H", len(value.encode())) + value.encode()
        for (record, dataset), value in records.items()
    )
    if len(iptc) % 2:
        iptc += b"\x00"
    resource = (
        b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    )
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>alert("svg")</script><rect width="100" height="100"/></svg>'
)
