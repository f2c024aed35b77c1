"""Capitals named by their role instead of their name (geo/capitals.py): "the Afghan capital",
"Sudan's capital", "the capital of Mali", "the capital" in a report about one country. Sentences
written for these tests."""

from datetime import date

import pytest
from helpers import current_events, near

FILED = date(2016, 5, 4)


@pytest.mark.parametrize(
    "text, lat, lon",
    [
        ("A car bomb exploded in the Afghan capital on Tuesday, killing five people.", 34.53, 69.17),
        ("A car bomb exploded in Somalia's capital on Tuesday, killing five people.", 2.04, 45.34),
        ("Thousands of people marched in the capital of Mali on Tuesday to demand the president's resignation.", 12.65, -8.0),
        ("Fighting broke out in the South Sudanese capital on Tuesday, killing 12 soldiers.", 4.85, 31.58),
        ("A car bomb exploded in the capital on Tuesday, killing five people, Iraqi police said.", 33.34, 44.40),
    ],
)
def test_a_capital_named_by_its_role_is_the_capital_town(text, lat, lon):
    events = current_events(text, FILED)
    assert len(events) == 1
    assert events[0].location is not None and near(events[0].location, lat, lon, 15)
    assert events[0].location.geo_precision == 1


def test_a_named_capital_is_read_by_its_name():
    events = current_events("A car bomb exploded in the Somali capital, Mogadishu, on Tuesday, killing five people.", FILED)
    assert [e.location.name for e in events] == ["Mogadishu"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three people in the capital of the province on Tuesday, Afghan police said.",
        "A court in Afghanistan upheld the capital punishment of two men on Tuesday.",
    ],
)
def test_other_senses_of_capital_give_no_town(text):
    assert all(e.location is None for e in current_events(text, FILED))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with the army near Qaroni as they tried to reach Hadibu, the capital of the island, on Tuesday.",
        "Rebels clashed with the army as they tried to reach the capital city of the island on Tuesday, Yemeni officials said.",
        "Protesters stormed the governor's office in the capital city of Socotra, Hadibu, on Tuesday, Yemeni officials said.",
    ],
)
def test_the_capital_of_a_province_or_island_is_not_the_country_capital(text):
    events = current_events(text, FILED)
    assert events and all(e.location is None or not near(e.location, 15.35, 44.21, 50) for e in events)
