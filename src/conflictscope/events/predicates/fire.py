"""Shots, strikes and air power: a shot aimed at someone or fired into the air, a strike that harmed (not a
stoppage of work), fire counted by an observer or a ceasefire monitor, aircraft backing a ground
operation."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.entries import AIR_BACKING_CUE, AIR_BACKING_TRIGGER, AIR_ENGAGED, ANSWERED_FIRE, AREA_FIRE
from conflictscope.events.predicates.lexicon import builder_words, strategic_words, typing_words
from conflictscope.events.predicates.syntax import governed_by, upward
from conflictscope.knowledge import load_monitors
from conflictscope.mentions.triggers import TriggerMatch

# Verbs of an observer counting or hearing fire: "observed 6 explosions", "explosions were heard".
PERCEPTION_VERBS = builder_words("perception_verbs")


def is_observed(token: Token) -> bool:
    """Explosions or fire counted or heard (plural, under a verb of perception): "observed a total of 6
    explosions", "explosions were heard" - indirect fire; a planted device goes off once."""
    return token.tag_ == "NNS" and governed_by(token, PERCEPTION_VERBS, 6)


def observed_by_monitor(token: Token) -> bool:
    """Fire tallied by a ceasefire monitoring mission ("the OSCE SMM observed 12 explosions")."""
    node = token
    for _ in range(6):
        if node.lemma_.lower() in PERCEPTION_VERBS:
            monitors = load_monitors()
            for child in node.children:
                if child.dep_ in ("nsubj", "agent"):
                    subject = child if child.dep_ == "nsubj" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    if subject is None:
                        continue
                    words = {t.lower_ for t in subject.subtree} | {t.lemma_.lower() for t in subject.subtree}
                    if words & monitors:
                        return True
            return False
        if node.head is node:
            break
        node = node.head
    return False


# "an operation backed by airstrikes", "forces supported by the air force", "soldiers, along with
# helicopters, attacked": aircraft backing a ground operation; ACLED codes the whole as the ground battle
# (the higher type in one context). Only the air words inside such a backing phrase change.
BACKING_WORDS = builder_words("backing_words")


def air_force_unit(match: TriggerMatch) -> bool:
    """"the Air Force Intelligence", "an air force officer": a body or a member of it, no aircraft in use."""
    return match.entry.words == ("air", "force") and not match.is_trigger and match.token.dep_ == "compound"


def air_support(match: TriggerMatch) -> TriggerMatch:
    if aircraft_engaged(match):
        # "its unmanned aerial vehicle engaged a group of armed men", "helicopter gunships engaged the
        # militants": fire from the air at people on the ground, ACLED's air strike (no ground fight told)
        return TriggerMatch(AIR_ENGAGED, match.token, match.start, match.end)
    if match.cls != "Air/drone strike":
        return match
    for node, head in upward(match.token, 4):
        if node.dep_ in ("prep", "agent") and node.lower_ == "by" and head.lemma_.lower() in BACKING_WORDS and head.pos_ == "VERB":
            break
        if node.dep_ == "prep" and node.lower_ == "with" and head.lemma_.lower() == "along":
            break  # "along with the helicopters of ..."
        if node.dep_ in ("pobj", "prep") and head.lemma_.lower() in ("support", "cover") and head.pos_ == "NOUN":
            break  # "with the support of the air force", "under air cover"
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "amod", "poss", "nmod"):
            return match
    else:  # no backing verb or noun within reach, or the root reached
        return match
    entry = AIR_BACKING_TRIGGER if match.is_trigger else AIR_BACKING_CUE
    return TriggerMatch(entry, match.token, match.start, match.end)


SHOT_WORDS = builder_words("shot_words")


