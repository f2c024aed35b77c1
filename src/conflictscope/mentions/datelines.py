"""Where and when a report was filed, as its first words say: a wire dateline ("FREETOWN, Jan 14 (Reuters)
- ...", "Kathmandu, Dec 1: ...", "KOIDU -") or a bulletin's heading that ends with its date ("Weekly
alert, Cauca, 3 May 2001."). The filing day is the day the story's "on Monday" and "yesterday" count
back from, and it is no event's date; the dateline's town is where the reporter was, not where the event
happened (events/datelines.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from conflictscope.knowledge import read_rows
from conflictscope.mentions.dates import day_and_month, find_dates_at, month_number, resolve_month_day, resolve_weekday
from conflictscope.types import DateMention

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

# A date as a dateline or heading writes it: "Jan 14", "March 3, 1999", "14 January 1998"; ``tag`` tells
# apart the groups of a second date in one pattern.
def _written_date(tag: str = "") -> str:
    return (
        rf"(?:(?P<mo{tag}>{_MONTH})\s+(?P<d{tag}>{_DAY})(?:\s*,\s*(?P<y{tag}>{_YEAR}))?"
        rf"|(?P<d2{tag}>{_DAY})\s+(?P<mo2{tag}>{_MONTH})(?:,?\s+(?P<y2{tag}>{_YEAR}))?)"
    )


_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FIGURES_DATE = r"(?P<fa>[0-3]?\d)(?P<fsep>[./])(?P<fb>[01]?\d)(?P=fsep)(?P<fy>(?:19|20)\d\d)"  # day first


# What follows the town in a dateline, up to the dash or colon that opens the story: a country or
# province (", Yugoslavia", ", Fla."), a date (", March 3"), an agency or a date in brackets ("(Reuters)",
# "(Jan. 31, 2014)").
_BEFORE_STORY = (
    r"(?P<where>(?:\s*,\s*[A-Z][\w.'’-]*(?:(?:\s+(?:of(?:\s+the)?|and|the))?\s+[A-Z][\w.'’-]*){0,3})?)"
    rf"(?:\s*(?:(?:,|(?<=[ \t])[-–—])\s*)?(?:(?i:{_WEEKDAY_NAME}),?\s+)?{_written_date()})?"
    rf"(?:\s*\((?:\s*{_written_date('b')}\s*|\s*{_FIGURES_DATE}\s*|[A-Z][^()\n]{{0,40}}|[a-z][\w-]*(?:\.[a-z]{{2,6}}){{1,2}})\))?"
    rf"(?(mo)|(?(d2)|(?:[ \t]*,?[ \t]*{_written_date('c')})?))"
)  # (an agency may be a news site: "Dhaka, March 14 (bdnews24.com) -"; the date may follow a dash or a
# weekday, or be written in figures in brackets: "Harare — March 12, 2019:", "KAMPALA, Tuesday March 12,
# 2019 --", "Mogadishu (12/03/2019) -"; or follow the agency: "LAGOS (Reuters) March 12 -")
_AGENCY_SLASHED = r"\.?[ \t]*/[A-Z][A-Za-z-]{1,15}/\.?[ \t]*(?:[-–—][ \t]*)?\s"  # TASS's "MOSCOW, March 14. /TASS/."
# (with a day and an agency, the story may start without a dash: "IKEJA, Mar 12 (NAN) Police on Monday ...")
_AFTER_TOWN = _BEFORE_STORY + r"(?:[ \t]*(?:--?|–|—|:)\s|" + _AGENCY_SLASHED + r"|(?<=\))(?(mo)[ \t]+(?=[A-Z])|(?(d2)[ \t]+(?=[A-Z])|(?!))))"
# A line of a log may head its text with the place alone, in a cell of a table ("27 June | Gao | An IED
# struck ..."), or with its region ("Nakuru County: supporters of ..."): read as a dateline within the
# text, not at its start.
_REST_OF_DATELINE = re.compile(
    r"(?:[ \t]+(?:County|Province|District|Region|State|Governorate|Department|Prefecture))?"
    + _BEFORE_STORY + r"(?:[ \t]*(?:--?|–|—|:|\|)\s|" + _AGENCY_SLASHED + ")"
)

_TOWN = r"[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){0,3}"
# A weekday before a day's figure is a log entry's date, not a dateline's town ("Mon 14 Nov: ...",
# "Monday 14 November:"), though "Mon" is a state of Myanmar
_NOT_A_WEEKDAY = r"(?!(?i:mon|tues?|wed|thu|thurs?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?[ \t]+\d)"
_DATELINE = re.compile(rf"[ \t]*{_NOT_A_WEEKDAY}(?P<town>{_TOWN}){_AFTER_TOWN}")

# A heading of a few words without figures that ends with a comma and a full date: "Human rights alert,
# Cauca, 3 May 2001."
_HEADING = re.compile(
    rf"[ \t]*(?P<head>[A-Z][^.\n:;\d]{{0,80}}?),\s+(?P<date>(?:(?P<mo>{_MONTH})\s+(?P<d>{_DAY}),\s*(?P<y>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<mo2>{_MONTH})\s+(?P<y2>{_YEAR})))[ \t]*(?:\.|\n|\Z)"
    rf"|[ \t]*(?P<headb>[A-Z][^.\n:;\d()]{{0,80}}?)[ \t]*\((?P<dateb>{_written_date('b')})\)[ \t]*(?:[:–—-][ \t]*|\n|\Z)"
)  # or with the date in brackets: "Humanitarian update - Gedo region (10 July 1991)", "Brief (8 March 2021): ..."

# A line of a page's metadata that dates it: "Posted on 15 March 2021", "By A. Writer | Updated: March 15,
# 2021 10:42 am", "Sent: Monday, March 15, 2021 9:02 AM", a newspaper's date line with its weekday
# ("FRIDAY, MARCH 19, 2021"), an email's header ("Date: Mon, 15 Mar 2021 09:02:11 +0000"), an alert's or a
# feed item's line of fields ending with its date ("ALERT | Nigeria | Lagos | Civil unrest | 18 MAR 2021"), a date with
# a time of day ("15 Mar 2021 09.14 GMT"), or a date in figures before a bar ("15.03.2021 | Press
# release"). (A label and a date, "Statement | 15 March 2021", is left alone: a think-tank's dated
# heading read so lost a held-out note's actor1, session 17.) The day
# the story's "yesterday" counts from. A bare date line without a weekday may head a chronology's entry,
# and is left to read_entry_dates.
# A time of day before the date of a page's line ("Published: 11:52 BST, 11 June 2019").
_CLOCK = r"[0-2]?\d[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
_WEEKDAY_SHORT = r"(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\b\.?"  # after "Posted": "Posted Tue 3 Dec 2019, 22:41"
_POSTED = re.compile(
    rf"(?i:[ \t]*(?:(?P<kw>(?:[^\n]{{0,60}}?[|·•(][ \t]*)?(?:posted|published|updated|last[ \t]+updated|sent|filed|released|recorded|broadcast|aired)"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t]*(?:(?:{_WEEKDAY_NAME}|{_WEEKDAY_SHORT}),?[ \t]+)?(?:{_CLOCK}[ \t]*,?[ \t]+)?)|(?P<wd>{_WEEKDAY_NAME}),?[ \t]+"
    r"|(?P<mail>date:[ \t]*(?:mon|tue|wed|thu|fri|sat|sun),[ \t]*)"
    r"|(?P<by>by[ \t]+[^\n|·•\d]{1,50}?[ \t]*[|·•][ \t]*)"  # a byline's: "By Ade Bello | 12 March 2019"
    r"|(?P<cells>(?:[^\n|\d]{1,40}\|){2,8}[ \t]*))?"  # (no blanks inside the repeat: they would backtrack)
    rf"(?P<date>{_written_date('b')})(?![ \t]*[-–]\d)"
    r"(?:[ \t]*[,/]?[ \t]*(?:at[ \t]+)?(?P<time>[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?)(?:[ \t]*(?:[ap]\.?m\.?))?"
    r"(?:[ \t]*(?:\(?[A-Z]{2,4}\)?|[+-]\d{4}))?)?"
    r"\)?[ \t]*(?:[|·•/][^\n]*|,?[ \t]+by[ \t]+[^\n\d]{1,60})?(?:\n|\Z))"
)  # (a date line with none of these before it must give a time of day: "15 Mar 2021 09.14 GMT"; a
# blog's "Posted on March 12, 2019 by admin" and a podcast's "Episode 14 (recorded 12 March 2019)" end so)
# A date in figures heading the page or a post: "15.03.2021 | Press release", "[15.03.21 09:14] Rebels
# shelled ..." (a channel's export; a two-digit year only with a time of day), "ATTACK ON CLINIC -
# 16/03/2021" (an incident report's title and day)
_FIGURES_DATE_LINE = re.compile(
    r"[ \t]*(?:(?P<head>[A-Z][^\n\d\[]{0,80}?)[ \t]*[-–—|:][ \t]*)?(?P<open>\[)?(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
    r"(?:[ \t,]+(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?))?"
    r"(?(open)\][ \t]*|[ \t]*(?:[|·•–—][^\n]*)?(?:\n|\Z))"
)


def _posted_day(text: str, start: int, published: dt.date | None, after_byline: bool = False) -> tuple[int, dt.date] | None:
    """Where a metadata line that dates the page ends, and its day (see _POSTED); a bare date line dates
    the page after a byline ("By Staff Reporter" / "18 March 2021")."""
    found = _POSTED.match(text, start) or _SPAN_HEADING.match(text, start)
    if found is not None:
        groups = found.groupdict()
        if "kw" in groups and not after_byline and not any(groups[k] for k in ("kw", "wd", "mail", "by", "time", "cells")):
            return None  # a bare date line may head a chronology's entry (read_entry_dates)
        if groups.get("cells") and any(c in text[found.end("date") : found.end()] for c in "|·•"):
            return None  # a log's row with more after its date ("Mali | Kidal | 15 March 2021 | gunmen fired ...")
        day = _filing_day(found, published)
        return None if day is None else (found.end(), day)
    found = _DATE_LEAD.match(text, start)
    if found is not None:
        day = _filing_day(found, published)
        if day is not None and published is not None and 0 <= (published - day).days <= DATE_LEAD_DAYS:
            return found.end(), day
    found = _ALERT_STAMP.match(text, start)
    if found is not None and found["hhmm"] and _may_be_year(int(found["hhmm"]), published):
        found = None  # "12/08 2019 -": a date's year, not the time "19:30" written without its colon
    if found is not None:
        day, month = day_and_month(int(found["a"]), int(found["b"]))
        value = resolve_month_day(month, day, published) if 1 <= month <= 12 else None
        return None if value is None else (found.end(), value)
    found = _FIGURES_DATE_LINE.match(text, start)
    if found is None or len(found["y"]) == 2 and not found["time"]:
        return None
    year = int(found["y"]) if len(found["y"]) == 4 else 2000 + int(found["y"])
    try:
        day = dt.date(year, *reversed(day_and_month(int(found["a"]), int(found["b"]))))
    except ValueError:
        return None
    if published is not None and day > published + dt.timedelta(days=1):
        return None
    return found.end(), day


# A community alert's stamp after its channel's name, a day and month in figures and a time of day before
# the alert's words: "SMS ALERT 19/01 14:32: Gunfire near ...", "Security alert (Juba) 18/01 2105 - ...".
# The time tells a stamp from a figure: four figures are a year, not a time, when they may be a recent
# year ("12/08 2019 -"; _may_be_year), and a time otherwise ("12/03 1930:" in 2019); the day is the
# alert's, in the year that keeps it before publication.
_ALERT_STAMP = re.compile(
    r"[ \t]*[A-Za-z][^\n\d:|]{0,60}?[ \t]+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)[ \t,]+(?:at[ \t]+)?(?:[0-2]?\d:[0-5]\d|(?P<hhmm>[0-2]\d[0-5]\d))"
    r"(?:[ \t]*(?i:hrs|h|gmt|utc|eat|wat|cat|local time))?[ \t]*(?:--?|–|—|:|\|)[ \t]*(?=\S)"
)


def _may_be_year(figure: int, published: dt.date | None) -> bool:
    """Could four figures after a day and month be its year? One of the YEAR_BACK years before
    publication, or the next (or, with no publication day to tell, any from 1800), yes: "1930" in a 2019
    alert is half past seven."""
    if published is None:
        return 1800 <= figure <= 2099
    return published.year - YEAR_BACK <= figure <= published.year + 1


YEAR_BACK = 30


# A dateline of a date alone before the story's dash: "11 June 2019 — Gunmen killed ...", "Tuesday, June
# 11, 2019 - ...". Only a day at most DATE_LEAD_DAYS before publication: a chronology's first entry ("12
# January 1992 - Troops retake Kenema") is older, and its entries are read by read_entry_dates.
_DATE_LEAD = re.compile(rf"[ \t]*(?:{_WEEKDAY_NAME},?[ \t]+)?{_written_date('b')}[ \t]*(?:--?|–|—)[ \t]+(?=[A-Z\"“])", re.IGNORECASE)
DATE_LEAD_DAYS = 3


# A digest's heading that names the span of days it covers: "Weekly digest, 8-14 March 2021", "Week of
# 1 - 7 June 2019:", "Situation update (22-28 May 2016)". The span's last day is the one the digest's "on
# Tuesday" counts back from.
_SPAN_HEADING = re.compile(
    rf"[ \t]*(?:[A-Z][^\n\d]{{0,60}}?)?\(?[ \t]*[0-3]?\d(?:st|nd|rd|th)?[ \t]*[-–][ \t]*(?P<d>{_DAY})[ \t]+(?P<mo>{_MONTH}),?[ \t]+(?P<y>{_YEAR})"
    r"[ \t]*\)?[ \t]*:?[ \t]*(?:\n|\Z)"
)

_LEAD = 300  # a dateline or heading opens the text: look no further than this many characters


@dataclass(frozen=True)
class Filing:
    """Where the dateline or heading ends in the text, its town's span (None for a heading), and the
    filing day (None when it cannot be told)."""

    end: int
    town: tuple[int, int] | None
    filed: dt.date | None


def date_heading_end(text: str, start: int, published: dt.date | None = None) -> int:
    """Where the text after a date that heads a line's words ends ("27/6 - Gao: ...", "27 June | Gao |
    ...": the start of "Gao"); ``start`` when no date heads them there."""
    if not _MAY_OPEN_WITH_DATE.match(text, start):
        return start  # read for every sentence: the date rules only where a date can start
    dates = find_dates_at(text[start : start + _ENTRY_LEAD], start, published)
    if not dates or dates[0].start != start:
        return start
    closed = _HEADING_CLOSE.match(text, dates[0].end)
    return closed.end() if closed is not None else start


