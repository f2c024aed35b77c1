"""Weapons and devices: a device found or defused before it went off, old ordnance, a weapon intercepted,
a chemical weapon someone used, a "defuse" or "dismantle" that is about no device, a suicide bomber
killed rather than bombing."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.events.predicates.entries import destroyed_with
from conflictscope.events.predicates.lexicon import builder_words, strategic_words, typing_words
from conflictscope.events.predicates.scheme import TYPING_ACTS, WEAPON_TYPE
from conflictscope.events.predicates.syntax import upward
from conflictscope.knowledge import load_taxonomy, read_word_sets
from conflictscope.mentions.triggers import TriggerMatch

# Device words that may name what carries no planted device: "a car driven by police" planted nothing.
CARRIERS = builder_words("carriers")

# a device found, taken or made safe before it went off
DISARMING_VERBS = builder_words("disarming_verbs")
# old ordnance: "left over from the war", "explosive remnants of war", "laid during the war" (not
# "unexploded" alone: ACLED codes shells of recent fighting going off as explosions)
REMNANT_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(builder_words("war_remnant_phrases"), key=lambda p: (-len(p), p))) + r")\b",
    re.IGNORECASE,
)


# "made safe", "rendered harmless": a device made safe before it went off
SAFE_VERBS = strategic_words("safe_verbs")
SAFE_STATES = strategic_words("safe_states")


def device_disarmed(token: Token) -> bool:
    node = token
    for _ in range(3):
        head = node.head
        if head is node:
            return False
        if node.dep_ in ("dobj", "nsubjpass", "conj", "appos") and head.lemma_.lower() in DISARMING_VERBS and head.pos_ == "VERB":
            return True
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in SAFE_VERBS and any(
            c.lower_ in SAFE_STATES for c in (*head.children, *node.children)
        ):
            return True  # "police made safe two devices", "the bomb was rendered harmless"
        if node.dep_ in ("dobj", "nsubjpass") and head.dep_ == "conj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in DISARMING_VERBS:
            return True  # "discovered and cleared an IED": verbs joined by "and" share their object
        if node.dep_ not in ("conj", "appos", "compound", "pobj", "prep"):
            return False
        node = head
    return False


def went_off_early(token: Token) -> bool:
    for node in (token, token.head):
        if any(c.dep_ == "advmod" and c.lower_ == "prematurely" for c in node.children):
            return True
    return False


# Verbs by which a device is told as someone else's: "a bomb planted by a man", "a device left near the gate"
PLACING_VERBS = frozenset({"plant", "place", "leave", "find", "discover", "hide"})


# Who sets off a device to make it safe (police, a bomb disposal squad, sappers), and what tells a thing
# as a suspected device ("a suspicious package", "an unattended bag")
DISPOSAL_WORDS = builder_words("disposal_words")
SUSPECT_MARKS = builder_words("suspect_marks")
# Things left about that may be told as suspected devices ("a suspicious package")
SUSPECT_THINGS = frozenset("package parcel bag object item box suitcase".split())


def _names(token: Token) -> set[str]:
    return {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}


def set_off_found_device(token: Token) -> bool:
    """"police detonated a bomb planted by an unidentified man": a device someone else placed, set off by
    those who found it, is made safe (ACLED's disrupted weapons use), not an explosive attack. So is a
    device police or a disposal squad set off ("police detonated the device", "sappers blew up the
    shell"), a suspected one ("detonated a suspicious package") or one found ("a bomb found near the
    gate"), and one set off "in a controlled explosion"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or not (lemma == "detonate" or (lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children))):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "conj" and not subjects:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "police found and detonated"
    for obj in objects:
        names = _names(obj)
        for clause in obj.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in PLACING_VERBS and any(c.dep_ == "agent" for c in clause.children):
                return True
            if clause.dep_ == "acl" and clause.lemma_.lower() in ("find", "discover"):
                return True  # "detonated a bomb found near the gate"
        if names & SUSPECT_MARKS and (names & DEVICE_WORDS or obj.lemma_.lower() in SUSPECT_THINGS):
            return True  # "a suspicious package", "an unattended bag", "the suspected bomb"
        if names & DEVICE_WORDS and any(_names(s) & DISPOSAL_WORDS for s in subjects):
            return True  # "police detonated the device", "a bomb disposal squad blew up the bomb"
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in ("explosion", "detonation") and any(c.lower_ == "controlled" for c in pobj.children):
                return True  # "detonated it in a controlled explosion"
    return False


# A decade gone by ("in the 1980s", "during the 1970s"): told of a fight or of a device, the device is
# old ordnance ("The landmine exploded in an area where fighting occurred in the 1980s")
PAST_DECADE = re.compile(r"\b(?:in|during|from) the (?:1[89]\d|20[01])0s\b", re.IGNORECASE)
# How many sentences after the one telling the explosion may tell that the device was old
REMNANT_WINDOW = 2


def war_remnant(sent: Span) -> bool:
    """Old ordnance: the sentence says so, or one of the next two sentences that names the device
    again says so ("villagers stepped on a landmine ... The landmine exploded in an area where
    fighting occurred in the 1980s")."""
    if REMNANT_PATTERN.search(sent.text) is not None or PAST_DECADE.search(sent.text) is not None:
        return True
    doc, end = sent.doc, sent.end
    for _ in range(REMNANT_WINDOW):
        if end >= len(doc):
            break
        later = doc[end].sent
        if any(t.lemma_.lower() in DEVICE_WORDS for t in later) and (
            REMNANT_PATTERN.search(later.text) is not None or PAST_DECADE.search(later.text) is not None
        ):
            return True
        end = later.end
    return False


# What may be defused or dismantled without being a thing: no event at all.
ABSTRACT_OBJECTS = builder_words("abstract_objects")

# State forces bomb from the air (ACLED: "bombed" by a military is an air strike); others plant bombs.
# (the bare words only: a "roadside bomb" or "car bomb" is planted whoever is named)
BOMBING_WORDS = frozenset((word,) for word in builder_words("bare_bombing"))  # as a trigger entry's words

# What a defusing or dismantling act must be about to be disrupted weapons use ("defuse the crisis" is not).
DEVICE_WORDS = builder_words("device_words")


def defuses_no_weapon(match: TriggerMatch) -> bool:
    """"how to defuse the crisis", "dismantle the network": no device, no disrupted weapons use."""
    token = match.token
    if match.cls != "Disrupted weapons use" or token.lemma_.lower() not in ("defuse", "dismantle") or token.pos_ != "VERB":
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    return not words & DEVICE_WORDS


def abstract_object(token: Token) -> bool:
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and obj.lemma_.lower() in ABSTRACT_OBJECTS


# "forces killed two suicide bombers", "one of the suicide bombers was shot dead": the bomber named as
# the one killed is a fighter shot, not a bombing (one who "blew himself up" is told by its own words)
BOMBER_KILLED_VERBS = builder_words("bomber_killed_verbs")


def bomber_killed(match: TriggerMatch) -> bool:
    if match.cls != "Suicide bomb" or match.token.lemma_.lower() != "bomber":
        return False
    for node, head in upward(match.token, 3):
        if node.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in BOMBER_KILLED_VERBS:
            return True
        if node.dep_ not in ("pobj", "prep", "conj"):
            return False  # "one of the suicide bombers" climbs through "of"
    return False


# Verbs of a vehicle or a shipment carrying goods ("a truck loaded with weapons", "a boat carrying arms")
CARRYING_VERBS = frozenset("carry load transport ferry laden".split())

# What may be intercepted as a weapon in use (a missile, a drone), as opposed to a car or people.
INTERCEPTED_WEAPONS = builder_words("intercepted_weapons")


def weapon_object(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(o.lower_ in ("that", "which") for o in objects):
        objects = [verb.head]  # "missiles that were intercepted"
    if not objects:
        return True  # "were intercepted" with nothing said: keep the reading
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    if words & INTERCEPTED_WEAPONS:
        return True
    # arms being moved, stopped before use ("intercepted a shipment of rifles", "an arms consignment",
    # "intercepted weapons bound for the rebels"): the thing stopped, its "of" phrase or its compound,
    # not any word of the object ("intercepted a car carrying armed men")
    arms = typing_words("arms")
    heads = [*objects, *(p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
    # "a truck loaded with weapons", "a boat carrying arms": what the vehicle stopped carried
    carried = [c for o in objects for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS]
    heads += [g for v in carried for c in v.children if c.dep_ == "dobj" for g in (c,)]
    heads += [g for v in carried for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in arms for h in heads for t in (h, *h.conjuncts, *(c for c in h.children if c.dep_ in ("compound", "amod"))))


# Aircraft that carry people: one shot down is fire from the ground at it (ACLED's shelling/artillery/
# missile attack), a drone or missile shot down is a weapon disrupted
MANNED_AIRCRAFT = builder_words("manned_aircraft")


def downs_manned_aircraft(verb: Token) -> bool:
    """"troops shot down a cargo plane", "a helicopter was shot down": not "shot down a drone", nor "an
    unmanned aircraft"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return False
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    return bool(words & MANNED_AIRCRAFT) and not words & {"drone", "unmanned", "uav", "missile", "rocket"}


# What makes an aircraft one that watches, not one that strikes ("reconnaissance drones", "a
# surveillance plane"): told beside an attack, it names no weapon of it
WATCHING_WORDS = builder_words("watching_words")


def watching_aircraft(match: TriggerMatch) -> bool:
    """"regime forces shelled the village amid the overflight of reconnaissance drones": the drones
    watched; the shelling is no air strike."""
    token = match.token
    return not match.is_trigger and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WATCHING_WORDS for c in token.children)


def user_named(token: Token) -> bool:
    """"Syria's use of chemical weapons", "the use of chemical weapons by the regime", "forces used
    chemical weapons": who used them is told."""
    if token.pos_ == "VERB":
        return any(c.dep_ in ("nsubj", "agent") for c in token.children)
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in token.children)


# "assault rifles", "attack helicopters": a weapon named by what it is for
WEAPON_NOUNS = "weapon"  # a kind of typing_words.tsv


def means_of(verb: Token) -> list[Token]:
    """What a verb says it was done with: "using an ATGM", "with artillery fire", "by a drone", and the
    object of the verb it is joined to ("set off explosives and destroyed a bridge")."""
    parts = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "use"]
    parts += [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        parts += [c for c in verb.head.children if c.dep_ == "dobj"]
    return [t for part in parts for t in part.subtree]


# "petrol bombs", "fire bombs": what burns, not what explodes
INCENDIARY = strategic_words("incendiary")


def destroyed_by_weapon(triggers: list[TriggerMatch], matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Property destroyed with a weapon of remote violence is that weapon's attack (ACLED types the
    destruction by its means): "destroyed a regime bulldozer using an ATGM" is shelling, "set off
    explosives and partially destroyed a bridge" a remote explosive. Not weapons destroyed ("destroyed
    arms and depots with bombs": disrupted weapons use), nor what fire bombs burned ("torched the
    offices using petrol bombs")."""
    type_of = load_taxonomy().event_type_of
    weapons = [
        m for m in matches if not m.is_trigger and not m.cls.startswith("@") and type_of(m.cls) == WEAPON_TYPE
        and not any(c.dep_ in ("compound", "amod") and c.lower_ in INCENDIARY for c in m.token.children)
    ]
    if not weapons:
        return triggers
    out = []
    for match in triggers:
        if match.cls == "Looting/property destruction" and match.token.pos_ == "VERB" and not destroys_arms(match.token):
            means = {t.i for t in means_of(match.token)}
            # the weapon as the subject ("drones destroyed two vehicles", "artillery destroyed the
            # school"): the head of the subject and the heads joined to it, not every word of the phrase
            means |= {s.i for c in match.token.children if c.dep_ == "nsubj" for s in [c, *(g for g in c.children if g.dep_ == "conj")]}
            weapon = next((w for w in weapons if w.token.i in means), None)
            if weapon is not None:
                match = TriggerMatch(destroyed_with(weapon.cls), match.token, match.start, match.end)
        out.append(match)
    return out


def destroys_arms(verb: Token) -> bool:
    """"destroyed a number of arms", "destroyed the ammunition": weapons are what was destroyed."""
    arms = typing_words("arms")
    return any(t.lemma_.lower() in arms or t.lower_ in arms for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)


# The words of a bomber who died with the charge, as kept in typing_acts.tsv: a verb of driving a vehicle
# into a target ("drove a truck packed with explosives into the compound"), a verb of setting a charge off
# ("detonated the car", "blew it up"), a pronoun for the bomber among the dead ("killing 21 and himself")
@lru_cache(maxsize=1)
def _typing_acts() -> dict[str, frozenset[str]]:
    return read_word_sets("typing_acts.tsv", TYPING_ACTS)


def _acts(kind: str) -> frozenset[str]:
    return _typing_acts()[kind]


def set_off_by_its_bearer(sent: Span, matches: list[TriggerMatch]) -> bool:
    """A bomb set off by the one who carried it, who died with it: ACLED's suicide bomb. Told as the
    driver of a vehicle who set it off ("the driver rammed the gate and detonated the car", "a man drove a
    tanker packed with explosives into the courtyard and blew it up"), or as a planted kind of bomb that
    killed the one who set it off ("detonated the car, killing 21 cadets and himself"). Needs a bomb of
    the planted kind, or an explosion, in the sentence, and no grenade, shell or air strike (a grenade that
    kills its thrower is no suicide bombing)."""
    planted = any(m.cls in ("Remote explosive/landmine/IED", "Suicide bomb", "@explosion") for m in matches)
    if not planted or any(m.cls in ("Grenade", "Shelling/artillery/missile attack", "Air/drone strike") for m in matches):
        return False
    setting_off, driving, selves = _acts("setting_off"), _acts("driving_in"), _acts("bomber_self")
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in setting_off:
            continue
        # the verb's own subject, or that of the verb it is joined to by "and"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        drove = token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in driving
        if not subjects and token.dep_ == "conj":
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if drove or any(s.lemma_.lower() == "driver" for s in subjects):
            return True
    for token in sent:
        if token.lower_ in selves and token.dep_ in ("dobj", "conj"):
            killer = token.head
            while killer.dep_ == "conj" and killer.pos_ != "VERB":
                killer = killer.head
            if killer.pos_ == "VERB" and killer.lemma_.lower() in ("kill", "die"):
                return True
    return False
