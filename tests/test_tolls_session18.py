"""Tolls, session 18: deaths told in other words than "N were killed" (a death "succumbed", "passed
away"; "another" dead after a count), the attacker's own death added to his victims', a figure the
sentence calls false, a table's "Killed" column; and the same classes already read, in other styles
(wire copy, local press, a ministry's communique, a hospital's statement, an obituary, a casualty
digest), so that they stay read. The sentences are our own, each a one-event report (or none)."""

from __future__ import annotations

import pytest
from helpers import current_events

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def one(text: str):
    found = current_events(text)
    assert len(found) == 1, [(e.sub_event_type, e.fatalities, e.location and e.location.name) for e in found]
    return found[0]


def killed(text: str, above: str = "") -> list[int]:
    doc = get_nlp()(text)
    return [m.count for m in find_casualties(doc, above) if m.kind == "killed"]


# ---- E1: tolls not told as "N were killed"


@pytest.mark.parametrize(
    "text, family, toll",
    [
        # hospital statement: a wounded officer's death told with "succumbed", no cause named
        (
            "SRINAGAR, June 19: A police constable who was shot by suspected militants in Pulwama on Saturday "
            "succumbed at the district hospital late in the evening, officials said.",
            "Violence against civilians", 1,
        ),
        # East African press
        (
            "A traffic officer who was attacked by al-Shabaab fighters at a roadblock near Mandera on Saturday "
            "succumbed while being treated, the county commissioner said.",
            "Violence against civilians", 1,
        ),
        # a death told with "passed away"
        (
            "Ms Achieng, a teacher who was shot by cattle raiders in Kapedo on 19 June 2021, passed away at "
            "Lodwar hospital, her family said.",
            "Violence against civilians", 1,
        ),
    ],
)
def test_a_death_told_without_its_cause(text, family, toll):
    event = one(text)
    assert event.fatalities == toll
    assert event.event_type in (family, "Battles")


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Five members of a wedding party lost their lives when unidentified armed men opened fire on their bus "
         "near Bunia, Ituri province, on Saturday, local officials said.", 5),
        ("Two jawans of the Central Reserve Police Force were martyred when Maoists ambushed a patrol party in "
         "Sukma district of Chhattisgarh on Saturday.", 2),
        ("Nine villagers perished when armed bandits set fire to homes in Zurmi, Zamfara State, on Saturday night.", 9),
        ("The death toll from Saturday's car bombing in the Somali town of Baidoa rose to 14 on Sunday, the "
         "regional health ministry said.", 14),
        ("The suicide attack on a police academy in Kabul on Saturday claimed 11 lives, the interior ministry said.", 11),
        ("Attack on army post, Mopti region, Mali, 19 June 2021. Dead: 4 / Injured: 9. Perpetrator: JNIM.", 4),
        ("The Ministry of Defence regrets to announce that three soldiers laid down their lives in an exchange of "
         "fire with terrorists in North Waziristan on 19 June 2021.", 3),
        ("KADUNA, June 19 (Wire) - The Barau Dikko Teaching Hospital received seven bodies after gunmen attacked "
         "worshippers at a mosque in Kaduna on Saturday, a hospital spokesman said.", 7),
    ],
)
def test_other_words_for_the_dead_stay_read(text, toll):
    assert one(text).fatalities == toll


def test_succumbing_to_pressure_is_no_death():
    assert killed("The governor succumbed to pressure from the protesters and resigned.") == []
    assert killed("The wounded officer succumbed to his injuries on Sunday.") == [1]


def test_a_table_row_under_a_killed_column():
    header = "Casualty digest, 19 June 2021\nLocation | Incident | Killed | Injured\n"
    assert killed("Duma, Rif Dimashq | Airstrike on a market | 6 | 15", above=header) == [6]
    # the same row with no header above: no count
    assert killed("Duma, Rif Dimashq | Airstrike on a market | 6 | 15") == []
    # a header whose columns name no dead
    assert killed("Duma | Airstrike on a market | 6 | 15", above="Place | Incident | Aircraft | Sorties\n") == []


