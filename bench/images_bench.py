"""Time the image pipeline: checking and re-encoding an upload, and making its renditions.

Run with: DJANGO_SECRET_KEY=x .venv/bin/python bench/images_bench.py
It uses a throw-away SQLite database and media folder, and prints one line per measurement.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.dummy.DummyBackend")
workdir = tempfile.mkdtemp(prefix="newsroom-bench-")
os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
os.environ["DJANGO_MEDIA_ROOT"] = f"{workdir}/media"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from articles import images, renditions  # noqa: E402
from articles.demo_images import draw_picture  # noqa: E402


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


call_command("migrate", verbosity=0)
print(f"AVIF available: {renditions.avif_available()}")
for size in ((1920, 1080), (6000, 4000)):
    data = draw_picture(("#336699", "#112233"), "skyline", seed="bench", size=size)
    megapixels = size[0] * size[1] / 1e6
    label = f"{size[0]}x{size[1]} ({megapixels:.0f} MP, {len(data) / 1e6:.1f} MB)"
    upload = timed(f"check and re-encode {label}", images.prepare_upload, data, "bench.jpg")
    image = images.save_upload(images.Image(alt_text="bench"), upload=upload)
    made = timed(f"all renditions of {label}", renditions.ensure_renditions, image)
    print(f"  {made} renditions in formats {', '.join(renditions.formats())}")
