"""Tolls, session 20: tolls stated plainly in shapes the parse or the merge missed. The dead a verb of
leaving or finding describes, however the parser hangs the state word ("left four officers and a
civilian dead"); a toll with no "death" before it ("the toll from the outbreak of fighting rose to 40");
deaths told later as further ones in a sentence of no event ("Two more succumbed ... on Monday"); several
suicide attackers who died ("two suicide bombers blew themselves up"); two sources' figures in one
sentence (the lower); the dead of unarmed people and of an armed side told apart, which add; numbers in
words joined by "and"; others who died too in the same sentence; a side's own dead told as "lost"; a toll
"in all"; a number after a vague word; and the wounded who died later, on another day or in another
town's hospital, added to the event they were hurt in.
Sentences are our own, in several styles (wire copy, local press, NGO bulletins, agency copy)."""

from __future__ import annotations

import pytest
from helpers import current_events, only_event

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def killed_counts(sentence: str) -> list[int]:
    doc = get_nlp()(sentence)
    return [m.count for m in find_casualties(doc) if m.kind == "killed"]


def injured_counts(sentence: str) -> list[int]:
    doc = get_nlp()(sentence)
    return [m.count for m in find_casualties(doc) if m.kind == "injured"]


# ---- the people a verb of leaving or finding describes, all of them


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the state word parsed as a conjunct of the objects, the last person folded into it
        ("Police said the attack left four officers and a civilian dead.", 5),
        # the state word hung on the last object only
        ("Rescuers found two women and a child dead in the rubble of the house.", 3),
        ("The ambush left three soldiers and two civilians dead, the army said.", 5),
    ],
)
def test_left_dead_counts_every_object(sentence, expected):
    assert max(killed_counts(sentence)) == expected


def test_left_wounded_counts_every_object():
    assert injured_counts("The explosion left six children and a teacher wounded.") == [7]


@pytest.mark.parametrize(
    "sentence, killed, injured",
    [
        # each part of the list with its own state word: counted apart
        (
            "A PKK attack on the border post left 3 KDP guards (including the commander of the local battalion) dead "
            "and 4 others injured near Sidakan village.",
            [3],
            [4],
        ),
        ("A militia raid left 3 herders dead and 6 others injured near the wells.", [3], [6]),
    ],
)
def test_each_part_with_its_own_state(sentence, killed, injured):
    assert killed_counts(sentence) == killed
    assert injured_counts(sentence) == injured


def test_left_a_place_and_a_person_counts_only_the_person():
    # "left the village deserted and a man dead": the village is no victim
    assert killed_counts("The raid left the village deserted and a man dead.") == [1]


def test_left_dead_event_toll():
    text = (
        "KADUNA, Nigeria - Gunmen attacked a police post in Kajuru on Sunday night. Police said the attack left "
        "four officers and a civilian dead."
    )
    assert only_event(text).fatalities == 5


# ---- a toll with no "death" word before it


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The toll from the outbreak of fighting rose to 40, officials said.", [40]),
        ("The toll from Sunday's attack on the market has climbed to 23.", [23]),
        ("The toll stood at 17 on Monday, police said.", [17]),
        # what the toll is of or from is a hazard, or a word before it says what else it counts
        ("The toll from the floods rose to 40.", []),
        ("The toll of the cholera outbreak stood at 12.", []),
        ("The road toll rose to 12 this week.", []),
        ("The fighting took a heavy toll on 12 districts.", []),
    ],
)
def test_bare_toll(sentence, expected):
    assert killed_counts(sentence) == expected


def test_bare_toll_after_a_clash_is_its_toll():
    text = (
        "Fighting broke out between the army and rebels in Kidal on Tuesday. The toll from the outbreak of "
        "fighting rose to 40, officials said."
    )
    assert only_event(text).fatalities == 40