# ---- E2: tolls to be added


@pytest.mark.parametrize(
    "text, toll",
    [
        # US wire copy: a shooter's suicide after his victims'
        ("A gunman killed four people at a supermarket in Colorado Springs on Saturday before turning the gun on "
         "himself, police said.", 5),
        # European press: the attacker shot by police
        ("An attacker stabbed two worshippers to death at a church in Nice on Saturday before he was shot dead by "
         "police.", 3),
        # South Asian press: a suicide bomber counts among the dead
        ("A suicide bomber blew himself up at a checkpoint in Kandahar on Saturday, killing three policemen, "
         "officials said.", 4),
        # "another" dead after a count
        ("Two people died at the scene and another later in hospital after a bomb exploded at a bus stop in "
         "Mogadishu on Saturday.", 3),
        ("Three soldiers and a civilian were killed when militants attacked an army convoy near Gao, Mali, on Saturday.", 4),
        ("Two police officers and a passer-by were shot dead when gunmen opened fire on a checkpoint in Karachi on "
         "Saturday.", 3),
        ("Militants killed five soldiers in an ambush near Diffa, Niger, on Saturday; two of the attackers were also "
         "killed, the army said.", 7),
    ],
)
def test_the_dead_added(text, toll):
    assert one(text).fatalities == toll


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Three soldiers were killed and another two died in hospital.", [5]),
        ("Two policemen were killed and another was wounded.", [2]),
        ("Two policemen were killed, and another officer was abducted.", [2]),
        ("The bomber killed himself and five others.", [6]),
        ("A teacher was killed when he was shot by gunmen.", [1]),
        ("Police shot dead two robbers, and the gunman who shot a guard was also killed.", [3]),
    ],
)
def test_who_else_died(text, toll):
    assert killed(text) == toll


# ---- E4: a figure the sentence calls false


@pytest.mark.parametrize(
    "text, toll",
    [
        ("A widely shared post claiming that 40 people were killed in a police raid in Lekki on Saturday is false; "
         "two people died, according to hospital records.", [2]),
        ("The claim that 300 protesters were shot dead by soldiers in Khartoum is false.", []),
        ("Police debunked a video alleging that 50 villagers were killed in Kagoro.", []),
        ("The false claim that 12 pilgrims died in the attack spread quickly.", []),
        # a figure beside a falsity told of something else stands
        ("Soldiers killed 12 militants, the army said, dismissing as false reports of civilian deaths.", [12]),
    ],
)
def test_a_debunked_figure(text, toll):
    assert killed(text) == toll


def test_a_fact_check_keeps_the_true_toll():
    event = one(
        "A widely shared post claiming that 40 people were killed in a police raid in Lekki on Saturday is false; "
        "two people died, according to hospital records."
    )
    assert event.fatalities == 2


# ---- E3 / J: the toll on the story's one event, told in a later sentence


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Gunmen attacked a police station in Zamfara State on Saturday, police said. Six officers were killed in "
         "the attack, a spokesman said.", 6),
        ("An improvised explosive device exploded near a military vehicle in Kidal, Mali, on Saturday. The device was "
         "planted by JNIM militants. Three soldiers were killed.", 3),
        ("Suspected al-Shabaab fighters attacked a police post in Mandera County on Saturday. The attack left four "
         "officers dead, according to a police report.", 4),
        ("Taliban fighters attacked a checkpoint in Kunduz province on Saturday night. The fighting lasted two hours. "
         "Provincial officials said seven police were killed and three wounded.", 7),
        ("A roadside bomb struck a minibus in Kandahar on Saturday. Nine civilians died in the blast, including four "
         "children, the governor's office said.", 9),
        ("Militants killed six soldiers at a checkpoint near Arbinda, Burkina Faso, on Saturday. Security forces "
         "later arrested twelve suspects in raids in nearby villages.", 6),
        ("A bomb exploded at a market in Kabul on Saturday, killing three people. The explosion in the market, which "
         "was crowded with shoppers, also wounded 10, officials said. The bombing has not been claimed.", 3),
    ],
)
def test_one_event_with_its_toll(text, toll):
    assert one(text).fatalities == toll


