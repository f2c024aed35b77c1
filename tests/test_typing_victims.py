"""Event typing: who the victims are decides Attack against Armed clash. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope
from helpers import only_event

PUBLISHED = date(2021, 3, 15)


def test_in_front_of_a_house_is_no_front_line():
    assert only_event("On 4 March 2021, unknown gunmen opened fire on a civilian in front of his house in Daraa.", PUBLISHED).sub_event_type == "Attack"


def test_a_guard_said_to_be_civilian_is_a_civilian():
    event = only_event("On 4 March 2021, militants shot dead a civilian school guard in Maiduguri.", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor2.kind == "civilians"


def test_an_armed_group_attacking_a_village_attacks_its_people():
    assert only_event("On 4 March 2021, suspected militants attacked Bama village and burned several huts.", PUBLISHED).sub_event_type == "Attack"
    assert only_event("On 4 March 2021, unidentified gunmen attacked Kagara and killed 2 people.", PUBLISHED).sub_event_type == "Attack"


def test_a_village_defended_by_armed_men_is_a_clash():
    event = only_event(
        "On 4 March 2021, unidentified gunmen attacked Kagara and clashed with a local vigilante group that tried to repel them.",
        PUBLISHED,
    )
    assert event.sub_event_type == "Armed clash"


def test_an_armed_group_attacking_forces_is_a_clash():
    assert only_event("On 4 March 2021, militants attacked an army base in Bama.", PUBLISHED).sub_event_type == "Armed clash"


# ---- crowds in a clash


def test_a_clash_between_people_named_by_nationality_and_forces_is_mob_violence():
    event = only_event("On 4 March 2021, clashes erupted between Palestinians and Israeli forces at a checkpoint in Hebron.", PUBLISHED)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.kind == "rioters"


def test_a_clash_between_vendors_and_police_is_mob_violence():
    assert only_event("On 4 March 2021, clashes broke out in Hebron between street vendors and police officers.", PUBLISHED).sub_event_type == "Mob violence"


def test_two_groups_clashing_are_a_mob():
    assert only_event("On 4 March 2021, two groups clashed over a land dispute in Samastipur.", PUBLISHED).sub_event_type == "Mob violence"


def test_clans_and_named_groups_clashing_are_armed_sides():
    assert only_event("On 4 March 2021, clashes broke out between two clans in Beledweyne.", PUBLISHED).sub_event_type == "Armed clash"
    assert only_event("On 4 March 2021, clashes took place between members of Hamza Division and Sultan Murad Division in Afrin.", PUBLISHED).sub_event_type == (
        "Armed clash"
    )


def test_militia_groups_clashing_are_no_mob():
    assert only_event("On 4 March 2021, clashes broke out between two rival militia groups in Baharak, Takhar.", PUBLISHED).sub_event_type == "Armed clash"


def test_a_clash_between_armed_groups_stays_a_clash():
    event = only_event("On 4 March 2021, clashes erupted between Taliban militants and Afghan forces in Kunduz.", PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.kind == "rebel_group"


# ---- a crowd's violence with a demand is a demonstration


def test_stone_pelting_with_a_demand_is_a_violent_demonstration():
    assert only_event("On 4 March 2021, migrant workers pelted stones at police in Surat, demanding to return home.", PUBLISHED).sub_event_type == (
        "Violent demonstration"
    )


def test_a_lynching_without_demands_stays_mob_violence():
    assert only_event("On 4 March 2021, villagers beat a suspected thief to death in Patna.", PUBLISHED).sub_event_type == "Mob violence"


def test_police_using_force_on_a_protest_intervene():
    assert only_event("On 4 March 2021, police used force against residents protesting in Anantnag.", PUBLISHED).sub_event_type == (
        "Protest with intervention"
    )


# ---- movements, displacement and releases (Change to group/activity, Other)


def test_forces_entering_a_province_move():
    assert only_event("On 4 March 2021, a Turkish military convoy entered Idlib through the Kafr Lusin crossing.", PUBLISHED).sub_event_type == (
        "Change to group/activity"
    )


def test_counted_refugees_returning_are_displacement():
    assert only_event("On 4 March 2021, 300 Venezuelan refugees returned to Maracaibo from Colombia.", PUBLISHED).sub_event_type == "Other"


def test_counted_prisoners_released_are_other():
    assert only_event("On 4 March 2021, the government released 60 Taliban prisoners from a prison in Kunduz.", PUBLISHED).sub_event_type == "Other"


def test_a_running_total_of_releases_is_no_event():
    events = conflictscope.extract(
        "On 4 March 2021, residents of Rosario banged pots to protest against the release of prisoners. "
        "Until 3 March, 700 prisoners had been released from the province's prisons.",
        published=PUBLISHED,
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_joining_an_armed_group_changes_it():
    assert only_event("On 4 March 2021, 20 policemen joined the Taliban in Kunduz.", PUBLISHED).sub_event_type == "Change to group/activity"


def test_people_travelling_make_no_event():
    assert conflictscope.extract("The minister arrived in Kunduz on Monday. He returned to Kabul on Tuesday.", published=PUBLISHED) == []
    assert conflictscope.extract("On Monday, a journalist was released from prison in Kabul.", published=PUBLISHED) == []


# ---- who is armed


def test_people_said_to_be_armed_are_an_armed_group():
    event = only_event("On 4 March 2021, an inmate was stabbed to death by four armed inmates in a prison in Joinville.", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor1.kind == "political_militia"


def test_an_official_of_the_police_is_the_police():
    event = only_event("On 4 March 2021, a journalist was assaulted by a railway police official at the station in Dimapur.", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor1.kind == "state_forces"


# ---- state forces named by faction


def test_libyan_factions_are_state_forces():
    event = only_event("On 4 March 2021, GNA and LNA forces clashed near the airport road in Tripoli.", PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.kind == "state_forces"


def test_a_name_holding_the_head_word_wins_over_its_backer():
    event = only_event("On 4 March 2021, pro-STC Security Belt Forces ambushed a military vehicle in Zinjibar.", PUBLISHED)
    assert event.actor1.name.endswith("Security Belt Forces")


def test_gunmen_killing_a_member_of_the_regime_is_a_clash():
    assert only_event("On 4 March 2021, unidentified gunmen shot dead a member of the regime's 4th Division in Daraa.", PUBLISHED).sub_event_type == (
        "Armed clash"
    )


# ---- victims


def test_someone_beheaded_or_beaten_is_a_civilian_victim():
    assert only_event("On 4 March 2021, Al Shabaab militants beheaded an electoral delegate near Diinsoor.", PUBLISHED).sub_event_type == "Attack"
    assert only_event("On 4 March 2021, police beat up a shopkeeper in Monrovia for not wearing a mask.", PUBLISHED).sub_event_type == "Attack"


def test_fire_upon_a_family_or_at_a_civilian_car_is_an_attack():
    assert only_event("On 4 March 2021, a soldier fired upon a family in Dilling, killing two of them.", PUBLISHED).sub_event_type == "Attack"
    assert only_event("On 4 March 2021, soldiers opened fire on a civilian vehicle near the base in Dhuusamarreeb.", PUBLISHED).sub_event_type == "Attack"


def test_killing_fighters_stays_a_clash():
    assert only_event("On 4 March 2021, soldiers killed two militants in Kunduz.", PUBLISHED).sub_event_type == "Armed clash"


# ---- running totals told by an ordinal


def test_a_third_soldier_dying_brings_the_toll_to_three():
    event = only_event(
        "On 4 March 2021, two soldiers were killed in a Taliban attack on a checkpoint in Kunduz. "
        "Later, a third soldier died of his wounds in hospital.",
        PUBLISHED,
    )
    assert event.fatalities == 3


# ---- abduction beside killing


def test_killing_beside_an_abduction_types_the_event():
    assert only_event("On 4 March 2021, gunmen attacked Kagara, killed 1 resident and abducted three others.", PUBLISHED).sub_event_type == "Attack"
    assert only_event("On 4 March 2021, gunmen kidnapped three farmers in Kaduna.", PUBLISHED).sub_event_type == "Abduction/forced disappearance"
    # nobody hurt: the attack was the abduction
    assert only_event("On 4 March 2021, gunmen attacked Kagara and abducted the village head.", PUBLISHED).sub_event_type == "Abduction/forced disappearance"
