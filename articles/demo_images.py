"""Placeholder pictures for the demo newsroom, drawn with Pillow (no photo is copied in)."""

from __future__ import annotations

import io
import math
import random

from PIL import Image as PILImage
from PIL import ImageDraw


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return (int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16))


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def draw_picture(
    palette: tuple[str, str], motif: str, *, seed: str, size: tuple[int, int] = (1600, 900)
) -> bytes:
    """A JPEG of a gradient and a simple motif, reproducible from `seed`."""
    rng = random.Random(seed)
    width, height = size
    top, bottom = _hex(palette[0]), _hex(palette[1])
    picture = PILImage.new("RGB", size, top)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / height))
    light = _mix(top, (255, 255, 255), 0.55)
    dark = _mix(bottom, (0, 0, 0), 0.45)
    if motif == "skyline":
        x = 0
        while x < width:
            w = rng.randint(60, 160)
            h = rng.randint(height // 5, height * 3 // 5)
            draw.rectangle([x, height - h, x + w, height], fill=dark)
            for wy in range(height - h + 20, height - 20, 40):
                for wx in range(x + 12, x + w - 12, 28):
                    if rng.random() < 0.4:
                        draw.rectangle([wx, wy, wx + 10, wy + 16], fill=light)
            x += w + rng.randint(4, 20)
    elif motif == "waves":
        for band in range(8):
            y0 = height * (0.35 + band * 0.08)
            points = [
                (x, y0 + 25 * math.sin(x / 90 + band + rng.random()))
                for x in range(0, width + 20, 20)
            ]
            draw.line(points, fill=_mix(light, dark, band / 8), width=10)
    elif motif == "grid":
        step = 80
        for x in range(0, width, step):
            draw.line([(x, 0), (x, height)], fill=light, width=2)
        for y in range(0, height, step):
            draw.line([(0, y), (width, y)], fill=light, width=2)
        for _ in range(12):
            gx, gy = rng.randrange(0, width, step), rng.randrange(0, height, step)
            draw.rectangle([gx, gy, gx + step, gy + step], fill=dark)
    elif motif == "sun":
        cx, cy, r = width * 0.7, height * 0.45, height * 0.22
        for ray in range(24):
            angle = ray * math.pi / 12
            draw.line(
                [(cx, cy), (cx + math.cos(angle) * r * 2.2, cy + math.sin(angle) * r * 2.2)],
                fill=light,
                width=6,
            )
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=light)
        draw.rectangle([0, height * 0.75, width, height], fill=dark)
    elif motif == "bars":
        count = 12
        bar = width / (count * 1.5)
        for i in range(count):
            bar_height = rng.uniform(0.15, 0.8) * height
            left = bar * 0.5 + i * bar * 1.5
            draw.rectangle(
                [left, height - bar_height, left + bar, height], fill=_mix(light, dark, i / count)
            )
    else:
        for _ in range(18):
            r = rng.randint(30, 180)
            cx, cy = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=light, width=8)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()
