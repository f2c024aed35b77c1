"""The event builder's stages (session 11 split of events/build.py): the readings of a trigger and the
builder over its stage modules (that they never import the builder is checked in test_build_layout.py).
Sentences written for these tests."""

from __future__ import annotations


def test_the_readings_of_a_trigger_run_in_a_fixed_order():
    from conflictscope.events.happened import READINGS

    names = [r.__name__ for r in READINGS]
    # a territory word re-read as goods seized must be so before the readings that ask its class
    assert names.index("_what_was_taken") < names.index("_device_never_used")
    assert len(set(names)) == len(names)


def test_confront_is_a_fight_only_with_an_armed_side():
    import conflictscope

    def types(text):
        return [(e.event_type, e.sub_event_type) for e in conflictscope.extract(text, published=None)]

    assert not types("On 4 June, the mayor of Kano said the town must confront the rising cost of food.")
    assert ("Battles", "Armed clash") in types("On 4 June, soldiers confronted Boko Haram fighters near Maiduguri.")


def test_the_builder_still_finds_the_place_and_the_victims():
    import conflictscope

    found = conflictscope.extract("On 9 March, gunmen shot dead two farmers in Kaduna.", published=None)
    assert found and found[0].event_type == "Violence against civilians"
    assert found[0].location is not None and found[0].location.name == "Kaduna"
