"""Times in the newsroom's zone: read what editors type, show what readers and editors see.

Everything is stored in UTC. Editors type and read times in the newsroom's zone
(`settings.TIME_ZONE`, `Europe/Paris` by default), always with the zone named. A local time that
does not exist (clocks jump forward) or happens twice (clocks go back) is refused with a message
naming the valid choices; it is never silently shifted.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

MIN_YEAR = 1900
MAX_YEAR = 2100

_LOCAL = re.compile(
    r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})[ T]+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"\s*(?P<offset>[+-]\d{2}:?\d{2})?\s*$"
)


def newsroom_zone() -> tzinfo:
    return timezone.get_default_timezone()


def zone_label() -> str:
    """How the zone is named to people: “Paris time”."""
    return getattr(settings, "NEWSROOM_TIME_ZONE_LABEL", "") or str(newsroom_zone())


def _offset_text(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _format_naive(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def parse_local(text: str) -> datetime:
    """Read “YYYY-MM-DD HH:MM” (optionally “+01:00”) typed in the newsroom's zone, as UTC.

    Raises `ValidationError` with a message an editor can act on; never lets a bad value through.
    """
    match = _LOCAL.match(text or "")
    if not match:
        raise ValidationError(
            "Enter a date and time as YYYY-MM-DD HH:MM, e.g. 2026-03-02 07:00 (%(zone)s).",
            code="invalid",
            params={"zone": zone_label()},
        )
    parts = {k: int(v) for k, v in match.groupdict().items() if k != "offset"}
    if not MIN_YEAR <= parts["year"] <= MAX_YEAR:
        raise ValidationError(
            "Enter a year between %(min)s and %(max)s.",
            code="year_out_of_range",
            params={"min": MIN_YEAR, "max": MAX_YEAR},
        )
    try:
        naive = datetime(
            parts["year"], parts["month"], parts["day"], parts["hour"], parts["minute"]
        )
    except ValueError as exc:
        raise ValidationError(
            "That date does not exist (%(error)s).", code="invalid_date", params={"error": exc}
        ) from exc
    zone = newsroom_zone()
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    offsets = {first.utcoffset(), second.utcoffset()}
    typed_offset = match.group("offset")

    # A wall-clock time that does not exist comes back different after a round trip through UTC.
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        before = _last_valid_before(naive, zone)
        after = _first_valid_after(naive, zone)
        raise ValidationError(
            "%(time)s does not exist in %(zone)s: the clocks jump from %(before)s to %(after)s "
            "that night. Choose a time before %(before)s or from %(after)s.",
            code="nonexistent",
            params={
                "time": _format_naive(naive),
                "zone": zone_label(),
                "before": before.strftime("%H:%M"),
                "after": after.strftime("%H:%M"),
            },
        )

    if len(offsets) > 1:
        choices = {_offset_text(candidate.utcoffset()): candidate for candidate in (first, second)}
        if typed_offset:
            normalized = (
                typed_offset if ":" in typed_offset else f"{typed_offset[:3]}:{typed_offset[3:]}"
            )
            if normalized in choices:
                return choices[normalized].astimezone(UTC)
        options = " or ".join(
            f"“{_format_naive(naive)} {offset}” ({candidate.tzname()}, "
            f"{'the first time' if candidate.fold == 0 else 'the second time'})"
            for offset, candidate in choices.items()
        )
        raise ValidationError(
            "%(time)s happens twice in %(zone)s because the clocks go back that night. "
            "Enter %(options)s.",
            code="ambiguous",
            params={"time": _format_naive(naive), "zone": zone_label(), "options": options},
        )

    if typed_offset:
        normalized = (
            typed_offset if ":" in typed_offset else f"{typed_offset[:3]}:{typed_offset[3:]}"
        )
        expected = _offset_text(first.utcoffset())
        if normalized != expected:
            raise ValidationError(
                "%(time)s in %(zone)s is at UTC%(expected)s, not %(typed)s; leave the offset out.",
                code="wrong_offset",
                params={
                    "time": _format_naive(naive),
                    "zone": zone_label(),
                    "expected": expected,
                    "typed": normalized,
                },
            )
    return first.astimezone(UTC)


def _last_valid_before(naive: datetime, zone: tzinfo) -> datetime:
    moment = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    while True:
        moment -= timedelta(minutes=1)
        local = moment.astimezone(zone)
        if local.replace(tzinfo=None) < naive:
            return local + timedelta(minutes=1)


def _first_valid_after(naive: datetime, zone: tzinfo) -> datetime:
    moment = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    while True:
        local = moment.astimezone(zone)
        if local.replace(tzinfo=None) > naive:
            return local
        moment += timedelta(minutes=1)


def to_local_input(value: datetime | None) -> str:
    """A stored time as editors type it back (offset added only where the hour repeats)."""
    if value is None:
        return ""
    local = timezone.localtime(value, newsroom_zone())
    text = _format_naive(local)
    other = local.replace(fold=1 - local.fold)
    if other.utcoffset() != local.utcoffset():
        text += " " + _offset_text(local.utcoffset())
    return text


def relative(value: datetime, now: datetime | None = None) -> str:
    """“in 3 h 12 min”, “5 min ago”, “now”."""
    now = now or timezone.now()
    seconds = int((value - now).total_seconds())
    future = seconds > 0
    seconds = abs(seconds)
    if seconds < 60:
        return "now"
    minutes = seconds // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        amount = f"{days} d {hours} h" if hours else f"{days} d"
    elif hours:
        amount = f"{hours} h {minutes} min" if minutes else f"{hours} h"
    else:
        amount = f"{minutes} min"
    return f"in {amount}" if future else f"{amount} ago"


def describe(value: datetime | None, now: datetime | None = None) -> str:
    """“Thu 2 Nov 2026, 07:00 Paris time — in 3 h 12 min”."""
    if value is None:
        return "—"
    local = timezone.localtime(value, newsroom_zone())
    text = f"{local:%a} {local.day} {local:%b %Y, %H:%M} {zone_label()}"
    return f"{text} ({local.tzname()}) — {relative(value, now)}"


class NewsroomDateTimeField(forms.CharField):
    """A date and time typed in the newsroom's zone; cleaned to an aware UTC datetime."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help_text",
            f"YYYY-MM-DD HH:MM in {zone_label()}. Where the hour repeats when the clocks go "
            "back, add the offset, e.g. +01:00.",
        )
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "YYYY-MM-DD HH:MM"}))
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return to_local_input(value)
        return value

    def to_python(self, value: Any) -> datetime | None:  # type: ignore[override]
        if isinstance(value, datetime):
            return value
        text = super().to_python(value)
        if not text:
            return None
        return parse_local(text)
