"""Captures, arrests and seizures: people captured or detained at the scene (not a protest's topic), goods
or weapons seized (not territory), and the classes that depend on who captured (abduction, arrests,
air strikes by a state's bombs)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.entries import ABDUCTED, AIR_BOMBING, CAPTURED_PEOPLE, PLANTED_BOMBING, PLUNDERED, TAKEN
from conflictscope.events.predicates.lexicon import builder_words, strategic_words, typing_words
from conflictscope.events.predicates.places import PLACE_NOUNS
from conflictscope.events.predicates.scheme import NON_STATE_ARMED, STATE_SIDE, TYPING_ACTS
from conflictscope.events.predicates.territory import TERRITORY_NOUNS
from conflictscope.events.predicates.weapons import BOMBING_WORDS
from conflictscope.knowledge import load_taxonomy, read_word_sets
from conflictscope.mentions.actors import ActorReader
from conflictscope.mentions.triggers import TriggerMatch

# Who may be detained at a demonstration (the patient of "arrested"), besides a counted group.
PARTICIPANT_WORDS = builder_words("participant_words")
TOPIC_HEADS = builder_words("topic_heads")


def detains_people(token: Token) -> bool:
    """An arrest told as an act at the scene ("police arrested 20 protesters", "15 people were
    detained"), not the grievance of a protest ("against the arrest of an editor", "activists who were
    detained in earlier demonstrations", "he was arrested in connection with a case")."""
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.head.lemma_.lower() == "make":
        return True  # "several arrests were made"
    if token.pos_ != "VERB" or token.dep_ in ("relcl", "acl", "pcomp", "pobj"):
        return False
    node = token
    for _ in range(3):
        if node.head is node:
            break
        node = node.head
        if node.lemma_.lower() in TOPIC_HEADS:
            return False
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if any(c.dep_ == "nummod" or c.like_num for c in child.children) or child.like_num:
                return True
            if child.lemma_.lower() in PARTICIPANT_WORDS or child.lower_ in ("them", "they"):
                return True
            if child.pos_ in ("NOUN", "PROPN") and child.lower_ not in ("he", "she", "him", "her"):
                return True  # "arrested the MP", "detained tailors"
    return False


HELD_PEOPLE = builder_words("held_people")
HOLDING_PLACES = builder_words("holding_places")

# People who may be captured (besides a named person).
CAPTIVE_WORDS = builder_words("captive_words")
# Nouns for a number of people or things: what "a group of" is made of decides what was captured
COLLECTIVE_NOUNS = builder_words("collective_nouns")
# Fighters taken are people captured, not goods seized
FIGHTER_WORDS = builder_words("fighter_words")

# Raids told with arrests and nobody hurt: ACLED codes the arrests (a search operation, not a fight).
RAID_WORDS = builder_words("raid_words")
# What raiders do to property, and what they carry off (strategic_words.tsv)
PLUNDER_VERBS = strategic_words("plunder_verbs")
LOOT_NOUNS = strategic_words("loot_nouns")


def plunders(verb: Token) -> bool:
    """"confiscated", "damaged", "taking away" (a verb with its particle)."""
    lemma = verb.lemma_.lower()
    return lemma in PLUNDER_VERBS or any(f"{lemma} {c.lower_}" in PLUNDER_VERBS for c in verb.children if c.dep_ == "prt")


def raid_takes_property(raid: Token) -> bool:
    """A raid told with what it took or damaged: "raided cattle from herders", "raided several houses,
    taking away clothes and food", "stormed the office, confiscating twelve computers", "raided and
    damaged the home"."""
    if raid.dep_ == "amod" and raid.head.lemma_.lower() in LOOT_NOUNS:
        return True  # "raided cattle" read as cattle that were raided
    if raid.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in LOOT_NOUNS for c in raid.children):
        return True
    tied = [c for c in raid.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB"]
    if raid.dep_ == "conj" and raid.head.pos_ == "VERB":
        tied.append(raid.head)
    return any(plunders(verb) for verb in tied)


def captures_people(token: Token, actors: ActorReader) -> bool:
    """A capturing verb whose object is people ("captured two militants", "a journalist captured by
    IS"), not a place."""
    if token.lemma_.lower() not in ("capture", "seize") or token.pos_ != "VERB":
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        # "Cantlie, captured by Isis": a participle hanging off the person it describes
        obj = token.head if token.dep_ in ("acl", "appos", "advcl") and token.head.pos_ in ("NOUN", "PROPN") else None
    if obj is None:
        return False
    if obj.ent_type_ == "PERSON":
        return True
    if obj.lemma_.lower() in COLLECTIVE_NOUNS:
        # "a number of tankers", "a group of workers": what the group is made of decides
        members = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return bool(members) and captures_people_noun(members[0], actors)
    return captures_people_noun(obj, actors)


def captures_people_noun(obj: Token, actors: ActorReader) -> bool:
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or lemma in TERRITORY_NOUNS or lemma in PLACE_NOUNS or lemma in typing_words("installation"):
        return False  # ("seized a police station": the post, named after those who hold it, not people)
    return lemma in CAPTIVE_WORDS or lemma in PARTICIPANT_WORDS or actors.actor_at(obj) is not None


def by_captor(triggers: list[TriggerMatch], perpetrator, target, hurt: bool) -> list[TriggerMatch]:
    """Classes that depend on who acted: people captured by a non-state group are abducted (unless they
    are fighters: then they are held as prisoners, coded as arrests); a raid by the state's forces in
    which people are arrested and nobody is hurt is the arrests; bombs dropped by a state's forces
    are an air strike."""
    state = perpetrator is not None and perpetrator.kind in STATE_SIDE
    out = []
    has_arrest = any(m.cls == "Arrests" and m.entry is not CAPTURED_PEOPLE for m in triggers)
    for match in triggers:
        lemma = match.token.lemma_.lower()
        if match.entry is CAPTURED_PEOPLE and perpetrator is not None and not state and not (target is not None and target.armed):
            match = TriggerMatch(ABDUCTED, match.token, match.start, match.end)
        elif match.entry is TAKEN and state:
            match = TriggerMatch(CAPTURED_PEOPLE, match.token, match.start, match.end)  # "police took him away": held
        elif (
            match.cls == "Arrests" and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED
            and not (target is not None and target.armed)
            and perpetrator.token.dep_ == "nsubj" and perpetrator.token.head.i == match.token.i and "{country}" not in perpetrator.template
        ):
            # ACLED: people a named non-state armed group "arrested" ("HTS arrested a camp head") are
            # abducted; not when the group is only mentioned ("detained on suspicion of being an IS member")
            match = TriggerMatch(ABDUCTED, match.token, match.start, match.end)
        elif match.cls == "Arrests" and perpetrator is None and _taken_by_raiders(match.token):
            # "pirates boarded the trawler and seized four crew members": people taken by armed criminals
            # the actor reader does not know as a side are abducted, never arrested
            match = TriggerMatch(ABDUCTED, match.token, match.start, match.end)
        elif has_arrest and not hurt and lemma in RAID_WORDS and match.cls == "@attack" and (perpetrator is None or state):
            continue
        elif (state or _flown(match.token)) and match.entry.words in BOMBING_WORDS and match.cls in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED"):
            # ("the planes came at noon and bombed our street": bombs dropped by aircraft, whoever flew them)
            match = TriggerMatch(AIR_BOMBING, match.token, match.start, match.end)
        elif (
            perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and match.entry.words in BOMBING_WORDS
            and match.token.pos_ == "VERB" and match.cls == "Shelling/artillery/missile attack"
        ):
            # "ELN rebels bombed the pipeline", "militants bombed a bus": a group with no aircraft bombs with
            # explosives it sets off (a shell or rocket named beside it still makes it shelling: classify)
            match = TriggerMatch(PLANTED_BOMBING, match.token, match.start, match.end)
        out.append(match)
    return out or triggers


def _taken_by_raiders(verb: Token) -> bool:
    """The subject of the verb, or of the first verb of the list it ends ("attacked a trawler and seized
    four crew members"), is a raider's word (typing_words.tsv, raiders: pirates, bandits, kidnappers)."""
    if verb.pos_ != "VERB":
        return False
    node = verb
    while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ == "conj" and node.head is not node:
        node = node.head
    raiders = typing_words("raiders")
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in raiders for c in node.children)