# ---- I: no event


@pytest.mark.parametrize(
    "text",
    [
        "Three workers were killed when a gas cylinder exploded at a restaurant in Lahore on Saturday, rescue officials said.",
        "The transport workers' union has given notice of a nationwide strike starting on Monday over unpaid wages.",
        "Saturday marks the tenth anniversary of the massacre in which soldiers killed 43 villagers in Tiekela; "
        "relatives will hold a memorial service.",
        "Our parish appeals for donations to help the families displaced by last year's attacks on villages around "
        "Makeni. Please bring food and clothing to the church hall after Mass.",
    ],
)
def test_no_event(text):
    assert current_events(text) == []


# ---- E4: a total over weeks told by a gerund that names the violence


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the month, fighting in Marib has killed 160 fighters, a government official said on Saturday.",
        "Fighting in the Marib hills has killed 160 fighters since the start of the month, a government official said.",
        "Shelling has killed more than 300 civilians in Donetsk over the past three months, the UN said on Saturday.",
    ],
)
def test_a_tally_over_weeks_is_no_event(text):
    assert current_events(text) == []


def test_a_tally_since_the_day_before_is_the_event():
    event = one("Fighting in Marib has killed 16 fighters since Saturday, officials said.")
    assert event.fatalities == 16


# ---- J: the attackers' arrival, an earlier incident counted with the story's, a past event told on


@pytest.mark.parametrize(
    "text, place",
    [
        ("In the village of Solhan, gunmen killed at least 30 people on Saturday, officials said. The massacre came a "
         "week after jihadists killed 12 soldiers in an ambush near Dori. Residents said the attackers arrived on "
         "motorbikes.", "Solhan"),
        ("Gunmen attacked Kagara on Saturday, killing four villagers. The gunmen entered the village from the forest "
         "at dawn, residents said.", "Kagara"),
    ],
)
def test_the_attackers_arrival_is_part_of_their_attack(text, place):
    event = one(text)
    assert event.location.name == place


def test_armed_men_arriving_are_still_a_movement():
    event = one("Hundreds of Wagner fighters arrived in Bamako on Saturday, officials said.")
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three police officers at a checkpoint in Kajiado on Saturday. It was the second attack in the "
        "county this month: on June 3, bandits killed a herder near Magadi.",
        "Gunmen killed three police officers at a checkpoint in Kajiado on Saturday. This is the latest in a series of "
        "attacks; on June 3, bandits killed a herder near Magadi.",
    ],
)
def test_an_earlier_incident_the_story_is_ranked_with(text):
    event = one(text)
    assert (event.location.name, event.fatalities) == ("Kajiado", 3)


def test_a_later_incident_of_its_own_stays():
    found = current_events(
        "Gunmen killed three police officers at a checkpoint in Kajiado on Saturday. On Sunday, bandits killed a "
        "herder near Magadi."
    )
    assert [e.location.name for e in found] == ["Kajiado", "Magadi"]


def test_a_past_event_then_a_new_one():
    found = current_events(
        "In 2019, militiamen killed 160 herders in Ogossagou. Gunmen attacked the village again, killing five people, "
        "residents said."
    )
    assert [e.fatalities for e in found] == [5]


# ---- I: what is planned, and a tally over the weeks before a vote


@pytest.mark.parametrize(
    "text",
    [
        "The embassy advises citizens to avoid the Gulshan area of Dhaka, where demonstrations are planned for Sunday.",
        "A protest march is scheduled for Monday in Nairobi, organisers said.",
        "Opposition parties have called a general strike for Monday in Kinshasa.",
        "Election day in Kano passed off peacefully, though observers noted that attacks on party offices in the weeks "
        "before the vote had killed at least 11 people.",
        "Bandits have killed 40 villagers in Zamfara in the months leading up to the election, officials said.",
    ],
)
def test_planned_or_tallied_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Police dispersed a protest in Harare on Saturday that had been planned for weeks.", "Harare"),
        ("Gunmen killed 4 villagers in Zamfara on Saturday, days before the election.", "Zamfara"),
    ],
)
def test_held_events_beside_plans_and_votes_stay(text, place):
    assert one(text).location.name == place


