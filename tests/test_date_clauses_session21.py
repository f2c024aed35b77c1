"""Which clause's day dates an event (session 21): the day of the trigger's own clause over the day of
the clause it hangs from, and never the day of what is yet to come in another clause. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_pipeline_events

PUBLISHED = date(2022, 3, 14)  # a Monday


def _dates(text: str, published: date = PUBLISHED) -> set[date]:
    return {e.date for e in current_pipeline_events(text, published)}


def test_a_day_of_what_will_be_does_not_date_what_happened():
    text = (
        "Following the violence in Gulu town on Saturday, when soldiers shot at traders protesting against new "
        "market fees, the market will stay shut on Monday."
    )
    assert _dates(text) == {date(2022, 3, 12)}


def test_a_day_of_what_should_be_does_not_date_what_happened():
    text = (
        "Following the looting of the clinic in Kidal on Saturday night, when gunmen also burned two vehicles, "
        "staff should return on Monday."
    )
    assert _dates(text) == {date(2022, 3, 12)}


def test_the_trigger_s_own_day_wins_over_the_day_of_the_clause_it_hangs_from():
    text = (
        "Villagers buried their dead on Sunday after gunmen raided the village of Kaya early on Saturday, "
        "killing nine farmers."
    )
    assert date(2022, 3, 12) in _dates(text)
    assert date(2022, 3, 13) not in _dates(text)


def test_a_planned_event_keeps_its_own_future_day():
    text = "Teachers in Nakuru will march to the county offices on Wednesday to demand unpaid salaries, their union said on Sunday."
    assert all(d != date(2022, 3, 13) for d in _dates(text))


def test_a_relative_clause_s_earlier_day_does_not_date_the_finding():
    text = (
        "On 10 March 2022, a trader who was kidnapped by armed men from his shop in Goma on 2 March was found "
        "dead near the airport road."
    )
    assert _dates(text) == {date(2022, 3, 10)}
