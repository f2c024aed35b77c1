"""Actor kinds, session 21: demonyms of several words name their own state; who claims the attack; a
named group the report lays the act on ("the Real IRA was blamed", "blamed on the X Front", "the
hallmarks of Boko Haram"); scores of rebels, and what a bomber drove into. Fixture sentences are our own."""

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


def test_an_alliance_of_separatist_groups_claims_as_rebels():
    event = first_event(
        "Gunmen stopped two buses near Ormara on Thursday and shot dead eleven passengers. "
        "An alliance of Baloch separatist groups claimed responsibility."
    )
    assert event.actor1.kind == "rebel_group"


def test_the_pakistani_taliban_spelt_with_an_i():
    event = first_event("Tehreek-i-Taliban fighters ambushed a police patrol near Lakki Marwat on Sunday, killing three constables.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("TTP")


# ---- a named group the report lays the act on


def test_a_named_group_blamed_after_the_bombing_is_its_attacker():
    event = first_event(
        "A car bomb exploded outside the courthouse in Strabane on Saturday, injuring nine shoppers. "
        "The Continuity IRA, a small splinter faction, was blamed by police."
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("IRA")


def test_an_attack_blamed_on_a_named_front():
    event = first_event(
        "Two bombs went off at an army post near Tumaco on Monday, wounding three soldiers. "
        "The bombings have been blamed on a dissident outfit known as the Oliver Sinisterra Front."
    )
    assert event.actor1.kind == "rebel_group"
    assert "Oliver Sinisterra Front" in event.actor1.name


def test_the_hallmarks_of_a_named_group():
    event = first_event(
        "A suicide bomber blew himself up at a bus station in Maiduguri on Monday, killing seven travellers. "
        "Nobody has claimed the blast, but it bore the hallmarks of Boko Haram."
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("Boko Haram")


def test_a_group_police_do_not_blame_is_not_the_attacker():
    event = first_event(
        "Gunmen shot dead five farmers near Mafa on Monday. Police did not blame Boko Haram for the killings."
    )
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_an_unnamed_militia_suspected_stays_unidentified():
    event = first_event("A bomb went off under a minibus near Bule Hora on Monday, killing four people. Police suspect a local militia.")
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_a_blamed_group_does_not_replace_a_side_told_acting():
    event = first_event(
        "Soldiers opened fire on a wedding party in Kidal on Monday, killing six guests. Residents blamed Ansar Dine for provoking the shooting."
    )
    assert event.actor1.kind == "state_forces"


def test_a_blamed_group_is_no_claim_of_the_event():
    event = first_event(
        "A car bomb exploded outside the courthouse in Strabane on Saturday, injuring nine shoppers. "
        "The Continuity IRA was blamed by police."
    )
    assert all(c.stance != "claims_responsibility" for c in event.claims)
    assert all(c.speaker.kind != "rebel_group" for c in event.claims)


def test_a_blame_on_a_line_of_its_own_reads_the_same_on_both_paths():
    text = (
        "A suicide bomber blew himself up at a bus station in Maiduguri on Monday, killing seven travellers.\n"
        "It bore the hallmarks of Boko Haram."
    )
    fast = current_pipeline_events(text, fast=True)
    full = current_pipeline_events(text, fast=False)
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in full]
    assert fast[0].actor1.kind == "rebel_group"


# ---- scores of them, and what a bomber drove into


def test_scores_of_rebels_are_the_rebels_not_the_force_on_their_uniforms():
    event = first_event("Scores of rebels in police uniforms raided the town hall of Karabulak on Monday night, killing nine people.")
    assert event.actor1.kind == "rebel_group"


def test_the_checkpoint_a_bomber_drove_into_is_the_target_s():
    event = first_event(
        "A suicide bomber drove a car packed with explosives into a military checkpoint near the bus park in Kano on Monday, "
        "killing eleven people."
    )
    assert event.actor1.kind != "state_forces"


# ---- forces named by what they fight


def test_counter_terrorism_units_are_the_state_s_forces():
    event = first_event("Counter-terrorism units stormed a hideout in Mosul on Monday, killing four militants.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Iraq")


# ---- a state party to an accord signed abroad


def test_a_government_signing_an_accord_abroad_stays_its_state_s_side():
    event = first_event(
        "ARUSHA, Tanzania, Aug 28 - Burundi's government and thirteen political parties signed a peace agreement here on Monday."
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1.kind == "state_forces"


def test_forces_fighting_abroad_stay_external():
    event = first_event("South African troops clashed with mutineers in Maseru on Tuesday.")
    assert event.actor1.kind == "external_forces"
