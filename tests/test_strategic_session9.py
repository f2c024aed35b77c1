"""Strategic developments and remote violence, session 9: the heading of an ACLED note names its
sub-event ("Security measures: ..."). Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

from conflictscope.pipeline import Extractor
from conflictscope.types import Document
from helpers import current_events, sub_types

PUBLISHED = date(2021, 6, 20)


# ---- a note's heading names its sub-event


def test_security_measures_heading_types_a_raid_without_a_fight():
    text = "Security measures: On 19 June 2021, soldiers raided the market of Kandahar. No clashes or arrests were reported."
    assert sub_types(text)[:1] == ["Change to group/activity"]


def test_the_same_words_without_the_heading_are_not_a_change_of_activity():
    text = "On 19 June 2021, soldiers raided the market of Kandahar. No clashes or arrests were reported."
    assert "Change to group/activity" not in sub_types(text)


def test_land_seizure_heading_is_property_not_territory():
    text = "Land seizure: On 19 June 2021, soldiers seized a wide area of farmland near Hebron to build a new road."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_property_destruction_heading_gives_an_event_to_felled_trees():
    text = "Property destruction: On 19 June 2021, settlers cut down some 40 olive trees belonging to farmers in Hebron."
    found = current_events(text)
    assert [e.sub_event_type for e in found][:1] == ["Looting/property destruction"]


def test_interception_heading_is_disrupted_weapons_use():
    text = "Interception: On 19 June 2021, rebels shot down an army drone flying over Idlib with anti-tank rockets."
    assert sub_types(text)[:1] == ["Disrupted weapons use"]


def test_detonation_heading_is_disrupted_weapons_use():
    text = "Detonation: On 19 June 2021, police blew up a car bomb left near the bridge of Kandahar."
    assert sub_types(text)[:1] == ["Disrupted weapons use"]


def test_heading_is_case_insensitive():
    text = "Security Measures: On 19 June 2021, soldiers raided the market of Kandahar. No clashes were reported."
    assert sub_types(text)[:1] == ["Change to group/activity"]


def test_a_death_the_words_do_not_make_an_event_is_not_the_headed_event_s():
    # the death is from disease: no fatality of the lockdown's
    text = "Security measures: On 19 June 2021, the authorities of Kandahar announced a lockdown of the old town after a resident died of cholera."
    found = current_events(text)
    assert [e.sub_event_type for e in found][:1] == ["Change to group/activity"]
    assert found[0].fatalities == 0


def test_a_colon_inside_a_later_sentence_is_no_heading():
    text = "Residents of Kandahar spoke to reporters on 19 June 2021. Looting: gunmen shot a guard dead at the bank."
    assert "Looting/property destruction" not in sub_types(text)


def test_an_unknown_heading_changes_nothing():
    with_heading = sub_types("Update: On 19 June 2021, gunmen shot dead a shopkeeper in Kandahar.")
    without = sub_types("On 19 June 2021, gunmen shot dead a shopkeeper in Kandahar.")
    assert with_heading == without


def test_headed_note_gives_the_same_events_in_the_fast_and_the_full_mode():
    extractor = Extractor.default()
    for text in (
        "Security measures: On 19 June 2021, the governor of Kandahar announced a mandatory use of face masks.",
        "Security measures: On 19 June 2021, the authorities of Kandahar announced a lockdown of the old town after a resident died of cholera.",
        "Other: On 19 June 2021, lawmakers in Kandahar approved a new provincial council.",
    ):
        document = Document(text=text, id="t", published=PUBLISHED)
        fast = [(e.sub_event_type, e.location and e.location.name) for e in extractor.extract(document)]
        full = [(e.sub_event_type, e.location and e.location.name) for e in extractor.extract(document, fast=False)]
        assert fast == full


# ---- a raid whose only outcome is property taken or destroyed is looting


def test_raid_with_shop_looted_and_nobody_hurt_is_looting():
    text = "On 19 June 2021, soldiers burnt two cars and looted a pharmacy during a raid in Bamenda."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_raid_taking_away_goods_is_looting():
    text = "On 19 June 2021, militants raided several homes in Maiduguri, taking away food and motorcycles."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_raid_confiscating_equipment_is_looting():
    text = "On 19 June 2021, armed men stormed the water office in Aden, confiscating six computers."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_raid_that_damaged_a_home_is_looting():
    text = "On 19 June 2021, police raided and damaged the house of an opposition leader in Freetown."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_raid_on_livestock_is_looting():
    text = "On 19 June 2021, bandits raided goats from herders near Maiduguri."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_raid_with_people_killed_stays_violence():
    text = "On 19 June 2021, militants raided several homes in Maiduguri, taking away food and killing two residents."
    assert "Looting/property destruction" not in sub_types(text)[:1]


def test_raid_on_an_army_post_stays_a_fight():
    text = "On 19 June 2021, militants raided an army checkpoint in Maiduguri and looted its stores."
    assert sub_types(text)[:1] != ["Looting/property destruction"]


def test_raid_with_arrests_stays_arrests():
    text = "On 19 June 2021, police raided a house in Freetown and arrested four men."
    assert sub_types(text)[:1] == ["Arrests"]


# ---- mounted guns fired at places, nobody hurt, are shelling


def test_machine_guns_and_snipers_fired_at_farms_are_shelling():
    text = "On 19 June 2021, rebel forces fired 12.7mm machine guns and sniper rifles at farms near Hodeidah."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_machine_guns_fired_at_scattered_areas_are_shelling():
    text = "On 19 June 2021, government forces fired machine guns at scattered areas of Hodeidah with no report of casualties."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_medium_weapons_fired_at_neighbourhoods_are_shelling():
    text = "On 19 June 2021, rebel forces fired medium weapons at residential neighbourhoods of Hodeidah."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_machine_guns_and_small_arms_at_positions_stay_a_clash():
    text = "On 19 June 2021, rebel forces fired heavy machine guns and small arms at the army positions near Avdiivka."
    assert sub_types(text)[:1] == ["Armed clash"]


def test_machine_guns_fired_at_a_village_killing_people_are_not_shelling():
    text = "On 19 June 2021, gunmen fired machine guns at a village near Kano, killing three residents."
    assert "Shelling/artillery/missile attack" not in sub_types(text)


def test_machine_guns_fired_at_a_bus_are_not_shelling():
    text = "On 19 June 2021, gunmen fired machine guns at a bus near Kano."
    assert "Shelling/artillery/missile attack" not in sub_types(text)


# ---- property destroyed by a weapon of remote violence is that weapon's attack


def test_vehicle_destroyed_with_an_anti_tank_missile_is_shelling():
    text = "On 19 June 2021, rebels destroyed an army bulldozer near Idlib using an ATGM."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_bridge_destroyed_by_explosives_set_off_is_a_remote_explosive():
    text = "On 19 June 2021, militants set off explosives and partly destroyed a bridge near Mopti."
    assert sub_types(text)[:1] == ["Remote explosive/landmine/IED"]


def test_offices_burned_with_petrol_bombs_stay_property_destruction():
    text = "On 19 June 2021, party youths destroyed the opposition offices in Lilongwe using petrol bombs."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


def test_houses_destroyed_without_a_weapon_named_stay_property_destruction():
    text = "On 19 June 2021, militiamen destroyed four houses in Ngozi."
    assert sub_types(text)[:1] == ["Looting/property destruction"]


# ---- fire answered by those it hit is a fight


def test_forces_responding_to_shelling_is_a_clash():
    text = "On 19 June 2021, government forces responded to rebel shelling near Marib city."
    assert sub_types(text)[:1] == ["Armed clash"]


def test_forces_responding_to_fire_is_a_clash():
    text = "On 19 June 2021, government forces responded to rebel fire near Marib city."
    assert sub_types(text)[:1] == ["Armed clash"]


def test_shelling_alone_stays_shelling():
    text = "On 19 June 2021, rebel forces shelled the outskirts of Marib city."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


# ---- a device made safe by those who found it


def test_police_detonating_a_bomb_someone_planted_is_disrupted_weapons_use():
    text = "On 19 June 2021, police detonated a bomb planted by an unknown man near a mosque in Kano."
    assert sub_types(text)[:1] == ["Disrupted weapons use"]


def test_a_controlled_explosion_is_disrupted_weapons_use():
    text = "On 19 June 2021, the army carried out a controlled explosion of a device found near the market in Kano."
    assert sub_types(text)[:1] == ["Disrupted weapons use"]


def test_militants_detonating_a_bomb_stays_an_explosion():
    text = "On 19 June 2021, militants detonated a bomb near a police station in Kano."
    assert sub_types(text)[:1] == ["Remote explosive/landmine/IED"]