def aircraft_engaged(match: TriggerMatch) -> bool:
    """A fight verb whose subject is an aircraft or a drone ("the drone engaged a vehicle", "a UAV
    engaged the terrorists"; typing_words.tsv, aircraft and engage_verb)."""
    token = match.token
    if not match.is_trigger or match.cls != "Armed clash" or token.lemma_.lower() not in typing_words("engage_verb"):
        return False
    aircraft = typing_words("aircraft")
    return any(
        c.dep_ == "nsubj" and any(t.lemma_.lower() in aircraft or t.lower_ in aircraft for t in c.subtree)
        and not any(g.dep_ in ("conj", "cc") for g in c.children)  # "troops and helicopters engaged": a ground fight too
        for c in token.children
    )


def into_the_air(token: Token) -> bool:
    """Shots fired "into the air", "in the air", or "warning shots"."""
    # ("shots being fired in the air": the clause on the noun says where they went)
    nodes = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "acl")]
    for node in nodes:
        if node.lemma_.lower() == "shot" and any(c.lower_ == "warning" for c in node.children):
            return True
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "into") and any(p.lower_ == "air" for p in child.children if p.dep_ == "pobj"):
                return True
    return False


def harming_strike(token: Token) -> bool:
    """A noun "strike" told as what harmed ("killed in strikes", "died in a strike by the coalition"),
    as what hit ("strikes hit a market") or as what was carried out: not a stoppage of work ("killed
    during the strike", "the general strike", "hunger strike" has its own entry)."""
    if token.pos_ not in ("NOUN", "VERB") or token.lemma_.lower() != "strike":
        return False
    if token.pos_ == "VERB" and not _strikes_tagged_verb(token, typing_words("strike_verb")):
        return False
    if any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in typing_words("stoppage") for c in token.children):
        return False  # "a general strike", "a transport strike", "teachers' strikes" ("missile strike" has its own entry)
    verbs = typing_words("strike_verb")
    head = token.head
    if _strikes_tagged_verb(token, verbs):
        return True
    if token.dep_ == "pobj" and head.lower_ in ("in", "by"):
        return head.head.lemma_.lower() in verbs
    return token.dep_ in ("nsubj", "dobj", "nsubjpass") and head.lemma_.lower() in verbs


def _strikes_tagged_verb(token: Token, verbs: frozenset[str]) -> bool:
    """"Israel strikes on Gaza killed ten people": the noun "strikes" the tagger took for a verb, its
    subject the state's name and its clause the next verb of harm, which has no subject of its own."""
    return token.pos_ == "VERB" and token.lower_ == "strikes" and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in token.children) and any(
        c.dep_ in ("advcl", "ccomp", "conj") and c.pos_ == "VERB" and c.lemma_.lower() in verbs and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in token.children
    )


