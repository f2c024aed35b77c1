"""The event builder's stages (session 11 split of events/build.py): each a module of its own that never
imports the builder, so the builder is a pipeline over them and not one object holding everything.
Sentences written for these tests."""

from __future__ import annotations

import ast
from pathlib import Path

import conflictscope.events as events

EVENTS = Path(events.__file__).parent
STAGES = ("happened", "event_places", "sides", "parties", "harm", "hit", "movers", "claims")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_stage_modules_never_import_the_builder():
    for name in STAGES:
        assert "conflictscope.events.build" not in _imports(EVENTS / f"{name}.py"), name


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
