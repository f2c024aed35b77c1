"""One event per incident in long prose, and its dead counted as ACLED counts them (session 15).

A quote placed only where someone spoke, an earlier incident the story's event is said to come after
or looks back to, a place's history of recurring attacks and a tally of people who have fled make no
event of their own; the dead of a lead named again at their town are the lead's; the arrests or the
arson told beside violence at its place are folded into the violence, whose type wins, and tear gas on
a crowd at a demonstration is its intervention; a development that kills nobody (arrests over a
killing) carries no deaths; the dead of both sides of a fight add up, and set phrases of military and
local-press English ("paid the supreme price", "sent to hell", "laid down their lives", "succumbed to
their injuries", "eliminated") are deaths. Paragraphs written for these tests in the styles of agency wire copy, South
Asian and African local press, military communiqués, NGO bulletins and monitors' daily updates."""

from datetime import date

import pytest

import conflictscope

PUBLISHED = date(2021, 6, 20)


def told(text: str) -> list[tuple[str, str | None, int]]:
    """(sub-event type, place, fatalities) of every current event found."""
    return [
        (e.sub_event_type, e.location.name if e.location else None, e.fatalities)
        for e in conflictscope.extract(text, published=PUBLISHED)
        if not e.historical
    ]


# ---- 1. set phrases of death, and both sides' dead


@pytest.mark.parametrize(
    "text, killed",
    [
        # Kashmir local press: the soldiers' death told by a set phrase, the militants' by another
        (
            "SRINAGAR: Two army men paid the supreme price when militants ambushed a patrol near Kupwara on "
            "Saturday, a defence spokesman said. Three militants were sent to hell in the retaliatory fire, he added.",
            5,
        ),
        # Indian wire copy: a Maoist blast
        (
            "RAIPUR, June 19 (PTI) - Four jawans laid down their lives when Maoists triggered an IED blast "
            "in Dantewada district on Saturday, police said.",
            4,
        ),
        # a communiqué: fighters sent to hell in a gunfight
        (
            "RAWALPINDI: Five terrorists were sent to hell in a fierce exchange of fire with troops in North "
            "Waziristan on Saturday, the military's media wing said in a statement.",
            5,
        ),
        # agency prose: the forces' victims in the lead, their own dead in the next sentence
        (
            "Security forces killed six militants in a gunfight in Shopian on Saturday, police said. Two "
            "soldiers died in the exchange of fire, an army spokesman said.",
            8,
        ),
    ],
)
def test_deaths_told_by_set_phrases_and_both_sides(text, killed):
    found = told(text)
    assert len(found) == 1, found
    assert found[0][2] == killed


def test_a_price_paid_is_no_death():
    text = (
        "Rebels attacked a bus near Sukkur on Saturday, police said. Traders paid a high price for the "
        "closure of the highway, which lasted six hours."
    )
    assert [f[2] for f in told(text)] == [0]


def test_two_reports_of_one_sides_dead_stay_the_lowest():
    text = (
        "Militants killed 12 soldiers in an attack on a base near Menaka on Saturday, local sources said. "
        "The army said nine soldiers were killed."
    )
    assert [f[2] for f in told(text)] == [9]


# ---- 2. violence beside arson or arrests at its place: one event, the violence's type


def test_arson_then_deaths_is_violence():
    text = (
        "BUNIA, Congo - Arsonists torched the main market in Bunia on Sunday night, local officials said. Two "
        "traders who were sleeping in their stalls were burnt to death, according to the Red Cross."
    )
    found = told(text)
    assert len(found) == 1, found
    assert found[0][0] != "Looting/property destruction" and found[0][2] == 2


def test_arson_without_harm_stays_what_it_was():
    text = "Unknown men set fire to a school in Gwoza on Friday night, residents said. Nobody was hurt."
    assert [f[0] for f in told(text)] == ["Looting/property destruction"]


def test_arrests_beside_a_killing_fold_into_it():
    text = (
        "JENIN, West Bank - Two Palestinians were killed by Israeli fire near Jenin on Saturday, the health "
        "ministry said. Israeli forces also arrested five people in Jenin during the raid."
    )
    found = told(text)
    assert len(found) == 1, found
    assert found[0][0] == "Attack" and found[0][2] == 2


def test_arrests_over_a_killing_carry_no_deaths():
    text = "Police in Karachi on Saturday arrested three men over the killing of a journalist, officials said."
    found = told(text)
    assert [(f[0], f[2]) for f in found] == [("Arrests", 0)]


# ---- 3. a quote placed where someone spoke