# What a date can start with: a figure, a month's name or a weekday ("27/6", "March 3", "Monday 3 March").
_MAY_OPEN_WITH_DATE = re.compile(rf"\d|(?i:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_HEADING_CLOSE = re.compile(r"[)\]]?[ \t]*(?::|--?|–|—|\|)[ \t]*")


def dateline_after(text: str, end: int) -> tuple[int, int] | None:
    """When the words after ``text[:end]`` (a town that opens a sentence) make it a dateline: the span of
    the dateline's country or province (", Fla."), empty when it names none."""
    found = _REST_OF_DATELINE.match(text, end)
    return found.span("where") if found is not None else None


# What may close a date written alone at the head of a bulletin's entry (after a bullet or an opening
# bracket), after the full stop of an abbreviated month ("16 Mar.") and a time of day ("11 Jul 2016,
# 15:00"): a colon or dash before its text, a closing bracket, a table's bar, a full stop ("3 March
# 1994. Colombia, Antioquia ..."), or the end of the line; its weekday in brackets may follow it
_ENTRY_CLOSE = re.compile(
    r"\.?(?:,?[ \t]*(?:at[ \t]+)?[0-2]?\d[:.h]?[0-5]\d[ \t]*(?i:hrs|h|gmt|utc|local time|am|pm|a\.m\.|p\.m\.)?)?"
    rf"(?:[ \t]*\((?i:{_WEEKDAY_NAME})\))?"  # a day's page heading: "June 10, 2014 (Tuesday)"
    r"[)\]]?[ \t]*(?::|--?|–|—|[)\]|.])?[ \t]*(?=\S|\n|\Z)"
)
_ENTRY_LEAD = 40  # an entry's date is among the first characters of its line


