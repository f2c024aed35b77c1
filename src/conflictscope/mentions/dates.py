"""Date expressions in a sentence, resolved against the publication date.

A small, deterministic rule resolver (no ``dateparser``, never the machine's clock). ACLED's
time_precision: 1 = the day is known; 2 = a week or similar few-day span, coded at its middle; 3 = only the
month is known, coded at the 15th (years and decades are also 3, coded at the middle of the period).

Choices:
* A weekday ("on Sunday", "late on Sunday", "Friday night", "Thursday's attack") is the most recent such
  day on or before publication; "last Sunday" is the one before that when published on a Sunday.
* "last night" and "overnight" are the day before publication (ACLED: overnight events reported in the
  morning are coded to the previous day). "this morning", "today", "tonight" are the publication day.
* A month and day without a year take the latest year that puts them on or before publication + 1 day.
* Relative expressions have ``relative=True``; with no publication date their ``value`` is None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from text_to_num import text2num

from conflictscope.knowledge import read_rows
from conflictscope.types import DateMention

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip

# Month names are matched case-sensitively (Title or UPPER case, UPPER abbreviations as military and log
# stamps write them: "141530Z JUN 16") so that "march" and "may" stay words.
_MONTH_RE = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?)"
)
_WEEKDAY_RE = r"(?i:(?P<{g}>mon|tues|wednes|thurs|fri|satur|sun)day)"
_DAY_RE = r"(?P<{g}>[0-3]?\d)(?i:st|nd|rd|th)?"
_YEAR_RE = r"(?P<{g}>1[89]\d\d|20\d\d)"
# A weekday before a day of the month, written out or abbreviated as logs and tables write it ("Wed 16
# Nov:", "Tue., 3 May"); an abbreviation only there, since alone "Sun", "Sat" and "Mon" are words or names.
_WEEKDAY_ABBREVIATION = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\b\.?"
_PREFIX_WEEKDAY = r"(?:(?:" + _WEEKDAY_RE.format(g="wd") + "|" + _WEEKDAY_ABBREVIATION + r"),?\s+(?:the\s+)?)?"
_NUMBER_WORD = (
    r"\d{1,3}|a couple of|a few|several|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)


def _count(words: str) -> int | None:
    """A count in figures or words ("60", "sixty", "twenty-five", "a few")."""
    words = words.lower()
    if words.isdigit():
        return int(words)
    if words in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[words]
    try:
        return text2num(words, "en")
    except ValueError:
        return None


_MONTH_NAME = re.compile(_MONTH_RE.format(g="month") + r"\Z")


def is_month_name(text: str) -> bool:
    """"May", "MAY", "Sept.": a month's name as dates are written (so "may" the verb is not one)."""
    return _MONTH_NAME.match(text) is not None


def month_number(name: str) -> int:
    """1..12 for a month's name or abbreviation as dates write it ("May", "Sept.", "JUNE")."""
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_and_month(first: int, second: int) -> tuple[int, int]:
    """(day, month) of a date in figures: day first ("12/03" is 12 March), as outside the United States,
    unless only month first makes a date ("6/22")."""
    return (second, first) if second > 12 else (first, second)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _mid_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, 15)


