"""Tolls, session 19: a sentence that counts each place's dead apart gives each place its own figure (not
one figure shared out between them), and a later sentence that only restates the event's death toll
("the death toll later rose to 14") replaces the first count. Sentences are our own, in several styles
(wire copy, local press, an NGO bulletin, a liveblog entry)."""

from __future__ import annotations

import pytest
from helpers import current_events, only_event


def tolls_by_place(text: str) -> dict[str, int]:
    return {e.location.name: e.fatalities for e in current_events(text) if e.location is not None}


# ---- each place's own figure


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire copy, "another" before the second figure
        (
            "GAO, Mali (Reuters) - Suspected jihadists killed two people in Gao and another three in Menaka "
            "on Tuesday, local officials said.",
            {"Gao": 2, "Menaka": 3},
        ),
        # Afghan local press: each place's victims named
        (
            "KABUL - Taliban attacks killed four policemen in Kunduz and six soldiers in Baghlan on Monday, "
            "officials said.",
            {"Kunduz": 4, "Baghlan": 6},
        ),
        # Nigerian press, the second figure bare
        (
            "Gunmen killed five villagers in Kajuru and three in Kauru on Saturday, police said.",
            {"Kajuru": 5, "Kauru": 3},
        ),
        # "more" after the second figure
        (
            "Bombings killed 9 people in Baghdad and 4 more in Baqubah on Thursday.",
            {"Baghdad": 9, "Baqubah": 4},
        ),
        # an NGO bulletin: two clauses joined by "while"
        (
            "On Sunday, three people were killed in Bunia while two others died in Djugu when militiamen "
            "attacked the villages.",
            {"Bunia": 3, "Djugu": 2},
        ),
    ],
)
def test_each_place_its_own_figure(text, expected):
    found = tolls_by_place(text)
    for name, toll in expected.items():
        assert any(name.lower() in place.lower() for place in found), found
        assert next(v for place, v in found.items() if name.lower() in place.lower()) == toll, found


def test_one_figure_for_two_places_is_still_shared():
    # one figure for the two places of one operation: ACLED's rule splits it between them
    found = tolls_by_place("Militants killed 10 soldiers in Sangin district and Lashkargah city on Monday.")
    assert sorted(found.values()) == [5, 5], found


def test_a_distance_is_no_figure_of_a_place():
    event = only_event("Militants killed three soldiers in Gao, 50 km from Menaka, on Tuesday.")
    assert event.fatalities == 3


def test_injured_at_the_second_place_is_no_death_figure():
    # "wounded three in Menaka" counts no dead: Menaka gets no three
    found = tolls_by_place("Gunmen killed two people in Gao and wounded three in Menaka on Tuesday.")
    assert 3 not in found.values(), found
    assert sum(found.values()) == 2, found


# ---- a toll restated later replaces the first count


@pytest.mark.parametrize(
    "text, toll",
    [
        (
            "MOGADISHU - A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing at least five "
            "people, police said. The death toll later rose to 14, a hospital official said.",
            14,
        ),
        (
            "Gunmen opened fire on a bus in Khuzdar district on Monday, killing three passengers. By evening, "
            "officials put the death toll at seven.",
            7,
        ),
        # a liveblog's update
        (
            "10:42 - A suicide bomber blew himself up at a wedding hall in Kunduz on Friday, killing 11 guests. "
            "12:15 - The provincial health director says the death toll has climbed to 19.",
            19,
        ),
    ],
)
def test_restated_toll_replaces_the_first_count(text, toll):
    assert only_event(text).fatalities == toll


@pytest.mark.parametrize(
    "text, toll",
    [
        ("NAIROBI - Al-Shabaab militants attacked a bus near Mandera on Tuesday. Eleven passengers were confirmed "
         "dead, police said.", 11),
        # an NGO bulletin, the count in the next sentence
        ("Armed men raided the village of Kukawa in the early hours of Sunday. Fourteen residents were found "
         "dead, according to local sources.", 14),
    ],
)
def test_dead_counted_after_the_violence_are_its_toll(text, toll):
    assert only_event(text).fatalities == toll


def test_a_toll_over_months_is_not_the_events():
    event = only_event(
        "Police fired on protesters in Khartoum on Thursday, killing two. The death toll since the protests "
        "began in December has risen to 57, doctors said."
    )
    assert event.fatalities == 2


# ---- a death a demonstration is held over is its topic, not its toll


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched in Lagos on Monday to protest the killing of two students by police.",
        "Traders demonstrated in Kano on Tuesday against the killing of three of their colleagues last week.",
        "Residents of Kisii blocked the highway on Friday in protest over the death of a boy who was hit by a police vehicle.",
    ],
)
def test_a_protested_death_is_no_death_of_the_protest(text):
    event = only_event(text)
    assert event.event_type in ("Protests", "Riots")
    assert event.fatalities == 0


def test_deaths_in_the_demonstration_still_count():
    event = only_event("Police fired live rounds at protesters marching in Lusaka on Monday, killing two.")
    assert event.fatalities == 2


# ---- a toll told as a sum of parts


@pytest.mark.parametrize(
    "text, toll",
    [
        # the kin named after the first victim are more dead
        ("Gunmen killed a village head in Goronyo on Monday. His wife and son were shot dead as they tried to flee.", 3),
        # a conjunct that is a count of its own ("two of his relatives")
        ("Gunmen attacked a wedding party in Zamfara's Maru area on Saturday, killing 11 guests. The groom and two "
         "of his relatives were also killed, residents said.", 14),
        # an armed side's dead and unarmed people's, each in a clause of its own
        ("A suicide car bomb hit an army checkpoint near Afgooye on Monday. Five soldiers died in the blast and three "
         "civilians were killed by the gunfire that followed, an officer said.", 8),
        # a part told with "including" stays a part
        ("Clashes in Jonglei on Friday left 32 dead, including 20 cattle raiders and 12 local youths, officials said.", 32),
    ],
)
def test_a_toll_told_in_parts_is_their_sum(text, toll):
    assert only_event(text).fatalities == toll


def test_his_body_is_no_further_death():
    event = only_event("Gunmen shot dead a trader in Kano on Monday. His body was taken to the Murtala hospital.")
    assert event.fatalities == 1
