"""Background told beside the event (a war's toll, an old attack a court judges or a day remembers, an
event dated only by an earlier year, the point a span is counted from) makes no event of its own, and
deaths told as lives claimed, throats cut or fighters neutralised are counted. Sentences written for
these tests, in the styles of wire copy, agency paragraphs, local press, NGO reports and UN sitreps."""

from datetime import date

import pytest

import conflictscope
from conflictscope.mentions.quantities import find_casualties

PUBLISHED = date(2019, 6, 10)


def told(text: str, published: date | None = PUBLISHED) -> list[tuple[str, int]]:
    """(sub-event type, fatalities) of every event found, history included."""
    return [(e.sub_event_type, e.fatalities) for e in conflictscope.extract(text, published=published)]


def killed(nlp, text: str) -> list[int]:
    return [m.count for m in find_casualties(nlp(text)) if m.kind == "killed"]


# ---- 1. background paragraphs beside the event


@pytest.mark.parametrize(
    "text, expected",
    [
        # agency copy: the war's toll in a relative clause
        (
            "DAMASCUS (Reuters) - Government air strikes killed 12 civilians in Idlib province on Sunday, a monitor said. "
            "The conflict, which began in 2011, has killed more than 380,000 people.",
            [("Air/drone strike", 12)],
        ),
        # 1990s wire: an earlier year's bombing told as background
        (
            "COLOMBO, June 3 (Reuters) - Tamil Tiger rebels attacked an army camp near Vavuniya on Sunday, killing 12 soldiers. "
            "In 2008, a bombing in the capital killed 26 people.",
            [("Armed clash", 12)],
        ),
        # local press: "a similar attack last year"
        (
            "MAIDUGURI: A suicide bomber killed nine people at a market in Maiduguri on Friday. A similar attack last year killed 30 people.",
            [("Suicide bomb", 9)],
        ),
        # the worst since an earlier massacre
        (
            "Clashes between soldiers and rebels near Beni left 20 dead on Sunday, in the worst violence since the 2008 massacre.",
            [("Armed clash", 20)],
        ),
        # the deadliest since an earlier attack, told as a clause
        (
            "QUETTA, June 8: At least six people were killed when a bomb planted on a motorcycle exploded near a mosque on Saturday. "
            "The blast was the deadliest in the city since a suicide attack on a hospital in August 2016 killed 70 people.",
            [("Remote explosive/landmine/IED", 6)],
        ),
        (
            "Militants attacked a checkpoint in Sinai on Friday, killing three policemen. "
            "The attack was the deadliest since November 2017, when gunmen killed more than 300 worshippers at a mosque.",
            [("Armed clash", 3)],
        ),
    ],
)
def test_background_beside_the_event_makes_no_event(text, expected):
    assert told(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The war, which has killed at least 10,000 people, shows no sign of ending.",
        "The insurgency, which has killed thousands of people since 2007, aims to topple the government.",
        "Last year, a bombing at the same market killed 40 people.",
        "Earlier this year, gunmen attacked the same village, killing 11.",
        "Bandits have killed more than 200 people in Zamfara this year, the governor said.",
        "Rebels seized the town in 2016.",
    ],
)
def test_a_war_toll_or_an_event_of_a_whole_year_is_no_event(text):
    # ACLED dates an event to the day, the week or at worst the month: a year is no event's date
    assert told(text) == []


def test_an_anniversary_remembers_a_massacre_it_does_not_report():
    text = "Hundreds marched in Srebrenica on Thursday to mark the anniversary of the massacre of 8,000 Muslim men."
    assert told(text) == [("Peaceful protest", 0)]


def test_an_event_of_the_year_told_with_its_day_stays():
    # the report's own year is no background
    assert told("Gunmen killed four traders near Gao on 2 June 2019.") == [("Attack", 4)]


def test_a_year_alone_is_background_without_a_publication_date():
    assert told("In 2014, rebels attacked the town, killing 11 people.", published=None) == []


