"""Session 10: who claims an attack carried it out, so a named body the tables do not know that claims
one is an armed group (and the event's actor1), an army named by something other than a country is a
rebel army, and a person's name stays a person (mentions/attribution.py, claimant_words.tsv). Fixture
sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictscope.knowledge import load_claimant_words
from helpers import current_events, only_event


def claimed(text: str):
    event = only_event(text, "2021-03-04")
    claims = [c for c in event.claims if c.stance == "claims_responsibility"]
    assert len(claims) == 1, event.claims
    return event, claims[0].speaker


def test_claimant_words_load():
    words = load_claimant_words()
    assert {"council", "front", "brigades", "movement"} <= words["group"]
    assert "army" in words["army"]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "On 3 March 2021, a car bomb exploded near a market in Tikrit, killing four people. The Military "
            "Council of the Tribal Revolutionaries claimed responsibility for the bombing.",
            "Military Council of the Tribal Revolutionaries",
            "political_militia",
        ),
        (
            "On 3 March 2021, a suicide bomber killed nine people at a mosque in Kabul. The attack was claimed "
            "by the Islamic Movement of the Valley.",
            "Islamic Movement of the Valley",
            "rebel_group",  # (session 16: a named movement, front or brigades is an insurgent body)
        ),
    ],
)
def test_a_named_body_that_claims_an_attack_is_an_armed_group(text, name, kind):
    event, speaker = claimed(text)
    assert (speaker.name, speaker.kind) == (name, kind)
    # the claimant carried it out: it is the event's actor1, not an unidentified armed group
    assert (event.actor1.name, event.actor1.kind) == (name, kind)


def test_an_army_named_by_no_country_is_a_rebel_army():
    event, speaker = claimed(
        "On 3 March 2021, gunmen attacked an army checkpoint in Baiji, killing two soldiers. The "
        "Al-Naqshabandiya Army claimed responsibility for the attack."
    )
    assert speaker.kind == "rebel_group"
    assert (event.actor1.name, event.actor1.kind) == ("Al-Naqshabandiya Army", "rebel_group")


def test_an_army_named_by_its_country_stays_the_states():
    _, speaker = claimed(
        "On 3 March 2021, an air strike hit a camp near Kismayo, killing six militants. The Kenya Army "
        "claimed responsibility for the strike."
    )
    assert speaker.kind == "government"


def test_a_person_who_claims_stays_a_person():
    event, speaker = claimed(
        "On 3 March 2021, a roadside bomb killed two policemen in Mosul. Karim Haddad claimed "
        "responsibility for the attack in a video."
    )
    assert speaker.kind == "person"
    assert event.actor1.kind == "political_militia" and event.actor1.name.startswith("Unidentified")


@pytest.mark.parametrize(
    "text, kind, name",
    [
        # the table lists "al-qa'ida in iraq": a name written with an apostrophe is found as listed
        (
            "On 3 March 2021, a car bomb exploded near a market in Baiji, killing three people. Al-Qa'ida in "
            "Iraq claimed responsibility for the attack.",
            "rebel_group",
            None,
        ),
        (
            "On 3 March 2021, New People's Army rebels ambushed a military patrol in Samar, killing two soldiers.",
            "rebel_group",
            "NPA: New People's Army",
        ),
    ],
)
def test_group_names_with_an_apostrophe_are_found(text, kind, name):
    found = current_events(text, "2021-03-04")
    assert len(found) == 1
    assert found[0].actor1.kind == kind
    if name is not None:
        assert found[0].actor1.name == name
    for claim in found[0].claims:
        assert claim.speaker.kind == kind
