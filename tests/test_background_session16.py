"""One news story, one event; a piece about no event, none (session 16).

A news article tells one incident with its quotes, its aftermath and its background: the story's
event told on in a later sentence that names no place (in a local report whose dateline town takes
unplaced events), the event told again as a time ("fled after the attack"), ranked among others
("This is the third attack on police this month") or as what people lived through ("residents who
survived the shelling"), a place's history told by an adverb of repetition ("have clashed
repeatedly"), a share of a tally ("most of the killings took place in ..."), an incident told as like
the story's one and dated before it ("Similar protests were held ... last week"), the dead a day of
remembrance is for ("tributes were paid to those killed in the massacre") and the dead of a clause
told as no event (the massacre an anniversary marks) make no event and no death toll of their own.
Articles written for these tests in the house styles of agency wire copy with datelines, South Asian
and African local press, a Latin American regional paper in English and analysis pieces."""

from datetime import date

import pytest

import conflictscope

PUBLISHED = date(2021, 6, 20)


def told(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None, int]]:
    """(sub-event type, place, fatalities) of every current event found."""
    return [
        (e.sub_event_type, e.location.name if e.location else None, e.fatalities)
        for e in conflictscope.extract(text, published=published)
        if not e.historical
    ]


# ---- 1. whole news articles, each about one incident


ONE_EVENT_ARTICLES = [
    # Kashmir local press: the gunfight told on, placed nowhere, after the lead at a village; the
    # police spoke in the dateline town, and the year's tally closes the story
    pytest.param(
        "Srinagar: Two militants were killed in an encounter with security forces at Malhura village in Shopian "
        "district of south Kashmir on Saturday, police said.\n"
        "Acting on specific input about the presence of militants, a joint team of the army, CRPF and police "
        "launched a cordon and search operation in the village, a police spokesman said in Srinagar.\n"
        "As the forces zeroed in on the suspected spot, the hiding militants fired upon them, triggering a gunfight.\n"
        "With this, 52 militants have been killed in Kashmir so far this year.",
        "Shopian",
        id="kashmir-encounter",
    ),
    # Pakistani local press: where the attackers fled after the attack, and the attack ranked among
    # the month's others
    pytest.param(
        "PESHAWAR: A police constable was martyred and another injured when unidentified motorcyclists opened "
        "fire on a police checkpost in the Mattani area of Peshawar on Saturday night.\n"
        "According to police, the attackers fled towards Khyber district after the attack. The injured constable "
        "was shifted to Lady Reading Hospital.\n"
        "This is the third attack on police in the provincial capital this month.",
        "Peshawar",
        id="peshawar-checkpost",
    ),
    # agency wire copy of the 1990s: the toll since January and the townships' history of clashes
    pytest.param(
        "JOHANNESBURG, March 11 (AFP) - Gunmen killed 11 people at a beerhall in the township of Tokoza east "
        "of Johannesburg late on Friday, police said.\n"
        "Police spokesman Captain Craig Kotze said the attackers opened fire with AK-47 rifles before fleeing on foot.\n"
        "ANC and Inkatha supporters have clashed repeatedly in the East Rand townships ahead of next month's elections.",
        "Tokoza",
        id="tokoza-beerhall",
    ),
    # South Asian wire: workers dispersed, and similar protests of the week before in two other towns
    pytest.param(
        "DHAKA, June 19 - Police fired rubber bullets and tear gas to disperse garment workers protesting over "
        "unpaid wages in Ashulia on the outskirts of Dhaka on Saturday, injuring at least 20 people, witnesses "
        "said. The workers blocked the Dhaka-Tangail highway for three hours. Similar protests were held in "
        "Gazipur and Savar last week.",
        None,
        id="dhaka-workers",
    ),
    # Latin American regional paper: the state's yearly tally and its worst-hit towns
    pytest.param(
        "CULIACAN, Sinaloa - Armed men killed four members of a family at a ranch near Navolato on Saturday "
        "morning, state prosecutors said.\n"
        "The victims, two men and two women, were found with gunshot wounds, spokesman Julio Lopez told reporters "
        "in Culiacan.\n"
        "Violence linked to drug cartels has claimed more than 1,200 lives in Sinaloa so far this year, according "
        "to official figures.",
        "Navolato",
        id="sinaloa-ranch",
    ),
]


