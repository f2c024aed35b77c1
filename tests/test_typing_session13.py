"""Event typing, session 13: text in styles unlike the dev notes (1990s wire copy with datelines, agency
paragraphs, South Asian local press, UN situation reports). Force against protesters (excessive force,
and the reverse: police who watched), people who had gathered and were then attacked (victims, not
protesters), killings of village notables by armed groups (violence against civilians), and sub-types
read from their own words: devices made safe, thrown bombs, maiming, rockets that landed, barrel bombs,
armed groups merging or splitting, mass graves found. Sentences are our own."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

EXCESSIVE = ("Protests", "Excessive force against protesters")
PEACEFUL = ("Protests", "Peaceful protest")
ATTACK = ("Violence against civilians", "Attack")


def kinds(text: str) -> set[tuple[str, str]]:
    return set(type_pairs(text))


# ---- force against protesters


@pytest.mark.parametrize(
    "text",
    [
        # wire: the protest told by a verb describing the people fired on
        "LOME, Feb 11 (Reuters) - Gendarmes opened fire on people protesting the fuel price rise in Lome on Thursday, "
        "killing three, witnesses said.",
        "Troops fired on villagers who were demonstrating against the eviction order in Kasese on Monday, killing two.",
        # agency: killed "during" or "at" the protests
        "Security forces killed 11 people during protests against the junta in Mandalay on Saturday, according to a "
        "local rights group that has been counting the dead since the coup.",
        "A student was shot dead by police at a rally in Kathmandu on Friday.",
        "Soldiers fired into a crowd of student demonstrators in Yangon on Tuesday, killing four students, hospital officials said.",
        # the wire dateline makes the parser hang the main clause on its town
        "JAKARTA, May 12 (Reuters) - Indonesian troops fired into a crowd of student demonstrators in Jakarta on Tuesday, "
        "killing four students, hospital officials said.",
        # live fire at marchers
        "Police in Harare fired live ammunition at marchers demanding the release of a union leader on Monday, wounding six.",
    ],
)
def test_lethal_force_on_a_protest_is_excessive_force(text):
    assert kinds(text) == {EXCESSIVE}


def test_protesters_killing_a_policeman_at_a_protest_are_rioters():
    # the same scene words, the crowd's own violence: a violent demonstration, no force against it
    assert kinds("Demonstrators killed a policeman during protests in Conakry on Tuesday.") == {("Riots", "Violent demonstration")}


def test_a_protest_over_a_killing_during_a_raid_stays_peaceful():
    # the killing is what the protest is about, not done at it
    assert kinds("Hundreds protested in Ibadan on Monday over the killing of a trader by police during a raid.") == {PEACEFUL}


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses marched through Blantyre on Monday demanding unpaid allowances; police watched but did not intervene.",
        "KATHMANDU, March 3 (AFP) - Thousands of students rallied in Kathmandu on Thursday against fee hikes. "
        "Police looked on but did not intervene.",
        "Thousands marched in Lilongwe on Thursday against the election results. No tear gas was used and the march ended peacefully.",
    ],
)
def test_police_who_did_not_intervene_leave_a_peaceful_protest(text):
    assert kinds(text) == {PEACEFUL}


def test_tear_gas_fired_is_still_an_intervention():
    assert kinds("Police fired tear gas to disperse protesters in Eldoret on Tuesday.") == {("Protests", "Protest with intervention")}


# ---- people who had gathered, then were attacked


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, June 4 (Reuters) - A bomb exploded among worshippers who had gathered at a mosque in Ghazni for "
        "Friday prayers, killing 12.",
        "Militiamen opened fire on a crowd that had gathered for a wedding in Dikwa on Saturday, killing seven.",
        "Villagers had gathered near the well in Tillaberi on Sunday when gunmen opened fire, killing 30.",
    ],
)
def test_people_gathered_and_attacked_are_no_protest(text):
    found = kinds(text)
    assert found
    assert all(t not in ("Protests", "Riots") for t, _ in found)


def test_a_crowd_gathered_after_a_killing_is_a_protest():
    # the killing is why they gathered, not violence done to them
    found = kinds("A tense crowd gathered after a young man was killed by police on Wednesday in the Mathare area of Nairobi.")
    assert found and all(t == "Protests" for t, _ in found)


def test_people_gathered_to_protest_still_protest():
    assert kinds("People gathered in the main square of Bamako on Friday to protest against the junta.") == {PEACEFUL}


def test_people_gathered_for_a_cause_and_detained_protested():
    # a purpose of the gathering that is no ordinary errand keeps it a demonstration
    found = kinds("Police detained 12 people who gathered in Izmir on Saturday to mark Labour Day.")
    assert found == {("Protests", "Protest with intervention")}


# ---- killings of civilians by armed groups


@pytest.mark.parametrize(
    "text",
    [
        "RAIPUR: Naxalites shot dead a village headman in Sukma district on Monday night, police said.",
        "Suspected Maoists killed a village sarpanch in Malkangiri on Sunday, branding him a police informer.",
        "MOGADISHU (AP) - Al-Shabaab fighters killed five farmers in a village near Balad on Wednesday, elders said.",
        "PATNA: Maoists gunned down a former mukhiya in Aurangabad district on Sunday night.",
        "Suspected ADF rebels hacked to death 12 villagers in Beni territory on Tuesday night, local officials said.",
    ],
)
def test_armed_group_killing_villagers_is_an_attack(text):
    assert kinds(text) == {ATTACK}


@pytest.mark.parametrize(
    "text",
    [
        "FREETOWN, Jan 14 (Reuters) - Rebels hacked off the hands of 20 villagers in the town of Kabala on Wednesday.",
        "RUF rebels chopped off the arms of four civilians near Magburaka on Tuesday.",
    ],
)
def test_maiming_is_an_attack(text):
    assert kinds(text) == {ATTACK}


# ---- sub-types read from their own words


@pytest.mark.parametrize(
    "text",
    [
        "Police found and made safe two improvised explosive devices near the market in Damaturu on Tuesday.",
        "UNAMA: On 12 June, ANDSF personnel discovered and cleared an IED emplaced on the road in Nad Ali district.",
    ],
)
def test_a_device_made_safe_is_disrupted_weapons_use(text):
    assert kinds(text) == {("Strategic developments", "Disrupted weapons use")}


@pytest.mark.parametrize(
    "text",
    [
        "KOLKATA: Miscreants hurled a crude bomb at the house of a local councillor in Titagarh on Monday night.",
        "Unidentified men lobbed a country-made bomb at a shop in Barrackpore on Sunday, injuring two.",
    ],
)
def test_a_thrown_bomb_is_a_grenade(text):
    assert kinds(text) == {("Explosions/Remote violence", "Grenade")}


def test_a_thrown_petrol_bomb_is_property_destruction():
    found = kinds("Unidentified men hurled a petrol bomb at the office of a local newspaper in Dhaka on Sunday night.")
    assert found == {("Strategic developments", "Looting/property destruction")}


def test_rockets_that_landed_on_a_town_are_shelling():
    found = kinds("KABUL, Sept 5 (AFP) - Rockets landed on the city of Jalalabad on Wednesday, killing two civilians.")
    assert found == {("Explosions/Remote violence", "Shelling/artillery/missile attack")}


def test_shells_holding_mustard_gas_are_a_chemical_weapon():
    found = kinds("Militants fired mortar shells filled with mustard gas at Kurdish positions near Makhmour on Tuesday.")
    assert found == {("Explosions/Remote violence", "Chemical weapon")}


def test_a_team_named_rockets_is_no_rocket():
    text = "HOUSTON (AP) - Chris Paul hit a layup with a second left to lift the Houston Rockets to a 96-94 win over Portland."
    assert current_events(text) == []


def test_tear_gas_thrown_by_police_is_no_grenade():
    found = kinds("Police hurled tear gas shells at the protesters in Srinagar on Friday.")
    assert found == {("Protests", "Protest with intervention")}


def test_barrel_bombs_dropped_are_air_strikes_with_or_without_dead():
    assert kinds("Syrian army helicopters dropped barrel bombs on rebel-held districts of Aleppo on Saturday.") == {
        ("Explosions/Remote violence", "Air/drone strike")
    }


def test_armed_groups_merging_is_a_change_to_group():
    found = kinds(
        "Two rebel factions, the Free Syrian Army and the Islamic Front, announced on Monday that they had merged into "
        "a single group in Aleppo."
    )
    assert found == {("Strategic developments", "Change to group/activity")}


def test_firms_merging_is_no_event():
    assert current_events("Two of the country's largest banks merged in Lagos on Monday, the central bank said.") == []


def test_a_mass_grave_found_is_other():
    found = current_events("OCHA: On 14 June, a mass grave with the remains of 15 people was discovered in Tawila, North Darfur.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Strategic developments", "Other")]


def test_burial_in_a_mass_grave_is_no_find():
    # the grave is where the victims of an attack told here were buried: no grave found today
    found = kinds("Gunmen killed nine villagers in Kajuru on Sunday; they were buried in a mass grave on Monday.")
    assert ("Strategic developments", "Other") not in found
