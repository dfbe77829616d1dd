"""Times typed and shown in the newsroom's zone, across the daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError

from articles import timezones, workflow
from articles.models import Article, Status


def test_winter_time_is_utc_plus_one():
    assert timezones.parse_local("2026-01-15 07:00") == datetime(2026, 1, 15, 6, 0, tzinfo=UTC)


def test_summer_time_is_utc_plus_two():
    assert timezones.parse_local("2026-07-15 07:00") == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)


def test_the_iso_t_separator_of_browsers_is_accepted():
    assert timezones.parse_local("2026-07-15T07:00") == datetime(2026, 7, 15, 5, 0, tzinfo=UTC)


def test_time_skipped_in_march_is_refused_naming_the_valid_choices():
    with pytest.raises(ValidationError) as error:
        timezones.parse_local("2026-03-29 02:30")
    message = error.value.messages[0]
    assert error.value.code == "nonexistent"
    assert "does not exist in Paris time" in message
    assert "before 02:00" in message
    assert "from 03:00" in message


def test_time_repeated_in_october_is_refused_naming_both_offsets():
    with pytest.raises(ValidationError) as error:
        timezones.parse_local("2026-10-25 02:30")
    message = error.value.messages[0]
    assert error.value.code == "ambiguous"
    assert "happens twice" in message
    assert "2026-10-25 02:30 +02:00" in message
    assert "2026-10-25 02:30 +01:00" in message


@pytest.mark.parametrize(
    ("typed", "utc_hour"), [("2026-10-25 02:30 +02:00", 0), ("2026-10-25 02:30 +01:00", 1)]
)
def test_repeated_time_with_an_offset_picks_that_occurrence(typed, utc_hour):
    assert timezones.parse_local(typed) == datetime(2026, 10, 25, utc_hour, 30, tzinfo=UTC)


def test_an_offset_that_does_not_match_the_zone_is_refused():
    with pytest.raises(ValidationError, match="UTC\\+01:00"):
        timezones.parse_local("2026-01-15 07:00 +05:00")


@pytest.mark.parametrize("typed", ["1899-12-31 23:00", "2101-01-01 00:00", "0001-01-01 00:00"])
def test_years_outside_1900_to_2100_are_refused(typed):
    with pytest.raises(ValidationError, match="between 1900 and 2100"):
        timezones.parse_local(typed)


@pytest.mark.parametrize("typed", ["2026-02-30 07:00", "2026-01-01 25:00", "tomorrow", ""])
def test_impossible_or_garbled_times_are_refused(typed):
    with pytest.raises(ValidationError):
        timezones.parse_local(typed)


def test_description_names_the_zone_and_the_time_left():
    now = datetime(2026, 11, 2, 2, 48, tzinfo=UTC)
    at = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)
    assert timezones.describe(at, now) == "Mon 2 Nov 2026, 07:00 Paris time (CET) — in 3 h 12 min"


def test_description_of_the_past_says_ago():
    now = datetime(2026, 7, 2, 12, 0, tzinfo=UTC)
    assert timezones.describe(now - timedelta(minutes=5), now).endswith("— 5 min ago")


def test_stored_time_round_trips_through_the_input_on_the_repeated_hour():
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    typed = timezones.to_local_input(second)
    assert typed == "2026-10-25 02:30 +01:00"
    assert timezones.parse_local(typed) == second


class TestSchedulingAcrossDaylightSaving:
    def test_article_scheduled_before_the_march_change_goes_live_at_its_local_minute(
        self, make_article, editor
    ):
        article = make_article(status=Status.APPROVED)
        with time_machine.travel(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), tick=False):
            at = timezones.parse_local("2026-03-29 07:00")  # summer time by then: 05:00 UTC
            workflow.schedule(article, by=editor, at=at)
        assert at == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
        with time_machine.travel(datetime(2026, 3, 29, 4, 59, tzinfo=UTC), tick=False):
            assert not Article.objects.live().filter(pk=article.pk).exists()
        with time_machine.travel(datetime(2026, 3, 29, 5, 0, tzinfo=UTC), tick=False):
            assert Article.objects.live().filter(pk=article.pk).exists()

    def test_article_scheduled_across_the_october_change_goes_live_at_its_local_minute(
        self, make_article, editor
    ):
        article = make_article(status=Status.APPROVED)
        with time_machine.travel(datetime(2026, 10, 24, 12, 0, tzinfo=UTC), tick=False):
            at = timezones.parse_local("2026-10-25 07:00")  # winter time by then: 06:00 UTC
            workflow.schedule(article, by=editor, at=at)
            # 14:00 to 07:00 on the clock, but the repeated hour makes it 18 real hours.
            assert "in 18 h" in timezones.describe(at)
        with time_machine.travel(datetime(2026, 10, 25, 5, 59, tzinfo=UTC), tick=False):
            assert not Article.objects.live().filter(pk=article.pk).exists()
        with time_machine.travel(datetime(2026, 10, 25, 6, 0, tzinfo=UTC), tick=False):
            assert Article.objects.live().filter(pk=article.pk).exists()
