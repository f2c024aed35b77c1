"""Event typing, session 15: long prose and texts that tell no event (rights reports, press releases,
social posts quoted by a newsroom, South Asian and African local press, 1990s wire copy). Lethal force
told as the result of an act aimed at a march (excessive force); stun grenades and sound bombs fired at a
crowd (an intervention, no grenade attack; thrown at a house they stay a grenade); "shot dead" after a
vehicle, which the tagger reads as a noun; no one arrested, people still held, rumoured attacks and
arrests "in connection with" an attack told elsewhere (no event of their own). Sentences are our own."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
GRENADE = ("Explosions/Remote violence", "Grenade")
ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")


def kinds(text: str) -> set[tuple[str, str]]:
    return set(type_pairs(text))


# ---- lethal force on a march, told as the result of the act aimed at it


@pytest.mark.parametrize(
    "text",
    [
        # rights report
        "Security forces used excessive force against peaceful demonstrators in Conakry on Saturday, killing at "
        "least four people, according to witnesses interviewed by our researchers.",
        # local press, African
        "Anti-riot police charged the marchers in Kisumu on Friday, killing two and leaving scores injured, "
        "the county commissioner confirmed.",
        # agency lead
        "Troops used live rounds against students protesting the fuel price rise in Kano on Thursday, killing three, "
        "hospital officials said.",
    ],
)
def test_killing_as_result_of_force_on_a_march_is_excessive_force(text):
    assert EXCESSIVE in kinds(text), type_pairs(text)


def test_lethal_force_named_is_excessive_force():
    text = "Police used lethal force against protesters demanding the release of opposition leaders in Bamako on Friday."
    assert EXCESSIVE in kinds(text), type_pairs(text)


def test_force_without_deaths_stays_an_intervention():
    text = "Police used force against demonstrators outside the electoral commission in Lusaka on Saturday."
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


# ---- stun grenades and sound bombs: crowd control


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired stun grenades at demonstrators outside parliament in Beirut on Saturday.",
        "Officers lobbed stun grenades into the crowd of students at the university gate in Dhaka on Saturday.",
        "Israeli forces fired sound bombs and tear gas at mourners marching to the cemetery in Hebron on Friday, the "
        "Palestinian news agency said.",
        "Police threw flash grenades to disperse hundreds of traders in Harare on Saturday.",
    ],
)
def test_stun_grenades_at_a_crowd_are_an_intervention(text):
    found = kinds(text)
    assert INTERVENTION in found and GRENADE not in found, type_pairs(text)


def test_tear_gas_fired_at_farmers_on_their_land_is_no_intervention():
    text = "Israeli forces fired tear gas canisters at Palestinian farmers on their land east of Khuzaa on Saturday."
    assert ("Protests", "Protest with intervention") not in kinds(text), type_pairs(text)


def test_stun_grenade_thrown_at_a_house_stays_a_grenade():
    text = "Unknown men threw a stun grenade at the house of a trader in Deir ez-Zor on Saturday; no one was hurt."
    assert GRENADE in kinds(text), type_pairs(text)


def test_hand_grenade_thrown_at_a_crowd_stays_a_grenade():
    text = "A man threw a hand grenade into a crowd of shoppers at the market in Garissa on Saturday, wounding six."
    assert GRENADE in kinds(text), type_pairs(text)


# ---- "shot dead" after a vehicle


@pytest.mark.parametrize(
    "text",
    [
        "PESHAWAR: Gunmen on a motorcycle shot dead a cloth trader in the Hashtnagri area on Saturday, police said.",
        "Two men on a motorbike shot dead a schoolteacher outside his home in Bannu on Saturday.",
    ],
)
def test_shot_dead_after_a_motorcycle_is_an_attack(text):
    assert ATTACK in kinds(text), type_pairs(text)


# ---- no one arrested, people still held, rumours


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman said no one had been arrested so far.",
        "Nobody has been detained over the incident, the district police officer told reporters on Saturday.",
        "Six journalists remain in detention in Asmara without charge, the press freedom group said on Saturday.",
        "At least a dozen opposition activists are still detained in Kampala, their lawyers said on Saturday.",
        "The two activists stayed in police custody in Harare on Saturday.",
        "The army on Saturday dismissed as baseless rumours that militants had attacked a checkpoint near Gao.",
        "Rumours of an attack on the army camp in Menaka spread panic in the town on Saturday.",
        "Posts shared on Facebook about a rumoured raid on the village of Kubwa were false, police said on Saturday.",
    ],
)
def test_statements_that_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_arrest_in_connection_with_an_attack_is_the_arrest_only():
    text = "Police arrested two men in connection with the attack in Quetta on Saturday."
    assert kinds(text) == {ARRESTS}, type_pairs(text)


def test_arrests_still_counted():
    text = "Police arrested 14 students in Harare on Saturday; the students remain in custody."
    assert ARRESTS in kinds(text), type_pairs(text)


def test_attack_with_nobody_hurt_is_still_an_attack():
    text = "Nobody was hurt when gunmen attacked a police post in Bannu on Saturday."
    assert current_events(text), type_pairs(text)


# ---- a crowd forcing its way into a building


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators broke into the parliament building in Colombo on Saturday, television footage showed.",
        "Protesters forced their way into the presidential palace in Colombo on Saturday and hung banners from the balcony.",
    ],
)
def test_protesters_breaking_into_a_building_are_a_violent_demonstration(text):
    assert ("Riots", "Violent demonstration") in kinds(text), type_pairs(text)


def test_thieves_breaking_into_a_shop_tell_no_event():
    text = "Thieves broke into a jewellery shop in Colombo on Saturday and made off with gold."
    assert current_events(text) == [], type_pairs(text)


def test_gunmen_breaking_into_a_house_keep_their_abduction():
    text = "Gunmen broke into a house in Kaduna on Saturday and abducted a family of five."
    assert kinds(text) == {("Violence against civilians", "Abduction/forced disappearance")}, type_pairs(text)


# ---- the crowd's violence told only in the police's or an official's words


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers marched in Bujumbura on Saturday. Police dispersed them with tear gas; a police "
        "spokesman said some rioters had thrown stones.",
        "Police dispersed the march of teachers in Bujumbura on Saturday with tear gas, saying rioters had thrown "
        "stones at officers.",
    ],
)
def test_stones_in_an_officials_claim_do_not_grade_the_protest(text):
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators threw stones at police and burned tyres in Nairobi on Saturday.",
        "Protesters in Nairobi threw stones at police on Saturday, witnesses said.",
    ],
)
def test_stones_told_as_fact_or_by_witnesses_make_a_violent_demonstration(text):
    assert ("Riots", "Violent demonstration") in kinds(text), type_pairs(text)


# ---- drones in a state's release


AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        # press release
        "In a statement, the defence ministry said its unmanned aerial vehicle engaged a group of armed terrorists "
        "near Tessit on Saturday, destroying two of their vehicles.",
        "Helicopter gunships engaged the militants near Tessit on Saturday, the army said.",
        # agency, a drone by its acronym
        "A Turkish UAV targeted a car near Qamishli on Saturday, killing two fighters of the SDF.",
    ],
)
def test_aircraft_engaging_people_is_an_air_strike(text):
    assert AIR_STRIKE in kinds(text), type_pairs(text)


def test_troops_and_helicopters_engaging_is_a_ground_fight():
    text = "Troops and helicopters engaged the militants near Tessit on Saturday."
    assert kinds(text) == {("Battles", "Armed clash")}, type_pairs(text)


# ---- why people are held is no event here


def test_people_held_for_protesting_tell_no_protest():
    text = "Human Rights Watch called on the authorities to release all those detained for peaceful protest."
    assert current_events(text) == [], type_pairs(text)


def test_arrests_for_protesting_in_a_main_clause_stay_an_event():
    text = "Police arrested 20 people for protesting outside the court in Minsk on Saturday."
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


# ---- left from session 14: South Asian "encounter", a bomb hoax, a jet dropping bombs


def test_encounter_with_forces_is_a_fight():
    text = "Three militants were killed in an encounter with security forces in Shopian district on Saturday, police said."
    assert kinds(text) == {("Battles", "Armed clash")}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister recalled a chance encounter with the rebel leader in Nairobi on Saturday.",
        "Prosecutors dropped the bomb hoax charges against the teenager in Leeds on Saturday.",
    ],
)
def test_encounters_and_hoaxes_of_another_sense(text):
    assert current_events(text) == [], type_pairs(text)


def test_fighter_jet_dropping_bombs_on_a_market_is_an_air_strike():
    text = "A fighter jet dropped bombs on the market in Maarat al-Numan on Saturday, killing 15 people."
    assert AIR_STRIKE in kinds(text), type_pairs(text)


# ---- a debunked video


def test_what_a_video_does_not_show_is_no_event():
    text = "Fact check: No, this video does not show soldiers burning a village in Tigray. It was filmed in 2015 in another country."
    assert current_events(text) == [], type_pairs(text)


def test_what_a_video_shows_stays_an_event():
    text = "A video shared on Saturday shows soldiers burning a village near Axum."
    assert current_events(text), type_pairs(text)


# ---- a weapon as the subject of "destroyed"


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Drones destroyed two vehicles of the insurgents near Kidal on Saturday, the ministry said.", AIR_STRIKE),
        ("Russian artillery destroyed a school in Avdiivka on Saturday.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ],
)
def test_a_weapon_that_destroyed_property_types_the_event(text, kind):
    assert kind in kinds(text), type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the artillery regiment destroyed a checkpoint of the militia near Kidal on Saturday.",
        "Militants destroyed a bridge near Kidal on Saturday.",
    ],
)
def test_people_who_destroyed_property_stay_property_destruction(text):
    assert kinds(text) == {("Strategic developments", "Looting/property destruction")}, type_pairs(text)


# ---- people named by their state, a reward for an arrest


def test_visiting_wounded_soldiers_is_no_fight():
    text = "The president visited wounded soldiers at the military hospital in Gao on Saturday."
    assert current_events(text) == [], type_pairs(text)


def test_a_wounded_man_beside_an_attack_keeps_the_attack():
    text = "A wounded civilian died in hospital in Gao on Saturday after gunmen attacked his village."
    assert ATTACK in kinds(text), type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor announced a reward of one million naira for information leading to the arrest of the attackers.",
        "Police offered a bounty for the capture of the gang leader on Saturday.",
    ],
)
def test_a_reward_for_an_arrest_is_no_arrest(text):
    assert current_events(text) == [], type_pairs(text)


def test_an_arrest_after_a_bounty_stays_an_arrest():
    text = "Police arrested the gang leader in Kano on Saturday, days after a bounty was put on his head."
    assert ARRESTS in kinds(text), type_pairs(text)


# ---- a rivalry told in the present, with no day


@pytest.mark.parametrize(
    "text",
    [
        # think-tank update
        "Dissidents and gangs are fighting over territory in the region.",
        "Armed groups have been fighting for control of the gold mines in the north for years.",
        "Rival gangs fight for control of drug routes in the state.",
    ],
)
def test_an_ongoing_rivalry_is_no_event(text):
    assert current_events(text) == [], type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rival gangs are fighting for control of the market in Kismayo this morning, residents said.",
        "Two clans fought over land in the village of Kalaba on Saturday.",
        "Government troops are fighting rebels on the outskirts of Goma, residents said.",
    ],
)
def test_a_fight_of_a_day_or_without_a_stake_stays_an_event(text):
    assert current_events(text), type_pairs(text)


# ---- the killing of protesters told as a noun


def test_killing_of_protesters_documented_is_excessive_force():
    text = "Our researchers documented the killing of at least 12 peaceful protesters by security forces in Khartoum on Saturday."
    assert EXCESSIVE in kinds(text), type_pairs(text)


def test_protest_over_the_killing_of_protesters_stays_peaceful():
    text = "Thousands protested in Khartoum on Saturday over the killing of 12 protesters by security forces."
    assert kinds(text) == {("Protests", "Peaceful protest")}, type_pairs(text)


# ---- the crowd's violence and its name in the police's or a minister's words (more forms)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers marched on the district office in Sialkot on Saturday. Police said officers were attacked "
        "by rioters and responded with tear gas.",
    ],
)
def test_attack_by_rioters_in_a_police_account_leaves_the_intervention(text):
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers protested outside the ministry in Bujumbura on Saturday; the minister described them as rioters.",
        "The interior ministry said in a statement that rioters had set fire to a police post during the march in "
        "Niamey on Saturday, a claim the organisers denied.",
    ],
)
def test_an_officials_name_or_claim_leaves_the_protest_peaceful(text):
    assert kinds(text) == {("Protests", "Peaceful protest")}, type_pairs(text)


def test_witnesses_naming_rioters_who_burned_cars_is_a_violent_demonstration():
    text = "Witnesses described the protesters as rioters who burned cars in Bujumbura on Saturday."
    assert ("Riots", "Violent demonstration") in kinds(text), type_pairs(text)


# ---- court summaries: verdicts on earlier acts


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal found the former commander guilty of ordering the massacre of 30 villagers and sentenced him "
        "to 20 years in prison on Saturday.",
        "The court on Saturday acquitted three soldiers charged with killing a protester in Kasese.",
        "The court on Saturday acquitted a soldier of the murder of a student in Kasese.",
    ],
)
def test_verdicts_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


# ---- tear gas, water cannon and rubber bullets fired at people


@pytest.mark.parametrize(
    "text",
    [
        # a social post quoted by a newsroom
        "RT @localreporter: Police firing tear gas at the crowd outside the university in #Dhaka right now. Scenes of chaos.",
        "Police fired rubber bullets at the crowd in Santiago on Saturday.",
        "Police fired water cannon at demonstrators in Minsk on Saturday.",
    ],
)
def test_dispersal_weapons_fired_at_people_are_an_intervention(text):
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


# ---- reports called false


@pytest.mark.parametrize(
    "text",
    [
        "The military on Saturday dismissed claims that jihadists had overrun the town of Djibo as fake news.",
        "Police said reports of a shooting at the market in Garissa on Saturday were untrue.",
    ],
)
def test_refuted_reports_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president dismissed the army chief on Saturday after the attack on the base in Menaka.",
        "Reports of an attack on the base in Menaka on Saturday were confirmed by the army.",
    ],
)
def test_reports_not_refuted_keep_their_event(text):
    assert current_events(text), type_pairs(text)


# ---- a march broken up, a sit-in dispersed leaving people dead, a deadly crackdown


@pytest.mark.parametrize(
    "text",
    [
        "Security forces violently dispersed the sit-in outside the army headquarters in Khartoum on Saturday, "
        "leaving at least 30 dead.",
        "Police used live ammunition to break up the march in Kisumu on Saturday; three people were killed.",
        "Security forces launched a deadly crackdown on protesters in Yangon on Saturday.",
    ],
)
def test_deadly_dispersals_are_excessive_force(text):
    assert kinds(text) == {EXCESSIVE}, type_pairs(text)


def test_a_march_broken_up_is_an_intervention():
    text = "Police broke up the march in Kisumu on Saturday."
    assert kinds(text) == {INTERVENTION}, type_pairs(text)


def test_breaking_up_after_a_march_is_no_event():
    text = "The couple decided to break up after the march in London."
    assert current_events(text) == [], type_pairs(text)


def test_leaving_at_least_n_dead_is_a_killing():
    text = "The bombing left at least 12 people dead in Kabul on Saturday."
    found = current_events(text)
    assert found and found[0].fatalities == 12, type_pairs(text)


# ---- people of a crowd's kind counted in hundreds


def test_hundreds_of_youths_storming_a_station_are_a_mob():
    text = "Hundreds of youths stormed the police station in Kasese on Saturday."
    assert kinds(text) == {("Riots", "Mob violence")}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of armed youths attacked the village of Kalaba on Saturday, killing 12.",
        "Hundreds of militiamen attacked the village of Kalaba on Saturday, killing 12.",
    ],
)
def test_armed_men_counted_in_hundreds_stay_an_armed_group(text):
    assert ATTACK in kinds(text), type_pairs(text)


# ---- events told as a habit or a pattern (UN situation reports)


@pytest.mark.parametrize(
    "text",
    [
        "Insecurity continues to hamper access in Djugu territory, where attacks on displacement sites have been "
        "reported regularly.",
        "Airstrikes and shelling continue to be reported in the south of the governorate.",
        "Gunmen often attack travellers on this road, residents said.",
    ],
)
def test_habits_and_patterns_are_no_event(text):
    assert current_events(text) == [], type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers repeatedly fired on the crowd in Kisumu on Saturday, killing two.",
        "Clashes continue in Tripoli for a third day.",
    ],
)
def test_repeated_or_continuing_acts_of_a_day_stay_events(text):
    assert current_events(text), type_pairs(text)


# ---- 1990s wire copy


def test_a_pylon_dynamited_is_a_remote_explosive():
    text = "LIMA, Peru (AP) -- Shining Path guerrillas dynamited an electricity pylon outside Lima on Saturday, blacking out parts of the capital."
    assert kinds(text) == {("Explosions/Remote violence", "Remote explosive/landmine/IED")}, type_pairs(text)


# ---- women held as sex slaves


def test_abducted_and_held_as_sex_slaves_is_sexual_violence():
    text = "Survivors described how fighters abducted women and girls and held them as sex slaves in Kalaba on Saturday."
    assert kinds(text) == {("Violence against civilians", "Sexual violence")}, type_pairs(text)


# ---- a police station seized


def test_rebels_seizing_a_police_station_take_territory():
    text = "Rebels seized a police station in Kidal on Saturday."
    assert kinds(text) == {("Battles", "Non-state actor overtakes territory")}, type_pairs(text)


# ---- "no group has claimed responsibility for the attack"


def test_no_claim_for_the_attack_does_not_make_it_a_clash():
    text = (
        "NIAMEY, June 20 (Reuters) - Suspected jihadists killed 19 villagers in an attack on the village of Tchoma "
        "Bangou in western Niger on Saturday, the interior ministry said.\n\nThe attackers arrived on motorcycles and "
        "opened fire on residents, the ministry said.\n\nNo group has claimed responsibility for Saturday's attack."
    )
    assert kinds(text) == {ATTACK}, type_pairs(text)


def test_a_claim_keeps_its_event_and_its_claimant():
    text = "Gunmen attacked a police post in Bannu on Saturday, killing two. The Pakistani Taliban claimed responsibility for the attack."
    found = current_events(text)
    assert len(found) == 1 and [c.stance for c in found[0].claims] == ["claims_responsibility"], type_pairs(text)


def test_a_thief_breaking_in_does_not_make_a_mob_a_demonstration():
    text = "Angry residents beat a man after he broke into a car in Jos on Saturday."
    assert kinds(text) == {("Riots", "Mob violence")}, type_pairs(text)
