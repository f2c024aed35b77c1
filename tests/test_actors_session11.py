"""Actor kinds, session 11: people told as undergoing what a named agent did ("wounded by a roadside
bomb") are not its authors even when nobody else is named; the side on patrol when others started
shooting was shot at, it did not shoot first. Fixture sentences are our own."""

from __future__ import annotations

from helpers import first_event


# ---- "killed by X": the hurt did not act


def test_officers_wounded_by_a_roadside_bomb_did_not_plant_it():
    event = first_event(
        "On 18 June 2021, two policemen were killed and 5 including a district police commander were wounded "
        "by a roadside bomb in the Qarabagh district of Ghazni."
    )
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_a_group_commander_killed_by_a_landmine_did_not_lay_it():
    event = first_event("On 18 June 2021, a Taliban commander and his driver were killed by a landmine in the Khogyani district of Nangarhar.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_militants_killed_by_their_own_mine_still_act():
    # no agent: the men who were planting the mine are its authors
    event = first_event("On 18 June 2021, 2 Taliban militants were killed when the mine they were planting went off in Andar district, Ghazni.")
    assert event.actor1.kind == "rebel_group"


# ---- the side on patrol was shot at


def test_gang_that_started_shooting_at_a_patrol_is_actor1():
    event = first_event(
        "On 18 June 2021, in San Miguel, police officers were patrolling a neighborhood when suspected gang members "
        "approached and started shooting. The police shot back."
    )
    assert event.event_type == "Battles"
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_patrol_that_opened_fire_is_actor1():
    event = first_event("On 18 June 2021, soldiers on patrol opened fire on armed men near Tamale, killing one of them.")
    assert event.actor1.kind == "state_forces"


# ---- a place parsed as the subject does not act


def test_a_village_parsed_as_the_subject_did_not_lay_the_landmine():
    event = first_event(
        "On 18 June 2021, near Kan Thar Ya village, Yebyu Township, Dawei District, Tanintharyi Region, a landmine "
        "explosion injured a farmer."
    )
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.kind == "political_militia"


# ---- "X were reported to have done Y": X did Y


def test_soldiers_reported_to_have_beaten_a_trader_beat_him():
    event = first_event("On 18 June 2021, soldiers were reported to have beaten a trader in Juba.")
    assert event.event_type == "Violence against civilians"
    assert event.actor1.kind == "state_forces"


# ---- a country named in several words before the force


def test_a_foreign_air_force_named_by_a_two_word_country_is_external():
    event = first_event("On 18 June 2021, the United States air force carried out an air strike on Al Shabaab fighters near Jilib.")
    assert event.actor1.kind == "external_forces"
    assert "United States" in event.actor1.name


# ---- a displacement with nobody told acting: the displaced are actor1


def test_residents_displaced_are_the_displacements_actor1():
    event = first_event(
        "On 18 June 2021, around 300 residents of Hpa Lu village, Myawaddy Township, Karen State, were displaced "
        "following a clash between the army and rebels nearby."
    )
    assert event.event_type == "Strategic developments"
    assert event.actor1 is not None and event.actor1.kind == "civilians"


# ---- national armies known by their acronym


def test_the_congolese_army_by_its_acronym_is_state_forces():
    event = first_event("On 18 June 2021, the FARDC launched an offensive against a CODECO position near Djugu, killing five militiamen.")
    assert event.actor1.kind == "state_forces"
    assert "Congo" in event.actor1.name


def test_the_rwandan_army_in_the_dr_congo_is_external():
    event = first_event("On 18 June 2021, the RDF clashed with FDLR fighters near Rutshuru in North Kivu, DR Congo.")
    assert event.actor1.kind == "external_forces"
    assert event.actor1.name == "Military Forces of Rwanda"


# ---- the owner of the thing hit, an attack fended off told by a pronoun or a bare noun


def test_a_bomb_planted_by_a_group_that_hit_a_patrol_is_the_groups():
    event = first_event("On 18 June 2021, a bomb planted by Taliban hit an Afghan army patrol, killing 3 soldiers, in Nad Ali district, Helmand.")
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.name == "Taliban"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_an_attack_repulsed_told_by_his_is_the_other_sides():
    event = first_event("On 18 June 2021, 1 Taliban militant was killed when Afghan forces repulsed his attack in Qaisar district, Faryab.")
    assert event.actor1.name == "Taliban"


def test_an_attack_repulsed_told_by_a_bare_noun_is_the_named_sides():
    event = first_event(
        "On 18 June 2021, 12 Taliban militants and 1 soldier were killed when Afghan forces repulsed militants attacks "
        "on check posts in Shindand district, Herat."
    )
    assert event.actor1.name == "Taliban"


def test_a_bomb_suspected_to_have_been_planted_by_a_group_is_the_groups():
    event = first_event("On 18 June 2021, a bomb suspected to have been planted by Taliban killed 2 civilians in Sabari district, Khost.")
    assert event.actor1.name == "Taliban"