def looting_raid(triggers: list[TriggerMatch], hurt: bool, armed_hit: bool) -> list[TriggerMatch]:
    """A raid that hurt no one and hit no armed side, told with nothing violent but itself, whose outcome
    is property taken or destroyed, is ACLED's looting/property destruction: "the soldiers burnt
    motorcycles and looted a shop during a raid" (the looting is the event), "raided several houses,
    taking away clothes and food", "raided cattle from herders", "stormed the office, confiscating its
    computers" (the raid is the looting)."""
    raids = [m for m in triggers if m.cls == "@attack" and m.token.lemma_.lower() in RAID_WORDS]
    if not raids or hurt or armed_hit:
        return triggers
    type_of = load_taxonomy().event_type_of
    others = [m for m in triggers if m not in raids]
    if any(m.cls.startswith("@") or type_of(m.cls) != "Strategic developments" for m in others):
        return triggers  # "raided the village and shot two men": violence told with the raid
    if any(m.cls == "Looting/property destruction" for m in others):
        return others
    if all(raid_takes_property(m.token) for m in raids):
        return others + [TriggerMatch(PLUNDERED, m.token, m.start, m.end) for m in raids]
    return triggers


MEASURES = builder_words("measures")
SEIZING_VERBS = builder_words("seizing_verbs")


