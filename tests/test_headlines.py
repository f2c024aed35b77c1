"""A news story's headline retells its lead in fewer words: its events are the body's, which give the
figures, places and days. Stories written for these tests."""

from datetime import date

from helpers import current_events
from conflictscope.pipeline import Extractor, _headline
from conflictscope.types import Document

FILED = date(2023, 4, 12)

STORY = (
    "Junta air strike kills dozens at village gathering\n\n"
    "A military air strike on a village in the Sagaing region killed at least 50 people on Tuesday, "
    "including children, as residents gathered for a ceremony, witnesses said.\n"
)


def test_the_body_gives_the_figure_not_the_headline():
    events = current_events(STORY, FILED)
    assert [e.fatalities for e in events] == [50]
    assert events[0].evidence[0].text.startswith("A military air strike")


def test_a_roundup_headline_makes_no_event_of_its_own():
    text = (
        "Three activists killed in a week in Cauca\n\n"
        "Gunmen shot dead a farmers' leader outside his home in Suarez on Thursday, the ombudsman said.\n"
        "The body of an indigenous leader was found on Sunday near Toribio with gunshot wounds.\n"
    )
    events = current_events(text, date(2019, 10, 22))
    assert all(not e.evidence[0].text.startswith("Three activists") for e in events)
    assert {e.location.name for e in events if e.location} >= {"Toribio"}


def test_a_headline_is_kept_when_the_body_tells_no_event():
    text = "Rebels seize border town of Kamanyola\n\nThe town lies on the road between Bukavu and Uvira.\n"
    events = current_events(text, FILED)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_the_document_title_is_the_headline_even_when_closed_by_a_stop():
    # a feed entry's text is its title, a full stop, then its content
    text = "Soldiers kill dozens in Ogossagou.\n\nSoldiers killed 14 villagers in Ogossagou on Tuesday, the mayor said.\n"
    extractor = Extractor.default()
    titled = extractor.extract(Document(text=text, id="t", published=FILED, title="Soldiers kill dozens in Ogossagou."))
    untitled = extractor.extract(Document(text=text, id="t", published=FILED))
    assert [[v.text for v in e.evidence] for e in titled if not e.historical] == [
        ["Soldiers killed 14 villagers in Ogossagou on Tuesday, the mayor said."]
    ]
    assert [e.fatalities for e in titled if not e.historical] == [14]
    # without the title, the closed first line is read as the story's first sentence, one more piece
    # of evidence of the event
    assert [len(e.evidence) for e in untitled if not e.historical] == [2]


def test_what_makes_a_headline():
    assert _headline("Gunmen kill 14 in Mali\n\nBody.", None) == (0, 22)
    assert _headline("  Gunmen kill 14 in Mali\nBody.", None) == (2, 24)
    assert _headline("Gunmen killed 14 people in Mali.\nMore.", None) is None  # a sentence, closed
    assert _headline("Gunmen kill 14 in Mali", None) is None  # nothing after it
    assert _headline("Gunmen kill 14 in Mali\n\n   \n", None) is None
    assert _headline(" ".join(["word"] * 21) + "\nBody.", None) is None  # too long for a headline
    assert _headline("Title.\n\nBody.", "Title.") == (0, 6)


def test_a_log_of_unclosed_lines_has_no_headline():
    text = "10 April: gunmen killed four farmers near Damboa\n11 April: troops killed six gunmen near Konduga\n"
    assert _headline(text, None) is None
    assert len(current_events(text, FILED)) == 2


def test_a_first_line_headed_by_its_date_is_an_entry_not_a_headline():
    text = "10 April: gunmen killed four farmers near Damboa\n11 April: Troops killed six gunmen near Konduga.\n"
    assert len(current_events(text, FILED)) == 2