ONE_EVENT_ARTICLES += [
    # agency copy from Colombo: the attack set after an earlier blast, and the war's tally since the truce
    pytest.param(
        "COLOMBO, June 19 (AFP) - Tamil Tiger rebels ambushed a navy patrol boat off the northeastern port of "
        "Trincomalee on Saturday, killing six sailors, the military said.\n"
        "Military spokesman Brigadier Prasad Samarasinghe told AFP in Colombo that the rebels used suicide boats "
        "in the attack.\n"
        "The attack came three days after a claymore mine blast killed 10 soldiers in Vavuniya. More than 4,000 "
        "people have been killed in fighting since the ceasefire collapsed.",
        "Trincomalee",
        id="trincomalee-boat",
    ),
    # a Brazilian raid, and how long the shooting lasted where schools were shut
    pytest.param(
        "SAO PAULO - Military police killed eight suspected drug traffickers during a raid in the Complexo da Mare "
        "favela in Rio de Janeiro on Saturday, officials said. Residents said the shooting lasted for hours and "
        "schools in Mare and nearby Penha were closed.",
        "Rio de Janeiro",
        id="rio-raid",
    ),
]


@pytest.mark.parametrize("text, place", ONE_EVENT_ARTICLES)
def test_an_article_about_one_incident_gives_one_event(text, place):
    found = told(text)
    assert len(found) == 1, found
    if place is not None:
        assert found[0][1] == place, found


# ---- 2. pieces about no event of their own


NO_EVENT_PIECES = [
    # a survivor's look back, quoted in the capital
    "Ten years on, Misrata remembers the siege. Residents who survived the shelling told our correspondent in "
    "Tripoli that the scars remain. Today, markets in Misrata are busy and the port has reopened.",
    # a rights group's tally, and where most of its killings fell
    "NAIROBI - Kenya's police have killed at least 157 people so far this year, a rights group said on Saturday. "
    "Missing Voices, a coalition of rights organisations, said most of the killings took place in Nairobi's "
    "informal settlements such as Mathare and Kibera.",
    # a day of remembrance for a massacre of long ago
    "Amritsar: Tributes were paid on Saturday to those killed in the Jallianwala Bagh massacre, where British "
    "troops opened fire on an unarmed crowd in 1919, killing hundreds.",
    # a district's history of clashes, told by an adverb of repetition in the present perfect
    "Armed youths from the hills have repeatedly attacked herders in the lowlands of the county, the commissioner said.",
    # a government's figures over five months
    "MEXICO CITY - Homicides in Mexico fell 3 percent in the first five months of the year, the government said "
    "on Saturday, with 14,243 people killed between January and May.",
    # a bombing remembered ten years on
    "KAMPALA - Ten years after the bombing of a rugby club in Kampala, in which 74 people died, survivors say "
    "they are still waiting for compensation.",
    # a war's toll since a truce collapsed
    "More than 4,000 people have been killed in fighting in the north since the ceasefire collapsed, the UN said.",
    # a massacre a year on, told by a clause
    "LAGOS - A year after gunmen killed 43 rice farmers in Zabarmari, survivors say they have received no help "
    "from the government.",
]


@pytest.mark.parametrize("text", NO_EVENT_PIECES)
def test_a_piece_about_no_incident_gives_no_event(text):
    assert told(text) == []


# ---- 3. the readings one by one, and what they leave alone


def test_a_gathering_on_an_anniversary_does_not_take_the_massacres_dead():
    text = (
        "SREBRENICA, June 19 - Thousands of people gathered on Saturday to mark the anniversary of the 1995 "
        "massacre in which Bosnian Serb forces killed some 8,000 Muslim men and boys."
    )
    assert all(killed == 0 for _, _, killed in told(text))


def test_an_attack_done_repeatedly_on_one_day_stays_an_event():
    # the past of a day: the adverb tells how the attack went, not a place's history
    found = told("Troops repeatedly shelled the rebel-held town of Kobani on Sunday, killing three civilians.")
    assert len(found) == 1 and found[0][2] == 3, found


def test_the_attack_as_a_time_leaves_the_clause_its_own_event():
    # "after the attack" is the story's event; the arrests are told beside it, at its place and day
    found = told(
        "Gunmen shot dead two traders at the main market in Kano on Saturday, police said. Police arrested "
        "three suspects in Kano after the attack."
    )
    assert len(found) == 1 and found[0][0] == "Attack" and found[0][2] == 2, found


def test_an_attack_with_a_place_and_party_of_its_own_after_the_lead_is_kept():
    # "after the attack on the camp in ...": not the story's event told again, a sequel with its own place
    found = told(
        "Fighting broke out in Kidal on Saturday after the attack on the army camp in Anefis by rebels, "
        "killing five soldiers."
    )
    assert found, found