def seized_goods(token: Token) -> bool:
    """A seizing verb whose object is a thing (drugs, boats, food), not a place or people."""
    if token.lemma_.lower() not in SEIZING_VERBS or token.pos_ != "VERB":
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if any(
        t.lemma_.lower() in MEASURES and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for c in token.children if c.dep_ in ("dobj", "prep", "npadvmod") for t in c.subtree
    ):
        return True  # "1 ton of marijuana", "685,000 packs of cigarettes", "seized about a ton of"
    if obj is None:
        return False
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(p.lemma_.lower() in TERRITORY_NOUNS or p.pos_ == "PROPN" for p in prep.children if p.dep_ == "pobj"):
                return False  # "large swaths of territory", "parts of the city"
    head = obj
    if head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP", "ORG"):
        return False
    lemma = head.lemma_.lower()
    if lemma in TERRITORY_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in TERRITORY_NOUNS for c in head.children):
        return False
    if lemma in PARTICIPANT_WORDS or lemma in FIGHTER_WORDS:
        return False
    if lemma in typing_words("installation"):
        return False  # "seized a police station", "seized an army post": a place taken
    return head.pos_ == "NOUN"


ARMS_WORDS = "arms"  # a kind of typing_words.tsv


def seized_arms(token: Token) -> bool:
    """A seizing verb whose object is weapons or ammunition."""
    if token.lemma_.lower() not in SEIZING_VERBS or token.pos_ != "VERB":
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    heads = [obj, *obj.conjuncts]
    arms = typing_words(ARMS_WORDS)
    return any(h.lemma_.lower() in arms or h.lower_ in arms for h in heads)


# Verbs with a particle that take people away with them ("took away the catechist", "led off three
# men", "whisked away two girls"): written "verb particle" (typing_acts.tsv, taking_away)
TAKING_AWAY = read_word_sets("typing_acts.tsv", TYPING_ACTS)["taking_away"]


