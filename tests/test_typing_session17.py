"""Event typing, session 17: demonstrations fired on, crowds shot at while mourning, people seized by
pirates, weapons intercepted or found, agreements initialled and territory handed over under a treaty.

ACLED's excessive force against protesters is lethal or severe force used on people demonstrating who
are not themselves violent: the people killed may be told as "people who were chanting slogans during
a demonstration", "miners who were holding a sit-in" or "thousands of people demonstrating", and the
deaths may be told as caused by the forces' act on the demonstration ("died after police baton-charged
a dharna"). People gathered to mourn or worship who are shot at are civilians attacked, never two armed
sides fighting. Sentences are our own, in several styles (wire leads with datelines, South Asian and
African local press, union statements, rights reports, peacekeeping and maritime bulletins)."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
AGREEMENT = ("Strategic developments", "Agreement")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def kinds(text: str) -> set[tuple[str, str]]:
    return set(type_pairs(text))


# ---- deadly force on a peaceful demonstration: excessive force


@pytest.mark.parametrize(
    "text",
    [
        # the people killed told by a clause of what they were doing at the protest
        "Security forces shot dead four people who were chanting slogans during a demonstration in Bamako on Saturday, "
        "organisers said.",
        "The union said police shot dead two striking miners who were holding a peaceful sit-in at the Marikana shaft on Saturday.",
        "Soldiers shot and killed three villagers taking part in a protest march against the dam near Myitkyina on Saturday.",
        # the crowd counted ("thousands of people demonstrating")
        "At least six people were killed on Saturday when security forces opened fire on thousands of people demonstrating "
        "against the president in Conakry, a rights group said.",
        "Police fired on hundreds of residents protesting against a power cut in Kisumu on Saturday, killing two.",
        # deaths caused by the forces' act on the demonstration
        "Two farmers died after police baton-charged a dharna by sugarcane growers at Lakhimpur on Saturday, the Kisan union alleged.",
        "A student was killed when soldiers stormed a sit-in at the university in Mandalay on Saturday.",
        # a rights report's words, with the stones only in the police's account
        "An OHCHR statement said security forces used excessive force against demonstrators in Bujumbura on Saturday, killing "
        "four; the police said protesters had thrown stones.",
        # killed by the forces' vehicle ("run over and killed")
        "A bus driver protesting fuel prices was run over and killed by a police vehicle in Port-au-Prince on Saturday.",
        # the stones told in the next sentence only in the police's words, denied
        "Police opened fire on a rally by opposition supporters in Lusaka on Saturday, killing two, witnesses said. "
        "Police said the crowd had thrown stones, a claim the organisers denied.",
        # killed while the crowd marched ("as they marched", "as they tried to march")
        "NAIROBI (Reuters) - Kenyan police shot dead at least three people on Saturday as thousands of opposition "
        "supporters marched through the western city of Kisumu, witnesses said.",
        "Security forces killed eight coca growers in Sacaba on Saturday as they tried to march toward the town, the "
        "ombudsman's office said.",
        # slogans chanted: a demonstration, even of mourners
        "In Srinagar, CRPF personnel fired pellets and bullets at a procession of mourners chanting pro-freedom slogans "
        "on Saturday, killing a teenager, residents said.",
        # already read so before this session: kept
        "Police opened fire on a peaceful march of teachers in Kasese on Saturday, killing three.",
        "Police killed two demonstrators in Conakry on Saturday; police said protesters threw stones, which the organisers denied.",
    ],
)
def test_deadly_force_on_peaceful_demonstrators_is_excessive_force(text):
    assert kinds(text) == {EXCESSIVE}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's own violence first: a riot even when fired on (ACLED, and the dev notes)
        "Protesters hurled stones at police and burned tyres in Lusaka on Saturday; police shot dead two of them.",
    ],
)
def test_riots_fired_on_and_past_protests_are_not_excessive_force(text):
    assert EXCESSIVE not in kinds(text), type_pairs(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # protests the victim had taken part in on earlier days: the day's event is the shooting or arrest
        ("Police shot dead a man who had taken part in protests against the governor in Kisumu on Saturday.", ATTACK),
        ("Security forces arrested three activists who have led the marches in Khartoum on Saturday.", ("Strategic developments", "Arrests")),
    ],
)
def test_protests_taken_part_in_before_are_not_the_days_event(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


def test_slogans_raised_by_workers_are_a_protest():
    text = "Hundreds of workers raised slogans against the management outside the factory in Ludhiana on Saturday."
    assert kinds(text) == {PEACEFUL}, type_pairs(text)


# ---- a mine dug for ore is no explosive


@pytest.mark.parametrize(
    "text",
    [
        "The union condemned the killing of two of its members by police at the Lonmin mine in Rustenburg on Saturday.",
        "Soldiers shot dead three artisanal miners at a gold mine near Kamituga on Saturday.",
        "Police fired on striking mine workers in Rustenburg on Saturday, killing one.",
    ],
)
def test_a_mine_dug_for_ore_is_no_explosive(text):
    assert all(sub != "Remote explosive/landmine/IED" for _, sub in type_pairs(text)), type_pairs(text)
    assert current_events(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when their vehicle hit a mine near Gao on Saturday.",
        "A civilian was killed by a mine in Kandahar on Saturday.",
        "Three children were wounded when a mine exploded in a field near Mosul on Saturday.",
    ],
)
def test_a_mine_that_explodes_stays_a_landmine(text):
    assert kinds(text) == {("Explosions/Remote violence", "Remote explosive/landmine/IED")}, type_pairs(text)


def test_deaths_caused_by_the_crowd_are_not_the_forces_excessive_force():
    text = "Two policemen died after protesters stormed a police post in Kisumu on Saturday."
    assert EXCESSIVE not in kinds(text), type_pairs(text)


# ---- the protest sub-type from the forces' own acts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police fired tear gas and water cannon at hundreds of students marching in Nairobi on Saturday.", INTERVENTION),
        ("Riot police beat protesters with batons and fired rubber bullets to break up a rally in Kampala on Saturday.", INTERVENTION),
        ("Police lobbed tear gas shells and used batons to disperse striking doctors in Lahore on Saturday.", INTERVENTION),
        # tear gas told as the passive's subject: no live fire
        ("Tear gas was fired at demonstrators in Dakar on Saturday as they tried to march on the presidency.", INTERVENTION),
        # the forces' means of dispersal, whoever the parse takes for the doer
        ("Opposition supporters marching in Dhaka were attacked by police with batons and tear gas on Saturday.", INTERVENTION),
        ("Police lathi-charged protesting students in Lucknow on Saturday.", INTERVENTION),
        # police present, escorting or watching: no attempt to disrupt
        ("Police escorted a march of about 2,000 opposition supporters through Lusaka on Saturday.", PEACEFUL),
        ("Workers staged a sit-in at the factory gate in Dhaka on Saturday as police watched.", PEACEFUL),
        ("Police were deployed in large numbers as opposition supporters rallied in Abuja on Saturday.", PEACEFUL),
        ("A heavy contingent of police stood by as hundreds of Dalit activists staged a demonstration in Chennai on Saturday.", PEACEFUL),
    ],
)
def test_protest_sub_type_from_the_forces_acts(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


# ---- violent demonstration or mob violence


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crowd voicing a demand that destroys property: a violent demonstration
        ("Angry traders demanding the reopening of the market set fire to a police post in Onitsha on Saturday.", VIOLENT_DEMO),
        ("Students protesting fee hikes pelted police with stones and set a bus on fire in Kano on Saturday.", VIOLENT_DEMO),
        # a crowd attacking people with no demand on the authorities: mob violence
        ("A mob lynched a suspected thief in Kampala on Saturday.", MOB),
        # in the police's words, with no demonstration told: still the mob's violence
        ("In Bihar's Nalanda district, a mob beat to death two men suspected of stealing a buffalo on Saturday, police said.", MOB),
        ("Two groups of villagers clashed over a grazing field near Nakuru on Saturday.", MOB),
        ("Villagers hacked to death an elderly man they accused of witchcraft in Kilifi on Saturday.", MOB),
        ("An angry mob attacked a Hindu temple and vandalised homes in Rahim Yar Khan on Saturday after rumours of blasphemy.", MOB),
    ],
)
def test_violent_demonstration_or_mob_violence(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


# ---- people gathered to mourn or worship, shot at: an attack on civilians


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired into a crowd of mourners in Mandalay on Saturday, killing five.",
        "Soldiers opened fire on a funeral procession in Zahedan on Saturday, killing three, activists said.",
        "YANGON, June 19 (Reuters) - Security forces opened fire on worshippers leaving a church in Loikaw on Saturday, "
        "wounding four.",
    ],
)
def test_fire_on_mourners_or_worshippers_is_an_attack(text):
    assert kinds(text) == {ATTACK}, type_pairs(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # tear gas at a gathering is an intervention, a bomb among mourners a bombing, soldiers guarding a
        # funeral an armed side
        ("Police fired tear gas at mourners in Nairobi on Saturday.", INTERVENTION),
        ("A suicide bomber blew himself up among mourners at a funeral in Jalalabad on Saturday, killing 18.",
         ("Explosions/Remote violence", "Suicide bomb")),
        ("Militants opened fire on soldiers guarding a funeral in Kandahar on Saturday, killing two.", ("Battles", "Armed clash")),
    ],
)
def test_other_acts_at_a_funeral_keep_their_kind(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


def test_fire_on_mourners_who_protest_stays_a_protest():
    text = "Police opened fire on mourners who were protesting the killing of a student in Srinagar on Saturday, killing two."
    assert kinds(text) == {EXCESSIVE}, type_pairs(text)


# ---- fire from afar in a war: remote violence, not a clash


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian forces shelled Kharkiv on Saturday, killing three civilians, the governor said.", SHELLING),
        ("Tank fire hit houses in Sloviansk on Saturday as the army and separatists traded blows.", SHELLING),
        ("Rockets fired by Houthi rebels landed in Marib city on Saturday, wounding four soldiers.", SHELLING),
        ("Israeli tanks shelled the area east of Khan Younis on Saturday, killing two Palestinians, medics said.", SHELLING),
        ("Military aircraft bombed rebel-held villages near Kutkai on Saturday, killing six.", AIR),
    ],
)
def test_fire_from_afar_is_remote_violence(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


# ---- armed men against unarmed people: one-sided violence


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Attackers armed with knives killed 12 villagers in Kaduna on Saturday.", ATTACK),
        ("A man armed with a machete killed six people at a market in Maiduguri on Saturday.", ATTACK),
        ("Bandits killed eight villagers in an attack on Tsafe on Saturday.", ATTACK),
        # people seized by pirates or bandits are abducted, not arrested, nor a fight
        ("Armed pirates attacked a fishing trawler off Lome on Saturday and seized four crew members.", ABDUCTION),
        ("Pirates boarded a tanker off Lome on Saturday and kidnapped six crew members.", ABDUCTION),
        ("Bandits seized 20 passengers from a bus near Tsafe on Saturday.", ABDUCTION),
    ],
)
def test_one_sided_violence(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


def test_crew_seized_by_the_coast_guard_stay_arrests():
    text = "The coast guard seized six crew members of a fishing boat off Lome on Saturday."
    assert ABDUCTION not in kinds(text), type_pairs(text)


# ---- strategic developments


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers at Mombasa port intercepted a container of illegal firearms on Saturday.",
        "The navy intercepted a shipment of rifles bound for Hodeidah on Saturday.",
        "Troops discovered a weapons depot belonging to the rebels in Beni on Saturday.",
        "Police uncovered an arms dump in a forest near Imphal on Saturday.",
        "The Lebanese army said it had intercepted a truck loaded with weapons near Baalbek on Saturday.",
        "Troops intercepted a consignment of arms and ammunition in Tillaberi on Saturday.",
        # already read so: kept
        "Police seized a large cache of weapons and explosives in Kunduz on Saturday.",
        "Army engineers defused a roadside bomb on the Quetta-Chaman road on Saturday.",
    ],
)
def test_weapons_intercepted_or_found_are_disrupted_weapons_use(text):
    assert kinds(text) == {DISRUPTED}, type_pairs(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a patrol told as the doer of another act: its act is the event
        ("Navy patrols intercepted a shipment of rifles near Hodeidah on Saturday.", DISRUPTED),
        ("A police patrol arrested two suspects in Herat on Saturday.", ("Strategic developments", "Arrests")),
        # a patrol as the event itself
        ("Russian and Turkish forces conducted a joint patrol near Kobani on Saturday.", ("Strategic developments", "Change to group/activity")),
        ("A joint patrol by Russian and Turkish forces took place near Kobani on Saturday.", ("Strategic developments", "Change to group/activity")),
    ],
)
def test_a_patrol_that_acts_is_its_act(text, expected):
    assert kinds(text) == {expected}, type_pairs(text)


def test_a_car_intercepted_is_no_weapon_disrupted():
    text = "Gunmen intercepted a car carrying two teachers near Tsafe on Saturday and shot them dead."
    assert DISRUPTED not in kinds(text), type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government and rebel negotiators initialled a peace accord in Juba on Saturday.",
        "The two sides initialled a ceasefire agreement in Doha on Saturday.",
        "Representatives of the government and the FARC initialled the final peace agreement in Havana on Saturday.",
    ],
)
def test_an_initialled_accord_is_an_agreement(text):
    assert kinds(text) == {AGREEMENT}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the peace treaty, Armenian forces handed over the Kalbajar district to Azerbaijan on Saturday.",
        "The rebels handed over control of Mekelle to federal forces on Saturday under the terms of the truce.",
    ],
)
def test_territory_handed_over_under_a_treaty_is_a_transfer(text):
    assert kinds(text) == {TRANSFER}, type_pairs(text)


def test_a_coup_announced_is_a_strategic_development():
    text = "The military announced a coup d'etat on national television in Conakry on Saturday."
    assert kinds(text) == {("Strategic developments", "Other")}, type_pairs(text)


def test_no_event_without_a_place_or_a_deed():
    assert current_events("Negotiators said on Saturday they hoped to initial a peace accord soon.") == []
