"""The event builder's layout: SentenceBuilder in events/build.py, actor roles in events/roles.py, its
predicates in events/predicates/ (one module a concern, never importing build.py), their word lists in
knowledge/data tables read once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import conflictscope.events.predicates as predicates
from conflictscope.events.predicates import lexicon

PREDICATES = Path(predicates.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_predicate_modules_never_import_the_builder():
    # (nor do the roles reader and the mention types build.py uses)
    modules = sorted(PREDICATES.glob("*.py")) + [PREDICATES.parent / "roles.py", PREDICATES.parent / "mention.py"]
    assert len(modules) > 10
    for path in modules:
        assert not {m for m in _imports(path) if m.startswith("conflictscope.events.build")}, path.name
    # the package itself imports none of its modules: no module that imports everything
    assert not _imports(PREDICATES / "__init__.py")


STAGES = ("happened", "event_places", "sides", "parties", "harm", "hit", "movers", "claims")


def test_stage_modules_never_import_the_builder():
    # the builder's stages (session 11 split of build.py): a pipeline over them, not one object
    for name in STAGES:
        assert "conflictscope.events.build" not in _imports(PREDICATES.parent / f"{name}.py"), name


def test_every_builder_word_kind_has_words_and_an_unknown_kind_is_an_error():
    for kind in lexicon.BUILDER_WORD_KINDS:
        words = lexicon.builder_words(kind)
        assert words and all(w == w.lower() and w.strip() == w for w in words), kind
    with pytest.raises(KeyError):
        lexicon.builder_words("no_such_kind")


def test_every_kind_in_the_table_is_used_by_a_predicate_module():
    sources = "".join(p.read_text(encoding="utf-8") for p in PREDICATES.glob("*.py"))
    for kind in lexicon.BUILDER_WORD_KINDS:
        assert f'builder_words("{kind}")' in sources, kind


def test_the_tables_give_the_predicates_their_words():
    from conflictscope.events.predicates.places import BEARINGS, CONTAINER_NOUNS
    from conflictscope.events.predicates.victims import ORDINALS
    from conflictscope.events.predicates.weapons import BOMBING_WORDS, DEVICE_WORDS, REMNANT_PATTERN

    assert "north-west" in BEARINGS and "oblast" in CONTAINER_NOUNS and "landmine" in DEVICE_WORDS
    assert ORDINALS["third"] == 3 and ORDINALS["tenth"] == 10
    assert ("bombing",) in BOMBING_WORDS and ("car", "bomb") not in BOMBING_WORDS
    assert REMNANT_PATTERN.search("A shell Left over from the civil war went off.")
    assert REMNANT_PATTERN.search("explosive remnants of the war")
    assert not REMNANT_PATTERN.search("leftovers were thrown away")  # whole words only


def test_the_names_other_modules_import_from_build_are_still_there():
    from conflictscope.events import build

    for name in ("EventMention", "SentenceBuilder", "SentenceFacts", "sentence_evidence", "BODY_WORDS", "REFINING_CUES",
                 "TOLL_WORDS", "MOVES", "DISPLACED_PEOPLE", "HELD_PEOPLE", "HOLDING_PLACES"):
        assert hasattr(build, name), name


def test_the_split_builder_still_types_a_sentence():
    import conflictscope

    found = [(e.event_type, e.sub_event_type) for e in conflictscope.extract(
        "On 3 May, soldiers found and defused a roadside bomb near Kandahar.", published=None
    )]
    assert found and found[0] == ("Strategic developments", "Disrupted weapons use")
