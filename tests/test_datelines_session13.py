"""A region the sentence names is the event's place unless it holds the dateline's town (then the town
is the finer place): a hub dateline ("MOGADISHU - ... in Lower Shabelle") is where the story was filed.
Sentences written for these tests in the style of wire copy."""

from datetime import date

from helpers import current_events, near

FILED = date(2014, 8, 9)


def test_a_region_of_our_own_table_that_does_not_hold_the_hub_is_the_place():
    # Lower Shabelle (regions.tsv) surrounds the capital's own small region, Banaadir, but not the capital
    events = current_events(
        "MOGADISHU, Aug 8 (Reuters) - Insurgents attacked an army base in Lower Shabelle on Friday, killing 10 soldiers.", FILED
    )
    assert [(e.location.country_code, e.location.name, e.location.geo_precision) for e in events] == [("SO", "Lower Shabelle", 3)]


def test_a_region_of_the_hub_country_that_does_not_hold_the_hub_is_the_place():
    events = current_events(
        "NAIROBI, Aug 8 (Reuters) - Gunmen ambushed a bus in Kilifi county on Friday, killing four passengers.", FILED
    )
    # Kilifi county is on the coast, 450 km from Nairobi: the event is there, coded to its region
    located = [e.location for e in events if e.location]
    assert located and all(not near(place, -1.286, 36.817, 100) for place in located)


def test_the_hub_town_is_not_the_place_of_an_event_in_another_province():
    events = current_events(
        "KABUL, Aug 8 (Reuters) - A roadside bomb killed three policemen in Helmand province on Friday.", FILED
    )
    assert [(e.location.country_code, e.location.name) for e in events] == [("AF", "Helmand")]
    assert events[0].location.geo_precision == 3


def test_a_dateline_town_inside_the_named_province_is_the_finer_place():
    events = current_events(
        "LASHKAR GAH, Afghanistan, Aug 8 - A roadside bomb killed three policemen in Helmand province on Friday.", FILED
    )
    assert len(events) == 1
    assert near(events[0].location, 31.59, 64.37, 10)


def test_a_dateline_town_is_still_the_place_when_the_sentence_names_none():
    events = current_events("KANDAHAR, Aug 8 (Reuters) - A roadside bomb killed three policemen on Friday.", FILED)
    assert len(events) == 1 and near(events[0].location, 31.61, 65.71, 10)


def event_days(text: str, published: date) -> list[str]:
    return [str(e.date) for e in current_events(text, published)]


def test_a_bulletin_entry_dated_alone_dates_the_sentence_after_it():
    filed = date(2006, 11, 20)
    assert event_days("14 November: Unknown gunmen shot dead a teacher in Baidoa.", filed) == ["2006-11-14"]
    assert event_days("(14/11/2006) Unknown gunmen shot dead a teacher in Baidoa.", filed) == ["2006-11-14"]
    assert event_days("14th November 2006: Unknown gunmen shot dead a teacher in Baidoa.", filed) == ["2006-11-14"]


def test_each_entry_of_a_bulletin_keeps_its_own_date():
    text = (
        "12 November: Militiamen looted a food convoy near Jowhar.\n"
        "15 November: Unknown gunmen shot dead a teacher in Baidoa. Two of his students were wounded."
    )
    events = current_events(text, date(2006, 11, 20))
    assert [(e.sub_event_type, str(e.date)) for e in events] == [
        ("Looting/property destruction", "2006-11-12"),
        ("Attack", "2006-11-15"),
    ]


def test_a_date_inside_a_title_line_is_no_entry_heading():
    # "Situation report 14 November" is a title, not a date written alone: the event is undated
    events = current_events("Situation report of 14 November. Unknown gunmen shot dead a teacher in Baidoa.", date(2006, 11, 20))
    assert [str(e.date) for e in events] == ["2006-11-20"]


def test_an_entry_date_gives_way_once_the_entry_gives_a_date_of_its_own():
    text = (
        "14 November: Gunmen shot dead a teacher in Baidoa. On 16 November, militiamen looted the main market "
        "in Jowhar. They also set fire to a school there."
    )
    events = current_events(text, date(2006, 11, 20))
    # the burning is told after the looting of the 16th, not on the entry's day
    assert [(e.sub_event_type, str(e.date)) for e in events] == [
        ("Attack", "2006-11-14"),
        ("Looting/property destruction", "2006-11-16"),
    ]


def test_the_fast_path_reads_a_local_dateline_as_the_full_parse_does():
    # the dateline's paragraph tells no event, so the fast path does not parse it; the events that
    # name no place are still at the dateline's town
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    text = (
        "GULU, Uganda (Reuters) - The district's schools reopened on Monday after a month of holidays.\n\n"
        "Rebels burned a market in Kitgum on Sunday, witnesses said.\n\n"
        "Gunmen shot dead two teachers on their way home on Monday evening, police said."
    )
    document = Document(text=text, id="gulu", published=date(2014, 8, 5))
    extractor = Extractor.default()
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    assert fast == [e.to_dict() for e in extractor.extract(document, fast=False)]
    assert ("Attack", "Gulu") in [(e["sub_event_type"], e["location"]["name"] if e["location"] else None) for e in fast]


def test_the_fast_path_reads_entry_dates_as_the_full_parse_does():
    # the second paragraph tells no event and is not parsed on the fast path; its date still ends the
    # entry's, as in the full parse
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    text = (
        "14 November:\n\nThe main market of Baidoa reopened on 15 November after repairs.\n\n"
        "Unknown gunmen shot dead a teacher in Baidoa, residents said."
    )
    document = Document(text=text, id="entries", published=date(2006, 11, 20))
    extractor = Extractor.default()
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    assert fast == [e.to_dict() for e in extractor.extract(document, fast=False)]
    assert [e["date"] for e in fast] != ["2006-11-14"]