# ---- further deaths told in a sentence of no event


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A bomb exploded at a market in Maiduguri on Sunday, killing five people. Two more succumbed to their "
            "injuries in hospital on Monday.",
            7,
        ),
        (
            "MOGADISHU (AP) - A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing at least five "
            "people. Three other people died later, a hospital official said.",
            8,
        ),
        # the rest of the dead told: no deaths beyond those counted
        ("Gunmen killed three villagers in Kajuru on Friday. The other two died in hospital, police said.", 3),
    ],
)
def test_further_deaths_told_apart(text, expected):
    assert only_event(text).fatalities == expected


# ---- the suicide attackers, however many


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two suicide bombers blew themselves up at a church in Jos on Sunday, killing eleven worshippers.", [13]),
        ("Three female suicide bombers blew themselves up at a market in Konduga, killing at least 30 people.", [33]),
        # a plural with no figure does not tell how many
        ("Suicide bombers blew themselves up outside a mosque in Kabul, killing 12 people.", [12]),
        # the bombers among those counted
        ("Twelve people, including the two bombers who blew themselves up, were killed in Maiduguri.", [12]),
    ],
)
def test_suicide_attackers_added(sentence, expected):
    assert killed_counts(sentence) == expected


# ---- two sources' figures in one sentence: the lower


def test_another_sources_toll_in_the_sentence_is_the_higher():
    text = (
        "Gunmen opened fire at a wedding party in Kunduz on Sunday. Police said eleven people were killed, while "
        "a local official put the toll at 15."
    )
    assert only_event(text).fatalities == 11


def test_a_raised_toll_is_no_other_source():
    text = (
        "Gunmen opened fire at a wedding party in Kunduz on Sunday. Police said eleven people were killed, and "
        "later raised the toll to 15."
    )
    assert only_event(text).fatalities == 15


# ---- the dead of unarmed people and of an armed side, told apart, add


def test_hostages_and_a_soldier_add():
    text = (
        "On 18 June, unidentified gunmen kidnapped 14 passengers on the Abuja-Kaduna highway near Katari. The "
        "kidnappers killed two of the hostages. Later, soldiers rescued the rest; one soldier died in the operation."
    )
    assert only_event(text).fatalities == 3


def test_two_counts_of_the_same_unarmed_dead_compete():
    text = (
        "Gunmen attacked the village of Kwall in Bassa on Sunday, killing 12 villagers, police said. Residents said "
        "15 villagers were killed."
    )
    assert only_event(text).fatalities == 12


# ---- numbers written in words with "and"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Military officials said two hundred and forty soldiers had died in the fighting.", [240]),
        ("One hundred and twenty-five people were killed in the attack on the convoy.", [125]),
        # a range keeps its lowest figure
        ("Between 10 and 15 people were killed.", [10]),
    ],
)
def test_number_words_joined_by_and(sentence, expected):
    assert killed_counts(sentence) == expected


# ---- others who died too, in the same sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Seven jawans were killed on the spot while two others succumbed on the way to hospital.", [9]),
        ("Three soldiers died in the blast and two more were killed later.", [5]),
        # the others among those counted
        ("Twelve people died, including two others from the neighbouring village.", [12]),
    ],
)
def test_others_after_a_count(sentence, expected):
    assert killed_counts(sentence) == expected


# ---- an armed side's own dead, told as lost


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The attackers also lost three of their members when vigilantes fought back.", [3]),
        ("The militants lost five fighters in the clash.", [5]),
        # no armed side, or nobody lost dead
        ("The party lost three members to defections.", []),
        ("The army lost contact with two soldiers.", []),
    ],
)
def test_a_side_lost_its_people(sentence, expected):
    assert killed_counts(sentence) == expected


def test_lost_members_add_to_the_event():
    text = (
        "Armed bandits stormed Dutsin-Ma on Tuesday and killed 8 villagers. The attackers also lost three of their "
        "members when vigilantes fought back."
    )
    assert only_event(text).fatalities == 11


# ---- the whole toll stated, a number after a vague word, a hazard's toll


