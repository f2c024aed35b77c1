"""Event typing, session 18: crowds that storm or burn a public building, demonstrators described by
their own violence, a mob told in the police's words, ground that changes hands without a fight, and an
armed group ending its war.

ACLED: a demonstration that turns to vandalism, arson or the storming of a building is a violent
demonstration, whoever reports it ("..., police said": damage to a building is a matter of record, unlike
stones the police say were thrown at them, which the rest of the story grades). Lethal force on people
who are not themselves violent is excessive force against protesters; on demonstrators the sentence
describes by their own violence ("protesters who were stoning the police station") it stays a violent
demonstration. A mob of one community attacking another's homes is mob violence in anyone's words: with
no protest told there is no demonstration the police dispersed. A base or a town given up, or a place a
side moves into after the other side left, is a non-violent transfer of territory; a group ending its
armed struggle is a change to the group. Each class is told in several styles of our own (wire copy with
a dateline, agency prose with quotes, South Asian, African, Latin American and East European local press,
embassy alerts, channel posts, ministry communiques, obituaries, press-conference answers)."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
PEACEFUL = ("Protests", "Peaceful protest")
EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
ATTACK = ("Violence against civilians", "Attack")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
AGREEMENT = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
OTHER = ("Strategic developments", "Other")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")


def first_pair(text: str) -> tuple[str, str]:
    pairs = type_pairs(text)
    assert pairs, text
    return pairs[0]


# ---- a crowd storming, breaking into or burning a public building: a violent demonstration


@pytest.mark.parametrize(
    "text",
    [
        # wire copy, the source after the fact; "set part of it on fire" (a long object before "on fire")
        "BISHKEK, Oct 6 (Reuters) - Protesters angry over the disputed election stormed the parliament building on "
        "Saturday night and set part of it on fire, police said.",
        # agency prose, the subject counted, the parse hanging "broke through" off the protest verb
        "Thousands of demonstrators marching against the results of Sunday's vote broke through the gates of the "
        "White House government complex in Bishkek on Saturday and ransacked offices on several floors, according to "
        "witnesses quoted by local television. \"We will not leave until the commission resigns,\" one organiser told "
        "reporters outside.",
        # East African local press
        "Angry residents protesting the death of a boda boda rider in police custody torched the Kasangati police "
        "station on Saturday, the Daily Monitor reports.",
        # an embassy alert
        "The Embassy is aware that demonstrators set fire to the governor's office in Cusco on Saturday during "
        "protests against the government. U.S. citizens should avoid the area.",
        # a channel post
        "Update 14:20 — crowd of protesters has broken into the regional court in Lviv, windows smashed, police "
        "nowhere. They are demanding the release of the activists.",
        # a ministry communique
        "The Ministry of Interior condemns in the strongest terms the acts of vandalism committed on Saturday by "
        "demonstrators who attacked and burned the prefecture building in Kindia.",
        "Students demonstrating against fee hikes stormed the vice-chancellor's office at Makerere University on "
        "Saturday, smashing windows and overturning furniture.",
        # South Asian press, the storming told in the police's words, the protest hung off the wrong word
        "Supporters of the jailed opposition leader stormed the provincial assembly in Lahore on Saturday during a "
        "protest, damaging furniture, police said.",
    ],
)
def test_storming_or_burning_a_public_building_is_a_violent_demonstration(text):
    assert first_pair(text) == VIOLENT_DEMO, type_pairs(text)


def test_an_officials_claim_told_before_the_burning_still_leaves_the_protest_peaceful():
    # what a ministry said happened, with the claim denied: the state's account, not the writer's fact
    text = (
        "The interior ministry said on Saturday that rioters had set fire to a police post during the march in "
        "Zinder, a claim the organisers denied."
    )
    assert set(type_pairs(text)) == {PEACEFUL}, type_pairs(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a threat or a foiled attempt to storm is no storming
        ("Protesters threatened to storm the governor's office in Cusco on Saturday if their demands were not met.", PEACEFUL),
        ("Police said they foiled an attempt by protesters to storm the parliament in Bishkek on Saturday, firing tear gas.", INTERVENTION),
        # a building burned before, marched past
        ("Demonstrators marched past the burnt police station in Kasangati on Saturday, demanding justice for the rider.", PEACEFUL),
        # armed men storming a place: their attack or their fight, no crowd's
        ("Police said gunmen stormed a house in Kaduna on Saturday and shot dead a family of four.", ATTACK),
        (
            "Militants stormed a police station in Dera Ismail Khan on Saturday, triggering a gunfight with officers that left three dead.",
            ("Battles", "Armed clash"),
        ),
    ],
)
def test_what_is_no_crowds_storming(text, expected):
    assert first_pair(text) == expected, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a crowd in its temper, which the actor reader takes for an unnamed armed group
        "Angry youths burnt down the police station in Ikorodu on Saturday.",
        "Irate youths attacked the police station in Ikorodu on Saturday, injuring two officers.",
    ],
)
def test_angry_youths_are_a_crowd(text):
    assert first_pair(text) == MOB, type_pairs(text)


def test_a_base_overrun_in_the_passive_is_taken():
    # the participle tagged as a noun ("was overrun by"): the passive's words make it the verb
    text = "A military base in Malam Fatori was overrun by ISWAP fighters on Saturday."
    assert first_pair(text) == ("Battles", "Non-state actor overtakes territory"), type_pairs(text)


def test_fighters_who_surrendered_at_a_base_did_not_hand_it_over():
    text = "About 40 fighters surrendered at their base in Beni to the army on Saturday."
    assert type_pairs(text) == [AGREEMENT], type_pairs(text)


# ---- lethal force on demonstrators: excessive force, unless they are told as violent themselves


@pytest.mark.parametrize(
    "text",
    [
        "KHARTOUM, June 3 (AFP) - Troops opened fire on marchers demanding civilian rule on Saturday, killing at "
        "least seven, medics said.",
        "Security forces used live ammunition against peaceful demonstrators in Lagos on Saturday, leaving four dead, "
        "Amnesty International said in a statement. \"They were singing the national anthem when the soldiers started "
        "shooting,\" one witness told the group.",
        "Police shot dead two youths during a peaceful march against fuel prices in Nairobi's Kibera on Saturday, "
        "family members said.",
        "Obituary: Maria Lopez, 23, a nursing student, was killed on Saturday when soldiers fired into a crowd of "
        "peaceful marchers in Cochabamba.",
        "The army fired live rounds at protesters who had gathered outside the governor's residence in Mandalay on "
        "Saturday, killing three, residents said.",
        "Q: What happened on Saturday in Bujumbura? A: Police fired on a peaceful demonstration of women near the "
        "market; two of them were killed.",
        "Police shot dead two protesters who were marching peacefully in Jhenaidah on Saturday.",
        # deaths told apart from the dispersal ("died after ... to disperse a sit-in")
        "Three people died on Saturday after security forces fired live bullets to disperse a sit-in outside the army "
        "headquarters in Khartoum, a doctors' committee said.",
        "A student leader was shot dead in Dhaka on Saturday as police broke up a rally against the quota system.",
        "Police killed three people on Saturday when they opened fire on residents blocking the highway to protest power "
        "cuts in Kasese.",
        "Funeral held for Ahmed, 19, shot by troops at Saturday's demonstration in Baghdad's Tahrir Square.",
    ],
)
def test_lethal_force_on_peaceful_demonstrators_is_excessive_force(text):
    assert first_pair(text) == EXCESSIVE, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired on protesters who were stoning the police station in Jhenaidah on Saturday, killing two.",
        "Police shot dead two protesters who were trying to set fire to the district court in Jhenaidah on Saturday.",
        "Soldiers opened fire on demonstrators attacking the governor's office in Kasai on Saturday, killing three, "
        "the governor said.",
        "Two protesters who had been hurling petrol bombs at the police station were shot dead by officers in Kisumu "
        "on Saturday.",
    ],
)
def test_force_on_demonstrators_told_by_their_own_violence_stays_a_violent_demonstration(text):
    assert first_pair(text) == VIOLENT_DEMO, type_pairs(text)


def test_rioters_fired_on_with_no_demonstration_are_mob_violence():
    text = "Rioters who had set fire to the police station were fired on by officers in Kisumu on Saturday; three rioters were killed."
    assert first_pair(text) == MOB, type_pairs(text)


# ---- a crowd dispersed with tear gas, water cannon or batons: an intervention


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to disperse hundreds of teachers marching on parliament in Harare on Saturday.",
        "Riot police used water cannon on Saturday against demonstrators who had gathered in front of the presidential "
        "palace in Tbilisi, witnesses said.",
        "The Embassy advises that police dispersed a demonstration with tear gas near Independence Square on Saturday. "
        "Avoid the area.",
        "Teargas was lobbed at protesting students of Kenyatta University on Saturday as they marched towards Thika Road.",
        "Demonstrators were dispersed with water cannon and tear gas in Santiago on Saturday.",
        "In Belgrade on Saturday, riot police pushed back protesters with pepper spray and batons outside the assembly.",
    ],
)
def test_dispersal_is_an_intervention(text):
    assert first_pair(text) == INTERVENTION, type_pairs(text)


# ---- communal mobs and rioters: mob violence, in anyone's words


@pytest.mark.parametrize(
    "text",
    [
        # a mob in the police's words, no protest told: the police dispersed no demonstration
        "A mob of Hindus attacked Muslim homes in Bhagalpur district on Saturday, setting several on fire, police said.",
        "Villagers lynched a man suspected of stealing a goat in Kano State on Saturday.",
        "Members of the Fulani community attacked Tiv houses in Guma on Saturday with machetes, injuring six, the local "
        "government chairman said.",
        "A crowd beat to death a man accused of blasphemy in Sialkot on Saturday.",
        "Residents of Kibuye stoned and burned a suspected witch on Saturday, the local administrator told reporters.",
        "Rioters looted shops and torched vehicles in Durban on Saturday.",
        "Rival groups of youths fought with stones and sticks in Jos on Saturday, leaving two dead.",
        # "rioting" (the noun the lemmatizer keeps whole) tells the youths' attack as a riot
        "Rioting broke out in the town of Kasese on Saturday when youths attacked traders with machetes.",
        "Gangs of rioters armed with machetes went on the rampage in Nairobi's Mathare on Saturday, burning shops.",
        "A Buddhist mob torched dozens of Muslim-owned shops and homes in Digana on Saturday, police said.",
        "Christian and Muslim youths clashed in Kaduna on Saturday, burning several houses and a church.",
        "Villagers beat to death two men they accused of stealing cattle in Mbarara district on Saturday.",
        "Angry villagers set ablaze the houses of three families accused of witchcraft in Kilifi on Saturday.",
        "A mob attacked a Dalit wedding procession in Rajasthan on Saturday, injuring five.",
        "Residents of two neighbouring villages fought with machetes over a land dispute in Nyamagabe on Saturday, "
        "leaving one dead.",
    ],
)
def test_communal_mobs_and_rioters_are_mob_violence(text):
    assert first_pair(text) == MOB, type_pairs(text)


# ---- civilians attacked where guards or police appear: still an attack


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five worshippers and a security guard at a mosque in Kaduna on Saturday.",
        "Armed men shot dead a shopkeeper in Quetta on Saturday; police arrived at the scene later and cordoned off the area.",
        "Gunmen killed six passengers and their police escort when they ambushed a bus near Gao on Saturday.",
        "Unknown assailants stabbed a teacher to death in Peshawar on Saturday, police said.",
        "Attackers killed a farmer and his guard at his farm in Plateau State on Saturday.",
        "Gunmen on motorbikes killed nine villagers in Sokoto on Saturday before police reinforcements arrived.",
    ],
)
def test_civilians_attacked_with_guards_or_police_around_are_an_attack(text):
    assert first_pair(text) == ATTACK, type_pairs(text)


# ---- strategic developments


@pytest.mark.parametrize(
    "text",
    [
        "Militants surrendered their base in Zinjibar to government forces on Saturday without a fight.",
        "Under the delimitation agreement, Kyrgyz authorities handed over four villages to Tajikistan on Saturday.",
        # troops entering a place the other side left
        "Government troops entered Kismayo on Saturday after al-Shabaab fighters withdrew from the town overnight.",
        # a held place that surrenders
        "The army base at Tessalit surrendered to the rebels on Saturday without a shot being fired, a military source said.",
        # the place entered described as left by the other side
        "Government forces entered the town of Sake, which M23 rebels had abandoned overnight, the army spokesman said on Saturday.",
    ],
)
def test_ground_given_up_without_a_fight_is_a_non_violent_transfer(text):
    assert first_pair(text) == TRANSFER, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ELN announced on Saturday the end of its armed struggle and said it would lay down its weapons.",
        "The armed group announced on Saturday that it had disbanded and would hand its weapons to the UN mission.",
        # a movement of forces with no side leaving stays a movement (residents who fled are no side)
        "Troops entered the town on Saturday to reinforce the garrison.",
        "Rebels entered the town on Saturday after residents fled.",
    ],
)
def test_an_armed_group_ending_its_war_or_moving_is_a_change_to_the_group(text):
    assert first_pair(text) == CHANGE, type_pairs(text)


def test_a_council_disbanding_a_committee_is_no_event():
    assert current_events("The city council disbanded its transport committee on Saturday.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police found and destroyed an explosive device planted near the market in Maiduguri on Saturday.", DISRUPTED),
        ("Bomb disposal experts defused a roadside bomb on the Kandahar highway on Saturday.", DISRUPTED),
        ("Soldiers seized power in a bloodless coup in Niamey on Saturday, dissolving the government.", OTHER),
    ],
)
def test_other_strategic_developments(text, expected):
    assert first_pair(text) == expected, type_pairs(text)


# ---- explosions, and texts that tell no event


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers blew themselves up at a market in Maiduguri on Saturday, killing 12.",
        "Two female suicide bombers detonated explosives at a mosque in Konduga on Saturday.",
        "Twin suicide blasts ripped through a crowded market in Maiduguri on Saturday, killing 18 people, officials said.",
        "Two attackers wearing explosive vests detonated them at the entrance of a mosque in Konduga on Saturday.",
        "MOGADISHU (Reuters) - Two al Shabaab suicide bombers rammed cars packed with explosives into the gate of a "
        "military base on Saturday.",
        # told without the word "suicide": bombers who blew themselves up, wore the charge or set off their vests
        "A pair of female bombers blew themselves up at a checkpoint outside Gwoza on Saturday, killing a soldier.",
        "Two girls strapped with explosives detonated the devices at a camp for displaced people in Dikwa on Saturday, "
        "killing seven.",
        "Police said two bombers detonated their vests at the shrine in Lahore on Saturday; 12 worshippers died.",
    ],
)
def test_two_suicide_bombers_are_a_suicide_bomb(text):
    assert first_pair(text) == SUICIDE, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "A fire at an army ammunition depot near Balakliia set off explosions on Saturday, forcing the evacuation of "
        "nearby villages; officials said the blaze was accidental.",
        "A gas cylinder explosion at a restaurant in Karachi on Saturday killed three people, rescue officials said.",
        "The transport union has issued a strike notice, saying drivers will stop work from Monday if fuel prices are not reduced.",
        "Saturday marks the tenth anniversary of the massacre in which 40 villagers were killed by soldiers.",
        "Analysts said the election on Saturday passed largely without violence, though turnout was low.",
        "The parish of St Joseph appeals for help for the families displaced by last year's fighting.",
    ],
)
def test_accidents_notices_anniversaries_and_appeals_are_no_events(text):
    assert current_events(text) == [], type_pairs(text)


# ---- means of dispersal used on people told as a gathering, with no protest word: an intervention


@pytest.mark.parametrize(
    "text",
    [
        "Anti-riot police lobbed teargas canisters at the crowd of traders outside City Hall in Nairobi on Saturday.",
        "Police fired tear gas at the crowd outside the stadium in Conakry on Saturday.",
        "Riot police used water cannon against hundreds of supporters of the opposition in Tbilisi on Saturday.",
        # South Asian press: people "agitating" are protesting
        "Cops baton-charged agitating farmers near the Shambhu border on Saturday.",
    ],
)
def test_dispersal_means_used_on_a_gathering_are_an_intervention(text):
    assert first_pair(text) == INTERVENTION, type_pairs(text)


def test_tear_gas_at_rioters_looting_is_their_riot():
    text = "Police fired teargas at rioters who were looting shops in Durban on Saturday."
    assert first_pair(text) == MOB, type_pairs(text)


# ---- a civilian ship attacked: an attack on civilians; a navy's ship is an armed side


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked a fishing trawler off the coast of Bayelsa on Saturday.", ATTACK),
        ("Sea pirates attacked a tanker near Bonny Island on Saturday.", ATTACK),
        ("Gunmen in speedboats attacked a passenger ferry on the Niger river on Saturday, killing two passengers.", ATTACK),
        ("Houthi fighters attacked a Saudi navy ship off Jizan on Saturday, the coalition said.", ("Battles", "Armed clash")),
        ("Militants attacked a navy boat on patrol near Lake Chad on Saturday, killing two sailors.", ("Battles", "Armed clash")),
    ],
)
def test_ships_attacked(text, expected):
    assert first_pair(text) == expected, type_pairs(text)