# ---- E1: more ways of telling the dead (a digest's heading, a raising verb, "a total of", a burial)


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Relatives on Sunday buried six victims of Saturday's bandit attack on Kurmin Masara village in Kaduna State.", 6),
        ("A total of seven people, including two children, were confirmed dead after militants shelled Avdiivka on "
         "Saturday.", 7),
        ("Saturday's ambush near Tillaberi: death toll 9, according to the defence ministry.", 9),
        ("Suspected jihadists attacked Tin-Akoff in Oudalan province on Saturday; 11 people, most of them herders, are "
         "reported to have died.", 11),
    ],
)
def test_more_words_for_the_dead(text, toll):
    assert one(text).fatalities == toll


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Q: How many people died in Saturday's attack?", []),  # a question counts no one
        ("Many people died.", [10]),
        ("A total of 12 were killed.", [12]),
        ("The victims were buried on Sunday.", []),
        ("The landslide buried 20 homes.", []),
    ],
)
def test_counts_that_are_and_are_not(text, toll):
    assert killed(text) == toll


# ---- E1: victims named "among the dead" (an obituary, a report's list of victims)


def test_an_obituary_names_one_of_the_dead():
    event = one(
        "Abdullahi Musa, 34, a schoolteacher, was among those who lost their lives when gunmen attacked Kankara "
        "village in Katsina on Saturday. He is survived by his wife and four children."
    )
    assert event.fatalities == 1


def test_the_dead_named_after_the_event():
    event = one("Gunmen stormed a church in Ondo State on Saturday. Among the dead were three children and the church's pastor.")
    assert event.fatalities == 4


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 people in Kajuru on Saturday. Among the dead were three children.",
        "Gunmen killed 12 people in Kajuru on Saturday. A teacher was among those killed.",
    ],
)
def test_some_of_the_dead_named_keep_the_toll(text):
    assert one(text).fatalities == 12


def test_among_others_is_no_count():
    assert killed("Among the protesters were students and traders.") == []


# ---- E3: the author of a merged event is read from a mention of its own type


def test_a_later_scuffle_does_not_make_the_killers_rioters():
    event = one(
        "On 18 June 2021, in Morelia, Michoacan, a man was shot dead in a street of the city centre. According to the "
        "report, the perpetrators were two men who later clashed with the police in another neighbourhood. 1 fatality"
    )
    assert event.event_type == "Violence against civilians"
    assert event.actor1.kind != "rioters"


# ---- E3: the toll told at the province, right after the event at a town of it


@pytest.mark.parametrize(
    "text, place, toll",
    [
        ("Taliban fighters attacked a police checkpoint in Nahr-e Saraj district on Saturday night, officials said. Seven "
         "policemen were killed in the attack in Helmand province, provincial council member Attaullah Afghan said.",
         "Gereshk", 7),
        ("Bandits attacked Kurfi village on Saturday night. Twelve people were killed in the attack in Katsina State, "
         "police spokesman Gambo Isah said.", "Kurfi", 12),
    ],
)
def test_a_province_toll_is_the_town_event(text, place, toll):
    event = one(text)
    assert (event.location.name, event.fatalities) == (place, toll)


@pytest.mark.parametrize(
    "text, tolls",
    [
        ("Gunmen attacked a police post in Gereshk on Saturday. In a separate attack in Helmand province, five soldiers "
         "were killed.", [0, 5]),
        ("Gunmen attacked a police post in Gereshk on Saturday, killing two. Five soldiers were killed in an ambush in "
         "Helmand province.", [2, 5]),
    ],
)
def test_another_incident_in_the_province_stays_apart(text, tolls):
    assert [e.fatalities for e in current_events(text)] == tolls