@lru_cache(maxsize=1)
def _form_labels() -> dict[str, re.Pattern[str]]:
    """form_labels.tsv: field -> a pattern of its labels and colon at the head of a line."""
    fields: dict[str, list[str]] = {"date": [], "incident": [], "place": []}
    for label, field, *_ in read_rows("form_labels.tsv", 2):
        pattern = r"\s+".join(re.escape(w) for w in label.split())
        fields.setdefault(field, []).append(pattern)
        if field == "incident":  # a date field too
            fields["date"].append(pattern)
    return {
        field: re.compile(r"[ \t]*(?i:" + "|".join(sorted(labels, key=len, reverse=True)) + r")[ \t]*:[ \t]*")
        for field, labels in fields.items()
    }


def read_entry_dates(text: str, published: dt.date | None) -> list[tuple[int, DateMention]]:
    """Dates written alone at the head of a line, before its text ("5 March: Gunmen ...", "(05/03/2004)
    Gunmen ...", "14 November:" on a line of its own), or after a form's date label ("Date: 14 June
    2015"): a bulletin's entries, each dating the sentences after it that give no date of their own; a
    live blog's time of day ("09:10 In Kharkiv, ...") heads an entry told on the publication day. Each
    as (where its text starts, the date mention)."""
    entries = []
    label = _form_labels()["date"]
    year = None  # a chronology's year, on a line of its own before its entries ("1994")
    column = _column_day(text, published)  # an almanac column's day and month ("ON THIS DAY - April 3")
    for line in re.finditer(r"[^\n]+", text):
        if (heading := _YEAR_LINE.fullmatch(line[0])) is not None:
            year = int(heading["year"])
            continue
        if column is not None and (opened := _YEAR_OPENING.match(line[0])) is not None:
            # "1948: Before dawn, ..." under "ON THIS DAY - April 3": that day and month in that year
            try:
                day = dt.date(int(opened["year"]), *column)
            except ValueError:
                continue
            if published is None or day <= published:
                mention = DateMention(opened["year"], line.start() + opened.start("year"), line.start() + opened.end("year"), day, 1, relative=False)
                entries.append((line.start() + opened.end(), mention))
            continue
        labelled = label.match(line[0])
        lead = labelled.end() if labelled else len(line[0]) - len(line[0].lstrip(" \t([•*·"))
        if not labelled and (cell := _REFERENCE_CELL.match(line[0])) is not None:
            lead = cell.end()  # "Ref NK-071 | 06/07/2016 | Kiwanja": a table row's date after its number
        dates = find_dates_at(line[0][: lead + _ENTRY_LEAD], line.start(), published)
        if not dates or dates[0].start != line.start() + lead:
            if not labelled and (field := _field_entry(text, line, label, published)) is not None:
                entries.append(field)
                continue
            timed = _TIMESTAMP.match(line[0])
            if timed is not None and published is not None:
                # a live blog's entry, headed by its time alone: told on the day the blog is published
                stamp = DateMention(timed["time"], line.start() + timed.start("time"), line.start() + timed.end("time"), published, 1, relative=True)
                entries.append((line.start() + timed.end(), stamp))
            continue
        closed = _ENTRY_CLOSE.match(text, dates[0].end)
        if closed is None or (
            not labelled and closed.end() < len(text) and text[closed.end()] != "\n" and not closed[0].strip()
        ):
            continue  # "5 March gunmen killed ..." is a sentence, not an entry's heading
        entries.append((closed.end(), _in_year(dates[0], year)))
    return entries