def is_aimed(token: Token) -> bool:
    """A shot aimed at something: "fired on the positions of", "opened fire at a checkpoint"; strikes
    that hit a place ("strikes hit Gaza overnight")."""
    if token.lemma_.lower() == "strike" and token.pos_ == "NOUN" and token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in token.head.children):
        return harming_strike(token)
    if token.lemma_.lower() == "beat":
        # "police beat protesters", not "Boca Juniors beat River Plate"
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and token.dep_ == "conj":
            # "a man was tied up and beaten by police": the verbs of a list share their subject
            objects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if not objects:
            # "paramilitaries beat and extorted a civilian": the object of the verb listed after it
            objects = [c for v in token.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"]
        # (people counted are people even when named by nationality: "beat three Palestinians")
        return any(
            (c.pos_ != "PROPN" or any(n.dep_ == "nummod" for n in c.children)) and c.lemma_.lower() not in ("team", "side", "record", "rival")
            for c in objects
        )
    if token.lemma_.lower() not in ("fire", "shoot"):
        return False
    children = list(token.children)
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "open":
        children += list(token.head.children)  # "opened fire at a checkpoint": the aim hangs off "opened"
    aims = ("at", "on", "upon", "towards", "toward", "into", "against")
    for child in children:
        if child.dep_ in ("prep", "prt") and child.lower_ in aims and not any(True for _ in child.children) and any(
            c.dep_ == "nsubjpass" for c in token.children
        ):
            return True  # "soldiers were fired upon by armed men": the passive's subject was aimed at
        if child.dep_ == "prep" and child.lower_ in aims:
            return any(c.dep_ == "pobj" for c in child.children)
    return False


# Guns fired from a distance, and the places (not a side) such fire may be aimed at (strategic_words.tsv)
MOUNTED_GUNS = strategic_words("mounted_guns")
FIRE_AREAS = strategic_words("fire_areas")
AIM_PREPOSITIONS = frozenset({"at", "on", "upon", "towards", "toward"})


def calibre(token: Token) -> bool:
    """A gun named by its calibre: "14.5mm", "12.7 mm"."""
    text = token.lower_
    if text == "mm":
        return token.i > 0 and token.doc[token.i - 1].like_num
    return text.endswith("mm") and text[:-2].replace(".", "").isdigit()


def area_fire(token: Token) -> bool:
    """Mounted guns fired at places rather than at a side: "fired 14.5mm and 12.7mm machine guns, in
    addition to sniper rifles, at scattered areas", "fired machine guns, assumedly heavy, at various
    locations", "fired medium weapons at residential neighbourhoods"."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
        return False
    fired = [c for c in token.children if c.dep_ == "dobj"]
    # the weapons: anywhere in what the verb governs but its subject (lists of guns are often misparsed)
    words = [t for c in token.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    lemmas = f" {' '.join(t.lemma_.lower() for t in words)} "
    if not any(f" {phrase} " in lemmas for phrase in MOUNTED_GUNS) and not any(calibre(t) for t in words):
        return False
    # where it was aimed: at the verb ("fired guns at farms") or on what was fired ("fired shells at
    # villages"); not a name in brackets that situates the place ("(At Tuhayat, Al Hudaydah)")
    doc = token.doc
    holders = [token] + [f for f in fired if f.dep_ == "dobj"]
    aimed = [
        q for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in AIM_PREPOSITIONS and doc[c.i - 1].text != "("
        for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for q in (p, *p.conjuncts)
    ]  # ("On 6 May" says when)
    return bool(aimed) and all(p.lemma_.lower() in FIRE_AREAS or p.lower_ in FIRE_AREAS for p in aimed)


def remote_fire(triggers: list[TriggerMatch], cues: list[str], hurt: bool, battle_cue) -> tuple[list[TriggerMatch], list[str]]:
    """Fire of mounted guns at places, nobody reported hurt, is ACLED's shelling: the fire is the
    shelling and its small arms ("in addition to sniper rifles") no sign of a clash. ``battle_cue``
    tells a cue class of a ground fight."""
    if hurt:
        return triggers, cues
    shelling = [TriggerMatch(AREA_FIRE, m.token, m.start, m.end) if m.cls == "@weak" and area_fire(m.token) else m for m in triggers]
    if not any(m.entry is AREA_FIRE for m in shelling):
        return triggers, cues
    return shelling, [c for c in cues if not battle_cue(c)]


ANSWER_VERBS = strategic_words("answer_verbs")
# What may be answered as fire: shelling, fire, shots and explosions (not an attack or a raid: "responded
# to the attack" is told by what the responders did)
FIRE_CLASSES = frozenset({"Shelling/artillery/missile attack", "@fire", "@explosion"})


def answered_fire(match: TriggerMatch) -> TriggerMatch:
    """"forces responded to pro-Houthi shelling", "reacted to the fire of the rebels": fire answered by
    those it was aimed at is a fight between the two (ACLED's armed clash), not the shelling alone."""
    token = match.token
    if not (match.cls in FIRE_CLASSES or match.cls == "@weak" and token.lemma_.lower() in SHOT_WORDS | {"fire"}):
        return match
    for node, head in upward(token, 3):
        if head.lemma_.lower() in ANSWER_VERBS and head.pos_ == "VERB" and head.i < token.i and any(
            t.lower_ == "to" for t in token.doc[head.i + 1 : token.i]
        ):
            # "responded to pro-Houthi shelling" (also when the parse makes "shelling" a verb)
            return TriggerMatch(ANSWERED_FIRE, token, match.start, match.end)
        if node.dep_ not in ("pobj", "prep", "xcomp", "advcl"):
            break
    return match
