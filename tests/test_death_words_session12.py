"""Words of other presses: the dead "gunned down" or "martyred", and a currency before a figure ("Rs 50
lakh"), which is no place. Sentences written for these tests."""

from datetime import date

import pytest
from helpers import first_event


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Police gunned down two suspected militants near Sopore on Thursday.", 2),
        ("Three traders were gunned down in Sopore on Thursday.", 3),
        ("Two jawans were martyred when militants attacked a camp near Sopore on Thursday.", 2),
        ("The landmine blast near Sopore on Thursday martyred four soldiers.", 4),
    ],
)
def test_the_dead_of_other_presses_are_counted(text, dead):
    assert first_event(text, date(2012, 8, 3)).fatalities == dead


def test_felling_is_no_killing():
    # "down" makes a killing only of the verbs that kill that way
    event = first_event("Gunmen shot two traders in Sopore on Thursday and cut down the power lines.", date(2012, 8, 3))
    assert event.fatalities == 0


def test_a_currency_before_a_figure_is_no_place():
    # "Rs" is no spelling of a town: the ransom makes no second event abroad
    event = first_event("Militants abducted a contractor in Tamenglong district on Friday and demanded a ransom of Rs 50 lakh.", date(2016, 2, 14))
    assert (event.location.name, event.location.country_code) == ("Tamenglong", "IN")
