"""Tolls and entries of session 17, second round. Sentences written for these tests.

- quantities.py: a person's noun the parser tags as an adjective after 'a' ("killing a civilian, local
  authorities said") names one person; victims the parser made the subject of a clause of their doing
  ("killed 15 farmers working their fields") are whom the verb killed.
- merge.py: a figure someone claims, which the next sentence says could not be checked ("Reuters could
  not independently verify the claims"), counts for nothing; a toll told alone ("1 fatality") a
  sentence or two after an event placed nowhere is that event's; a dated entry of a log placed nowhere
  the gazetteer knows, on a day no other entry has, is an event of its own; a killing told only as
  what others "had reported", after a denial of it, is no event (the piece's news is the denial).
"""

from __future__ import annotations

import pytest

from helpers import current_events, only_event

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def _killed(sentence: str) -> list[int]:
    doc = get_nlp()(sentence)
    return [c.count for s in doc.sents for c in find_casualties(s) if c.kind == "killed"]


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("Ukrainian forces shelled Horlivka on Sunday, killing a civilian, local authorities said.", 1),
        ("Separatist artillery hit a school in Avdiivka overnight, killing a civilian, the regional governor said.", 1),
        ("Troops killed an Afghan at a checkpoint in Kandahar, officials said.", 1),
        ("Gunmen raided farms near Makurdi on Monday and killed 15 farmers working their fields.", 15),
        ("Militants shot dead three men tending cattle outside the village.", 3),
        ("The bomb killed two children playing near the market.", 2),
    ],
)
def test_victims_the_parser_misreads(sentence, count):
    assert _killed(sentence) == [count]


def test_the_injured_as_subject_counts_nobody():
    assert _killed("Police said the injured were taken to hospital in Quetta.") == []


def test_tolls_reach_the_event():
    event = only_event("Ukrainian forces shelled Horlivka on Sunday, killing a civilian, local authorities said.")
    assert event.fatalities == 1
    event = only_event("Gunmen raided farms near Makurdi in Benue state on Monday and killed 15 farmers working their fields.")
    assert event.fatalities == 15


CLAIM_UNCHECKED = """MOGADISHU, June 19 (Reuters) - Somali troops repelled an attack by Al Shabaab fighters on a base in Lower Shabelle region on Saturday, killing 12 of the fighters, a military officer said. Al Shabaab said in a statement it had killed 20 soldiers. Reuters could not independently verify the claims."""

CLAIM_COUNTED_AGAIN = """MOGADISHU, June 19 (Reuters) - Somali troops repelled an attack by Al Shabaab fighters on a base in Lower Shabelle region on Saturday, killing 12 of the fighters, a military officer said. Al Shabaab said in a statement it had killed 20 soldiers."""


def test_a_claim_the_next_sentence_cannot_verify_is_not_added():
    assert only_event(CLAIM_UNCHECKED).fatalities == 12


def test_the_same_claim_unqualified_still_adds():
    # the control: the second side's dead, told without a doubt, are the event's too
    assert only_event(CLAIM_COUNTED_AGAIN).fatalities == 32


def test_a_checking_sentence_with_its_own_figure_does_not_void_the_claim():
    text = (
        "Rebels said they had killed 9 soldiers in an ambush near Kidal on Saturday. "
        "The AFP could not verify the figure, but a hospital source reported 4 dead."
    )
    assert only_event(text).fatalities >= 4


@pytest.mark.parametrize(
    "text",
    [
        "On 19 June 2021, the body of a man with gunshot wounds was found in a field. According to the report, "
        "the victim had been kidnapped two days earlier by armed men. 1 fatality.",
        "Around 19 June 2021 (as reported), a trader was shot in the head and his body was dumped beside a road. "
        "According to the report, the killing could be linked to a land dispute. 1 fatality",
    ],
)
def test_a_tally_after_a_placeless_event_is_its_own(text):
    found = current_events(text)
    assert [e.fatalities for e in found] == [1]




def test_a_tally_beside_a_count_told_is_no_new_figure():
    text = (
        "On 19 June 2021, two rival clans clashed for a second day, after a man of one clan was killed. "
        "The fighting led to another death and one wounded. Two fatalities distributed across two days."
    )
    assert [e.fatalities for e in current_events(text)] == [1]


AID_LOG = """Incident log, North Kivu, June 2021
12/06 - Rutshuru: armed men looted a health centre and wounded a nurse.
14/06 - Beni: ADF fighters killed three civilians on the road to Kasindi.
15/06 - Ngongo village: two humanitarian staff were abducted by armed men."""


def test_a_dated_log_entry_at_an_unknown_village_is_kept():
    found = current_events(AID_LOG)
    assert len(found) == 3
    assert [e.date.day for e in found] == [12, 14, 15]
    assert found[2].sub_event_type == "Abduction/forced disappearance"


def test_an_undated_sentence_after_entries_is_no_new_event():
    text = AID_LOG.rsplit("\n", 1)[0] + "\nThe situation remains tense and armed men were seen in the area."
    assert len(current_events(text)) == 2


def test_a_riot_of_the_week_before_told_as_cause_is_no_entry():
    text = (
        "On 19 June 2021, in Rosario, residents held a pot-banging protest against the release of prisoners. "
        "The protest was larger in the Echesortu and Fisherton neighbourhoods. "
        "It was the second day of protests, which followed riots in several prisons in the previous week. "
        "Until 18 June 2021, 400 prisoners had been released."
    )
    assert [e.sub_event_type for e in current_events(text)].count("Violent demonstration") == 0


DENIAL = """The army on Saturday denied that its soldiers attacked a wedding party in a village of the district. Local media had reported that dozens of guests were killed."""


def test_a_denial_piece_gives_no_event():
    assert current_events(DENIAL) == []


def test_a_report_told_as_today_s_beside_a_denial_stays():
    text = DENIAL.replace("had reported", "reported")
    found = current_events(text)
    assert len(found) == 1 and found[0].disputed


def test_a_denial_of_an_event_the_text_states_keeps_it():
    text = (
        "Gunmen killed 12 guests at a wedding party in Kalo village in Zamfara state on Friday, police said. "
        "A bandit leader later denied that his men attacked the village."
    )
    assert only_event(text).fatalities == 12
