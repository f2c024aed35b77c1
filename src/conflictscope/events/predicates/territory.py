"""Territory: what a territory verb takes is ground ("retook the enclave", "the strongholds fell"); a base
set up."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictscope.events.predicates.lexicon import builder_words, strategic_words, typing_words
from conflictscope.knowledge import TriggerEntry
from conflictscope.mentions.triggers import TriggerMatch

# What may be taken as territory: a place noun or a named place.
TERRITORY_NOUNS = builder_words("territory_nouns")


def held_ground(token: Token) -> bool:
    """What the territory verb takes is ground by its noun, named or not: "retook the final enclave",
    "the last strongholds fell to the Kurds", "handed over the areas to the army" (the place may be
    one the gazetteer lacks, or one named in another sentence). Sites (a camp, a base, a checkpoint)
    still need a place found under the verb: "claimed to have seized a camp" is often part of a clash."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.lemma_.lower() == "fall":
        taken += [c for c in token.children if c.dep_ == "nsubj"]  # "the town fell to the rebels"
    for obj in taken:
        for noun in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
            if noun.lemma_.lower() == "control":  # "took control of the town"
                noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), noun)
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in typing_words("ground"):
                return True
    return False


BASE_VERBS = strategic_words("base_verbs")
BASE_OPEN_VERBS = strategic_words("base_open_verbs")
BASE_NOUNS = strategic_words("base_nouns")
# what "opened", "built" a base must name: a base or an outpost, not headquarters (a party's or a firm's)
OPENED_BASES = frozenset({"base", "outpost"})
BASE_SET_UP = TriggerEntry(("establish", "base"), "V", "Headquarters or base established", "trigger")


def base_set_up(sent: Span, matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """"MONUSCO installed a new temporary military base in the village", "the army set up a forward
    operating base": a base set up, with more words between the verb and the base than the lexicon's
    phrases allow (the verb's object is the base)."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    found = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken:
            continue
        verb = token.lemma_.lower()
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        if verb in BASE_OPEN_VERBS:
            bases = OPENED_BASES  # "the army opened a new base"
        elif verb in BASE_VERBS or f"{verb} {particle}" in BASE_VERBS:
            bases = BASE_NOUNS
        else:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in bases or armed_camp(c, token)) for c in token.children):
            found.append(TriggerMatch(BASE_SET_UP, token, token.i, token.i + 1))
    return found


CAMP_NOUNS = strategic_words("camp_nouns")
CAMP_KEEPERS = strategic_words("camp_keepers")


def armed_camp(noun: Token, verb: Token) -> bool:
    """A camp set up by armed men, or one named as theirs ("rebels established a camp", "set up a
    training camp", "a military camp"): a base; displaced people's camps are none."""
    if noun.lemma_.lower() not in CAMP_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in CAMP_KEEPERS for c in noun.children):
        return True
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
    ]
    return any(d.lemma_.lower() in CAMP_KEEPERS | typing_words("armed_group_word") or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in typing_words("armed_group_word") for c in d.children
    ) for d in doers)
