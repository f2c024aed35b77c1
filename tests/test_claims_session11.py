"""Responsibility claims, session 11: the group that claims an attack is its actor1 even when the state's
forces are already named as a side, as long as the text tells them only as the attacked side (the patrol
hit, the officer's home bombed); and the claimant keeps its whole name ("Al-Qa'ida in Iraq", not
"Al-Qa'ida"). Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

from helpers import first_event

PUBLISHED = date(2013, 5, 20)


def claimants(event) -> list[str]:
    return [c.speaker.name for c in event.claims if c.stance == "claims_responsibility"]


# ---- the claimant is the attacker


def test_claimant_attacks_forces_named_only_as_the_patrol_hit():
    event = first_event(
        "On 18 May, a roadside bomb went off beside an army patrol in Tikrit, wounding three soldiers. "
        "The Islamic State of Iraq claimed responsibility for the blast.",
        PUBLISHED,
    )
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name == "Islamic State of Iraq"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_claimant_attacks_a_police_officers_home():
    event = first_event(
        "On 18 May, a bomb planted outside a police officer's house exploded in Kirkuk, injuring his two sons. "
        "Al-Qaida in Iraq claimed the attack.",
        PUBLISHED,
    )
    assert event.actor1.kind == "rebel_group"
    assert "Qaida" in event.actor1.name


def test_a_country_named_in_the_claim_is_no_actor():
    # "Iraqi jails" in the claimant's words names no side of the bombing
    event = first_event(
        "On 18 May, a car bomb blew up near a market in Baquba, killing six people. Al-Qaida in Iraq claimed "
        "responsibility, saying it avenged prisoners held in Iraqi jails.",
        PUBLISHED,
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_forces_told_acting_stay_actor1():
    # the soldiers fired: the text tells them acting, the claim does not move them
    event = first_event(
        "On 18 May, soldiers opened fire on gunmen who stormed a checkpoint near Ramadi, killing four of them. "
        "The Islamic State of Iraq claimed responsibility for the assault.",
        PUBLISHED,
    )
    assert event.actor1.kind == "state_forces"


def test_forces_told_doing_something_else_than_violence_were_hit():
    # the officers were defusing the device, not attacking: the claimant set it
    event = first_event(
        "On 18 May, a bomb exploded as police officers were trying to defuse it in Kirkuk, killing two officers. "
        "The Islamic State of Iraq claimed responsibility.",
        PUBLISHED,
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_claim_without_forces_still_names_the_attacker():
    event = first_event(
        "On 18 May, unidentified gunmen shot dead a shopkeeper in Mosul. The Islamic State of Iraq claimed the killing.",
        PUBLISHED,
    )
    assert event.actor1.kind == "rebel_group"


# ---- the claimant's whole name


def test_claimant_keeps_a_name_the_table_knows_with_in():
    event = first_event(
        "On 18 May, a car bomb exploded near a bus station in Hillah, killing five people. "
        "Al-Qa'ida in Iraq claimed responsibility for the bombing.",
        PUBLISHED,
    )
    assert claimants(event) == ["Al-Qa'ida in Iraq"]
    assert event.actor1.name == "Al-Qa'ida in Iraq"


def test_claimant_keeps_a_long_name_the_table_knows():
    event = first_event(
        "On 18 May, a suicide bomber blew himself up at a recruiting centre in Baiji, killing nine recruits. "
        "The Islamic State of Iraq and the Levant (ISIL) claimed responsibility.",
        PUBLISHED,
    )
    assert claimants(event) == ["Islamic State of Iraq and the Levant"]


def test_claimant_keeps_a_capitalised_country_of_its_name():
    event = first_event(
        "On 18 May, a bomb exploded at a police post in Baiji, killing two officers. "
        "Jaish al Islam in Iraq claimed responsibility for the attack.",
        PUBLISHED,
    )
    assert claimants(event) == ["Jaish al Islam in Iraq"]


def test_the_place_of_the_attack_is_not_part_of_the_name():
    event = first_event("On 18 May, a suicide bomber killed five soldiers at a base near Mosul. ISIL claimed the attack in Mosul.", PUBLISHED)
    assert claimants(event) == ["ISIL"]


def test_claimant_keeps_a_capitalised_for_part_of_its_name():
    event = first_event(
        "On 18 May, assailants fired three mortar rounds at an army base in Samarra, killing two soldiers. "
        "The Supreme Council for Iraqi Revolutionaries claimed responsibility for the shelling.",
        PUBLISHED,
    )
    assert claimants(event) == ["Supreme Council for Iraqi Revolutionaries"]
    # a named council claiming an attack is an armed group, not an official body
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name == "Supreme Council for Iraqi Revolutionaries"


def test_a_town_after_the_claimant_is_not_part_of_its_name():
    event = first_event("On 18 May, a roadside bomb killed three policemen in Ghazni. The Taliban in Ghazni claimed responsibility.", PUBLISHED)
    assert claimants(event) == ["Taliban"]


# ---- several claimants, a share of the attacks claimed


def test_each_of_two_coordinated_claimants_claims():
    event = first_event(
        "On 18 May, gunmen stormed a government compound in Ramadi, killing three soldiers. Both the Free Tribes Army "
        "and the Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the assault.",
        PUBLISHED,
    )
    assert claimants(event) == ["Free Tribes Army", "Islamic State of Iraq and the Levant"]


def test_a_claim_of_a_share_of_the_attacks_is_a_claim():
    event = first_event(
        "On 18 May, a car bomb exploded at a checkpoint in Samarra, killing two civilians. "
        "Al-Qa'ida in Iraq claimed all 12 of the coordinated attacks.",
        PUBLISHED,
    )
    assert claimants(event) == ["Al-Qa'ida in Iraq"]