def test_killed_amid_clashes_keeps_the_clashes():
    # "amid" makes background only of a clause that tells no event itself
    assert told("Two soldiers were killed amid clashes with rebels in Rutshuru on Sunday.") == [("Armed clash", 2)]


def test_a_meeting_amid_fighting_is_no_fight():
    assert told("The UN Security Council met on Monday amid reports of renewed fighting in Tripoli.") == []


# ---- 2. notes that report no event


@pytest.mark.parametrize(
    "text",
    [
        "A court in Colombo on Monday sentenced three men to death for the 2008 bombing of a bus that killed 26 people.",
        "ISLAMABAD, June 9 - An anti-terrorism court on Saturday convicted two militants of the attack on a police station "
        "in 2015 in which eight policemen were killed.",
        "NAIROBI: The High Court on Tuesday acquitted four men charged over the 2013 Westgate mall attack in which 67 people were killed.",
        "The UN mission said in its annual report that 3,804 civilians were killed and 7,189 wounded in 2018, the highest number since records began.",
        "In its annual report, the rights group said 1,200 people were killed in 2018.",
        "According to the Landmine Monitor 2018, 7,239 people were killed or injured by mines in 2017, the third year running of high casualties.",
        "Analysts say the army's offensive on Idlib could trigger a new wave of displacement.",
    ],
)
def test_a_verdict_an_annual_report_or_an_analysis_is_no_event(text):
    assert told(text) == []


# ---- 4. deaths told in other words


def test_lives_claimed_are_deaths(nlp):
    assert killed(nlp, "A suicide attack on a mosque in Kabul claimed 20 lives on Friday.") == [20]
    assert killed(nlp, "The ambush claimed the lives of seven soldiers.") == [7]
    assert killed(nlp, "The blast claimed at least 12 lives, police said.") == [12]


def test_throats_cut_are_deaths(nlp):
    assert killed(nlp, "Militants cut the throats of five villagers in Cabo Delgado on Sunday.") == [5]


def test_fighters_neutralised_are_deaths_devices_are_not(nlp):
    assert killed(nlp, "Troops neutralised three terrorists in an ambush near Mopti on Friday, the army said.") == [3]
    assert killed(nlp, "Two bandits were neutralised in the operation.") == [2]
    assert killed(nlp, "Soldiers neutralised an IED planted on the road.") == []
    assert killed(nlp, "Police neutralised the threat.") == []


def test_a_wire_dateline_is_not_the_victim(nlp):
    # the parser may take the dateline's town for a second subject of the verb
    assert killed(nlp, "QUETTA, June 8: At least six people were killed when a bomb exploded near a mosque on Saturday.") == [6]


def test_lives_claimed_give_the_event_its_toll():
    assert told("A suicide attack on a mosque in Kabul claimed 20 lives on Friday.", published=date(2019, 6, 8))[0][1] == 20


# ---- 5. those kidnapped and then killed


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "On 28 April 2019, in Tonala, Chiapas, armed men who arrived in a pickup kidnapped four traders. "
            "The victims were taken to a ranch and were killed. 4 fatalities.",
            date(2019, 4, 28),
        ),
        (
            "KADUNA, Nigeria (AP) - Gunmen abducted 12 passengers on a highway near Kaduna on Monday. "
            "Three of the hostages were later killed, police said.",
            date(2019, 6, 10),
        ),
    ],
)
def test_an_abduction_whose_victims_are_killed_is_an_attack(text, published):
    # ACLED's precedence: the attack above the abduction, the later killing told without a kind of its own
    found = told(text, published)
    assert [sub for sub, _ in found] == ["Attack"] and found[0][1] > 0


def test_an_abduction_without_deaths_stays_one():
    text = "Gunmen kidnapped four traders near Maiduguri on Monday. Police said the kidnappers demanded a ransom."
    assert told(text) == [("Abduction/forced disappearance", 0)]