def test_a_quote_told_at_a_news_conference_is_the_story_event():
    text = (
        "Police said two suspected robbers were killed in an exchange of fire in Lahore on Friday. \"They "
        "opened fire on the police party,\" the spokesman said at a news conference in Islamabad."
    )
    assert [f[1] for f in told(text)] == ["Lahore"]


def test_a_survivor_quoted_in_the_state_capital():
    text = (
        "GUSAU, Nigeria - Bandits killed 15 villagers in Kaura Namoda on Saturday, residents said. \"The "
        "bandits shot everyone they saw,\" a survivor told reporters in Gusau."
    )
    found = told(text)
    assert [f[1] for f in found] == ["Kaura Namoda"], found


def test_a_quote_told_alone_keeps_the_speakers_town():
    text = "\"Gunmen attacked the convoy and killed two guards,\" a police spokesman told reporters in Kandahar on Saturday."
    assert [f[1] for f in told(text)] == ["Kandahar"]


# ---- 4. the earlier incident the story's event follows, and a place's history


@pytest.mark.parametrize(
    "text, place",
    [
        # agency copy: "comes two days after"
        (
            "MOGADISHU, June 19 (Reuters) - A car bomb exploded at a checkpoint in Baidoa on Saturday, killing five "
            "soldiers, officials said. The attack comes two days after a suicide bombing in Mogadishu killed 12 people.",
            "Baidoa",
        ),
        # Kashmir press: "came a week after"
        (
            "Soldiers shot dead two suspected militants in Kupwara on Saturday, police said. The operation came a week "
            "after militants killed a police officer in nearby Sopore.",
            "Kupwara",
        ),
        # a monitor's update: the story's event "follows" an earlier raid
        (
            "Two civilians died in an air strike on Idlib on Saturday, monitors said. The strike follows a similar "
            "raid on Ariha last week that killed five people.",
            "Idlib",
        ),
    ],
)
def test_the_earlier_incident_an_event_follows_is_no_event(text, place):
    found = told(text)
    assert [f[1] for f in found] == [place], found


def test_a_places_history_of_recurring_attacks_is_no_event():
    text = (
        "OUAGADOUGOU, Burkina Faso (AP) - Armed men killed four villagers in Djibo on Saturday, local sources said. "
        "The area around Djibo, like much of the north including Dori and Arbinda, has seen repeated attacks "
        "by jihadists linked to al-Qaeda and the Islamic State group."
    )
    found = told(text)
    assert [(f[1], f[2]) for f in found] == [("Djibo", 4)], found


def test_repeated_attacks_of_one_day_are_an_event():
    text = "Militants launched repeated attacks on the army base in Kidal on Saturday, the army said."
    assert [f[1] for f in told(text)] == ["Kidal"]


# ---- 5. the dead of a lead named again at their town


def test_the_dead_named_again_at_their_town_are_the_leads():
    text = (
        "KHARTOUM, June 19 - Security forces fired live ammunition at protesters in the Sudanese capital on "
        "Saturday, killing four, medics said. The four were shot dead in Omdurman, the doctors' committee added."
    )
    found = told(text)
    assert len(found) == 1, found
    assert found[0][0] == "Excessive force against protesters" and found[0][2] == 4


def test_other_dead_at_another_town_are_another_event():
    text = (
        "Gunmen killed two villagers in Kajuru on Saturday, police said. In nearby Kauru, two farmers were "
        "shot dead on the same day, residents said."
    )
    assert len(told(text)) == 2


# ---- 6. people fleeing beside violence told before, and a briefing's venue opening the sentence


def test_people_fleeing_after_an_attack_are_its_aftermath():
    text = (
        "OCHA Flash Update: On 19 June, non-state armed groups attacked Kibirizi village in Rutshuru territory, "
        "killing eight civilians and abducting 15 others. Humanitarian partners in Goma report that some 3,000 "
        "people have fled towards Kiwanja. Access to the area remains restricted."
    )
    found = told(text)
    assert [(f[0], f[2]) for f in found] == [("Attack", 8)], found


def test_people_fleeing_fighting_told_alone_are_the_news():
    text = (
        "On 18 June, fighting between the army and an armed group near Hpapun forced more than 400 villagers "
        "to flee their homes, a local relief group said."
    )
    assert [f[0] for f in told(text)] == ["Other"]


def test_a_news_conference_opening_the_sentence_is_no_scene():
    text = (
        "At a news conference in Kabul on Saturday, the governor of Helmand said 12 soldiers were killed in a "
        "Taliban attack on a checkpoint in Nad Ali district. \"The attackers came at night,\" he said."
    )
    found = told(text)
    assert len(found) == 1 and found[0][1] != "Kabul", found


