"""Event typing, session 14: text in styles unlike the dev notes (1990s wire copy with datelines, agency
leads with quotes, South Asian local press, UN situation reports, translated state media). Lethal fire on
a march (excessive force, also when the parse hangs the marchers on a clause after "on", when the march
is named by the noun, or when the dead are not counted), tear gas as a verb, military aircraft shot down
(a clash; a civil plane stays fire from afar), an arrest over an earlier bombing (the arrest), "strikes"
by a state (air strikes), prisoner releases under a deal or in a swap and surrenders in other words
(agreements), camps set up by armed men (bases), forced disappearances, throats cut. Sentences are our own."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
CLASH = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")
AGREEMENT = ("Strategic developments", "Agreement")
BASE = ("Strategic developments", "Headquarters or base established")
OTHER = ("Strategic developments", "Other")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def kinds(text: str) -> set[tuple[str, str]]:
    return set(type_pairs(text))


# ---- lethal fire on a march


@pytest.mark.parametrize(
    "text",
    [
        # agency lead: the marchers parsed as the subject of a clause after "on"
        "Sudanese security forces opened fire on protesters marching towards the presidential palace on Sunday, "
        "killing at least three people, a doctors' committee said.",
        "NAIROBI, Nov 3 (Reuters) - Riot police opened fire on students marching to the vice-chancellor's office in "
        "Nairobi on Monday, killing one, witnesses said.",
        # the march named by the noun
        "Police opened fire on a march by opposition supporters in Conakry, killing two.",
        "Two people were killed and dozens wounded on Saturday when police opened fire on a march by opposition "
        "supporters in Conakry, witnesses said.",
        "Gendarmes fired on a march against the third term in Lome on Thursday, killing four, an opposition leader said.",
        # the dead not counted: the death told of the demonstrators is lethal force
        "Protesters were killed when soldiers fired into a crowd in Mandalay on Saturday, witnesses said.",
        "Demonstrators were shot dead as troops fired on the crowd in the town square of Kasese, residents said.",
    ],
)
def test_lethal_fire_on_a_march_is_excessive_force(text):
    assert EXCESSIVE in kinds(text), type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police teargassed demonstrators in Nairobi on Tuesday.",
        "Marchers were tear-gassed by police outside parliament in Kampala on Thursday.",
        "Hundreds of traders protesting against evictions in Accra were teargassed by the police, the Daily Graphic reported.",
    ],
)
def test_tear_gas_as_a_verb_is_an_intervention(text):
    assert type_pairs(text) == [INTERVENTION]


def test_a_peaceful_march_stays_peaceful():
    assert type_pairs("Thousands joined a peaceful march against the new tax law in Lusaka on Saturday.") == [
        ("Protests", "Peaceful protest")
    ]


def test_march_the_month_is_no_protest():
    assert current_events("In March by the river the army opened a new road.") == []


# ---- aircraft shot down


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down two army helicopters near Kidal on Tuesday.",
        "KABUL, Aug 6 (Reuters) - Taliban insurgents shot down a military helicopter in Wardak province, killing all "
        "crew members aboard, officials said.",
        "The rebels said they had shot down a government fighter jet over Misrata.",
        "Militants brought down a helicopter gunship in the Swat valley, the army said.",
    ],
)
def test_military_aircraft_shot_down_is_a_clash(text):
    assert type_pairs(text) == [CLASH]


def test_civil_plane_shot_down_stays_fire_from_afar():
    assert type_pairs("Troops shot down a cargo plane near the airport in Bardera, killing six.") == [SHELLING]


def test_drone_shot_down_stays_disrupted_weapons_use():
    assert type_pairs("Rebels shot down a surveillance drone near Kidal on Monday.") == [DISRUPTED]


# ---- an arrest over an earlier bombing


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men over Friday's bombing in Quetta.",
        "Police in Peshawar arrested two suspects in connection with last week's bomb blast.",
        "QUETTA, Pakistan (AP) - Police on Sunday arrested a suspect in the bombing of a mosque.",
        "Three men were detained for the killing of a village chief in Kasai province, police said.",
    ],
)
def test_arrest_over_an_earlier_attack_is_the_arrest(text):
    assert type_pairs(text) == [ARRESTS]


def test_an_arrest_beside_its_own_fight_keeps_the_fight():
    assert CLASH in kinds("Soldiers clashed with militants in Kunar and arrested five of them on Tuesday.")


# ---- strikes by a state


@pytest.mark.parametrize(
    "text",
    [
        "Israel strikes on Gaza killed 10 people on Monday, the health ministry said.",
        "Israeli strikes hit Gaza overnight, the health ministry said.",
        "Coalition strikes hit a market in Saada, killing 12.",
    ],
)
def test_strikes_by_a_state_are_air_strikes(text):
    assert type_pairs(text) == [AIR_STRIKE]


@pytest.mark.parametrize(
    "text",
    [
        "The general strike hit the capital on Monday.",
        "Teachers' strikes hit schools across the country.",
    ],
)
def test_a_stoppage_of_work_is_no_air_strike(text):
    assert AIR_STRIKE not in kinds(text)


# ---- agreements: releases under a deal, swaps, surrenders


@pytest.mark.parametrize(
    "text",
    [
        "The government released 50 prisoners under a deal with the rebels.",
        "The Houthis released 100 detainees in a prisoner swap with the coalition.",
        "KABUL (Reuters) - The Afghan government freed 400 Taliban prisoners on Thursday as part of an exchange agreed "
        "with the insurgents.",
        "The army handed over 12 captured fighters to the ICRC under an agreement with the rebels.",
    ],
)
def test_release_under_a_deal_is_an_agreement(text):
    assert type_pairs(text) == [AGREEMENT]


def test_release_with_no_deal_stays_other():
    assert type_pairs("Authorities released 30 detainees from prison in Kano on Monday.") == [OTHER]


def test_a_deal_in_the_background_is_no_agreement():
    assert current_events("Under a deal signed in 2018, the rebels were to disarm by June.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Over 200 militants laid down their arms in Kunar province, the provincial governor said.",
        "About 50 FDLR combatants handed themselves over to MONUSCO in Rutshuru, a UN report said.",
        "Forty rebel fighters surrendered to the army in Beni on Tuesday.",
    ],
)
def test_surrender_in_other_words_is_an_agreement(text):
    assert type_pairs(text) == [AGREEMENT]


# ---- bases: camps set up by armed men


@pytest.mark.parametrize(
    "text",
    [
        "Rebels established a camp near the border town of Kidal.",
        "Al-Shabaab fighters set up a training camp in the forests near Afmadow, locals said.",
        "The army established a military camp in the village of Ngala on Friday.",
    ],
)
def test_armed_mens_camp_is_a_base(text):
    assert type_pairs(text) == [BASE]


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families set up a makeshift camp outside Bunia.",
        "The displaced are set up in rudimentary camps in the east, lacking food and water.",
    ],
)
def test_a_camp_of_the_displaced_is_no_base(text):
    assert current_events(text) == []


# ---- forced disappearance, throats cut


@pytest.mark.parametrize(
    "text",
    [
        "Activists said the student leader was forcibly disappeared by intelligence agents in Karachi on Monday.",
        "Plain-clothes agents forcibly disappeared a rights lawyer in Dhaka, his wife said.",
    ],
)
def test_forced_disappearance_is_an_abduction(text):
    assert type_pairs(text) == [ABDUCTION]


@pytest.mark.parametrize(
    "text, dead",
    [
        ("ALGIERS, Feb 2 (Reuters) - Armed Islamic fundamentalists cut the throats of a teacher and his wife in a "
         "village near Blida, security forces said.", 2),
        ("Militants slit the throats of seven villagers in Ituri, a UN sitrep said.", 7),
    ],
)
def test_throats_cut_is_an_attack(text, dead):
    events = current_events(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [ATTACK]
    assert events[0].fatalities == dead


# ---- property burned with people killed; a suicide bombing opening a gunfight


def test_homes_burned_with_villagers_killed_is_an_attack():
    text = "Armed men set houses ablaze in Djugu territory, and the bodies of 12 villagers were later found in the ashes."
    assert type_pairs(text) == [ATTACK]


def test_homes_burned_with_nobody_hurt_stays_property_destruction():
    text = "Government soldiers burned down three villages in Rakhine state, displacing hundreds, witnesses said."
    assert type_pairs(text) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber rammed an explosives-laden vehicle into the gate of the army base in Baidoa, after which "
        "gunmen stormed the compound and fought soldiers for two hours, killing 15.",
        "A suicide car bomber struck the entrance of a hotel in Mogadishu, and gunmen then entered the building and "
        "exchanged fire with guards, killing nine people.",
    ],
)
def test_suicide_bombing_opening_a_gunfight_is_a_suicide_bomb(text):
    assert type_pairs(text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_car_bomb_then_gunfight_stays_a_clash():
    # no suicide bomber: the clash outranks the device beside it (ACLED's higher type)
    text = ("Militants detonated a car bomb at the gate of a hotel in Mogadishu and then stormed the building, "
            "exchanging fire with guards, killing 12 people.")
    assert CLASH in kinds(text)


# ---- the passive voice of a downed military aircraft; state media's "neutralised"; homes bulldozed


@pytest.mark.parametrize(
    "text",
    [
        "On 17 June, a military helicopter was shot down by militants near Gao, killing 2 crew.",
        "A fighter jet was shot down over Idlib on Tuesday, the rebels said.",
    ],
)
def test_military_aircraft_shot_down_in_the_passive_is_a_clash(text):
    assert type_pairs(text) == [CLASH]


def test_passenger_jet_shot_down_stays_fire_from_afar():
    assert type_pairs("A passenger jet was shot down over eastern Ukraine, killing all 298 people on board.") == [SHELLING]


def test_drone_shot_down_in_the_passive_stays_disrupted_weapons_use():
    assert type_pairs("A drone was shot down near the airport in Erbil.") == [DISRUPTED]


def test_state_media_neutralised_fighters_is_a_clash():
    events = current_events(
        "The heroic armed forces neutralised 12 terrorists in the Tillaberi region, the ministry of defence said."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [CLASH]
    assert events[0].fatalities == 12


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had neutralised the threat posed by the militants in the area.",
        "Officials said the plot had been neutralised before any attack took place.",
    ],
)
def test_a_threat_neutralised_is_no_event(text):
    assert current_events(text) == []


def test_a_device_neutralised_stays_disrupted_weapons_use():
    assert type_pairs("Soldiers neutralised an IED on the road to Gao.") == [DISRUPTED]


def test_homes_bulldozed_is_property_destruction():
    text = "The army bulldozed 30 homes belonging to families of suspected militants in Pulwama."
    assert type_pairs(text) == [("Strategic developments", "Looting/property destruction")]


# ---- a party's organised wing or its named people attacking someone: a political militia, not a crowd


@pytest.mark.parametrize(
    "text",
    [
        "Members of the ruling party's youth wing beat two opposition supporters to death in Harare on Saturday.",
        "HARARE, June 2 (Reuters) - ZANU-PF youths beat an MDC activist to death in Mutare, police said.",
        "Youth league members of the ruling party attacked opposition supporters with machetes in Nairobi, killing three.",
        "A group of Awami League activists hacked a BNP leader to death in Chittagong.",
    ],
)
def test_party_wing_killing_someone_is_an_attack(text):
    events = current_events(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [ATTACK]
    assert events[0].actor1.kind == "political_militia"


@pytest.mark.parametrize(
    "text",
    [
        # two parties' people fighting one another stay a crowd's fight
        "ANC and IFP supporters clashed in Durban, leaving three dead.",
        # a crowd not named by a party
        "A mob set fire to houses and killed three people in a communal clash in Jos.",
        # a party's plain members or supporters are a crowd
        "Supporters of the ruling party attacked and killed an opposition member in Kisumu.",
        "On Sunday, opposition party members allegedly beat two polling monitors in Lilongwe.",
    ],
)
def test_crowds_not_a_party_wing_stay_mob_violence(text):
    assert type_pairs(text) == [("Riots", "Mob violence")]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hacked the website of the election commission on Monday.",
        "The group hacked into the servers of the opposition party last month, investigators said.",
        "It was in late January that the exchange Kaizencoin was hacked of coins worth 530 million dollars.",
        "Unknown attackers hacked Zentrobank last week, the firm said.",
    ],
)
def test_computers_hacked_are_no_event(text):
    assert current_events(text) == []


# ---- explosives laid on buildings; mines cleared and caches destroyed; fighters giving themselves up


@pytest.mark.parametrize(
    "text",
    [
        "Militants blew up a girls' school in Khyber district with explosives.",
        "Rebels blew up a bridge on the highway near Kidal on Sunday.",
    ],
)
def test_blown_up_is_a_planted_explosive(text):
    assert type_pairs(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize(
    "text",
    [
        "The situation blew up when the two teams met in the final.",
        # a cash machine blasted open to steal from it: a robbery's method, no attack on anyone
        "Robbers blew up an ATM in Campinas overnight and fled with the cash.",
    ],
)
def test_tensions_or_a_cash_machine_blowing_up_are_no_explosion(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers cleared 40 landmines from farmland near Kilinochchi.",
        "Soldiers found and destroyed a cache of anti-personnel mines in Tal Afar.",
    ],
)
def test_mines_cleared_or_destroyed_are_disrupted_weapons_use(text):
    assert type_pairs(text) == [DISRUPTED]


def test_fighters_giving_themselves_up_is_an_agreement():
    assert type_pairs("Sixty Boko Haram fighters gave themselves up to troops in Bama, the army said.") == [AGREEMENT]


def test_a_person_named_hacked_to_death_is_an_attack():
    events = current_events("Militiamen hacked Jean Bosco to death in Djugu on Monday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [ATTACK]