# An almanac column's heading ("ON THIS DAY - April 3", "Today in history: 3 April", "On this day") and
# its entries, each opening with a year ("1948: Before dawn ...", "1961 - ...")
_COLUMN_HEADING = re.compile(r"[ \t]*(?i:on\s+this\s+(?:day|date)|this\s+day\s+in\s+history|today\s+in\s+history)\b(?![ \t]+in\b)[^\n\d]{0,12}(?P<rest>[^\n]{0,30})$", re.MULTILINE)
_YEAR_OPENING = re.compile(r"[ \t]*(?P<year>1[5-9]\d\d|20\d\d)[ \t]*(?::|–|—|-)[ \t]+(?=\S)")


def _column_day(text: str, published: dt.date | None) -> tuple[int, int] | None:
    """(month, day) of an almanac column headed so in its first line: the day its heading names, else
    the day of publication."""
    first = text.lstrip()[:80]
    heading = _COLUMN_HEADING.match(first)
    if heading is None:
        return None
    dates = [d for d in find_dates_at(heading["rest"], 0, published) if d.value is not None and d.precision == 1]
    if dates:
        return dates[0].value.month, dates[0].value.day
    return None if published is None else (published.month, published.day)


def is_incident_date(text: str, start: int) -> bool:
    """Is the date at ``start`` a form's field of the incident's day ("Date of incident: 12 March 2019",
    "Ref. 17 | Date of incident: 12/03/2019 | ...")?"""
    line = text.rfind("\n", 0, start) + 1
    labelled = _form_labels()["incident"].match(text, line)
    if labelled is not None and labelled.end() <= start:
        return True
    incident = _form_labels()["incident"]
    return any(
        (found := incident.match(text, line + at.start())) is not None and found.end() == start
        for at in _IN_LINE_FIELD.finditer(text[line:start])
    )