# ---- 7. an earlier incident the story looks back to


@pytest.mark.parametrize(
    "text, place",
    [
        # a monitor's daily update
        (
            "Daily update, 19 June. Fighting between the army and the RSF continued in El Fasher on Saturday, with at "
            "least six civilians killed by shelling, local monitors said. Earlier this month, an air strike on a "
            "market in Nyala killed 22 people.",
            "El Fasher",
        ),
        # local press
        (
            "QUETTA: A bomb exploded at a bus stop in Quetta's Satellite Town on Saturday, wounding six passengers, "
            "police said. Last week, gunmen shot dead two policemen in Turbat.",
            "Quetta",
        ),
    ],
)
def test_an_earlier_incident_looked_back_to_is_no_event(text, place):
    found = told(text)
    assert [f[1] for f in found] == [place], found


def test_an_incident_told_next_is_still_an_event():
    text = (
        "Gunmen killed two farmers in Kajuru on Saturday, police said. In a separate incident in Kauru, "
        "bandits abducted five travellers on Saturday."
    )
    assert len(told(text)) == 2


def test_forces_making_arrests_after_a_bombing_did_not_do_it():
    text = (
        "KANO, Nigeria - A suicide bomber blew herself up at a mosque in Konduga on Saturday, killing 12 "
        "worshippers, residents said. The military said troops cordoned off Konduga and arrested two suspects."
    )
    found = conflictscope.extract(text, published=PUBLISHED)
    assert len(found) == 1
    assert found[0].sub_event_type == "Suicide bomb"
    assert found[0].actor1 is not None and found[0].actor1.kind != "state_forces"


# ---- 8. more deaths told without a casualty word


@pytest.mark.parametrize(
    "text, killed",
    [
        # Sahel communiqué
        (
            "BAMAKO - Malian troops eliminated seven terrorists during a clash near Boni on Saturday, the army "
            "general staff said in a statement.",
            7,
        ),
        # local press: the wounded die later
        (
            "Three guests succumbed to their injuries in hospital after unidentified gunmen opened fire on a "
            "wedding party in Jos on Saturday night, police said.",
            3,
        ),
    ],
)
def test_deaths_told_as_elimination_or_succumbing(text, killed):
    assert [f[2] for f in told(text)] == [killed]


def test_posts_eliminated_are_no_dead():
    from conflictscope.mentions.quantities import find_casualties
    from conflictscope.nlp.analyze import get_nlp

    sent = get_nlp()("The ministry eliminated 200 posts and neutralised three vehicles in the reform.")
    assert [c for c in find_casualties(sent[:]) if c.kind == "killed"] == []



# ---- 9. forces acting on a crowd at its demonstration


def test_tear_gas_on_supporters_and_their_stone_throwing_are_one_demonstration():
    text = (
        "NAIROBI (Reuters) - Police in Nairobi fired tear gas at opposition supporters on Saturday. In Nairobi's "
        "Kibera area, protesters threw stones at police and set tyres ablaze, witnesses said."
    )
    found = told(text)
    assert len(found) == 1, found
    assert found[0][0] == "Violent demonstration"


def test_police_killing_robbers_beside_a_march_stay_apart():
    text = (
        "Police shot dead two suspected robbers in Kisumu on Saturday, a police commander said. Hundreds of "
        "traders marched peacefully in Kisumu on Saturday to protest against new market fees."
    )
    assert sorted(f[0] for f in told(text)) != ["Peaceful protest"]


def test_an_incident_of_the_day_before_stays_an_event():
    text = (
        "Gunmen killed three traders in Gao on Saturday, the army said. On Friday, the same group attacked a "
        "checkpoint near Ansongo, killing two soldiers."
    )
    assert len(told(text)) == 2


def test_each_sides_dead_counted_apart_in_one_sentence_add_up():
    text = (
        "SRINAGAR: Troops killed seven militants in a gunfight in Kulgam on Saturday, while two soldiers died in "
        "the exchange of fire, police said."
    )
    assert [f[2] for f in told(text)] == [9]


def test_two_sides_claims_of_each_others_dead_do_not_add_up():
    text = (
        "Al-Shabaab fighters attacked a military base near Kismayo on Saturday. The army said 15 militants were "
        "killed, while the group claimed it had killed 20 soldiers."
    )
    assert [f[2] for f in told(text)] != [35]
