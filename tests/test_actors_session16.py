"""Actor kinds, session 16, on text unlike the dev notes (1970s-1990s wire copy, South Asian and African
local press, think-tank updates, live blogs, police reports): armed bodies named as a movement, a front,
an emirate or brigades that the tables do not know; an army named by a people of no state; a name that is
only the start of a longer one; Sri Lanka's Tigers by the nickname; a state's forces named by its capital
or its seat of power abroad; and forces who only came to a scene. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.mentions.actors import ActorReader
from conflictscope.pipeline import Extractor
from helpers import first_event, only_event


@pytest.fixture(scope="module")
def reader():
    extractor = Extractor.default()
    return ActorReader(extractor.demonyms, extractor._country_of_name)


def _group(nlp, reader, text: str, word: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return reader.group_at(token)


# ---- armed bodies named as organisations the tables do not know: rebels, not a party's militia


def test_an_unknown_islamic_movement_attacking_a_police_station_in_wire_copy():
    event = first_event(
        "URUMQI, July 3 (Reuters) - The Eastern Turkestan Islamic Movement attacked a police station in Kashgar on Saturday, killing four officers.",
        date(2003, 7, 4),
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name == "Eastern Turkestan Islamic Movement"


def test_an_emirate_claiming_a_bombing_in_a_think_tank_update():
    event = first_event("The Caucasus Emirate claimed the bombing of a police station in Nalchik on 19 June, in which three officers died.")
    assert event.actor1.kind == "rebel_group"


def test_brigades_firing_rockets_in_a_monitor_entry():
    event = first_event("On 19 June, the Izz ad-Din al-Qassam Brigades fired a salvo of rockets at Ashkelon, wounding two residents.")
    assert event.actor1.kind == "rebel_group"
    assert "Brigades" in event.actor1.name


def test_a_revolutionary_movement_ambushing_troops_in_african_local_press():
    event = first_event(
        "Fighters loyal to the Revolutionary Movement for the Salvation of Zemio ambushed an army convoy near Obo on Saturday, killing five soldiers, the prefect told our reporter."
    )
    assert event.actor1.kind == "rebel_group"


def test_a_liberation_front_the_tables_do_not_know_in_a_translated_brief():
    event = first_event("The Popular Front for the Liberation of Lower Kivu seized the village of Kalehe on Saturday after the army withdrew, local sources said.")
    assert event.actor1.kind == "rebel_group"


def test_a_party_s_front_or_a_protest_movement_is_no_insurgent_body(nlp, reader):
    for text, word in (
        ("The Patriotic Front said its members were attacked in Kitwe on Saturday.", "Front"),
        ("The Green Movement staged a protest in Tehran on Saturday.", "Movement"),
        ("Thugs beat up three members of the National Resistance Movement in Kampala on Saturday.", "Movement"),
    ):
        doc = nlp(text)
        head = next(t for t in doc if t.text == word)
        actor = reader.actor_at(head)
        assert actor is None or actor.kind != "rebel_group", text


def test_a_named_movement_claiming_a_bombing_is_a_rebel_claimant():
    event = only_event(
        "On 19 June, a car bomb killed six soldiers at a checkpoint in Tikrit. The Islamic Movement of the Two Rivers claimed responsibility for the bombing."
    )
    assert event.actor1.kind == "rebel_group"
    speakers = [c.speaker for c in event.claims if c.stance == "claims_responsibility"]
    assert speakers and speakers[0].kind == "rebel_group"


def test_a_singular_brigade_is_a_unit_not_a_rebel_organisation(nlp, reader):
    doc = nlp("The Golani Brigade raided a house in Jenin on Saturday.")
    assert reader.named_armed_body(doc[2]) is None


def test_a_movement_named_opening_the_sentence_alone_is_not_read(nlp, reader):
    doc = nlp("Movement of troops was seen near the border.")
    assert reader.named_armed_body(doc[0]) is None


# ---- an army named by a people of no state is that people's insurgents


def test_an_army_named_by_a_people_in_north_east_indian_press():
    event = first_event("The Kuki National Army ambushed an Assam Rifles patrol in Chandel district on Saturday, killing two jawans, police said.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name == "Kuki National Army"


def test_an_army_named_by_its_state_stays_the_state(nlp, reader):
    doc = nlp("The Afghan National Army attacked Taliban positions in Helmand on Saturday.")
    actor = reader.actor_at(doc[3])
    assert actor is not None and actor.kind == "state_forces"


def test_a_divided_nation_s_army_is_no_people_s_militia(nlp, reader):
    doc = nlp("The Korean People's Army fired artillery at Yeonpyeong island on Tuesday.")
    actor = reader.actor_at(next(t for t in doc if t.text == "Army"))
    assert actor is None or actor.kind != "rebel_group" or actor.template != "Korean People's Army"


# ---- a known name that is only the start of a longer one


def test_national_resistance_army_in_1980s_wire_copy_is_not_yemen_s_militia():
    event = first_event("KAMPALA, Jan 26 (AP) - National Resistance Army guerrillas captured the capital on Saturday after heavy fighting.", date(1986, 1, 27))
    assert event.actor1.kind == "rebel_group"
    assert "National Resistance Forces" not in event.actor1.name


def test_a_liberation_army_of_an_indian_state_is_not_china_s(nlp, reader):
    group = _group(nlp, reader, "The People's Liberation Army of Manipur ambushed a patrol in Chandel on Saturday.", "Army")
    assert group is None or group.country_code != "CN"
    event = first_event("The People's Liberation Army of Manipur ambushed an Assam Rifles patrol in Chandel on Saturday, killing two jawans.")
    assert event.actor1.kind == "rebel_group"


def test_china_s_liberation_army_is_still_china_s(nlp, reader):
    group = _group(nlp, reader, "The People's Liberation Army of China held drills on Saturday.", "Army")
    assert group is not None and group.country_code == "CN"


# ---- Sri Lanka's Tigers by the nickname


def test_the_tigers_shelling_army_positions_in_a_1990s_dispatch():
    event = first_event(
        "COLOMBO, Aug 11 (AFP) - The Tigers shelled army positions at Muhamalai on Friday, the defence ministry said, adding that 30 rebels were killed.",
        date(2006, 8, 12),
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("LTTE")


def test_sea_tigers_attacking_a_naval_craft():
    event = first_event("Sea Tigers attacked a naval craft off Point Pedro on Friday, killing 10 sailors, the navy said.", date(2006, 8, 12))
    assert event.actor1.name.startswith("LTTE")


def test_tigers_in_small_letters_are_animals(nlp, reader):
    assert _group(nlp, reader, "Two woodcutters were mauled by tigers in the Sundarbans on Saturday.", "tigers") is None


def test_tigers_opening_a_sentence_are_not_read_as_the_group(nlp, reader):
    doc = nlp("The forest is large. Tigers killed two woodcutters there last year.")
    token = next(t for t in doc if t.text == "Tigers")
    assert reader.group_at(token) is None


# ---- a state's forces named by its capital or its seat of power, abroad


def test_kremlin_forces_in_a_ukrainian_text_are_russia_s():
    event = first_event(
        "KYIV - Kremlin forces shelled residential areas of Kharkiv overnight, killing at least five civilians, the regional governor said.",
        date(2022, 3, 10),
    )
    assert event.actor1.kind == "external_forces"
    assert "Russia" in event.actor1.name


def test_moscow_s_warplanes_bombing_a_ukrainian_city():
    event = first_event("Moscow's warplanes bombed a maternity hospital in Mariupol on Wednesday, Ukrainian officials said.", date(2022, 3, 10))
    assert event.actor1.kind == "external_forces"
    assert "Russia" in event.actor1.name


def test_a_capital_owning_forces_at_home_is_the_state(nlp, reader):
    doc = nlp("Kyiv's forces shelled the town on Saturday.")
    actor = reader.actor_at(doc[2])
    assert actor is not None and actor.kind == "state_forces" and actor.country_code == "UA"


def test_a_regional_bloc_s_mission_is_external():
    event = first_event("SADC forces killed 10 insurgents in Macomia district on Saturday, the mission said.", date(2021, 9, 5))
    assert event.actor1.kind == "external_forces"


def test_andsf_operations_in_an_afghan_ministry_release():
    event = first_event("25 Taliban were killed in ANDSF operations in Nad Ali district of Helmand on Saturday, the MoD said.", date(2020, 3, 8))
    assert event.actor1.kind == "state_forces"


# ---- forces who came to the scene are no side of the violence


def test_officers_who_responded_to_a_shooting_in_a_police_report():
    event = first_event(
        "Police in Gqeberha said officers responded to a shooting in Motherwell on Saturday night. Two men were declared dead at the scene."
    )
    assert event.actor1.kind != "state_forces"


def test_police_who_responded_to_reports_of_gunfire():
    event = first_event("Officers responded to reports of gunfire in Khayelitsha on Saturday and found two men dead in a shack.")
    assert event.actor1.kind != "state_forces"


def test_forces_answering_rebel_shelling_stay_a_side():
    event = first_event("Soldiers responded to rebel shelling of their base near Beni on Saturday, killing four rebels.")
    assert {event.actor1.kind, event.actor2.kind if event.actor2 else None} >= {"state_forces", "rebel_group"}


# ---- insurgents of other decades and regions by acronym or short name


def test_sri_lanka_s_1980s_tamil_groups_fighting_each_other():
    event = first_event("JAFFNA, May 3 (Reuters) - PLOTE cadres shot dead two TELO members near Chavakachcheri on Saturday, residents said.", date(1986, 5, 4))
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("PLOTE")


def test_people_s_war_group_naxalites_in_1990s_andhra_press():
    event = first_event(
        "People's War Group naxalites ambushed a police party in Warangal district on Saturday, killing five constables, the SP said.", date(1998, 6, 2)
    )
    assert event.actor1.kind == "rebel_group"


def test_a_transliterated_name_with_an_apostrophe_after_a_dateline():
    event = first_event("CAIRO, Nov 17 (AP) - Gama'a al-Islamiya gunmen killed 58 tourists at a temple in Luxor on Monday.", date(1997, 11, 18))
    assert event.actor1.kind == "rebel_group"


def test_southern_africa_s_liberation_army_in_1970s_wire_copy():
    event = first_event("SALISBURY, March 4 (UPI) - ZANLA guerrillas attacked a farm near Umtali on Saturday, killing two farmers, a military communique said.", date(1978, 3, 5))
    assert event.actor1.kind == "rebel_group"


def test_mali_s_azawad_coalition_by_acronym_in_an_ngo_bulletin():
    event = first_event("On 19 June, CMA fighters clashed with the army near Anefis; three soldiers were killed.")
    assert event.actor1.kind == "rebel_group" or event.actor2 is not None and event.actor2.kind == "rebel_group"


# ---- the forces' own operation told by their ministry or as a team's


def test_a_defence_ministry_telling_its_forces_clearing_operation():
    event = first_event(
        "The Afghan Ministry of Defense said 30 Taliban were killed and 12 wounded in clearing operations in Nad Ali district on Saturday.", date(2020, 3, 8)
    )
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_a_joint_team_of_army_and_police_in_a_kashmir_release():
    event = first_event(
        "Acting on specific input, a joint team of Army and J&K Police launched a cordon and search operation in Shopian on Saturday; in the ensuing encounter two terrorists were neutralised."
    )
    assert event.actor1.kind == "state_forces"


# ---- an occupying army is a foreign state's


def test_occupation_forces_shelling_a_town_in_a_live_blog():
    event = first_event("09:40 - The occupation forces shelled Nikopol with heavy artillery overnight, wounding three residents, the governor said.", date(2022, 9, 10))
    assert event.actor1.kind == "external_forces"


def test_a_demonym_s_occupation_forces_name_their_state():
    event = first_event("Israeli occupation forces raided a refugee camp in Jenin on Saturday, killing two Palestinians, the health ministry said.", date(2022, 9, 10))
    assert event.actor1.kind == "external_forces"
    assert event.actor1.country_code == "IL"


def test_a_joint_team_defusing_devices_laid_by_insurgents():
    event = first_event(
        "A joint team of the district police and the CRPF unearthed and defused four IEDs allegedly planted by Maoists near a village in Latehar during a search operation on Friday."
    )
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_a_team_of_commandos_is_read_by_its_words(nlp, reader):
    doc = nlp("A team of police commandos recovered two rifles at Sekmai on Friday.")
    actor = reader.actor_at(doc[1])
    assert actor is None or actor.kind != "civilians"


def test_a_named_operation_of_the_state_s_forces_in_a_nigerian_release():
    event = first_event("Operation Whirl Stroke neutralised four bandits in an ambush near Katsina-Ala on Saturday, the force commander said.")
    assert event.actor1.kind == "state_forces"


def test_the_kremlin_stays_a_landmark_of_moscow():
    import conflictscope

    places = [p for p in conflictscope.extract_places("A spokesman for the Kremlin rejected the claim on Monday.") if p.text == "Kremlin"]
    assert places and places[0].place.country_code == "RU"