# A form's field inside a line of fields: after a table's bar, or after the full stop of the field before
# in a line that opens with a field's label ("Country: Chad. Location: Abeche. Date/time: 03/09/2019.")
_IN_LINE_FIELD = re.compile(r"(?<=\|)|(?<=[.;] )")
_FORM_LINE = re.compile(r"[ \t]*[A-Z][\w/ .#-]{0,30}:")


def _field_entry(text: str, line: re.Match[str], label: re.Pattern[str], published: dt.date | None) -> tuple[int, DateMention] | None:
    """A form's date field inside a line of fields ("Report #3381 | Date: 27/01/2008 | Location: Kabati"):
    an entry, as a date field heading its line is, dating the form's sentences below."""
    if ":" not in line[0] or ("|" not in line[0] and not _FORM_LINE.match(line[0])):
        return None
    for at in _IN_LINE_FIELD.finditer(line[0]):
        labelled = label.match(line[0], at.start())
        if labelled is None:
            continue
        start = line.start() + labelled.end()
        dates = find_dates_at(text[start : start + _ENTRY_LEAD], start, published)
        if not dates or dates[0].start != start or dates[0].value is None:
            return None
        closed = _ENTRY_CLOSE.match(text, dates[0].end)
        return (closed.end() if closed is not None else dates[0].end), dates[0]
    return None


