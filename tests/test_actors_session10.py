"""Actor kinds, session 10: victims and finders are no perpetrators (people left hurt, people who found a
body, a country inside a road's name), a joint force acting "under" a named operation is that operation,
a named initiative that attacks is an armed group, and a group's acronym the parser read as a verb
("IS snipers"). Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events, first_event


# ---- victims and finders are not who struck


def test_forces_left_injured_by_a_blast_are_its_target():
    event = first_event("On 19 June, a roadside bomb blast near Tuz Khurmatu left 4 border guard forces personnel injured.")
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_forces_left_hurt_without_a_figure_are_its_target():
    event = first_event("On 19 June, an IED fixed to a bus went off in Baquba leaving the police officers on board wounded.")
    assert event.actor1.kind == "political_militia"


def test_police_who_found_a_body_did_not_kill_the_man():
    event = first_event(
        "On 18 June, in Campinas, Sao Paulo, the body of a man with gunshot wounds was found by Civil Police officers near a lake."
    )
    assert event.event_type == "Violence against civilians"
    assert event.actor1.kind == "political_militia"


def test_a_country_in_a_road_name_is_no_actor():
    event = first_event("On 18 June, a man was found shot dead beside the Mexico-Toluca highway near Lerma.")
    assert event.actor1.kind == "political_militia"


def test_police_who_shot_the_man_still_did_it():
    # the finder rule is about finding: forces named as who shot stay actor1
    event = first_event("On 18 June, in Campinas, Sao Paulo, a man was shot dead by Civil Police officers during a chase.")
    assert event.actor1.kind == "state_forces"


# ---- joint operations


def test_forces_and_rebels_under_a_named_operation_are_the_operation():
    event = first_event("On 19 June, Turkish troops and allied rebel factions under OPS shelled the village of Umm Kaif near Tal Tamr.")
    assert event.actor1.name == "Operation Peace Spring"
    assert event.actor1.kind == "rebel_group"


def test_operating_under_a_named_operation():
    event = first_event(
        "On 19 June, Turkish forces and JWS factions, operating under OPS, shelled QSD positions around Ain Issa in the countryside of Ar-Raqqa."
    )
    assert event.actor1.name == "Operation Peace Spring"
    assert event.actor2 is not None and event.actor2.name == "Syrian Democratic Forces"


def test_turkish_forces_alone_stay_turkish():
    event = first_event("On 19 June, Turkish forces shelled QSD positions around Ain Issa in the countryside of Ar-Raqqa.")
    assert event.actor1.kind in ("state_forces", "external_forces")
    assert "Turkey" in event.actor1.name


def test_a_named_rebel_coalition_is_a_rebel_group():
    event = first_event("On 19 June, JWS fighters clashed with QSD near Ain Issa in the countryside of Ar-Raqqa.")
    assert event.actor1.name == "JWS: Syrian National Army"
    assert event.actor1.kind == "rebel_group"


# ---- named armed bodies


def test_an_initiative_that_sets_fires_is_an_armed_group():
    event = first_event("On 19 June, the sons of flame initiative carried out an arson attack on a warehouse in Bursa.")
    assert event.actor1.kind == "political_militia"


def test_children_hurt_stay_civilians():
    event = first_event("On 19 June, gunmen attacked a school in Zamfara, wounding three children of the village.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


# ---- an acronym read as a verb


def test_killed_by_is_snipers():
    event = first_event("On 19 June, a tribal mobilisation fighter was shot and killed by IS snipers near Khanaqin.")
    assert event.actor1.name.startswith("Islamic State")


def test_is_militants_planted_a_bomb():
    event = first_event("On 19 June, IS militants planted an IED targeting an army patrol near Tarmiyah, wounding two soldiers.")
    assert event.actor1.name.startswith("Islamic State")


# ---- identity militias named by their people


def test_clash_between_two_named_tribal_militias():
    event = first_event(
        "On 19 June, clashes broke out between Al Hamdan and Al Qasim tribal militias over water wells near Ataq, killing 3 tribesmen."
    )
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.kind == "identity_militia"


def test_groups_named_by_peoples_who_clash_are_ethnic_militias():
    event = first_event("On 19 June, Hawazma and Kenana groups clashed near Kadugli, with both sides using firearms.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.endswith("Ethnic Militia (Sudan)")


def test_groups_named_by_an_acronym_are_no_people():
    # "the TCP and CV groups" are gangs, not peoples: no ethnic militia
    event = first_event("On 19 June, in Niteroi, Rio de Janeiro, TCP and CV groups clashed in the Morro do Estado.")
    assert event.actor1 is None or event.actor1.kind != "identity_militia"


# ---- men told as a named group's


def test_gunmen_believed_to_belong_to_a_group_are_that_group():
    event = first_event("On 19 June, gunmen believed to belong to IS shot and killed a shepherd near Hajin in Deir-ez-Zor.")
    assert event.actor1.name.startswith("Islamic State")


def test_militants_linked_to_a_group_are_that_group():
    event = first_event("On 19 June, militants linked to Al Shabaab killed a village elder in Balad, Middle Shabelle.")
    assert event.actor1.name == "Al Shabaab"


def test_gunmen_linked_to_a_dispute_stay_unidentified():
    event = first_event("On 19 June, gunmen linked to a land dispute killed a farmer in Guma, Benue.")
    assert event.actor1.name.startswith("Unidentified Armed Group")


# ---- who found a device, who fought the victims


def test_forces_who_located_a_planted_device_act():
    event = first_event("Defusal: On 19 June, Turkish Gendarmerie forces located 20 kilograms of explosives planted by PKK near Yuksekova, Hakkari.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.name.startswith("PKK")


def test_a_device_planted_by_militants_who_set_it_off():
    # no one found it: the planters act
    event = first_event("On 19 June, a bomb planted by Taliban militants exploded near a police checkpoint in Maidan Shahr, Wardak.")
    assert event.actor1.name == "Taliban"


def test_militants_killed_in_clashes_with_the_army():
    event = first_event("On 19 June, 9 Taliban militants were killed during clashes with ANA forces in Arghandab district, Kandahar.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.name == "Taliban"


# ---- groups ACLED codes as militias


def test_unnamed_islamist_militants_are_a_political_militia():
    event = first_event("On 19 June, Islamist militants attacked the village of Mbau in Muidumbe district, Cabo Delgado, burning houses.")
    assert event.actor1.kind == "political_militia"


def test_named_jihadist_group_stays_a_rebel_group():
    event = first_event("On 19 June, JNIM militants attacked the village of Boni in Douentza, killing two herders.")
    assert event.actor1.kind == "rebel_group"


def test_homeland_volunteers_are_an_identity_militia():
    event = first_event("On 19 June, VDPs killed four men they accused of helping militants near Arbinda, Soum.")
    assert event.actor1.kind == "identity_militia"


def test_southern_resistance_forces_are_a_militia():
    event = first_event("On 19 June, Southern Resistance forces shelled Houthi positions near Qataba, Ad Dali.")
    assert event.actor1.name == "Southern Resistance"
    assert event.actor1.kind == "political_militia"


def test_forces_from_a_named_group_are_that_group():
    event = first_event("On 19 June, fighters from the Southern Resistance attacked Houthi positions near Qataba, Ad Dali.")
    assert event.actor1.name == "Southern Resistance"


def test_forces_of_a_country_stay_its_forces():
    event = first_event("On 19 June, forces of Turkey shelled QSD positions around Ain Issa in Ar-Raqqa.")
    assert "Turkey" in event.actor1.name


# ---- victims who are the only side named


def test_militants_killed_by_their_own_mines_are_actor1():
    event = first_event(
        "Detonation: On 19 June, 3 Taliban militants were killed when landmines they were planting exploded prematurely in Chak district, Wardak."
    )
    assert event.actor1.name == "Taliban"


def test_both_sides_among_the_dead_keep_the_first_side():
    event = first_event("On 19 June, one French soldier and three suspected ISGS fighters were killed in fighting near Menaka.")
    assert event.actor1.kind in ("state_forces", "external_forces")


def test_the_wives_of_fighters_stay_civilians():
    found = current_events("On 19 June, the militants fired on the wives of fighters as they tried to flee the town of Hajin.")
    assert found and found[0].event_type == "Violence against civilians"


def test_a_coders_remark_names_no_actor():
    # the bracketed remark says how a side was filed; the sides are those the sentence names
    event = first_event(
        "On 19 June, Giants Brigade and Tihama Resistance forces (coded as National Resistance) reportedly clashed with pro-Houthi forces in Hays, Al Hudaydah."
    )
    assert event.actor1.name != "National Resistance Forces"
