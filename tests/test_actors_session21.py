"""Actor kinds, session 21: demonyms of several words name their own state; who claims the attack
("AQIM has claimed it", "the ELN guerrilla group claimed the attack", "has claimed this crime").
Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_pipeline_events, first_event


# ---- demonyms of several words


def test_a_two_word_demonym_names_its_state_abroad():
    event = first_event("South African soldiers exchanged fire with mutineers at a barracks in Maseru on Saturday.")
    assert event.location is not None and event.location.country_code == "LS"
    assert event.actor1.kind == "external_forces"
    assert event.actor1.name.startswith("Military Forces of South Africa")


def test_a_two_word_demonym_is_not_its_last_word_s_state():
    event = first_event("South Sudanese troops clashed with rebels near Kadugli on Saturday.")
    assert event.location is not None and event.location.country_code == "SD"
    assert event.actor1.kind == "external_forces"
    assert "South Sudan" in event.actor1.name


def test_the_last_word_alone_stays_its_own_state():
    event = first_event("Sudanese troops clashed with rebels near Kadugli on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Sudan")


def test_a_two_word_demonym_joined_to_a_participle_names_no_owner():
    event = first_event("Soldiers of the North Korean-trained Fifth Brigade shot dead twelve villagers near Lupane on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert "Zimbabwe" in event.actor1.name


# ---- who claims the attack


def test_a_claim_of_the_attack_by_its_pronoun_names_the_attacker():
    event = first_event("Gunmen opened fire on diners at a hotel in Sevare on Saturday, killing nine. AQIM has claimed it.")
    assert event.actor1.kind == "rebel_group"
    assert not event.actor1.name.startswith("Unidentified")


def test_the_pronoun_as_the_subject_of_what_is_claimed_is_no_claim_of_the_attack():
    event = first_event("Gunmen opened fire on diners at a hotel in Sevare on Saturday, killing nine. The mayor claimed it was the worst day in years.")
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_a_claim_by_its_pronoun_on_a_line_of_its_own_reads_the_same_on_both_paths():
    text = "Gunmen opened fire on diners at a hotel in Sevare on Saturday, killing nine.\nAQIM has claimed it."
    fast = current_pipeline_events(text, fast=True)
    full = current_pipeline_events(text, fast=False)
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in full]
    assert fast[0].actor1.kind == "rebel_group"


def test_a_known_group_named_before_the_word_group_claims_as_itself():
    event = first_event(
        "A car bomb went off outside a police station in Cucuta on Friday, killing four officers. "
        "The ELN rebel group claimed the bombing two days later."
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("ELN")


def test_a_claim_replaces_the_group_s_man_told_only_as_a_person():
    event = first_event(
        "The driver of a pickup loaded with explosives rammed the gate of a police academy in Cucuta on Friday and "
        "blew up the vehicle, killing six recruits. The ELN later claimed the attack."
    )
    assert event.actor1.kind == "rebel_group"


def test_a_named_claimant_replaces_unnamed_rebels():
    event = first_event(
        "Rebels attacked an army camp near Tessalit on Sunday, killing four soldiers. "
        "The Coordination of Azawad Movements claimed responsibility for the attack."
    )
    assert event.actor1.kind == "rebel_group"
    assert "Azawad" in event.actor1.name


def test_a_group_claiming_the_crime_is_its_author():
    event = first_event(
        "Masked gunmen stopped a bus of pilgrims on the road south of Minya on Friday and shot dead eleven of them. "
        "The Islamic State group has claimed this crime."
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name == "Islamic State"


def test_a_claim_that_a_shooting_was_lawful_is_no_claim_of_it():
    event = first_event(
        "Gunmen shot dead three farmers near Kachia on Friday. A local vigilante leader claimed the shooting was a mistake."
    )
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_the_pakistani_taliban_spelt_with_an_i():
    event = first_event("Tehreek-i-Taliban fighters ambushed a police patrol near Lakki Marwat on Sunday, killing three constables.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("TTP")