# A log's first cell before the date's: an entry's number or reference, short and with a figure
_REFERENCE_CELL = re.compile(r"[ \t]*(?=[^|\n]{0,30}\d)[^|\n]{1,30}?[ \t]*\|[ \t]*(?=\d)")
_YEAR_LINE = re.compile(r"[ \t]*(?P<year>1[89]\d\d|20\d\d)[ \t]*[:.–—-]?[ \t]*")


def _in_year(mention: DateMention, year: int | None) -> DateMention:
    """A yearless entry date ("16 Mar.") in the year its chronology's heading gives."""
    if year is None or not mention.relative or mention.value is None or mention.precision != 1:
        return mention
    try:
        return replace(mention, value=mention.value.replace(year=year), relative=False)
    except ValueError:  # 29 February
        return mention


# A time of day heading a line, before its text ("07:55 Russian drones struck ...", "14:32 GMT - ...").
_TIMESTAMP = re.compile(
    r"[ \t]*(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|IST|local time))?)"
    r"[ \t]*(?:[-–—:|][ \t]*|[ \t]+)(?=[A-Z\"“‘'])"
)


_FIELD_VALUE = re.compile(r"[^\n,;.(]+")
_FIELD_START = re.compile(r"(?:\A|(?<=\n)|(?<=[.;] ))(?=[ \t]*[A-Za-z])")


def without_form_labels(text: str) -> str:
    """``text`` with its forms' field labels blanked out, offsets kept: "Date: 14 June 2015" names no
    town called Date."""
    labels = _form_labels()
    spans = [
        found.span()
        for start in _FIELD_START.finditer(text)
        for found in (labels["date"].match(text, start.start()), labels["place"].match(text, start.start()))
        if found is not None
    ]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def read_form_place(text: str) -> list[tuple[int, int]]:
    """The spans of the places a form's first place field names, in its order ("Location: Hodan
    district, Mogadishu" -> "Hodan district", "Mogadishu"); empty when the text has no such field. A
    field opens a line or follows another's full stop ("Date: 3 May. Location: Kidira.")."""
    for field in _FIELD_START.finditer(text):
        labelled = _form_labels()["place"].match(text, field.start())
        if labelled is None:
            continue
        value = _FIELD_LINE.match(text, labelled.end())
        if value is None:
            continue
        if parts := stripped_parts(text, value.span(), _COMMA_PART):
            return parts
    return []