def test_a_ranked_event_that_is_the_only_one_told_is_still_ranked_not_counted():
    # "It was the deadliest attack ...": the lead's event, told again; one event in all
    found = told(
        "KABUL - A car bomb killed 14 people outside a mosque in Jalalabad on Friday, officials said. It was the "
        "deadliest attack in the city since March."
    )
    assert len(found) == 1 and found[0][2] == 14, found


def test_a_later_gunfight_with_its_own_dead_is_not_folded_into_the_lead():
    # the second sentence counts dead of its own: not the lead told on
    found = told(
        "Srinagar: Two militants were killed in a gunfight with troops at Malhura village in Shopian district "
        "on Saturday, police said. A policeman was wounded when militants attacked a checkpoint in Srinagar.\n"
        "Elsewhere, three soldiers were killed when militants fired on an army vehicle."
    )
    assert len(found) >= 2, found


def test_similar_protests_on_the_same_day_stay_events():
    # told as like the lead's but on its own day: ACLED codes each town's demonstration
    found = told(
        "Garment workers protested over unpaid wages in Narayanganj on Saturday. Similar protests were held in "
        "Gazipur and Savar on Saturday."
    )
    assert len(found) == 3, found


def test_witnesses_of_an_attack_with_its_own_place_tell_it():
    # the attack named with its place: the people saw an event told here
    found = told("Witnesses saw gunmen attack a bus near Bauchi on Saturday, killing six passengers.")
    assert len(found) == 1 and found[0][2] == 6, found


def test_the_attack_described_as_part_of_a_campaign_is_the_story_event():
    found = told(
        "Iraq update, June 19. ISIS militants attacked an army checkpoint in Tarmiyah, north of Baghdad, on June "
        "18, killing two soldiers. The attack is part of an ISIS campaign in the Baghdad belts."
    )
    assert len(found) == 1 and found[0][2] == 2, found


def test_a_toll_since_a_day_of_the_story_is_the_event_not_a_tally():
    # "since Saturday": a span of days from the event, which a wire lead counts the event's dead over
    found = told("At least 12 people have been killed in clashes between rival militias in Tripoli since Saturday, medics said.")
    assert len(found) == 1 and found[0][2] == 12, found


def test_a_tally_since_a_month_is_no_event():
    assert told("More than 300 people have been killed in the Anglophone regions of Cameroon since January, the UN said.") == []


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Twenty-three people were killed when gunmen stormed a church in Owo on Sunday.", 23),
        ("Gunmen killed thirty-five villagers in Zurmi on Saturday and wounded forty-one.", 35),
        ("Forty two people died when a bomb went off at a bus station in Jos on Saturday.", 42),
    ],
)
def test_a_number_written_in_words_with_a_hyphen_is_read_whole(text, killed):
    found = told(text)
    assert found and found[0][2] == killed, found


# ---- 4. the toll of a report form's field


@pytest.mark.parametrize(
    "text, killed",
    [
        (
            "Incident report. Date: 19/06/2021. Location: Beni, North Kivu. Description: ADF combatants attacked "
            "the village. Fatalities: 7. Injured: 3.",
            7,
        ),
        (
            "Incident: ADF combatants attacked the village of Mayi-Moya near Beni on 19 June. Dead: seven civilians. "
            "Injured: 3.",
            7,
        ),
    ],
)
def test_a_field_of_dead_counts_them_and_leaves_the_type_to_the_description(text, killed):
    found = told(text)
    assert found == [("Attack", "Beni", killed)], found


def test_a_death_during_the_clash_keeps_the_clash():
    # "during the clash" is the event's own time, told with its dead: the clash stays the event's kind
    found = told(
        "On 19 June, clan militiamen exchanged fire at a water point near Galkayo. A herder was killed during "
        "the clash, elders said."
    )
    assert len(found) == 1 and found[0][0] == "Armed clash" and found[0][2] == 1, found


def test_people_told_before_are_no_event_told_before():
    # "the protesters could be members of ...": people, not an event named again
    found = told(
        "On 19 June, about 30 students took over a toll booth on the highway in Acapulco for an hour. According "
        "to reports, the protesters could be members of a movement for the release of prisoners."
    )
    assert len(found) == 1 and found[0][0] == "Peaceful protest", found


def test_an_attack_days_after_another_is_still_told():
    # "Two days after": a span of days, the story's own time
    found = told("Two days after gunmen killed 43 rice farmers near Maiduguri, troops arrived in the area.")
    assert found and found[0][2] == 43, found