def taken_away(sent, matches: list[TriggerMatch], actors: ActorReader) -> list[TriggerMatch]:
    """People taken away by those who came for them: "bandits stormed the parish house and took away the
    catechist and two children", "gunmen led off three farmers", "my brother was taken". An abduction by
    anyone but the state's forces, or by nobody named (TAKEN); an arrest by the state's forces
    (by_captor decides); not things taken ("took away their phones", the looting's), nor a verb the
    lexicon already reads here."""
    if not any(t.lemma_.lower() in _TAKING_HEADS and t.pos_ == "VERB" for t in sent):
        return []
    found = []
    held = {m.token.i for m in matches}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in held or verb.lemma_.lower() not in _TAKING_HEADS:
            continue
        if _taken_bare(verb, actors):
            found.append(TriggerMatch(TAKEN, verb, verb.i, verb.i + 1))
            continue
        # (the parse may take the particle for an adverb: "took away three farmers")
        if not any(c.dep_ in ("prt", "advmod") and f"{verb.lemma_.lower()} {c.lower_}" in TAKING_AWAY for c in verb.children):
            continue
        people = [p for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for p in (c, *c.conjuncts)]
        if people and any(_a_person(p, actors) for p in people):
            found.append(TriggerMatch(TAKEN, verb, verb.i, verb.i + 1))
    return found


_TAKING_HEADS = frozenset(w.split()[0] for w in TAKING_AWAY)
# The only phrases a bare "was taken" may carry and stay a capture: by whom and from where ("was taken by
# the gunmen", "taken from his home"); any other ("to hospital", "outside the town", "into custody", "ill")
# tells where or how the person went, which a testimony of an abduction does not need
_TAKEN_FROM = frozenset("by from".split())


def _taken_bare(verb: Token, actors: ActorReader) -> bool:
    """"My brother was taken.", "two girls were taken by the gunmen": a person taken, in the passive,
    told nowhere (no destination, no state: "was taken to hospital", "was taken ill"), is captured by
    those who came for them (a testimony's words for an abduction)."""
    if verb.lemma_.lower() != "take" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "oprd", "acomp", "xcomp", "ccomp", "attr", "prt", "conj") or c.dep_ in ("prep", "agent") and c.lower_ not in _TAKEN_FROM
           or c.dep_ == "advmod" and c.lower_ not in ("away", "off") for c in verb.children):
        return False  # (nor "were taken ... and were killed": what was done to them after is the event)
    # "by" names the captor only when its object is a person or an actor: "taken by surprise", "taken
    # by the current" tell how, not who took them
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
           and not any(o.dep_ == "pobj" and _a_person(o, actors) for o in c.children) for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and _a_person(c, actors) for c in verb.children)


def _a_person(token: Token, actors: ActorReader) -> bool:
    """A person or people: a name, people counted ("two children"), a word of the actor tables or of
    captives ("the catechist" is a person as the parse tags it: a named entity PERSON or a noun the
    actor reader knows)."""
    if token.ent_type_ == "PERSON" or token.lower_ in ("him", "her", "them"):
        return True
    if token.pos_ != "NOUN" or token.lemma_.lower() in LOOT_NOUNS:
        return False
    if token.lemma_.lower() in CAPTIVE_WORDS or token.lemma_.lower() in PARTICIPANT_WORDS:
        return True
    return actors.actor_at(token) is not None


# Aircraft named by an everyday word ("the planes", "an airplane"; typing_words.tsv's aircraft has the
# military ones): bombs they drop are an air strike (typing_acts.tsv, flying)
FLYING = read_word_sets("typing_acts.tsv", TYPING_ACTS)["flying"] | typing_words("aircraft")


def _flown(verb: Token) -> bool:
    """The bombing verb's subject, or the subject of the verb it is joined to ("the planes came and
    bombed"), is an aircraft."""
    if verb.pos_ != "VERB":
        return False
    node = verb
    while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ == "conj" and node.head is not node:
        node = node.head
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FLYING for c in node.children)
