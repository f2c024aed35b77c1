"""Where an event happened (session 21): everyday words that GeoNames gives as towns or countries abroad
(a month cut short, a prayer's "God", an office, "Car") are no places. Texts written for these tests:
wire copy with an abbreviated month, a fire brigade's log, a translated chat, a school's sign-off."""

from __future__ import annotations

import pytest
from conflictscope import extract_places


def _names(text):
    return [(p.text, p.place.country_code) for p in extract_places(text)]


# ---- everyday words are no places abroad


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a dateline's month cut short (Dschang, Cameroon, bears "Jan" as another name)
        ("RIGA, Jan 20 - Riot police fired on demonstrators outside the interior ministry late on Sunday.", "Jan"),
        ("DUSHANBE, Nov 9 - Border guards exchanged fire with smugglers overnight, the ministry said.", "Nov"),
        ("MADRID, Jul 2 - Police charged at striking miners who had blocked a motorway with burning tyres.", "Jul"),
        # prayers in a translated chat (Göd, Hungary; Hamidiyeh, Iran)
        ("Three boys were hit by the shell near the bakery. God have mercy on them.", "God"),
        ("The drone came back at night and struck the mosque again. Allah protect us.", "Allah"),
        # a fire brigade's log line opening with an everyday noun (not the Central African Republic)
        ("02:15 - Car park of the town hall on fire, crew pelted with stones.", "Car"),
        # an office in a sign-off (Principal, Cape Verde)
        ("Armed men forced their way into the school yard on Tuesday and took two teachers away.\n\nPrincipal, Holy Cross School", "Principal"),
    ],
)
def test_everyday_words_are_no_places(text, word):
    assert word not in [name for name, _ in _names(text)], _names(text)


def test_the_central_african_republic_in_capitals_stays_a_country():
    assert ("CAR", "CF") in _names("Peacekeepers in the CAR came under fire near the border with Chad on Friday.")


def test_a_town_after_a_prayer_still_resolves():
    assert ("Nyala", "SD") in _names("God help us, the shelling of Nyala has not stopped since dawn.")

