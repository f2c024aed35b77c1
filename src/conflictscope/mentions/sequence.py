"""Days told from the event before: "On Sunday, gunmen raided the village. The next day, troops clashed
with them" dates the clash to Monday, not to the story's first day. Such a phrase gives no day of its
own: the pipeline reads it only in a sentence with no date, against the day of the last event told
before it (the anchor)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from conflictscope.knowledge import read_word_sets
from conflictscope.types import DateMention

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# "the next day", "on the following morning", "a day later", "two days later", "48 hours later",
# "a day after the attack", "the day after",
# "that night", "later that day", "the same day"
_LATER = re.compile(
    r"(?i:\b(?:"
    r"(?:on\s+)?the\s+(?:next|following)\s+(?P<next>day|morning|afternoon|evening|night)"
    r"|(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|hours)\s+(?:later|after(?:wards)?)"
    r"|the\s+(?P<after>day)\s+after"
    r"|(?:later\s+|earlier\s+)?(?:on\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
    r"|(?:on\s+|later\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)"
    r")\b)"
)


def _days(found: re.Match[str]) -> int | None:
    if found["next"] or found["after"]:
        return 1
    if found["count"]:
        word = found["count"].lower()
        number = int(word) if word.isdigit() else _COUNTS[word]
        if found["unit"].lower() == "hours":
            return number // 24 if number % 24 == 0 else None  # "48 hours later"; "12 hours later" tells no day
        return number
    return 0  # "that night", "the same day"


def find_later_dates(text: str, base: int, anchor: DateMention | None) -> list[DateMention]:
    """The phrases of ``text`` that date what they tell from the event before, resolved against
    ``anchor`` (that event's date; none: nothing is resolved); offsets are ``base`` plus the offset
    in ``text``."""
    if anchor is None or anchor.value is None:
        return []
    found_dates = []
    for found in _LATER.finditer(text):
        days = _days(found)
        if days is None:
            continue
        value = anchor.value + dt.timedelta(days=days)
        found_dates.append(DateMention(found.group(), base + found.start(), base + found.end(), value, anchor.precision, relative=True))
    return found_dates


@lru_cache(maxsize=1)
def _death_lag() -> re.Pattern[str]:
    words = sorted(read_word_sets("death_lags.tsv", ("death",))["death"], key=len, reverse=True)
    deaths = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?i:\b(?:{deaths})\b[^.;:]*?\b(?P<count>an?|one|two|three|four|five|six|seven|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+after\b)"
    )


def date_before_death(text: str, base: int, dates: list[DateMention], day: dt.date | None) -> list[DateMention] | None:
    """"A farmer died in hospital on Monday, two days after a mob beat him": the day of the act told after
    "after", that many days before the death's (the sentence's one day before the phrase, else ``day``,
    the day of writing), as the sentence's only date; the act's own days when it has them ("two days after
    gunmen shot him on Saturday"); None when the sentence tells no death so. Offsets are ``base`` plus the
    offset in ``text``."""
    if "after" not in text:
        return None
    found = _death_lag().search(text)
    if found is None:
        return None
    if own := [d for d in dates if d.start >= base + found.end()]:
        return own  # the act's own day, not the death's
    if dates:
        if len(dates) != 1 or dates[0].value is None or dates[0].precision != 1:
            return None
        day = dates[0].value
    if day is None:
        return None
    word = found["count"].lower()
    number = int(word) if word.isdigit() else _COUNTS[word]
    weeks = found["unit"].lower().startswith("week")
    value = day - dt.timedelta(days=number * (7 if weeks else 1))
    return [DateMention(found.group()[found.start("count") - found.start() :], base + found.start("count"), base + found.end(), value, 2 if weeks else 1, relative=True)]
