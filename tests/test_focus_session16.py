"""A short name two states share in news copy (session 16): wire style writes "Congo" for the Democratic
Republic of Congo; the gazetteer knows "Congo" only as its smaller neighbour. The name counts for the state
the rest of the text points to, for the one its longer form names, or for the DRC. Texts written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.geo.focus import shared_country_names
from helpers import current_events


@pytest.fixture(scope="module")
def reader():
    from conflictscope.pipeline import Extractor

    return Extractor.default().focus_reader


def test_the_table_reads_its_states_and_forms():
    codes, forms, _after_town = shared_country_names()["Congo"]
    assert codes == ("CD", "CG")
    assert forms[1].search("troops of the Republic of Congo") and not forms[1].search("the Congo river")


@pytest.mark.parametrize(
    "text, first",
    [
        ("BUKAVU, Congo (Reuters) - Militiamen killed twelve villagers overnight.", "CD"),
        ("BRAZZAVILLE, Congo - Militiamen attacked a passenger train in the Pool region.", "CG"),
        ("Troops of the Republic of Congo clashed with rebels near Kinkala.", "CG"),
        ("Congo said on Monday its army had retaken the town from the rebels.", "CD"),
        ("The Democratic Republic of Congo and Congo signed a border accord.", "CD"),
        ("Congo Republic's army said rebels attacked a train near Mindouli.", "CG"),
    ],
)
def test_the_shared_name_counts_for_the_state_the_text_points_to(reader, text, first):
    assert reader.focus(text)[0] == first


def test_a_dateline_town_decides_whose_militia_it_is():
    text = "GOMA, Congo (Reuters) - Militiamen killed at least 12 villagers in an overnight raid, local officials said on Monday."
    events = current_events(text, date(2019, 6, 11))
    assert events and events[0].actor1 is not None
    assert events[0].actor1.country_code == "CD"
