"""Deaths that are not political violence: a disease, an animal victim, a natural hazard.

ACLED codes political violence only. A health bulletin ("a woman has died of the H5N1 strain", "the
virus killed 93 people", "thousands of birds were killed to contain the outbreak") uses the same words
as a war report; without this check each such sentence would become an event, GDELT's failure. The
words live in knowledge/data/non_violent_causes.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from conflictscope.knowledge import read_kinds

# Prepositions that introduce a cause: "died of cholera", "from complications", "after contracting".
CAUSE_PREPOSITIONS = frozenset("of from after with in against".split())
# A death told beside these verbs is an illness's: "has killed 3 and sickened 200".
SICKENING_VERBS = frozenset("infect sicken hospitalise hospitalize".split())
# Verbs of falling ill: "died after contracting the virus". Other verbs count only with an illness as
# object ("after catching the flu", not "after they were caught robbing").
ILLNESS_VERBS = frozenset(["contract"])
# Injury words: the sick are hospitalised too, and so are the wounded ("was injured and hospitalized").
HARM_WORDS = frozenset("injure wound injury hurt".split())
SUBJECTS = frozenset("nsubj nsubjpass".split())
# Heads that only count what their "of" phrase names: "thousands of chickens", "a flock of geese".
QUANTITY_HEADS = frozenset("thousand hundred dozen million number score flock herd head lot".split())


@lru_cache(maxsize=1)
def load_non_violent_causes() -> dict[str, str]:
    return dict(read_kinds("non_violent_causes.tsv", {"disease", "animal", "nature", "checked", "outbreak", "conflict", "eruption"}))


def _kind(token: Token) -> str | None:
    """The kind of a noun phrase's head ("the H5N1 strain", "bird flu"), or of what it is an
    outbreak or case of. Modifiers do not count: "coronavirus patients" are people."""
    table = load_non_violent_causes()
    kind = table.get(token.lemma_.lower()) or table.get(token.lower_)
    if kind is None and token.lower_.endswith("s") and token.pos_ == "PROPN" and token.i == token.sent.start:
        kind = table.get(token.lower_[:-1])  # "Landslides triggered by heavy rain": a plural read as a name at the start
    if kind == "animal" and token.pos_ == "PROPN":
        kind = None  # Turkey the country
    if kind in ("disease", "animal", "nature"):
        return kind
    if kind == "eruption":
        # "a volcanic eruption", "the eruption of Merapi": a hazard; "the eruption of hostilities": not
        of = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return None if any(table.get(g.lemma_.lower()) == "conflict" for g in of) else "nature"
    if kind == "outbreak":
        # "the cholera outbreak", "the outbreak": an illness; "an outbreak of fighting": not
        of = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not any(table.get(g.lemma_.lower()) == "conflict" for g in of):
            return "disease"
    for prep in token.children:  # "an outbreak of cholera", "cases of bird flu"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(g.dep_ == "pobj" and _kind(g) == "disease" for g in prep.children):
                return "disease"
    return None


def cause_kind(token: Token) -> str | None:
    """"disease", "animal" or "nature" when a noun phrase names one (or an outbreak of an illness)."""
    return _kind(token)


def _heads_of_phrase(token: Token):
    """The noun and its conjuncts, or what a quantity counts: "ducks and geese", "thousands of
    chickens"."""
    if not (token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_HEADS):
        yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield child
        if child.dep_ == "prep" and child.lower_ == "of":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _falls_ill(verb: Token) -> bool:
    return verb.lemma_.lower() in ILLNESS_VERBS or any(c.dep_ == "dobj" and _kind(c) == "disease" for c in verb.children)


def _cause_in(prep: Token) -> bool:
    """A disease, a hazard or falling ill along a chain of prepositions: "from the virus", "as a
    result of having contracted the virus", "after an outbreak of cholera"."""
    for grand in prep.children:
        if grand.dep_ == "pobj" and _kind(grand) in ("disease", "nature"):
            return True
        if grand.dep_ == "pcomp" and (_falls_ill(grand) or any(_cause_in(g) for g in grand.children if g.dep_ == "prep")):
            return True
        if grand.dep_ in ("pobj", "pcomp") and any(_cause_in(g) for g in grand.children if g.dep_ == "prep" and g.lower_ in CAUSE_PREPOSITIONS):
            return True
    return False


def _checked(token: Token) -> bool:
    table = load_non_violent_causes()
    return "checked" in (table.get(token.lemma_.lower()), table.get(token.lower_))


def non_violent(trigger: Token) -> bool:
    """Is the death, killing or fight told by ``trigger`` a disease's, an animal's, or a natural
    hazard's? Its subject or agent, the cause after "of/from/after", and its victims count."""
    if not _checked(trigger):
        return False
    return _told_of_non_violence(trigger)


