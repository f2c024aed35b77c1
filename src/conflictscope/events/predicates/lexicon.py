"""The word lists the event builder's predicates use, by kind, each table read once per process:
knowledge/data/builder_words.tsv (one list a constant of a predicate module), typing_words.tsv (the
lists the typing rules look up by kind), strategic_words.tsv (the rules for strategic developments and
remote violence) and ordinal_words.tsv."""

from __future__ import annotations

from functools import lru_cache

from conflictscope.knowledge import read_rows, read_word_sets

TYPING_WORD_KINDS = frozenset(
    "damage weapon aid arms crowd staging intervention detention_place remains wound strike_verb stoppage off_duty ground deal truce_term aflame unknown identity grievance_people extortion demand_verb quarrel ordinary_purpose ordinary_occasion group_change armed_group_word grave_find cutting crowd_control gathered_people state_voice naming_verb dispersal_weapon crowd_count installation aircraft engage_verb mob_justice deminer assembled raiders mineral acting_unit mutual_fight armed_attack standing_agreement holding_verb crowd_mood".split()
)


@lru_cache(maxsize=None)
def typing_words(kind: str) -> frozenset[str]:
    """The words of one kind in typing_words.tsv."""
    return typing_table().get(kind, frozenset())


@lru_cache(maxsize=1)
def typing_table() -> dict[str, frozenset[str]]:
    return read_word_sets("typing_words.tsv", TYPING_WORD_KINDS)


# The kinds of builder_words.tsv (a row of another kind is an error in the table)
BUILDER_WORD_KINDS = frozenset(
    """
    abstract_objects disposal_words suspect_marks agreement_verbs aim_prepositions anaphors armed_individuals armed_modifiers
    aspectual_verbs assault_nouns background_modifiers backing_words bare_bombing battle_words bearings
    beating_verbs body_words bomber_killed_verbs captive_words carriers cause_prepositions causing_verbs
    civilian_words claim_verbs clash_words collective_nouns container_nouns demonstration_tactics
    demonstration_words device_words disarming_verbs displaced_people edge_nouns fight_nouns fight_words
    fighter_words held_people holding_places intercepted_weapons kin_community_words manned_aircraft light_verbs measures
    meeting_people moves near_words one_sided_verbs ongoing_verbs operation_nouns pressing_verbs growing_verbs organised_side_words
    participant_words perception_verbs place_nouns raid_words relative_pronouns repel_verbs seizing_verbs
    settlement_nouns shot_words stone_verbs territory_nouns toll_words topic_heads topic_prepositions
    unaccusative war_remnant_phrases watching_words
    """.split()
)


def builder_words(kind: str) -> frozenset[str]:
    """The words of one kind in builder_words.tsv; an unknown kind, or one without words, raises KeyError. The predicate modules
    call it once, when they are imported: their rules look words up in the frozenset it returns."""
    words = builder_table().get(kind)
    if not words:
        raise KeyError(f"builder_words.tsv has no kind {kind!r}")
    return words


@lru_cache(maxsize=1)
def builder_table() -> dict[str, frozenset[str]]:
    return read_word_sets("builder_words.tsv", BUILDER_WORD_KINDS)


STRATEGIC_WORD_KINDS = frozenset(
    {
        "plunder_verbs", "loot_nouns", "mounted_guns", "fire_areas", "answer_verbs", "incendiary", "base_verbs", "base_open_verbs", "base_nouns",
        "safe_verbs", "safe_states", "handover_verbs", "camp_nouns", "camp_keepers",
    }
)


def strategic_words(kind: str) -> frozenset[str]:
    """The words of one kind in strategic_words.tsv (the rules for strategic developments and remote
    violence); an unknown kind, or one without words, raises KeyError."""
    words = strategic_table().get(kind)
    if not words:
        raise KeyError(f"strategic_words.tsv has no kind {kind!r}")
    return words


@lru_cache(maxsize=1)
def strategic_table() -> dict[str, frozenset[str]]:
    return read_word_sets("strategic_words.tsv", STRATEGIC_WORD_KINDS)


@lru_cache(maxsize=1)
def ordinal_values() -> dict[str, int]:
    """Ordinal words and their numbers (ordinal_words.tsv): "third" -> 3."""
    return {word.lower(): int(number) for word, number, *_ in read_rows("ordinal_words.tsv", 2)}