def test_a_toll_in_all():
    text = (
        "Gunmen on motorbikes attacked a village near Ouahigouya on Friday. Among those killed were the village chief "
        "and his two sons. Four people died in all."
    )
    assert only_event(text).fatalities == 4


def test_a_number_after_a_vague_word():
    text = (
        "Clashes between herders and farmers in Benue state on Monday left scores dead, local officials said. The "
        "state police command confirmed 17 deaths."
    )
    assert only_event(text).fatalities == 17


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the cholera outbreak in Beira rose to 40 on Tuesday, days after militants attacked the town.",
        "The death toll from the floods rose to 40.",
    ],
)
def test_a_hazards_death_toll_is_no_count(sentence):
    assert killed_counts(sentence) == []


def test_a_death_toll_from_an_outbreak_of_fighting_counts():
    assert killed_counts("The death toll from the outbreak of fighting rose to 40.") == [40]


# ---- two speakers' figures in one sentence; each side's dead in one sentence


def test_two_speakers_figures_the_lower():
    text = (
        "BOGOTA (EFE) - Guerrillas of the FARC attacked the town of Mitu on Sunday. Army sources said 43 soldiers and "
        "police were killed, while the FARC claimed it had killed 60."
    )
    assert [e.fatalities for e in current_events(text) if e.location and e.location.name == "Mitu"] == [43]


def test_two_speakers_counting_different_sides_keep_the_higher():
    text = (
        "Troops clashed with militants in Kulgam on Monday. The army said 15 militants were killed, while the group "
        "said it had killed 20 soldiers."
    )
    assert only_event(text).fatalities == 20


def test_each_sides_dead_with_how_one_side_died():
    text = (
        "Maoist rebels ambushed a police patrol near Liwang in Rolpa district on Sunday. Twelve policemen died on "
        "the spot and one rebel was killed in retaliatory fire, police said."
    )
    assert {e.fatalities for e in current_events(text)} == {13}


def test_unarmed_dead_a_speaker_names_instead_compete():
    # another source names the dead as civilians: the same dead, a competing figure (the lower)
    text = (
        "On 18 June, during a raid, soldiers allegedly killed 22 separatists in attacks on camps in Bafut town. The "
        "villagers contest that figure however, saying 13 civilians were killed by the military."
    )
    assert only_event(text).fatalities == 13


# ---- the wounded who died later, another day or in another town's hospital


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A bomb exploded at a market in Maiduguri on Sunday, killing five people. Two more victims of the blast "
            "died in hospital in Maiduguri on Monday.",
            [("Maiduguri", 7)],
        ),
        (
            "A bomb exploded at a market in Maiduguri on Sunday, killing five people. On Monday, two of the wounded "
            "died at the State Specialist Hospital, raising the toll to seven.",
            [("Maiduguri", 7)],
        ),
        ("Police shot three protesters in Nairobi on Tuesday. One of them died in hospital on Wednesday, his family said.", [("Nairobi", 1)]),
        ("A grenade attack on a bar in Kampala on Saturday wounded six people. One of the wounded died on Sunday.", [("Kampala", 1)]),
        (
            "Militants attacked an army post near Menaka on Sunday, killing four soldiers. Two of the wounded soldiers "
            "later died in hospital in Gao.",
            [("Menaka", 6)],
        ),
        # the hospital's town, in a sentence of no event of its own
        (
            "Al-Shabaab militants attacked a bus near Mandera on Sunday, killing six passengers. Two more passengers "
            "succumbed to their injuries in Nairobi on Monday.",
            [("Mandera", 8)],
        ),
    ],
)
def test_wounded_who_died_later(text, expected):
    assert [(e.location.name, e.fatalities) for e in current_events(text)] == expected


def test_deaths_in_an_incident_of_their_own_stay_apart():
    text = (
        "Gunmen killed five villagers near Gao on Sunday. On Monday, two more soldiers died when their vehicle hit a "
        "landmine near Menaka."
    )
    assert [(e.location.name, e.fatalities) for e in current_events(text)] == [("Gao", 5), ("Menaka", 2)]