_FIELD_LINE = re.compile(r"[^\n;.(]+")
_COMMA_PART = re.compile(r"[^,]+")


def stripped_parts(text: str, span: tuple[int, int], part: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans in ``text`` of ``part``'s matches within ``span``, each without the blanks around it;
    blank ones left out (a field's or a heading's parts: "Hodan district, Mogadishu")."""
    start = span[0]
    return [
        (start + found.start() + len(found[0]) - len(found[0].lstrip()), start + found.start() + len(found[0].rstrip()))
        for found in part.finditer(text[span[0] : span[1]])
        if found[0].strip()
    ]


def read_filing(text: str, published: dt.date | None) -> Filing | None:
    """The dateline or dated heading that opens ``text`` (after blank lines and a title line), if any;
    undated, the day of a form's date field among its first words (_form_day)."""
    filing = _read_filing(text, published)
    if filing is None or filing.filed is None:
        if (day := _form_day(text, published) or _bracketed_day(text, published)) is not None:
            return Filing(0, None, day) if filing is None else replace(filing, filed=day)
    return filing


# A heading's date in brackets, with its place, source or time ("Communique No. 14 (Calcutta, 7 December
# 1971)", "[Telegram, the governor's channel, 1 June, 14:22, translated]", "Alert - Embassy of the United
# States, Ulaanbaatar (December 6, 2022)"): the day the page was written, when it is at most
# DATE_LEAD_DAYS before publication (an older day in a heading's brackets may be its event's).
_BRACKETED = re.compile(r"[(\[](?P<inside>[^()\[\]\n]{1,120})[)\]]")


def _bracketed_day(text: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > 160:
        return None
    days = [
        d
        for found in _BRACKETED.finditer(text, start, end)
        for d in find_dates_at(found["inside"], 0, published)
        if d.value is not None and d.precision == 1
    ]
    if len(days) != 1 or not 0 <= (published - days[0].value).days <= DATE_LEAD_DAYS:
        return None
    return days[0].value


# Where a form's field may start among the first words: a line's head, after a table's bar or after the
# full stop of the field before ("Report #3381 | Date: 27/01/2008 | Location: ...", "Location: Kaga.
# Date/time: 20/05/2017, approx. 02:30.")
_FORM_FIELD_START = re.compile(r"(?m:^)|(?<=\|)|(?<=[.;] )")


def _form_day(text: str, published: dt.date | None) -> dt.date | None:
    """The full date of a form's first date field among the first words ("Date: 27/01/2008"), not an
    incident's ("Date of incident:", which its text's "yesterday" was written after): the day the
    form's "this afternoon" and "yesterday" count back from, as a dateline's."""
    labels = _form_labels()
    head = text[:_LEAD]
    if ":" not in head:
        return None
    for field in _FORM_FIELD_START.finditer(head):
        labelled = labels["date"].match(head, field.start())
        if labelled is None:
            continue
        if labels["incident"].match(head, field.start()) is not None:
            return None
        dates = find_dates_at(text[labelled.end() : labelled.end() + _ENTRY_LEAD], labelled.end(), published)
        if not dates or dates[0].start != labelled.end() or dates[0].relative or dates[0].precision != 1:
            return None
        if published is not None and dates[0].value > published + dt.timedelta(days=1):
            return None
        return dates[0].value
    return None


def _read_filing(text: str, published: dt.date | None) -> Filing | None:
    start = len(text) - len(text.lstrip())
    after_byline = False
    for line in range(3):  # the first line, or the one after a title (or after a title and a byline)
        if start >= min(len(text), _LEAD):
            return None
        if (posted := _posted_day(text, start, published, after_byline)) is not None:
            return Filing(posted[0], None, posted[1])
        if line == 2 and not after_byline:
            return None  # (a dateline may follow a title and a byline: "Sudan unrest" / "By Staff Writer" / "KHARTOUM, June 11 -")
        dateline = _DATELINE.match(text, start)
        filing = Filing(dateline.end(), dateline.span("town"), _dateline_day(dateline, published)) if dateline else None
        if filing is not None and filing.filed is not None:
            return filing
        if filing is not None and line == 0 and (below := _dated_dateline_below(text, dateline.end(), published)) is not None:
            # a title that reads as an undated dateline ("LEOPOLDVILLE RIOTS: TOLL RISES") over the dated
            # one, or over the page's date line, which dates it and leaves it the story's place
            return below if below.town is not None else replace(filing, filed=below.filed)
        found = _HEADING.match(text, start)
        heading = Filing(found.end(), None, _filing_day(found, published)) if found and len((found["head"] or found["headb"]).split()) <= 8 else None
        if heading is not None and heading.filed is not None:
            return heading  # a dated heading, though its first words may read as a dateline ("UPDATE - GEDO REGION (10 July 1991)")
        if filing is not None or heading is not None:
            return filing or heading
        newline = text.find("\n", start)
        if newline < 0:
            return None
        after_byline = _BYLINE.match(text, start, newline) is not None
        start = newline + 1 + len(text[newline + 1 :]) - len(text[newline + 1 :].lstrip())
    return None


# A byline: "By Staff Reporter", "By A. Writer and B. Writer", "From our correspondent", "From Our Own
# Correspondent".
_BYLINE = re.compile(r"[ \t]*(?:By|BY|(?:From|FROM)[ \t]+(?i:our|a|an))[ \t]+[^\n\d]{1,60}$")


def _dated_dateline_below(text: str, end: int, published: dt.date | None) -> Filing | None:
    """A dated dateline or page's date line opening the line after the one that ends at ``end``, after
    blank lines ("LEOPOLDVILLE RIOTS: TOLL RISES" / "LEOPOLDVILLE, Jan. 5 - ...", "Thread: ..." / "Posted
    Tue 3 Dec 2019"), or after a byline."""
    newline = text.find("\n", end)
    after_byline = False
    for _ in range(2):
        if newline < 0:
            return None
        start = newline + 1 + len(text[newline + 1 :]) - len(text[newline + 1 :].lstrip())
        if start >= min(len(text), _LEAD):
            return None
        if (posted := _posted_day(text, start, published, after_byline)) is not None:
            return Filing(posted[0], None, posted[1])
        dateline = _DATELINE.match(text, start)
        if dateline is not None and (day := _dateline_day(dateline, published)) is not None:
            return Filing(dateline.end(), dateline.span("town"), day)
        newline = text.find("\n", start)
        after_byline = newline >= 0 and _BYLINE.match(text, start, newline) is not None
        if not after_byline:
            return None
    return None


_WEEKDAY_ALONE = re.compile(rf"[ \t]*,[ \t]*(?P<wd>(?i:{_WEEKDAY_NAME}))[ \t]*")


def _dateline_day(found: re.Match[str], published: dt.date | None) -> dt.date | None:
    """A dateline's day: its date, or its weekday alone, as British papers filed ("DERRY, Wednesday -"):
    the latest such day on or before publication."""
    day = _filing_day(found, published)
    if day is None and (weekday := _WEEKDAY_ALONE.fullmatch(found["where"] or "")) is not None:
        return resolve_weekday(weekday["wd"], published)
    return day


def _filing_day(found: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The match's date, never after the day after publication (a dateline's day without a year takes
    the latest year that keeps it so)."""
    groups = found.groupdict()
    if groups.get("fa"):
        day, month = day_and_month(int(groups["fa"]), int(groups["fb"]))
        try:
            value = dt.date(int(groups["fy"]), month, day)
        except ValueError:
            return None
        return None if published is not None and value > published + dt.timedelta(days=1) else value
    month, day, year = (
        next((groups.get(k + tag) for tag in ("", "2", "b", "2b", "c", "2c") if groups.get(k + tag)), None) for k in ("mo", "d", "y")
    )
    if month is None:
        return None
    number = int(re.match(r"\d+", day).group())
    if year is None:
        return resolve_month_day(month_number(month), number, published)
    try:
        value = dt.date(int(year), month_number(month), number)
    except ValueError:
        return None
    if published is not None and value > published + dt.timedelta(days=1):
        return None
    return value
