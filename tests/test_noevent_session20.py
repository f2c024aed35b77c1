"""Texts with no event, session 20: war words used as figures of speech (a sports page's "massacre", a
debate that "laid siege" to a budget, a council's "war on potholes", "like being under bombardment"),
tallies that rose or fell, a fact-check's "No, ...", an explosion ruled an accident and "not a bomb",
arrests for ordinary offences, relief and evacuations in a hazard story, and the past events an
anniversary remembers. Beside each, the true event told in the same style, which must stay.

The readings are of structure, not of the war words: who acts (a team, a politician, a policy), on
what (a budget, potholes, shares), whether the word is compared ("like") or only names what something
is ("it was a massacre"), whether the clause is a verdict's "No," or a count that "rose". Texts are our
own, in several styles (sports pages, parliamentary reports, council releases, fact-checks, police
briefs, fire and weather news, anniversaries)."""

from __future__ import annotations

import pytest

from helpers import current_events, only_event

# ---- a sports report told in war words


SPORTS_PAGE = (
    "United crush Rovers in seven-goal massacre\n\n"
    "City Stadium, Saturday - It was a massacre at the City Stadium on Saturday as United destroyed Rovers 7-0 "
    "in front of 40,000 fans. The visitors' defence was slaughtered from the first whistle.\n"
    '"We were butchered out there," the Rovers coach admitted afterwards. "They attacked us down both wings and '
    'we had no answer."\n'
    "United now sit three points clear at the top of the table, while Rovers face a battle against relegation."
)


def test_a_sports_report_told_in_war_words_is_no_event():
    # the headline and lead tell a match (a score beside words of the game) and name no side of
    # political violence: the lines that name none are not read
    assert current_events(SPORTS_PAGE) == []


def test_a_score_told_before_the_fans_who_watched_is_a_match():
    # "in front of 40,000 fans" names the audience, not a crowd that fought
    text = "It was a massacre at the National Stadium in Lusaka on Saturday as the Eagles destroyed the Lions 7-0 in front of 40,000 fans."
    assert current_events(text) == []


def test_fans_who_riot_after_the_match_stay_a_riot():
    text = (
        "Three dead as fans riot after derby\n\n"
        "Three people were killed and dozens injured in Lusaka on Sunday when rival fans rioted at the national stadium "
        "after the derby, police said. Supporters threw stones and set fire to seats after the match, and police fired "
        "tear gas to disperse them."
    )
    event = only_event(text)
    assert (event.location.name, event.fatalities) == ("Lusaka", 3)


# ---- war words of politics, councils, markets and comparisons


@pytest.mark.parametrize(
    "text",
    [
        # a politician's "siege" and "attack" on a budget and a minister, "bombarding" with questions
        "The opposition leader laid siege to the government's budget in parliament on Tuesday, attacking the finance "
        "minister over rising fuel prices and bombarding him with questions about hospital funding.",
        # critics' attack on a response
        "Critics attacked the government's response, saying the new policy was a bombshell for farmers.",
        # questions as the ambush's weapon
        "Senators ambushed the nominee with tough questions at Tuesday's hearing in Washington.",
        # a comparison, not a bombardment
        '"It was like being under bombardment," said one resident of Ashdod.',
        # what a budget is said to be
        '"This budget is an assault on working families," she told the chamber.',
    ],
)
def test_a_war_word_used_as_a_figure_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text, sub_type, place, dead",
    [
        ("Rebels declared war on the government on Monday and attacked an army post in Bambari, killing three soldiers.", "Armed clash", "Bambari", 3),
        ('"It was like a war zone," said a resident of Beni after gunmen stormed the market on Sunday and killed 12 traders.', "Attack", "Beni", 12),
    ],
)
def test_war_words_beside_a_real_attack_stay(text, sub_type, place, dead):
    event = only_event(text)
    assert (event.sub_event_type, event.location.name, event.fatalities) == (sub_type, place, dead)


def test_politicians_who_attack_a_place_stay_an_event():
    # "opposition members" attacking a polling station at a named town: no words of speech
    event = only_event("Opposition members attacked a polling station in Kisumu on Tuesday and burned ballot papers.")
    assert (event.event_type, event.location.name) == ("Battles", "Kisumu")


# ---- counts that rose or fell, a fact-check's "No,", messages called false


@pytest.mark.parametrize(
    "text",
    [
        "Armed robbery also declined, the report said, while attacks on police stations rose to 45.",
        "The number of kidnappings in Nigeria fell by 30 per cent in 2020, the police said.",
    ],
)
def test_incidents_that_rose_or_fell_are_a_count(text):
    assert current_events(text) == []


def test_an_attack_beside_a_rising_count_stays():
    event = only_event(
        "Gunmen attacked a police station in Zamfara on Monday, killing two officers, the latest in a string of attacks "
        "that have risen sharply this year."
    )
    assert (event.location.name, event.fatalities) == ("Zamfara", 2)


@pytest.mark.parametrize(
    "text",
    [
        "FACT CHECK: No, soldiers did not kill 50 protesters in the capital",
        "Claims shared widely on social media that soldiers killed 50 protesters in the capital on Monday are false.",
    ],
)
def test_a_denied_or_debunked_killing_keeps_no_protest(text):
    assert current_events(text) == []


