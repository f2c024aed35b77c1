"""Actor kinds, session 9: communal, clan, tribal and ethnic militias (ACLED's identity militias), the
sides of a clash told "between" them, who laid a device the victims struck, party supporters fighting
one another (rioters), private security guards (other forces), and named factions whose name gives their
country. Fixture sentences are our own."""

from __future__ import annotations

from helpers import first_event


# ---- identity militias


def test_militias_from_named_villages_are_communal_militias():
    event = first_event("On 19 June, militias from Abakpa and Ezzangbo in Ohaukwu LGA clashed over farmland.")
    assert event.actor1.kind == "identity_militia"
    assert event.sub_event_type == "Armed clash"


def test_militia_from_a_named_area_is_a_communal_militia():
    event = first_event("On 19 June, militia from the Lolim area attacked a cattle camp near Rumbek, killing two herders.")
    assert event.actor1.kind == "identity_militia"


def test_gunmen_from_a_state_stay_an_armed_group():
    # where armed men came from is no community: an unidentified armed group, as before
    event = first_event("On 19 June, gunmen from Zamfara attacked Kurfi village, killing four residents.")
    assert event.actor1.kind == "political_militia"


def test_unknown_raiders_are_an_unidentified_communal_militia():
    event = first_event("On 19 June, unknown raiders attacked a cattle camp near Bor, killing two herders.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Unidentified Communal Militia")


def test_unidentified_tribal_militias_clashing_keep_their_kind():
    event = first_event("On 19 June, clashes took place between two unidentified tribal militias in Harib district, Marib.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Unidentified Tribal Militia")


def test_unknown_gunmen_stay_an_unidentified_armed_group():
    event = first_event("On 19 June, unknown gunmen shot dead a trader in Maiduguri.")
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_suspected_named_militants_are_not_unidentified():
    # "suspected" doubts who they are, but the text names them: not an unidentified group
    event = first_event("On 19 June, suspected BIFF militants ambushed a patrol of soldiers in Datu Piang, Maguindanao.")
    assert event.actor1.kind == "rebel_group"


def test_gunmen_named_by_an_ethnic_group_are_its_ethnic_militia():
    event = first_event("On 19 June, Fulani gunmen killed three farmers in Agatu, Benue.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Fulani Ethnic Militia")


def test_youths_from_a_community_attacking_are_its_communal_militia():
    event = first_event("On 19 June, youths from the Dogon community attacked herders near Bankass, wounding three.")
    assert event.actor1.kind == "identity_militia"


def test_villagers_from_a_community_as_victims_stay_civilians():
    event = first_event("On 19 June, gunmen killed five villagers from the Dogon community near Bankass.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2.kind == "civilians"


# ---- the sides of a clash told "between" them


def test_tribesmen_clashing_between_themselves_are_the_first_side():
    event = first_event("On 19 June, armed clashes erupted between Al Saleh and Al Jabri tribesmen in Lawdar district, Abyan.")
    assert event.actor1.kind == "identity_militia"
    assert event.sub_event_type == "Armed clash"


def test_families_fighting_are_clan_militias_not_rioters():
    event = first_event("On 19 June, clashes took place between two armed families in the town of Nawa in Daraa.")
    assert event.actor1.kind == "identity_militia"
    assert event.sub_event_type == "Armed clash"


def test_firefight_between_named_militants_and_soldiers():
    event = first_event("On 19 June, a firefight broke out between suspected BIFF militants and soldiers in Datu Piang, Maguindanao.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


# ---- devices: who laid them, not who struck them


def test_vehicle_striking_a_device_is_the_target():
    event = first_event(
        "On 19 June, a Malian army vehicle struck an IED near Boni, Douentza, wounding three soldiers. JNIM claimed responsibility."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_forces_in_the_target_phrase_are_not_the_bombers():
    event = first_event("On 19 June, an IED exploded targeting a security forces convoy near Afgooye, Lower Shabelle.")
    assert event.actor1.kind != "state_forces"


# ---- crowds and other forces


def test_party_militia_and_supporters_fighting_one_another_are_rioters():
    event = first_event("On 19 June, Imbonerakure and opposition supporters fought one another on Rukoma hill in Gashoho, Muyinga.")
    assert event.actor1.kind == "rioters"
    assert event.sub_event_type == "Mob violence"


def test_private_security_guards_are_other_forces():
    event = first_event("On 19 June, a private security guard shot and wounded a trader at a market in Onitsha.")
    assert event.actor1.kind == "external_forces"
    assert event.actor1.name.startswith("Private Security Forces")


def test_pro_stc_forces_are_the_security_belt_forces():
    event = first_event("On 19 June, pro-STC forces attacked pro-Hadi forces in Zinjibar, Abyan.")
    assert event.actor1.kind == "state_forces"
    assert "Security Belt" in event.actor1.name


def test_mayi_mayi_spelling_is_the_mai_mai_political_militia():
    event = first_event("On 19 June, Mayi-Mayi militiamen attacked Kipupu village in Mwenga, killing two civilians.")
    assert event.actor1.kind == "political_militia"


def test_an_acronym_before_militia_names_an_organisation_not_an_ethnic_group():
    event = first_event("On 19 June, CODECO militiamen attacked Drodro village in Djugu, killing six civilians.")
    assert event.actor1.kind == "political_militia"


def test_machines_and_members_belong_to_the_body_their_modifier_names():
    assert first_event("On 19 June, Coalition warplanes carried out airstrikes on Hajin in Deir ez-Zor.").actor1.kind == "external_forces"
    assert first_event("On 19 June, militia fighters attacked an army post in Tal Afar.").actor1.kind == "political_militia"


# ---- a state's forces abroad when the event has no place


def _reader_and_doc(text: str):
    from conflictscope.mentions.actors import ActorReader
    from conflictscope.nlp.analyze import get_nlp
    from conflictscope.pipeline import Extractor

    extractor = Extractor.default()
    return ActorReader(extractor.demonyms, extractor._country_of_name), get_nlp()(text)


def test_forces_named_by_their_country_are_external_in_a_report_on_another_country_even_unplaced():
    reader, doc = _reader_and_doc("Israeli forces raided the town.")
    forces = reader.actor_at(doc[1])
    assert forces is not None and forces.country_code == "IL"
    assert forces.resolve("PS", placed=False).kind == "external_forces"
    assert forces.resolve("IL", placed=False).kind == "state_forces"


def test_forces_with_no_country_named_stay_the_reports_state_forces_unplaced():
    reader, doc = _reader_and_doc("Soldiers raided the town.")
    soldiers = reader.actor_at(doc[0])
    assert soldiers is not None and soldiers.resolve("PS", placed=False).kind == "state_forces"