def _told_of_non_violence(trigger: Token) -> bool:
    children = list(trigger.children)
    if trigger.dep_ in ("conj", "advcl") and not any(c.dep_ in SUBJECTS for c in children):
        # "the strain has infected 171 people and killed 93", "an epidemic swept the country,
        # killing 80": the subject is the first verb's
        children += [c for c in trigger.head.children if c.dep_ in SUBJECTS]
    if trigger.dep_ in ("acl", "relcl") and _kind(trigger.head) in ("disease", "nature"):
        return True  # "a bacteria that has killed 12", "an outbreak of cholera killed 60"
    if trigger.dep_ == "relcl" and any(
        c.dep_ in SUBJECTS and c.lower_ in ("that", "which") and c.i > 0 and _kind(c.doc[c.i - 1]) in ("disease", "nature") for c in children
    ):
        return True  # "areas of the South Asia Earthquake that has killed 30,000": the clause hung on another noun
    if trigger.lemma_.lower() == "find" and any(
        t.lower_ == "dead" and t.dep_ == "amod" and _kind(t.head) == "animal" for t in trigger.subtree
    ):
        return True  # "the virus was found in two dead owls"
    if trigger.dep_ == "conj" and trigger.head is not trigger and trigger.head.pos_ == trigger.pos_ and _checked(trigger.head) and (
        _told_of_non_violence(trigger.head)
    ):
        return True  # "an earthquake struck, killing 12 and injuring 200": the second harm shares the first's cause
    related = [c for c in children if c.dep_ == "conj"] + ([trigger.head] if trigger.dep_ == "conj" else [])
    if any(v.lemma_.lower() in SICKENING_VERBS for v in related) and trigger.lemma_.lower() not in HARM_WORDS:
        return True  # "has killed 3 and sickened 200" (not "was wounded and hospitalised": a wound's care)
    for child in children:
        if child.dep_ == "compound" and _kind(child) == "disease":
            return True  # "flu deaths"
        if child.dep_ in SUBJECTS | {"dobj"}:
            # the killer (a virus), or the dead when all are animals ("birds", not "5 residents and cattle")
            kinds = [_kind(t) for t in _heads_of_phrase(child)]
            if "disease" in kinds or "nature" in kinds or (kinds and all(k == "animal" for k in kinds)):
                return True
        if child.dep_ == "agent":  # "killed by the virus"
            if any(_kind(g) in ("disease", "nature") for g in child.children if g.dep_ == "pobj"):
                return True
        if child.dep_ == "prep" and child.lower_ in CAUSE_PREPOSITIONS | {"as"}:
            if _cause_in(child):
                return True
            if child.lower_ == "of" and trigger.pos_ == "NOUN":
                if any(g.dep_ == "pobj" and _kind(g) == "animal" for g in child.children):
                    return True  # "the deaths of 4,000 birds", "the remains of a swan"
        if child.dep_ == "advcl" and _falls_ill(child):
            return True  # "died after he contracted the virus"
    # "X was found dead" / "dead birds": the dead are the trigger's head or subject
    if trigger.dep_ in ("acomp", "oprd", "xcomp") and trigger.head is not trigger:
        return _told_of_non_violence(trigger.head)
    if trigger.dep_ == "amod" and _kind(trigger.head) == "animal":
        return True
    return False


def hazard_displacement(verb: Token) -> bool:
    """Are the people who fled, evacuated or were displaced driven out by a natural hazard or an
    illness ("displaced or affected by flooding", "fled the floods", "evacuated after the
    earthquake")? ACLED codes displacement by political violence only."""
    nodes = [verb, *verb.conjuncts]
    if verb.dep_ == "xcomp" and verb.head is not verb:
        nodes.append(verb.head)  # "an eruption forced 5,000 people to flee": the hazard is what forced them
    for node in nodes:
        if _told_of_non_violence(node) or any(c.dep_ == "nsubj" and _kind(c) == "nature" for c in node.children):
            return True
        for child in node.children:
            if child.dep_ in ("agent", "dobj", "prep") and any(
                _kind(g) == "nature" for g in child.subtree if g.pos_ in ("NOUN", "PROPN")
            ):
                return True  # "displaced by flooding", "fled the floods", "evacuated from the flood zone"
    return _after_a_hazard_told(verb)


def _after_a_hazard_told(verb: Token) -> bool:
    """People displaced in a sentence that names no cause, right after a sentence that tells a natural
    hazard and no violence ("A wildfire swept through the hills on Tuesday, destroying 200 homes. Some
    4,000 residents were evacuated."): the hazard's. A weapon, an attacker or a word of conflict in
    either sentence keeps the displacement political ("Gunmen raided the village. 4,000 fled.")."""
    from conflictscope.events.senses import compared, is_blaze, names_weapon_or_attacker

    sent = verb.sent
    if sent.start == 0 or violent_context(sent) or names_weapon_or_attacker(sent):
        return False
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "after", "following", "amid", "due", "because") for c in verb.children):
        return False  # a cause of their own, which the readings above did not find a hazard in
    start = sent.start
    for _ in range(3):  # the sentences before, back to the one that tells the hazard
        if start == 0:
            return False
        before = sent.doc[start - 1].sent
        table = load_non_violent_causes()
        if any(table.get(t.lemma_.lower()) == "conflict" and not compared(t) for t in before) or names_weapon_or_attacker(before):
            # violence told, not likened ("it was like a war zone," said a fire officer)
            return False
        if any(_kind(t) == "nature" or is_blaze(t) for t in before if t.pos_ in ("NOUN", "PROPN")):
            return True
        start = before.start
    return False


def violent_context(sent) -> bool:
    """Does the sentence name violence without a trigger of its own ("died in an outbreak of
    violence", "in the unrest")? Then a bare death in it is political violence."""
    table = load_non_violent_causes()
    return any(table.get(t.lemma_.lower()) == "conflict" for t in sent)