def test_a_killing_asserted_after_the_no_stays():
    text = (
        "No, the army did not kill 50 protesters in the capital on Monday. Hospital officials said soldiers shot dead two "
        "protesters at a roadblock in the capital on Monday."
    )
    event = only_event(text)
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 2)


# ---- an explosion ruled an accident, "not a bomb"


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said on Wednesday that a gas leak, not a bomb, caused the explosion that destroyed a four-storey "
        "apartment building in Izmir on Sunday, killing six people.",
        "Police said a faulty gas cylinder, not an explosive device, caused the blast at a restaurant in Karachi on Friday "
        "that killed three people.",
    ],
)
def test_a_blast_ruled_an_accident_is_no_event(text):
    assert current_events(text) == []


def test_a_bomb_ruled_the_cause_stays():
    event = only_event("A bomb, not a gas leak, caused the explosion that killed six people at a market in Kano on Sunday, police said.")
    assert (event.sub_event_type, event.location.name, event.fatalities) == ("Remote explosive/landmine/IED", "Kano", 6)


# ---- arrests for ordinary offences


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 34 motorists for drink-driving during a weekend operation in Eldoret, a police spokesman said on Monday.",
        "Another 12 were arrested in Kisii for bootlegging illicit liquor on Saturday.",
        "Traffic police in Nairobi arrested 40 drivers for speeding on Sunday.",
    ],
)
def test_an_arrest_for_an_ordinary_offence_is_no_event(text):
    assert current_events(text) == []


def test_an_arrest_for_a_protest_stays():
    event = only_event("Police arrested 12 people for taking part in an unauthorised protest outside parliament in Kampala on Monday.")
    assert (event.event_type, event.location.name) == ("Protests", "Kampala")


# ---- relief and evacuation in a hazard story


def test_troops_sent_to_help_evacuate_flood_victims_is_relief():
    assert current_events("The army was deployed to help evacuate residents from flooded villages in Sindh on Tuesday.") == []


def test_an_evacuation_after_a_wildfire_told_is_the_hazards():
    text = (
        "Wildfire kills three, destroys 200 homes\n\n"
        "A wildfire driven by strong winds swept through hills north of Mati on Tuesday, killing three people and destroying "
        "more than 200 homes, the fire brigade said. Firefighters battled the blaze through the night. "
        '"It was like a war zone," said a fire officer. Some 4,000 residents were evacuated.'
    )
    assert current_events(text) == []


def test_a_flight_after_gunmen_raided_stays():
    event = only_event("Gunmen raided the village of Kuru on Monday. Some 4,000 residents fled to Jos.")
    assert event.sub_event_type == "Other"


def test_a_hazard_story_line_with_is_is_not_read_as_a_side():
    # "is" is a group's acronym (IS) only when written so: a hazard story's line with "is" is still the hazard's
    text = "Quake kills 9 in eastern Iran\nThe situation is grim in Kermanshah, where hundreds of buildings were destroyed and roads were blocked."
    assert current_events(text) == []


# ---- anniversaries


def test_what_an_anniversary_remembers_is_no_event():
    text = (
        "Hundreds of residents gathered in Bradford on Sunday to mark the tenth anniversary of the riots in which 23 people "
        "were killed and hundreds of shops were burned."
    )
    assert current_events(text) == []


def test_a_clause_years_on_remembers_the_attack_it_names():
    text = "Ten years on, survivors of the Westgate mall attack gathered at the site in Nairobi on Tuesday to remember the 67 people killed in the siege."
    assert current_events(text) == []


def test_an_attack_years_on_is_told_by_its_verb():
    event = only_event("Ten years on, gunmen attacked the same village in Borno on Monday.")
    assert (event.event_type, event.location.name) == ("Violence against civilians", "Borno")


# ---- fires and blasts whose cause is a mishap


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a crowded market in Onitsha destroyed more than 100 shops on Tuesday.",
        "An explosion at a chemical plant in Tianjin on Wednesday killed 12 workers; officials blamed a faulty boiler.",
        "Incident report, Mombasa Fire Brigade: At 14:20 on Thursday crews responded to a fire at a timber yard on Moi Avenue.",
    ],
)
def test_a_blaze_or_a_blast_of_a_mishap_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text, sub_type, place",
    [
        ("A fire set by protesters destroyed the governor's office in Kano on Monday.", "Violent demonstration", "Kano"),
        ("The fire destroyed the police station in Eldoret after rioters set it alight on Monday.", "Mob violence", "Eldoret"),
    ],
)
def test_a_fire_someone_set_stays(text, sub_type, place):
    event = only_event(text)
    assert (event.sub_event_type, event.location.name) == (sub_type, place)


# ---- a cricket report: a score written as a bowler's figures


def test_a_cricket_report_told_in_war_words_is_no_event():
    text = (
        "Cricket: Pakistan bowlers blitz England for 151\n"
        "Lahore, Sunday - Pakistan's pace attack destroyed England's top order as the tourists were bowled out for 151 on "
        "the first day. Shaheen Afridi took 5-32."
    )
    assert current_events(text) == []


def test_members_of_parliament_who_clash_over_a_bill_is_no_event():
    assert current_events("MPs clashed in parliament on Wednesday over the new finance bill.") == []