def _mid_years(first: int, last: int) -> dt.date:
    """Middle of the years first..last inclusive: Jan 1 or Jul 1 of the middle year."""
    twice = first + last + 1
    return dt.date(twice // 2, 7 if twice % 2 else 1, 1)


def _mid(a: dt.date, b: dt.date) -> dt.date:
    return a + (b - a) / 2 if b >= a else a


def resolve_weekday(name: str, published: dt.date | None, *, before: bool = False) -> dt.date | None:
    """The most recent ``name`` day on or before ``published`` (strictly before if ``before``)."""
    if published is None:
        return None
    key = name.lower().strip()[:3]
    index = next((i for i, day in enumerate(_WEEKDAYS) if day.startswith(key)), None)
    if index is None:
        return None
    back = (published.weekday() - index) % 7
    if before and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def resolve_month_day(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A month and day without a year: the latest such date on or before publication + 1 day."""
    if published is None:
        return None
    limit = published + dt.timedelta(days=1)
    for year in (limit.year, limit.year - 1, limit.year - 2, limit.year - 3, limit.year - 4):
        value = _valid(year, month, day)
        if value is not None and value <= limit:
            return value
    return None


# ---------------------------------------------------------------------------------------------------------
# Rules: each is (pattern, resolver). A resolver gets the match and the publication date and returns
# (value, precision, relative); value None means "unresolvable". Returning None drops the match.

Resolved = tuple[dt.date | None, int, bool] | None
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date | None], Resolved]]
_RULES: list[_Rule] = []


def _rule(pattern: str):
    def register(func):
        _RULES.append((re.compile(pattern), func))
        return func

    return register


@_rule(r"\b" + _YEAR_RE.format(g="y") + r"(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)\b(?![-/.]\d)")
def _iso(m, published):
    value = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return (value, 1, False) if value else None


@_rule(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)" + _YEAR_RE.format(g="y") + r"\b(?!\.\d)")
def _slashed(m, published):
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    day, month = day_and_month(a, b)
    value = _valid(year, month, day)
    if value and a <= 12 and b <= 12 and a != b and published is not None:
        # both readings are dates: the one nearest the publication day and not after it ("10/04/2014" in
        # a report of 4 October 2014 is that day, month first); day-first when they tie
        readings = [r for r in (value, _valid(year, a, b)) if r]
        value = min(readings, key=lambda d: (d > published, abs((published - d).days)))
    return (value, 1, False) if value else None


# (a log's line may give the time after the day, and a chat export closes its stamp with a bracket:
# "26/11 21:05 - Vehicle fire", "[14/5/21 21:48] Carlos: ...")
_LOG_DATE_TAIL = re.compile(r"(?:[ \t,]+(?:at[ \t]+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?[ \t]*[-–—:,|\]]")


# A military date-time group: the day, the time and its zone letter, then the month and year
# ("141530H June 2016", "141530Z JUN 16").
@_rule(
    r"\b(?P<d>[0-3]\d)[0-2]\d[0-5]\d[A-Z]?\s+" + _MONTH_RE.format(g="mo") + r"\s+(?P<y>1[89]\d\d|20\d\d|\d\d)\b"
)  # fmt: skip
def _date_time_group(m, published):
    year = m["y"]
    if len(year) == 2:
        return _short_year(int(year), month_number(m["mo"]), int(m["d"]), published)
    value = _valid(int(year), month_number(m["mo"]), int(m["d"]))
    return (value, 1, False) if value else None


# A day and month in figures without a year ("22/6", "05.04") is a date only where a log or a report
# writes one: after "on", or opening a line (after a bullet or a chat stamp's bracket) and followed by a
# dash, colon, comma, bar or closing bracket, perhaps after a time of day ("22/6 - Kidal:", "26/11 21:05 -").
# Elsewhere "3/4" is a fraction and "05.04" a figure. Day first unless impossible: without a year there is
# nothing to weigh the other reading by. An old log's two-digit year ("12.3.78:", "on 12/03/78") is
# read in the same places: the latest century that puts the day on or before publication.
@_rule(
    r"(?:(?P<on>(?i:\bon\s+))|(?P<lead>(?m:^)[ \t]*(?:[•*·–-][ \t]*|\[)?))(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)"
    r"(?:(?P=sep)(?P<yy>\d\d))?(?![/.]?\d)"
)  # fmt: skip
def _slashed_day_month(m, published):
    if not m["on"] and not _LOG_DATE_TAIL.match(m.string, m.end()):
        return None
    if m["sep"] == "." and not m["yy"] and (len(m["a"]) != 2 or len(m["b"]) != 2):
        return None  # "1.5 - the rate": dotted dates are written "05.04"
    day, month = day_and_month(int(m["a"]), int(m["b"]))
    if _valid(2000, month, day) is None:
        return None
    if m["yy"]:
        return _short_year(int(m["yy"]), month, day, published)
    return resolve_month_day(month, day, published), 1, True


def _short_year(year: int, month: int, day: int, published: dt.date | None) -> Resolved:
    limit = published + dt.timedelta(days=1) if published is not None else dt.date(2069, 12, 31)
    for century in (2000, 1900):
        value = _valid(century + year, month, day)
        if value is not None and value <= limit:
            return value, 1, False
    return None


# A day, a month and a two-digit year as logs and spreadsheets write them: "13-Mar-21" anywhere; "13 Mar
# 21" only before punctuation or a line's end, since "on 13 March 21 people died" counts people.
@_rule(
    r"\b(?P<d>[0-3]?\d)(?:-" + _MONTH_RE.format(g="mo") + r"-(?P<yy>\d\d)\b"
    + r"|[ \t]" + _MONTH_RE.format(g="mo2") + r"[ \t](?P<yy2>\d\d)(?=[ \t]*(?:[,;:|)]|\.(?!\d)|(?m:$))))"
)  # fmt: skip
def _day_month_short_year(m, published):
    month, year = (m["mo"], m["yy"]) if m["mo"] else (m["mo2"], m["yy2"])
    return _short_year(int(year), month_number(month), int(m["d"]), published)


# (a month after a day in figures is that day's month: in "On 13 March 21 people died" the 21 is a count)
@_rule(
    r"\b(?<!\d[ \t])" + _PREFIX_WEEKDAY + _MONTH_RE.format(g="mo") + r"\s+" + _DAY_RE.format(g="d")
    + r"(?:,?\s+" + _YEAR_RE.format(g="y") + r")?(?!\d|:\d|,\d)"
)  # fmt: skip
def _month_day(m, published):
    return _with_year(int(m["d"]), month_number(m["mo"]), m["y"], published)


# "June the 4th, 1989", "on March the 3rd", as speech and transcripts say it (not "June the 4th Brigade")
@_rule(
    r"\b" + _MONTH_RE.format(g="mo") + r"\s+the\s+(?P<d>[0-3]?\d)(?i:st|nd|rd|th)(?:,?\s+" + _YEAR_RE.format(g="y") + r")?"
    r"(?!\d|\s+[A-Z]|-)"
)  # fmt: skip
def _month_the_day(m, published):
    return _with_year(int(m["d"]), month_number(m["mo"]), m["y"], published)


@_rule(
    r"\b" + _PREFIX_WEEKDAY + _DAY_RE.format(g="d") + r"\s+(?:of\s+)?" + _MONTH_RE.format(g="mo")
    + r"(?:,?\s+" + _YEAR_RE.format(g="y") + r")?\b"
)  # fmt: skip
def _day_month(m, published):
    return _with_year(int(m["d"]), month_number(m["mo"]), m["y"], published)


# A span of days: "from 2 - 4 May", "between 27 April and 4 May 2020", "May 2-4": its last day, with
# precision 2 (ACLED's notes write "Around 8 May (from 24 April - 8 May)" and code the last day more often
# than the first). Read whole, so that the year is the first day's: "4 May" alone in a report of 2 May
# would be taken for the year before.
@_rule(
    r"\b(?:(?:from|between)\s+)?" + _DAY_RE.format(g="d1") + r"(?:\s+(?:of\s+)?" + _MONTH_RE.format(g="mo1") + r")?"
    + r"\s*(?:-|–|to|and|until)\s*" + _DAY_RE.format(g="d") + r"\s+(?:of\s+)?" + _MONTH_RE.format(g="mo")
    + r"(?:,?\s+" + _YEAR_RE.format(g="y") + r")?\b"
)  # fmt: skip
def _day_span(m, published):
    return _span_end(int(m["d1"]), m["mo1"] or m["mo"], int(m["d"]), m["mo"], m["y"], published)


@_rule(
    r"\b" + _MONTH_RE.format(g="mo") + r"\s+" + _DAY_RE.format(g="d1") + r"\s*(?:-|–)\s*" + _DAY_RE.format(g="d")
    + r"(?:,?\s+" + _YEAR_RE.format(g="y") + r")?(?!\d|:\d)"
)  # fmt: skip
def _month_day_span(m, published):
    return _span_end(int(m["d1"]), m["mo"], int(m["d"]), m["mo"], m["y"], published)


def _span_end(first_day: int, first_month: str, last_day: int, last_month: str, year: str | None, published) -> Resolved:
    start_month, end_month = month_number(first_month), month_number(last_month)
    if year:
        # the year is written after the last day; a span over New Year starts the year before
        start = _valid(int(year) - (start_month > end_month), start_month, first_day)
        end = _valid(int(year), end_month, last_day)
    else:
        start = resolve_month_day(start_month, first_day, published)
        end = _valid(start.year + (start_month > end_month), end_month, last_day) if start else None
    if start is None or end is None or not 0 <= (end - start).days <= 31:
        return None
    return end, 2, not year


def _with_year(day: int, month: int, year: str | None, published) -> Resolved:
    if year:
        value = _valid(int(year), month, day)
        return (value, 1, False) if value else None
    if _valid(2000, month, day) is None:  # Feb 29 allowed via leap year 2000
        return None
    return resolve_month_day(month, day, published), 1, True


@_rule(
    r"(?i:\b(?:(?:in|during|since|until|by|from|of)\s+)?(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+start\s+of)"
    r"[\s-]+)?)" + _MONTH_RE.format(g="mo") + r",?\s+" + _YEAR_RE.format(g="y") + r"\b"
)  # fmt: skip
def _month_year(m, published):
    return _part_of_month(int(m["y"]), month_number(m["mo"]), m["part"], published)


# "early May" is its first ten days, "mid-May" the middle ten, "late May" or "the end of May" the rest: a
# span of about ten days, coded at its middle with precision 2 (a month alone is precision 3, the 15th).
_MONTH_PARTS = {"early": (1, 10), "the start of": (1, 10), "mid": (11, 20), "late": (21, 31), "the end of": (21, 31)}


def _part_of_month(year: int, month: int, part: str | None, published: dt.date | None) -> Resolved:
    """A month or a part of it, never later than the publication day when it is that month."""
    key = " ".join((part or "").lower().split())
    if key not in _MONTH_PARTS:
        value, precision = _mid_month(year, month), 3
    else:
        first, last = _MONTH_PARTS[key]
        last = min(last, calendar.monthrange(year, month)[1])
        value, precision = _mid(dt.date(year, month, first), dt.date(year, month, last)), 2
    if published is not None and (year, month) == (published.year, published.month):
        value = min(value, published)
    return value, precision, False


@_rule(
    r"(?i:\b(?P<prep>in|during|since|until|by|from|early|mid|late|last|this|earlier\s+this|later\s+this)"
    r"[\s-]+)" + _MONTH_RE.format(g="mo") + r"(?!\w|\s+\d)"
)  # fmt: skip
def _month_alone(m, published):
    if len(m["mo"].rstrip(".")) <= 4 and m["mo"].lower() not in ("may", "june", "july") and _NEXT_NAME_WORD.match(m.string, m.end()):
        return None  # an abbreviation before more words is a name's first word: "in Mar del Plata"
    month = month_number(m["mo"])
    if published is None:
        return None, 3, True
    year = published.year if month <= published.month else published.year - 1
    if m["prep"].lower() == "last" and month == published.month:
        year -= 1
    part = m["prep"].lower() if m["prep"].lower() in ("early", "mid", "late") else None
    value, precision, _ = _part_of_month(year, month, part, published)
    return value, precision, True


_NEXT_NAME_WORD = re.compile(r"[ \t]+[a-z]{2,3}[ \t]+[A-Z]|[ \t]+[A-Z]")


@_rule(r"(?i:\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?)(?P<dec>1[89]\d0|20\d0)(?:'s|s)\b")
def _decade(m, published):
    first = int(m["dec"])
    part = (m["part"] or "").lower()
    lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
    return _mid_years(first + lo, first + hi), 3, False


@_rule(r"(?i:\b(?P<prep>in|during|since|until|by|from|of|before|after|between|early|mid|late|and|to)[\s-]+)"
       + _YEAR_RE.format(g="y") + r"(?![\w]|[.,]\d|-\d|\s*(?:[ap]\.?m\b|GMT|UTC))")
def _year(m, published):
    year = int(m["y"])
    part = m["prep"].lower()
    if part in ("early", "mid", "late"):
        lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return dt.date(year, (lo + hi) // 2, 15 if (lo + hi) % 2 else 1), 3, False
    return dt.date(year, 7, 1), 3, False


# "sixty years ago today", "ten years ago this week", "forty years ago on this day": the same day (week)
# that many years back
@_rule(
    r"(?i:\b(?P<n>" + _NUMBER_WORD
    + r")\s+(?P<unit>year|month)s?\s+ago\s+(?P<when>today|this\s+week|(?:on\s+)?this\s+(?:very\s+)?(?:day|date))\b)"
)  # fmt: skip
def _ago_today(m, published):
    n = _count(m["n"])
    if n is None or published is None:
        return None if n is None else (None, 1, True)
    back = _add_months(published, -n * (12 if m["unit"].lower() == "year" else 1))
    return back, (2 if m["when"].lower() == "this week" else 1), True


# An almanac column's "On this day in 1985:", "This day in 1961 -": the publication's day and month in
# that year
@_rule(r"(?i:\b(?:on\s+)?this\s+(?:very\s+)?(?:day|date)\s+(?:in\s+|,\s*)?)" + _YEAR_RE.format(g="y") + r"\b(?![-/.]\d)")
def _this_day_in(m, published):
    if published is None:
        return None, 3, False
    value = _valid(int(m["y"]), published.month, published.day)
    return (value, 1, False) if value is not None and value <= published else None


# "The year 1998 brought war to Gulu": a year named as such sets the story in it, as "in 1998" does
@_rule(r"(?i:\bthe\s+year\s+)" + _YEAR_RE.format(g="y") + r"\b(?![-/.]\d)")
def _the_year(m, published):
    return dt.date(int(m["y"]), 7, 1), 3, False


# "three days ago", "a fortnight ago" (two weeks, a week's precision), "48 hours ago" (whole days back;
# under a day it is the day of publication, as "today" is)
@_rule(r"(?i:\b(?P<n>" + _NUMBER_WORD + r")\s+(?P<unit>hour|day|week|fortnight|month|year)s?\s+ago\b)")
def _ago(m, published):
    n = _count(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    precision = {"hour": 1, "day": 1, "week": 2, "fortnight": 2, "month": 3, "year": 3}[unit]
    if published is None:
        return None, precision, True
    if unit in ("hour", "day", "week", "fortnight"):
        days = {"hour": n // 24, "day": n, "week": 7 * n, "fortnight": 14 * n}[unit]
        return published - dt.timedelta(days=days), precision, True
    if unit == "month":
        back = _add_months(published, -n)
        return _mid_month(back.year, back.month), 3, True
    return dt.date(published.year - n, 7, 1), 3, True


# "It has been ten days since police beat protesters", "two weeks have passed since the raid": what
# follows "since" happened that long before publication, as "ten days ago" did
@_rule(
    r"(?i:\bit\s+(?:has\s+been|is)\s+(?:(?:just|only|now|nearly|almost|exactly)\s+)?(?P<n>" + _NUMBER_WORD
    + r")\s+(?P<unit>day|week|fortnight|month)s?\s+since\b|\b(?P<n2>" + _NUMBER_WORD
    + r")\s+(?P<unit2>day|week|fortnight|month)s?\s+have\s+passed\s+since\b)"
)  # fmt: skip
def _since_ago(m, published):
    n = _count(m["n"] or m["n2"])
    unit = (m["unit"] or m["unit2"]).lower()
    if n is None:
        return None
    precision = {"day": 1, "week": 2, "fortnight": 2, "month": 3}[unit]
    if published is None:
        return None, precision, True
    if unit == "month":
        back = _add_months(published, -n)
        return _mid_month(back.year, back.month), 3, True
    return published - dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]), precision, True


# "on Wednesday last week", "Wednesday of last week": that weekday in the calendar week (Monday to
# Sunday) before the publication's, not the latest Wednesday; "on Tuesday last" (British and South Asian
# papers): the Tuesday before publication, never its day
@_rule(
    r"(?i:\b(?:on\s+)?)" + _WEEKDAY_RE.format(g="wd")
    + r"(?i:(?P<week>(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b)"
    + r"|\s+last\b(?!\s+(?:week|month|year|night|weekend|\w+day)\b))"
)  # fmt: skip
def _weekday_last(m, published):
    if published is None:
        return None, 1, True
    if m["week"]:
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return resolve_weekday(m["wd"], monday + dt.timedelta(days=6)), 1, True
    return resolve_weekday(m["wd"], published, before=True), 1, True


@_rule(r"(?i:\bthe\s+day\s+before\s+yesterday\b)")
def _day_before_yesterday(m, published):
    return (published - dt.timedelta(days=2) if published else None), 1, True


@_rule(r"(?i:\b(?:(?:late|early)\s+)?(?:yesterday|last\s+night|overnight)(?:\s+(?:morning|afternoon|evening|night))?\b)")
def _yesterday(m, published):
    return (published - dt.timedelta(days=1) if published else None), 1, True


@_rule(r"(?i:\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b)")
def _today(m, published):
    return published, 1, True


# "today, Wednesday," / "yesterday (Tuesday)": the weekday names the day, though the statement that says
# "today" was written a day before it was published or filed.
@_rule(
    r"(?i:\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)[ \t]*(?:,[ \t]*|\([ \t]*))"
    + _WEEKDAY_RE.format(g="wd") + r"\b\)?"
)  # fmt: skip
def _today_named(m, published):
    return resolve_weekday(m["wd"], published), 1, True


@_rule(
    r"(?i:\b(?:(?P<mod>late|early|earlier|last|past|previous|this|next|overnight)\s+)?(?:on\s+)?)"
    + _WEEKDAY_RE.format(g="wd")
    + r"(?i:(?:'s|\u2019s)?(?:\s+(?:night|morning|afternoon|evening))?)\b"
)  # fmt: skip
def _weekday(m, published):
    mod = (m["mod"] or "").lower()
    if mod == "next":
        return None
    name = m["wd"]
    return resolve_weekday(name, published, before=mod in ("last", "past", "previous")), 1, True


@_rule(
    r"(?i:\b(?:on|of)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b)(?!\s+(?:of\s+)?" + _MONTH_RE.format(g="mo") + r")"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?i:of|at|in|on|when|and|after|before|as|while|during|near|around|about)\b)"
)  # fmt: skip  (an ordinal before a noun is no day: "on the 5th floor", "on the 3rd Brigade")
def _ordinal_day(m, published):
    """"on the 5th", "the night of the 5th": a day of the publication's month, or of the month before when
    that day is still to come."""
    if published is None:
        return None, 1, True
    day = int(m["d"])
    for back in (0, -1, -2):
        month = _add_months(published.replace(day=1), back)
        value = _valid(month.year, month.month, day)
        if value is not None and value <= published:
            return value, 1, True
    return None


# "on the 9th inst." (of this month) and "on the 28th ult." (of the month before), as South Asian papers
# still write
@_rule(r"(?i:\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<which>inst|instant|ult|ultimo)\b\.?)")
def _instant(m, published):
    if published is None:
        return None, 1, True
    back = 0 if m["which"].lower().startswith("inst") else -1
    month = _add_months(published.replace(day=1), back)
    value = _valid(month.year, month.month, int(m["d"]))
    return (value, 1, True) if value is not None and value <= published else None


_FIXED_DAYS = {row[0].lower(): (int(row[1]), int(row[2])) for row in read_rows("fixed_days.tsv", 3)}


@_rule(r"(?i:\b(?:" + "|".join(re.escape(name) for name in sorted(_FIXED_DAYS, key=len, reverse=True)) + r")\b)")
def _fixed_day(m, published):
    month, day = _FIXED_DAYS[m.group(0).lower()]
    return resolve_month_day(month, day, published), 1, True


@_rule(r"(?i:\b(?:(?P<mod>earlier|later)\s+)?this\s+week\b)")
def _this_week(m, published):
    if published is None:
        return None, 2, True
    monday = published - dt.timedelta(days=published.weekday())
    if (m["mod"] or "").lower() == "earlier":
        end = max(monday, published - dt.timedelta(days=1))
        return _mid(monday, end), 2, True
    return _mid(monday, published), 2, True


@_rule(r"(?i:\b(?:last|past|previous)\s+week(?:end)?\b|\b(?:over|at|during)\s+the\s+weekend\b|\bthis\s+weekend\b)")
def _last_week(m, published):
    if published is None:
        return None, 2, True
    text = m.group(0).lower()
    if text.endswith("weekend"):
        saturday = resolve_weekday("saturday", published, before=text.startswith(("last", "past", "previous")))
        return saturday, 2, True
    monday = published - dt.timedelta(days=published.weekday() + 7)
    return monday + dt.timedelta(days=3), 2, True


@_rule(r"(?i:\b(?P<mod>last|past|previous|earlier\s+this|this)\s+(?P<unit>month|year)\b)")
def _month_or_year(m, published):
    if published is None:
        return None, 3, True
    mod, unit = m["mod"].lower(), m["unit"].lower()
    if unit == "month":
        if mod.startswith(("last", "past", "previous")):
            back = _add_months(published, -1)
            return _mid_month(back.year, back.month), 3, True
        return min(_mid_month(published.year, published.month), published), 3, True
    if mod.startswith(("last", "past", "previous")):
        return dt.date(published.year - 1, 7, 1), 3, True
    return _mid(dt.date(published.year, 1, 1), published), 3, True


# ---------------------------------------------------------------------------------------------------------


_LEADING_PREP = re.compile(r"(?i:(?:in|during|since|until|by|from|of|on|before|after|between|and|to)\s+)")


def _core(m: re.Match[str]) -> tuple[int, int]:
    """The reported extent: the match without a leading preposition ("on Sunday" -> "Sunday")."""
    start, end = m.span()
    if "lead" in m.re.groupindex and m["lead"] is not None:
        return m.end("lead"), end  # a line's bullet or bracket before the date ("• 22/6 -", "[14/5/21 21:48]")
    lead = _LEADING_PREP.match(m.group(0))
    return (start + lead.end() if lead else start), end


# A date followed by one of these nouns names a place or a group (knowledge/data/dated_names.tsv).
_NAME_NOUNS = frozenset(row[0].lower() for row in read_rows("dated_names.tsv", 1))
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _names_something(text: str, end: int) -> bool:
    """Is the date that ends at ``end`` part of a name ("the July 7 neighbourhood")?"""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in _NAME_NOUNS


# A weekday written after a day of the month names that day's weekday ("On 14 June 2015, a Sunday,",
# "14 June (Sunday)"): it is no other day counted back from publication.
_WEEKDAY_APPOSITION = re.compile(r"[ \t]*(?:,[ \t]*(?:an?[ \t]+|the[ \t]+)?|\([ \t]*)\Z")


def _names_its_weekday(text: str, before: tuple, mention: tuple) -> bool:
    start, _end, order, _resolved = mention
    if _RULES[order][1] is not _weekday or before[3][1] != 1 or _RULES[before[2]][1] is _weekday:
        return False
    return _WEEKDAY_APPOSITION.match(text[before[1] : start]) is not None


# What each rule's pattern cannot match without, checked once per text before the rule runs (most
# sentences name no date: running every pattern over every sentence was about 4% of extraction): "d" a
# figure, "m" a month's name (its first three letters, as _MONTH_RE writes them), "dm" both, or any of
# some words in lower case. A rule not listed always runs.
_NEEDS: dict[Callable, str | tuple[str, ...]] = {
    _iso: "d", _slashed: "d", _date_time_group: "dm", _slashed_day_month: "d", _day_month_short_year: "dm",
    _month_day: "dm", _month_the_day: "dm", _day_month: "dm", _day_span: "dm", _month_day_span: "dm", _month_year: "dm", _month_alone: "m",
    _decade: "d", _year: "d", _ago_today: ("ago",), _this_day_in: "d", _the_year: "d", _ago: ("ago",),
    _since_ago: ("since",), _weekday_last: ("day",), _day_before_yesterday: ("yesterday",),
    _yesterday: ("yesterday", "night"), _today: ("today", "tonight", "this"), _today_named: ("day",),
    _weekday: ("day",), _ordinal_day: "d", _instant: "d", _this_week: ("week",), _last_week: ("week",),
    _month_or_year: ("month", "year"),
}  # fmt: skip
_A_FIGURE = re.compile(r"\d")
_A_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")


# The letters a pattern's (?i:) matches with an ASCII letter but str.lower() does not give as one: dotted and
# dotless i, the long s and the Kelvin sign ("LAST NİGHT" matches "last night" in the rules)
_IGNORECASE_KIN = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _rules_for(text: str) -> list[tuple[int, re.Pattern[str], Callable]]:
    """(order, pattern, resolver) of the rules that may match in ``text`` (see _NEEDS)."""
    lower = text.lower() if text.isascii() else text.translate(_IGNORECASE_KIN).lower()
    figure, month = _A_FIGURE.search(text) is not None, _A_MONTH.search(text) is not None
    found = []
    for order, (pattern, resolve) in enumerate(_RULES):
        needs = _NEEDS.get(resolve)
        if needs is None or (
            (figure and (needs == "d" or needs == "dm" and month))
            or (month and needs == "m")
            or (isinstance(needs, tuple) and any(word in lower for word in needs))
        ):
            found.append((order, pattern, resolve))
    return found


# the rules that read a day and month, with or without a year (see _far_without_year)
_YEARLESS_DAYS = (_slashed_day_month, _month_day, _month_the_day, _day_month, _day_span, _month_day_span)


# A day of the month or a month's name in a date's words: "16 November", "the 16th", "Nov 16"
_OF_A_MONTH = re.compile(r"\d|" + _MONTH_RE.format(g="m"))
_AGO = re.compile(r"(?i:\bago\b)")


def counts_from_today(mention: DateMention) -> bool:
    """Is a date a day counted from the day of writing ("yesterday", "on Sunday", "three days ago"), not
    a day of a month written without its year ("16 November")?"""
    if not mention.relative or mention.precision != 1:
        return False
    return _OF_A_MONTH.search(mention.text) is None or _AGO.search(mention.text) is not None


@dataclass(frozen=True)
class _Stretch:
    text: str
    start_char: int


def find_dates_at(text: str, start: int, published: dt.date | None = None) -> list[DateMention]:
    """Date mentions in a stretch of plain text that begins at ``start`` in a larger text (a line, the
    words between two sentences), offsets into the larger text."""
    return find_dates(_Stretch(text, start), published)


def find_dates(span, published: dt.date | None = None, earlier: str = "") -> list[DateMention]:
    """Date mentions in a spaCy ``Span`` or ``Doc`` (any object with ``.text``), offsets into ``doc.text``.
    ``earlier``: the text of the same paragraph before the parsed piece, where a long paragraph is
    parsed in pieces, for the year its story is set in (_in_story_year)."""
    text = getattr(span, "text", None)
    if not isinstance(text, str):
        return []
    base = getattr(span, "start_char", 0) or 0
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        published = None
    candidates = []
    for order, pattern, resolve in _rules_for(text):
        for m in pattern.finditer(text):
            try:
                resolved = resolve(m, published)
            except (ValueError, OverflowError, KeyError):
                resolved = None
            if resolved is None:
                continue
            start, end = _core(m)
            candidates.append((start, end, order, resolved))
    # Longest first (then the earlier rule); drop anything overlapping a kept mention.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    kept: list[tuple[int, int, int, Resolved]] = []
    for cand in candidates:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    kept = [k for k in kept if not _names_something(text, k[1])]
    kept.sort(key=lambda c: c[0])
    kept = [k for i, k in enumerate(kept) if not (i and _names_its_weekday(text, kept[i - 1], k))]
    if published is not None and any(_far_without_year(k, published) for k in kept):
        kept = _in_story_year(span, text, base, kept, published, earlier)
    return [
        DateMention(text=text[s:e], start=base + s, end=base + e, value=r[0], precision=r[1], relative=r[2])
        for s, e, _, r in kept
    ]


# A day and month written without a year more than a month before publication is no recent day of a news
# story: when the text set a year before it ("On 1 August 1998, rebels seized Goma. On 4 August they
# attacked Kisangani", "The rebellion began in August 1998. On 4 August ..."), it is a day of that year.
_STORY_YEAR_DAYS = 31
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OPEN_YEAR_WORDS = "since|until|till|by|from|before|after|between|and|to"  # before a year no story is set in
_OPEN_YEAR = re.compile(rf"(?i:{_OPEN_YEAR_WORDS}|of)\b")
_OPEN_YEAR_BEFORE = re.compile(rf"(?i:\b(?:{_OPEN_YEAR_WORDS})[ \t]+)\Z")


def _far_without_year(candidate: tuple, published: dt.date) -> bool:
    _start, _end, order, resolved = candidate
    return (
        _RULES[order][1] in _YEARLESS_DAYS and resolved[2] and resolved[0] is not None
        and (published - resolved[0]).days > _STORY_YEAR_DAYS
    )


def _in_story_year(span, text: str, base: int, kept: list, published: dt.date, earlier: str = "") -> list:
    """``kept`` with its far yearless days (_far_without_year) put in the year the text set before them,
    in the same paragraph: its latest date that writes a year (not an open one: "since 2015")."""
    doc = getattr(span, "doc", None)
    before = earlier + (doc.text[:base] if doc is not None and base else "")
    set_years = []  # (where, year, set by a full date): the years the text set, in its order
    if _YEAR_IN.search(before):
        set_years = [
            (m.start - len(before), m.value.year, m.precision == 1) for m in find_dates(_Stretch(before, 0), published)
            if m.value is not None and _sets_year(before, m.start, m.end, m.relative)
        ]
    set_years += [
        (k[0], k[3][0].year, k[3][1] == 1) for k in kept if k[3][0] is not None and _sets_year(text, k[0], k[1], k[3][2])
    ]
    out = []
    for candidate in kept:
        start, end, order, resolved = candidate
        if _far_without_year(candidate, published):
            year, full = next(((y, f) for at, y, f in reversed(set_years) if at < start), (None, False))
            if year is not None and not full and resolved[0].year - year < 2:
                year = None  # a year or a month of last year is a tally's or a background's ("killed 500 in 2023")
            moved = _valid(year, resolved[0].month, resolved[0].day) if year is not None and year < resolved[0].year else None
            if moved is not None:
                candidate = (start, end, order, (moved, resolved[1], False))
        out.append(candidate)
    return out


def _sets_year(text: str, start: int, end: int, relative: bool) -> bool:
    """Does the date at text[start:end] write a year the story is set in (not "since June 2015")?"""
    if relative or _YEAR_IN.search(text, start, end) is None or _OPEN_YEAR.match(text, start, end):
        return False
    return _OPEN_YEAR_BEFORE.search(text[max(0, start - 10) : start]) is None
