"""Territory: what a territory verb takes is ground ("retook the enclave", "the strongholds fell")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import builder_words, typing_words

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
