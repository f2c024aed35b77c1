"""The knowledge tables load, validate and say what ACLED says."""

from __future__ import annotations

import pytest

from conflictscope import knowledge
from conflictscope.types import ACTOR_KINDS


def test_taxonomy_is_acleds_six_types_and_25_sub_types_in_precedence_order():
    taxonomy = knowledge.load_taxonomy()
    assert set(taxonomy.event_types) == {
        "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
        "Strategic developments",
    }
    assert len(taxonomy.all_sub_event_types) == 25
    assert taxonomy.sub_event_types["Explosions/Remote violence"][:2] == ("Chemical weapon", "Air/drone strike")
    assert taxonomy.rank("Air/drone strike") < taxonomy.rank("Shelling/artillery/missile attack")
    assert taxonomy.rank("Armed clash") < taxonomy.rank("Air/drone strike")  # a battle wins
    assert taxonomy.event_type_of("Grenade") == "Explosions/Remote violence"


def test_every_trigger_class_is_a_sub_event_type_or_a_generic_class():
    taxonomy = knowledge.load_taxonomy()
    valid = set(taxonomy.all_sub_event_types) | set(knowledge.GENERIC_CLASSES)
    entries = knowledge.load_triggers()
    assert len(entries) > 150
    assert all(e.cls in valid for e in entries)
    covered = {e.cls for e in entries}
    # every violent and demonstration sub-type has at least one entry
    for event_type in ("Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians"):
        for sub in taxonomy.sub_event_types[event_type]:
            # these come from classification (generic triggers, cues, actors), not a trigger of their own
            if sub not in ("Attack", "Excessive force against protesters", "Protest with intervention"):
                assert sub in covered, sub


def test_actor_tables_use_acleds_eight_kinds():
    assert {t.kind for t in knowledge.load_actor_terms().values()} <= set(ACTOR_KINDS)
    assert {g.kind for g in knowledge.load_groups()} <= set(ACTOR_KINDS)
    assert len(ACTOR_KINDS) == 8


def test_a_bad_row_is_reported_with_file_and_line():
    text = "# a comment\n\nshell\tV\tShelling/artillery/missile attack\ttrigger\nbroken row\n"
    rows = knowledge.parse_rows(text, "my_triggers.tsv", 4)
    assert next(rows)[0] == "shell"
    with pytest.raises(ValueError, match=r"my_triggers.tsv:4: expected 4"):
        next(rows)


def test_acled_country_names():
    countries = knowledge.load_acled_countries()
    assert countries["RU"][1] == "Russia"
    assert countries["CD"][1] == "Democratic Republic of Congo"
    assert countries["AZ"][0] == "Caucasus and Central Asia"
