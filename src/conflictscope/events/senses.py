"""Other senses of trigger words: "fighting fires", "a legal battle", "shelled peanuts", "the Easter
Vigil", "deployed fifty inspectors". The same words tell a war, and a coder that matches words alone
reports each of these as an event, GDELT's failure. What the trigger acts on, who acts, and the words
around it decide; they live in knowledge/data/other_senses.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from conflictscope.events.causes import QUANTITY_HEADS, cause_kind, load_non_violent_causes
from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.events.predicates.territory import BASE_NOUNS, CAMP_NOUNS, armed_camp
from conflictscope.knowledge import read_rows, read_word_sets
from conflictscope.mentions.triggers import entries_of, find_matches

RELATIONS = frozenset("object subject modifier modifies governor cause".split())
CLASSES = frozenset("@disease @animal @nature".split())
SUBJECTS = frozenset("nsubj csubj".split())
OBJECT_PREPOSITIONS = frozenset("against at to".split())
RELATIVE_PRONOUNS = frozenset("which that who whom".split())
# Words that introduce why something was done: "over the epidemic", "after the floods", "because of",
# "due to"; and nouns that pass the cause on: "in response to", "as a result of", "in the wake of".
CAUSE_MARKERS = frozenset("over after following amid because due".split())
CAUSE_NOUNS = frozenset("response result consequence wake".split())
# Nouns of a group of people that say no more than their compound or "of" phrase: "rescue teams", "a team
# of commandos".
TEAM_NOUNS = frozenset("team unit group squad crew".split())
# Pronouns that only pick out part of what their "of" phrase names: "many of these disputes".
PARTITIVES = frozenset("many most some all none several few each both any half majority rest".split())


@lru_cache(maxsize=1)
def load_other_senses() -> dict[tuple[str, str], frozenset[str]]:
    """(trigger lemma or "*", relation) -> the words that give the trigger another sense."""
    table: dict[tuple[str, str], set[str]] = {}
    for trigger, relation, words, *_ in read_rows("other_senses.tsv", 3):
        if relation not in RELATIONS:
            raise ValueError(f"other_senses.tsv: unknown relation {relation!r} for {trigger!r}")
        for word in words.lower().split():
            if word.startswith("@") and word not in CLASSES:
                raise ValueError(f"other_senses.tsv: unknown class {word!r} for {trigger!r}")
            for lemma in trigger.lower().split():
                table.setdefault((lemma, relation), set()).add(word)
    return {key: frozenset(words) for key, words in table.items()}


def other_sense(trigger: Token) -> bool:
    """Is ``trigger`` (the head word of a matched trigger) used in a sense that is no event?"""
    table = load_other_senses()
    lemma = trigger.lemma_.lower()
    if accidental(trigger):
        return True  # "a gas cylinder exploded", "killed in a road accident": nobody's violence
    if trigger.pos_ == "NOUN" and _ruled_out(trigger) and (
        _is_kind(trigger, "hostile") or any(c.dep_ in ("amod", "compound") and _is_kind(c, "hostile") for c in trigger.children)
    ):
        return True  # "a gas cylinder, not an explosive device, caused the blast": no weapon was there
    if lemma == "overthrow" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True  # "accused of plotting to use the epidemic as a reason to overthrow him": an aim, no coup
    if lemma in DEMINING_VERBS and by_deminers(trigger):
        return True  # "deminers cleared 300 landmines": humanitarian mine clearance, no armed side's act
    if lemma in typing_words("group_change") and not names_armed_groups(trigger.sent) and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children
    ):
        # "the two banks merged", "broke away from the ruling party": no armed group changed ("broke up
        # the march" is the forces' intervention, triggers.tsv)
        return True
    if lemma == "grave" and not grave_found(trigger):
        return True  # "buried in a mass grave", "visited the mass grave": no grave found today
    if unarmed_camp(trigger):
        return True  # "displaced families set up a makeshift camp": a camp of people, no base
    if lemma in typing_words("acting_unit") and acting_unit(trigger):
        return True  # "navy patrols intercepted a shipment of rifles": who acted, no patrol as an event
    if lemma in ("deploy", "deployment", "dispatch", "mobilise", "mobilize") and relief_purpose(trigger):
        return True  # "soldiers were deployed to rescue stranded families": relief, no move in a conflict
    if in_a_game(trigger):
        return True  # "Liverpool battled back to beat Arsenal 3-2": a match, no battle
    if holding(trigger):
        return True  # "a ceasefire held for a third day": an agreement made on an earlier day, none made today
    if lemma == "hack" and any(
        c.dep_ == "prep" and c.lower_ in ("into", "of")
        or c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "NORP")
        for c in trigger.children
    ):
        # "hacked into the servers", "Coincheck was hacked of its coins": computers broken into or a firm
        # robbed, nobody cut (a person named is: "hacked Musa to death")
        return True
    for relation in RELATIONS:
        words = table.get((lemma, relation), frozenset()) | table.get(("*", relation), frozenset())
        if words and _related(trigger, relation, words):
            return True
    return False


ACCIDENT_KINDS = ("harm", "harmless", "mining", "device", "works", "accidental", "mishap", "mishap_verb", "fire", "hostile", "hostile_verb")
# The event words an accident can tell: an explosion, or a death or an injury (the generic killing words)
BLAST_LEMMAS = frozenset("explode explosion blast detonate detonation blow".split())
# shooting words that "accidentally" makes a mishap ("accidentally shot a colleague"); not a bomb going
# off early, which ACLED records (predicates/weapons.went_off_early)
SHOT_LEMMAS = frozenset("shoot fire kill".split())
# "killed in a crash", "died after the collision", "injured from the blast"
MISHAP_PREPOSITIONS = frozenset("in after from during".split())
# "when their truck overturned", "as the boat capsized"
MISHAP_MARKS = frozenset("when after as while".split())


@lru_cache(maxsize=1)
def accident_words() -> dict[str, frozenset[str]]:
    """accidents.tsv: devices that blow up by mishap, words of accidents, and the words of weapons and
    attackers that keep a sentence a report of violence."""
    return read_word_sets("accidents.tsv", ACCIDENT_KINDS)


def _is_kind(token: Token, kind: str) -> bool:
    words = accident_words()[kind]
    return token.lemma_.lower() in words or token.lower_ in words


def accidental(trigger: Token) -> bool:
    """An explosion or a death the sentence tells as an accident: "a gas cylinder exploded", "a boiler
    blast", "an accidental explosion at an arms depot", "a fire at the depot set off explosions",
    "three policemen were killed in a road accident", "a military truck collided with a bus, killing
    seven". ACLED records political violence; a mishap is none. A weapon or an attacker named anywhere
    in the sentence keeps it violence ("a gas cylinder packed with explosives", "the truck overturned
    after hitting a landmine")."""
    lemma = trigger.lemma_.lower()
    if lemma in SHOT_LEMMAS and any(c.dep_ == "advmod" and _is_kind(c, "accidental") for c in trigger.children):
        return True  # "a policeman accidentally shot dead a colleague" (a gun, named or not, is no attack here)
    if lemma in BLAST_LEMMAS:
        found = _accidental_blast(trigger) or _after_mishap(trigger) or _blamed_later(trigger.sent)
    elif _is_kind(trigger, "fire") and trigger.dep_ == "nsubj":
        # the fire that set the explosions off ("a fire at the depot set off explosions"), no gunfire; or a
        # blaze told as such ("a fire at a crowded market destroyed 100 shops": "a fire", not gunfire), which
        # nobody is said to have set
        verb = trigger.head
        found = _fire_set_off(verb) and any(t.lemma_.lower() in BLAST_LEMMAS for t in verb.subtree) or _a_blaze(trigger)
    elif _is_kind(trigger, "harm"):
        # "a gas cylinder, not a bomb, caused the blast at a restaurant that killed three": in a sentence
        # whose only explosion is an accident and which names no weapon, its dead are the accident's
        found = _after_mishap(trigger) or trigger.pos_ == "VERB" and not any(c.dep_ == "agent" for c in trigger.children) and any(
            t.lemma_.lower() in BLAST_LEMMAS and t.pos_ == "NOUN" and _accidental_blast(t) for t in trigger.sent
        ) or trigger.pos_ == "VERB" and not any(c.dep_ == "agent" for c in trigger.children) and any(
            t.lemma_.lower() in BLAST_LEMMAS for t in trigger.sent
        ) and _blamed_later(trigger.sent)
    elif _is_kind(trigger, "hostile") and _made_harmless(trigger):
        return True  # "a lightning strike": no strike of a weapon
    elif any(_a_blaze(subject) for subject in _subjects(trigger)):
        found = True  # "a fire at the market destroyed 100 shops": what the blaze did
    elif trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in BLAST_LEMMAS and any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in trigger.children
    ):
        # "a gas leak caused the explosion that destroyed the building": what the accident did
        found = _accidental_blast(trigger.head) or _after_mishap(trigger.head)
    else:
        found = False
    found = found or _called_accidental(trigger) or (lemma in BLAST_LEMMAS or _is_kind(trigger, "harm")) and _mishap_blamed(trigger.sent)
    return found and not _hostile(trigger.sent) and not _hostile_before(trigger.sent)


def _a_blaze(token: Token) -> bool:
    """A fire told as a blaze, the subject of what it did, set by nobody the phrase names: "a fire at a
    crowded market", "the blaze" (not gunfire: "opened fire", "came under fire" have no article as
    subjects; not "a fire started by arsonists")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" and _is_kind(token, "fire")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in token.children)
        and not any(t.dep_ == "agent" for t in token.subtree)
    )


# verbs that name the cause of what happened as their object ("officials blamed a faulty boiler")
BLAME_VERBS = frozenset("blame attribute".split())
# verbs that name it as their subject ("an electrical fault started the blaze")
CAUSE_VERBS = frozenset("cause start spark trigger".split())


def _mishap_blamed(sent) -> bool:
    """The sentence names a mishap as the cause: "officials blamed a faulty boiler", "a short circuit
    started the fire" (a device or fault that bursts or burns by mishap; a fire set by someone has a
    "by" of its own, and a weapon named keeps the event: the caller checks)."""
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in BLAME_VERBS and any(c.dep_ == "dobj" and _names_device(c) for c in t.children):
            return True
        if lemma in CAUSE_VERBS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and _names_device(c) for c in t.children):
            return True
    return False


# How many sentences after an explosion's own may blame "the explosion" on a mishap
BLAME_WINDOW = 2
# determiners by which a later sentence names an explosion told before ("the blast", "this explosion")
ANAPHORIC_DETERMINERS = frozenset("the this that".split())


def _blamed_later(sent) -> bool:
    """An explosion told in one sentence and blamed on a mishap in one of the next two ("A blast tore
    through a gas plant, killing five workers. Officials blamed the explosion on a gas leak."): the blast
    named again with "the" or "this" and told as an accident there, in a sentence naming no weapon or
    attacker, makes the first one an accident too (the caller checks the first sentence's own weapons).
    The next sentences are those of the sentence's own paragraph, then the first two of each of the next
    two paragraphs the pipeline parsed (link_following)."""
    doc, end = sent.doc, sent.end
    later = []
    while end < len(doc) and len(later) < BLAME_WINDOW:
        later.append(doc[end].sent)
        end = later[-1].end
    if len(later) < BLAME_WINDOW:
        for other in doc.user_data.get(FOLLOWING_KEY, ()):
            later += list(other.sents)[:BLAME_WINDOW]
    for told in later:
        if _hostile(told):
            return False
        if any(
            t.lemma_.lower() in BLAST_LEMMAS and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in t.children) and _accidental_blast(t)
            for t in told
        ):
            return True
    return False


# Where a parsed paragraph keeps the parses of the paragraphs after it (link_following)
FOLLOWING_KEY = "conflictscope.following"


def link_following(parsed: dict, relevant: list[bool]) -> None:
    """Give each parsed piece of a text (unit index -> [(offset, doc)]) the pieces after it: the rest of
    its own unit's and those of the next two units, when relevant (both paths parse every relevant unit
    and read none other here, so they read alike)."""
    for i, pieces in parsed.items():
        for j, (_, doc) in enumerate(pieces):
            following = [d for _, d in pieces[j + 1 :]]
            for k in (i + 1, i + 2):
                if k < len(relevant) and relevant[k]:
                    following += [d for _, d in parsed.get(k, ())]
            doc.user_data[FOLLOWING_KEY] = following


def _hostile_before(sent) -> bool:
    """The sentence before names a weapon or an attacker: the crash or the blast may be the end of what
    it told ("Assailants fired a rocket at a military helicopter. The helicopter crashed, killing two
    officers.", "... shot down a helicopter. The pilots were killed in the crash."): the attack's dead."""
    if sent.start == 0:
        return False
    return _hostile(sent.doc[sent.start - 1].sent)


def _accidental_blast(blast: Token) -> bool:
    """An explosion word told of a device that bursts by mishap, called accidental, or set off by a fire."""
    if any(c.dep_ == "advmod" and _is_kind(c, "accidental") for c in blast.children):
        return True  # "a shell went off accidentally" (a shell is hostile: only household things pass)
    for child in blast.children:
        if child.dep_ in ("amod", "compound") and _names_device(child, accidental_too=True):
            return True  # "an accidental explosion", "a gas cylinder blast"
        if child.dep_ in ("nsubj", "nsubjpass") and _names_device(child):
            return True  # "a gas cylinder exploded"
        if child.dep_ in ("compound", "nmod") and _dug_mine(child):
            return True  # "a mine blast killed 12 miners"
        if child.dep_ == "prep" and child.lower_ in ("at", "in") and any(_dug_mine(g) for g in child.subtree):
            return True  # "an explosion in a mine killed 12 miners"
        if child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ == "pobj" and _names_device(g) for g in child.children):
            return True  # "the explosion of a boiler"
        if child.dep_ == "prep" and child.lower_ in ("at", "in") and any(
            g.dep_ == "pobj" and any(m.dep_ in ("amod", "compound") and _is_kind(m, "works") for m in g.children) for g in child.children
        ):
            return True  # "an explosion at a fireworks factory"
        if child.dep_ == "acl" and any(a.dep_ == "agent" and any(_is_cause(g) for g in a.children) for a in child.children):
            return True  # "explosions caused by a fire", "a blast caused by a gas leak"
        if child.dep_ == "acl" and child.lemma_.lower() in BLAME_VERBS and _blamed_on_mishap(child):
            return True  # "the blast, blamed on an electrical fault", "an explosion attributed to a gas leak"
    if blast.dep_ == "nsubj" and blast.head.pos_ == "VERB" and any(
        (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("through", "at", "in")) and any(_dug_mine(g) for g in c.subtree)
        for c in blast.head.children
    ):
        return True  # "an explosion tore through the main shaft of a mine", "a blast hit the mine"
    if blast.dep_ == "nsubjpass" and blast.head is not blast and any(
        a.dep_ == "agent" and any(_is_cause(g) for g in a.children) for a in blast.head.children
    ):
        return True  # "the blast at the depot was caused by a gas leak"
    if blast.dep_ in ("nsubjpass", "dobj") and blast.head.lemma_.lower() in BLAME_VERBS and _blamed_on_mishap(blast.head):
        return True  # "the blast was blamed on a build-up of methane", "officials blamed the explosion on a gas leak"
    node = blast
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "set off a series of explosions"
    return node.dep_ in ("dobj", "nsubjpass") and node.head is not node and _fire_set_off(node.head)


def _blamed_on_mishap(verb: Token) -> bool:
    """A verb of blaming whose "on" (or "to") names a fire or a device that bursts by mishap, itself or
    through its "of" ("blamed on an electrical fault", "attributed to a build-up of methane")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "to"):
            continue
        for cause in (g for g in prep.children if g.dep_ == "pobj"):
            if _is_cause(cause) or any(
                o.dep_ == "prep" and o.lower_ == "of" and any(g.dep_ == "pobj" and _is_cause(g) for g in o.children) for o in cause.children
            ):
                return True
    return False


def _fire_set_off(verb: Token) -> bool:
    """A verb whose subject (or "by" agent) is a fire: "a fire at the depot set off explosions", "a blaze
    triggered blasts", "explosions were caused by a fire"."""
    if verb.lemma_.lower() == "cause" and any(
        c.dep_ == "nsubj" and (_is_cause(c) or c.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(c)) for c in verb.children
    ):
        return True  # "a gas leak, not a bomb, caused the explosion", "a gas explosion caused the blast"
    return any(c.dep_ == "nsubj" and _is_kind(c, "fire") for c in verb.children) or any(
        a.dep_ == "agent" and any(_is_kind(g, "fire") for g in a.children) for a in verb.children
    )


def _is_cause(token: Token) -> bool:
    """A fire, or a device that bursts or leaks by mishap ("a gas leak", "a faulty boiler")."""
    return _is_kind(token, "fire") or _names_device(token)


def _called_accidental(trigger: Token) -> bool:
    """The act is the subject, or inside the subject, of a clause that calls it an accident: "the fire
    that destroyed 200 homes was accidental", "the explosion was an accident"."""
    node = trigger
    for _ in range(3):
        if node.dep_ in ("nsubj", "nsubjpass") and node.head is not node:
            verb = node.head
            if any(c.dep_ == "neg" for c in verb.children):
                return False  # "was not accidental"
            return any(
                c.dep_ in ("acomp", "attr") and (_is_kind(c, "accidental") or _is_kind(c, "mishap"))
                and not any(d.lower_ in ("no", "not") for d in c.children)
                for c in verb.children
            )  # ("was no accident": said of an attack)
        if node.head is node:
            return False
        node = node.head
    return False


def _names_device(token: Token, accidental_too: bool = False) -> bool:
    """The phrase names a device that bursts by mishap: its head or a word before it ("a gas
    cylinder", "the boiler", "cooking gas"); with ``accidental_too``, "accidental" also counts."""
    words = [token, *(c for c in token.children if c.dep_ in ("amod", "compound"))]
    return any(_is_kind(w, "device") or accidental_too and _is_kind(w, "accidental") for w in words)


def _after_mishap(word: Token) -> bool:
    """A death, an injury or an explosion told as what an accident did: "killed in a road accident",
    "died when their truck overturned", "collided with a bus, killing seven", "two were killed when a gas
    cylinder exploded", "the cylinder exploded, killing two"."""
    if word.dep_ == "acl" and any(
        a.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(a) for a in list(word.ancestors)[:6]
    ):
        return True  # "an accidental explosion at a depot near the capital killed 20", "killed" hung on "capital"
    if word.dep_ == "ROOT" and any(_is_kind(t, "mishap") and t.pos_ == "NOUN" and t.i < word.i for t in word.subtree):
        return True  # a log's entry: "Road traffic accident involving an army truck near Gao; 3 soldiers killed"
    nodes = [word, *(c for c in word.children if c.dep_ == "conj")]
    if word.dep_ == "conj" and word.head is not word:
        nodes.append(word.head)  # "four were killed and six injured when a gas cylinder exploded"
    return any(_mishap_told(node) for node in nodes)


def _mishap_told(word: Token) -> bool:
    for child in word.children:
        if child.dep_ == "nsubj" and (_is_kind(child, "mishap") or child.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(child)):
            return True  # "a boiler blast killed five workers", "an accidental explosion killed 20"
        if child.dep_ == "nsubj" and _made_harmless(child):
            return True  # "a lightning strike killed three herders"
        if child.dep_ == "prep" and child.lower_ in MISHAP_PREPOSITIONS:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if _is_kind(obj, "mishap") or obj.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(obj):
                    return True
        if child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in MISHAP_MARKS for m in child.children):
            if _mishap_verb(child) or child.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(child):
                return True
            if any(c.dep_ == "advmod" and _is_kind(c, "accidental") for c in child.children):
                return True  # "killed when his rifle went off accidentally"
            if any(c.dep_ in ("nsubj", "nsubjpass") and (_is_kind(c, "mishap") or c.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(c)) for c in child.children):
                return True  # "injured when a gas cylinder blast ripped through a house"
    head = word.head
    if word.dep_ in ("advcl", "xcomp", "conj") and head is not word:
        # "the bus collided with a truck, killing seven", "the cylinder exploded, killing two"
        if _mishap_verb(head) or head.lemma_.lower() in BLAST_LEMMAS and _accidental_blast(head):
            return True
        if head.pos_ == "VERB" and _fire_set_off(head) and any(t.lemma_.lower() in BLAST_LEMMAS for t in head.subtree):
            return True  # "a fire set off a series of explosions, killing two soldiers"
    return False


def _mishap_verb(verb: Token) -> bool:
    """A vehicle's accident told by its verb, with nothing done to an object: "the truck overturned", "a
    bus collided with a lorry" (not "rioters overturned cars", "rebels derailed a train")."""
    return _is_kind(verb, "mishap_verb") and not any(c.dep_ == "dobj" for c in verb.children)


def _made_harmless(token: Token) -> bool:
    """A weapon's or an attack's word made something else by the word before it: "a lightning strike",
    "a gold mine"."""
    return any(c.dep_ in ("amod", "compound") and _is_kind(c, "harmless") for c in token.children) or _dug_mine(token)


def _dug_mine(token: Token) -> bool:
    """A "mine" told as a pit dug for ore or coal by a mining word in its sentence: "a mine blast
    killed 12 miners", "an explosion in the mine's ventilation shaft" (a landmine is "landmine", or a
    mine with no such word)."""
    return token.lemma_.lower() == "mine" and token.pos_ in ("NOUN", "PROPN") and (
        any(c.dep_ in ("amod", "compound") and _is_kind(c, "harmless") for c in token.children)
        or any(_is_kind(t, "mining") for t in token.sent)
    )


def _hostile(sent) -> bool:
    return any(
        _is_kind(t, "hostile") and not _made_harmless(t) and not _ruled_out(t) or t.pos_ == "VERB" and _is_kind(t, "hostile_verb") for t in sent
    )


def _ruled_out(token: Token) -> bool:
    """A weapon or an attacker the sentence says was not there: "a gas leak, not a bomb, caused the
    explosion", "no explosive device was found"."""
    doc = token.doc
    phrase = token.head if token.dep_ in ("amod", "compound") and token.head.i > token.i else token  # "not an explosive device"
    return any(d.lower_ in ("not", "no") for d in doc[max(token.sent.start, phrase.left_edge.i - 1) : phrase.i])


# what deminers do to old mines and shells
DEMINING_VERBS = frozenset("clear demine destroy remove detonate".split())


def by_deminers(verb: Token) -> bool:
    """The verb's doer is a deminer or a demining team ("deminers cleared 300 landmines", "a demining
    team destroyed 40 unexploded shells", "mines removed by a mine-clearance charity"): humanitarian
    clearance of a war's remnants, which ACLED does not record (forces clearing mines they found are
    disrupted weapons use, triggers.tsv)."""
    words = typing_words("deminer")
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        d.lemma_.lower() in words or d.lower_ in words or any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in words or c.lower_ in words) for c in d.children)
        for d in doers
    )


def unarmed_camp(trigger: Token) -> bool:
    """"established a camp", "set up a camp" (triggers.tsv) set up by people who are no armed men and
    not named as a military or training camp (predicates/territory.armed_camp): a camp of displaced
    people, pilgrims or protesters, no base."""
    lemma = trigger.lemma_.lower()
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return False
    if lemma not in ("establish", "set"):
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in BASE_NOUNS for o in objects):
        return False  # "set up a base" (an armed camp or not, the lexicon's base)
    camps = [c for c in objects if c.lemma_.lower() in CAMP_NOUNS]
    if camps:
        return not any(armed_camp(c, trigger) for c in camps)
    # "the displaced are set up in rudimentary camps": the camp is where people are, not what was set up
    return any(t.lemma_.lower() in CAMP_NOUNS for t in trigger.subtree)


def acting_unit(trigger: Token) -> bool:
    """A unit noun the lexicon reads as a movement of forces ("patrol") told as the doer of another event
    word ("navy patrols intercepted a shipment of rifles", "a patrol arrested two suspects"): the unit
    that acted, whose act is the event, not a patrol of its own."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or trigger.head.pos_ != "VERB" or not entries_of(trigger.head):
        return False
    # the verb is an event word the lexicon finds there ("a joint patrol took place" is the patrol)
    return any(m.is_trigger and m.token.i == trigger.head.i and m.cls != "Change to group/activity" for m in find_matches(trigger.sent))


def holding(trigger: Token) -> bool:
    """An agreement told as holding ("the ceasefire held for a third day", "the truce continued to
    hold", "the deal remained in place"): the subject of a verb of lasting (typing_words.tsv,
    holding_verb) tells how an agreement made before fares, no agreement made on the day."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in typing_words("standing_agreement"):
        return False
    verbs = typing_words("holding_verb")
    if trigger.dep_ == "nsubj":
        return trigger.head.lemma_.lower() in verbs
    # "A ceasefire between the army and the rebels held for a third day", parsed with no verb of its
    # own: the verb of lasting hangs off the parties as a clause with no subject
    return trigger.dep_ == "ROOT" and any(
        t.dep_ == "acl" and t.pos_ == "VERB" and t.lemma_.lower() in verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in trigger.subtree if t.i > trigger.i
    )


def names_armed_groups(sent) -> bool:
    """The sentence names armed groups by a word of their kind ("rebel factions", "two militias", "the
    Islamic Front"): ACLED records mergers and splits of armed groups, not of firms or parties."""
    words = typing_words("armed_group_word")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def grave_found(grave: Token) -> bool:
    """A mass grave found, discovered or exhumed ("a mass grave was discovered", "found a mass grave
    with 30 bodies"): the find is the event (triggers.tsv), not what anyone did at a grave."""
    node = grave
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in typing_words("grave_find")


def _related(trigger: Token, relation: str, words: frozenset[str]) -> bool:
    if relation == "modifier":
        # each modifier and the ones joined to it: "the animal or human food chains"
        modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "npadvmod", "nmod")]
        return any(_is(m, words) for c in modifiers for m in [c, *(g for g in c.children if g.dep_ == "conj")])
    if relation == "governor":
        # "pleaded guilty to the murder", "sentenced for the killing", "a case of rape": the word
        # names a crime before a court or in a file, not an event reported here
        prep = trigger.head
        return trigger.dep_ == "pobj" and prep.dep_ == "prep" and prep.head is not prep and _is(prep.head, words)
    if relation == "modifies":
        return trigger.dep_ in ("amod", "compound") and trigger.head is not trigger and _is(trigger.head, words)
    if relation == "object" and "*" in words:
        # any direct object or that-clause right after the verb ("demonstrated its influence",
        # "demonstrated that ..."); not what a preposition names ("demonstrated against the decree"),
        # an object shared with a joined verb ("demonstrated and blocked the road"), nor a far word a
        # misparse hangs on the verb ("demonstrated in the city demanding salaries", "(as reported)")
        if any(c.dep_ in ("dobj", "ccomp") and c.left_edge.i == trigger.i + 1 for c in trigger.children):
            return True
        words = words - {"*"}  # the words listed beside "*" still count wherever the object is
        if not words:
            return False
    if relation == "cause":
        return any(_all_heads_are(c, words) or f"@{cause_kind(c)}" in words for c in _causes(trigger))
    phrases = list(_objects(trigger) if relation == "object" else _subjects(trigger))
    return any(_all_heads_are(phrase, words) for phrase in phrases)


def _objects(trigger: Token) -> Iterator[Token]:
    found = list(_own_objects(trigger))
    if not found:
        # "slaughtering, burning and burying 300 pigs": verbs joined by "and" share one object
        joined = [c for c in trigger.children if c.dep_ == "conj"]
        if trigger.dep_ == "conj" and trigger.head is not trigger:
            joined += [trigger.head] + [c for c in trigger.head.children if c.dep_ == "conj" and c is not trigger]
        found = [o for verb in joined if verb.pos_ == trigger.pos_ == "VERB" for o in _own_objects(verb) if o.dep_ == "dobj"]
    if trigger.dep_ in ("acl", "amod") and trigger.tag_ == "VBN":
        yield trigger.head  # "birds destroyed in the cull", "poorly targeted measures"
    yield from found


def _own_objects(token: Token) -> Iterator[Token]:
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "ccomp"):
            yield child
        elif child.dep_ == "prep" and (child.lower_ in OBJECT_PREPOSITIONS or child.lower_ == "of" and token.pos_ == "NOUN"):
            yield from (g for g in child.children if g.dep_ == "pobj")  # "the deployment of inspectors"


def _subjects(trigger: Token) -> Iterator[Token]:
    own = [c for c in trigger.children if c.dep_ in SUBJECTS]
    node = trigger
    for _ in range(2):
        if own or node.dep_ not in ("conj", "advcl", "xcomp") or node.head is node:
            break
        # "the parasite attacks cells and is repelled", "rains flooded the river, destroying homes", and
        # one step further: "an earthquake shook Nepal, killing 1,000 and destroying temples"
        own = [c for c in node.head.children if c.dep_ in SUBJECTS]
        if not own and node.head.dep_ in ("relcl", "acl"):
            own = [node.head.head]
        node = node.head
    for subject in own:
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "an earthquake which hit ... and killed"
        yield subject
    if trigger.dep_ in ("relcl", "acl") and trigger.tag_ != "VBN" and not own:
        yield trigger.head  # "toads that have been exploding", "a parasite attacking cells"
    for child in trigger.children:
        if child.dep_ == "agent":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _causes(trigger: Token) -> Iterator[Token]:
    """What the trigger, or the verb it is the object of, was done for: "declared a state of
    emergency over the epidemic", "in response to the virus", "after the floods destroyed".
    """
    nodes = [trigger]
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head is not trigger:
        nodes.append(trigger.head)  # "declared [a state of emergency] as a result of ..."
    for node in nodes:
        for child in node.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CAUSE_MARKERS for m in child.children):
                yield from (s for s in child.children if s.dep_ in SUBJECTS)  # "after the floods destroyed"
            if child.dep_ != "prep":
                continue
            for prep in [child, *(g for g in child.children if g.dep_ in ("prep", "pcomp"))]:  # "because of", "due to"
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    if obj.lemma_.lower() in CAUSE_NOUNS:
                        yield from (g for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
                    elif child.lower_ in CAUSE_MARKERS:
                        yield obj


def _heads(token: Token) -> Iterator[Token]:
    """The nouns a phrase names: itself and its conjuncts, or what a number counts ("hundreds of
    toads", "4,500 birds")."""
    if token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_HEADS or token.lower_ in PARTITIVES:
        counted = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if counted:
            yield from (h for g in counted for h in _heads(g))
            return
    compound = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
    if token.lemma_.lower() in TEAM_NOUNS and compound:
        yield compound[0]  # "rescue teams", "medical crews": a team is what its compound names
    else:
        yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _heads(child)
        elif child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in TEAM_NOUNS:
            yield from (g for g in child.children if g.dep_ == "pobj")


def _all_heads_are(phrase: Token, words: frozenset[str]) -> bool:
    heads = list(_heads(phrase))
    return bool(heads) and all(_is(h, words) for h in heads)


def _is(token: Token, words: frozenset[str]) -> bool:
    if "*" in words:
        return True
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in words or lower in words:
        return True
    kinds = load_non_violent_causes()
    kind = kinds.get(lemma) or kinds.get(lower)
    if kind is None and token.pos_ == "PROPN":
        # "Hurricane Betsy", "Cyclone Idai": a named hazard is its kind
        kind = next((kinds.get(c.lemma_.lower()) for c in token.children if c.dep_ == "compound" and kinds.get(c.lemma_.lower())), None)
    elif kind == "animal" and token.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in token.children):
        kind = None  # Turkey the country (but "a Mute Swan")
    return kind is not None and f"@{kind}" in words


def remains_of_animals(token: Token) -> bool:
    """Is a body found ("a dead swan was found", "the remains of a wild swan") an animal's?"""
    found = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return _all_heads_are(found[0] if found else token, frozenset({"@animal"}))


@lru_cache(maxsize=1)
def _relief_words() -> dict[str, frozenset[str]]:
    return read_word_sets("relief_purposes.tsv", ("purpose", "aim", "held"))


def relief_purpose(trigger: Token) -> bool:
    """A deployment told with a purpose of relief: "the army was deployed to rescue stranded families",
    "troops were mobilised to help flood victims", "deployed for rescue operations" (relief_purposes.tsv).
    ACLED records armed forces' moves in a conflict, not disaster relief. A purpose beside the relief one
    that is no relief ("to rescue hostages and hunt the kidnappers") keeps it a move: the aims must all
    be relief, and nobody held is rescued."""
    words = _relief_words()
    nodes = [trigger, *([trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head is not trigger else [])]
    purposes = [
        c for n in nodes for c in n.children
        if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    aims = [
        g for n in nodes for c in n.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
    ]
    if not purposes and not aims:
        return False
    # "deployed to help evacuate residents", "to assist in rescuing": the help's own aim is the purpose
    purposes = [
        next((g for g in verb.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"), verb) if verb.lemma_.lower() in ("help", "assist") else verb
        for verb in purposes
    ]
    for verb in purposes:
        for v in (verb, *verb.conjuncts):
            if v.lemma_.lower() not in words["purpose"]:
                return False
            if any(
                c.dep_ == "dobj" and any(t.lemma_.lower() in words["held"] or t.lower_ in words["held"] for t in c.subtree)
                for c in v.children
            ):
                return False  # "to rescue the hostages", "the kidnapped students": an armed operation
    for aim in aims:
        heads = [aim, *aim.conjuncts]
        if not all(h.lemma_.lower() in words["aim"] or any(c.dep_ == "compound" and c.lemma_.lower() in words["aim"] for c in h.children) for h in heads):
            return False
    return True


@lru_cache(maxsize=1)
def _sports_words() -> dict[str, frozenset[str]]:
    return read_word_sets("sports_words.tsv", ("game", "result", "crowd", "team", "counted", "dead"))


_SCORE = re.compile(r"\d{1,3}-\d{1,3}")


def _counts_after(figure: Token) -> bool:
    """Does a pair of figures ending at ``figure`` count what follows it ("10-15 pupils were abducted", "20-30
    houses"): a plural noun or a word of sports_words.tsv's "counted" right after it? A score stands before
    its result, a place or a time ("a 3-1 win", "3-1 at home"), not before a plural of people or things."""
    nxt = figure.nbor(1) if figure.i + 1 < len(figure.doc) else None
    if nxt is None:
        return False
    words = _sports_words()
    if nxt.lower_ in words["counted"] or nxt.lemma_.lower() in words["counted"]:
        return True
    return nxt.tag_ in ("NNS", "NNPS") and nxt.lemma_.lower() not in words["game"] | words["result"]


def _audience(crowd: Token) -> bool:
    """A crowd word that names who watched the game, no party to a fight: "in front of 40,000 fans",
    "before a crowd of fans", "watched by 30,000 supporters"."""
    if crowd.dep_ != "pobj":
        return False
    prep = crowd.head
    if prep.lower_ == "of" and prep.head.lower_ in ("front", "crowd") or prep.lower_ == "before":
        return True
    return prep.dep_ == "agent" and prep.head.lemma_.lower() == "watch"


def in_a_game(trigger: Token) -> bool:
    """A war word told of a match ("Liverpool battled back to beat Arsenal 3-2", "the Lions attacked from
    the first whistle and crushed the visitors 35-10"): the sentence tells a result (a score beside a verb
    of winning or a word of the game) and names no crowd, no weapon and no dead (sports_words.tsv). Fans
    who fight at a match are a riot ACLED codes ("rival fans clashed outside the stadium after the
    derby"): a crowd word keeps the event."""
    words = _sports_words()
    sent = trigger.sent
    lemmas = {t.lemma_.lower() for t in sent}
    if not lemmas & (words["game"] | words["result"]):
        return False
    if any(t.lemma_.lower() in words["crowd"] and not _audience(t) for t in sent):
        return False
    score = any(_SCORE.fullmatch(t.text) and not _counts_after(t) for t in sent) or any(
        t.like_num and t.i + 2 < sent.end and sent.doc[t.i + 1].text in ("-", "\u2013") and sent.doc[t.i + 2].like_num
        and not _counts_after(sent.doc[t.i + 2])
        for t in sent
    )
    if not score:
        return False
    # a weapon or an attacker named (not the game's own "attack", "strike", "shoot"), or the dead, keep it
    armed = any(t.pos_ in ("NOUN", "PROPN") and _is_kind(t, "hostile") and t.lemma_.lower() not in ("attack", "strike", "target") for t in sent)
    return not armed and not any(t.lemma_.lower() in ("kill", "die", "dead", "injure", "wound") for t in sent)


@lru_cache(maxsize=1)
def _figure_words() -> dict[str, frozenset[str]]:
    return read_word_sets("figurative_words.tsv", ("target", "agent", "speaker", "office", "politics", "instrument", "verbal", "campaign", "site"))


# copulas that tell what something is or is like ("it was a massacre", "the budget is an assault on families")
COPULAS = frozenset("be seem become look sound feel remain".split())
# prepositions a war noun names its target with ("war on potholes", "an assault on families", "siege to")
NOUN_TARGET_PREPOSITIONS = frozenset("on against to at".split())
# the subjects that only point at something told elsewhere ("it was a massacre", "this is an attack on ...")
POINTING_PRONOUNS = frozenset("it this that what".split())


def figurative(trigger: Token) -> bool:
    """Is a war word (the head of a matched trigger) a figure of speech, by the syntax of its clause? A
    conflict event needs a conflict actor acting on a target; a war word is a figure when

    * it is inside a comparison: "it was like being under bombardment", "sounded like a war" (``like``
      after a verb or an adjective; not "attacks like the one on Monday", which names one);
    * it only names what something is: "it was a massacre", "this budget is an assault on families",
      unless its subject is itself an event word ("the raid was a massacre");
    * what it acts on, who acts or what it acts with is no party to a conflict (figurative_words.tsv):
      "declared war on potholes", "laid siege to the budget", "shares were bombed out", "the opposition
      leader attacked the minister", "bombarded him with questions".

    The caller keeps the event when the sentence names a weapon, an attacker or the dead."""
    return _compared(trigger) or _characterised(trigger) or _parties_of_a_figure(trigger)


def _compared(trigger: Token) -> bool:
    node = trigger
    for _ in range(8):
        head = node.head
        if head is node:
            return False
        if node.dep_ in ("pobj", "pcomp") and head.lower_ in ("like", "unlike") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            return True  # "sounded like a war zone", "it was like being under bombardment"
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "though") and m.i > 0 and m.doc[m.i - 1].lower_ == "as" for m in node.children):
            return True  # "it looked as if the town had been shelled"
        if node.dep_ in ("ROOT", "ccomp", "relcl", "parataxis") or node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own
        node = head
    return False


def _characterised(trigger: Token) -> bool:
    if trigger.dep_ != "attr" or trigger.pos_ != "NOUN" or trigger.head.lemma_.lower() not in COPULAS:
        return False
    subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return False  # "there was an explosion" (an expletive "there"), or no subject read
    subject = subjects[0]
    if subject.lower_ in POINTING_PRONOUNS:
        return True
    return subject.pos_ in ("NOUN", "PROPN") and not entries_of(subject)


def _light_verb(trigger: Token) -> Token | None:
    """The verb a war noun is the object of ("laid siege", "declared war", "launched an attack")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head is not trigger and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _is_figure(token: Token, kind: str) -> bool:
    words = _figure_words()[kind]
    return token.lemma_.lower() in words or token.lower_ in words


def _phrase_is(phrase: Token, kind: str) -> bool:
    """Every noun the phrase names is of ``kind``, or (a misparsed compound) the word before it is:
    "attacking this problem street by street"; not before a building ("the tax office" is a building,
    figurative_words.tsv's "site")."""
    heads = list(_heads(phrase))
    return bool(heads) and all(
        _is_figure(h, kind) or not _is_figure(h, "site") and any(c.dep_ == "compound" and _is_figure(c, kind) for c in h.children) for h in heads
    )


def _speaker(phrase: Token) -> bool:
    """A politician or a critic: "the opposition leader", "the finance minister", "critics"."""
    return any(
        _is_figure(h, "speaker") or _is_figure(h, "office") and any(c.dep_ in ("compound", "amod") and (_is_figure(c, "politics") or _is_figure(c, "speaker")) for c in h.children)
        for h in _heads(phrase)
    )


def _parties_of_a_figure(trigger: Token) -> bool:
    verb = _light_verb(trigger)
    targets = list(_objects(trigger))
    if trigger.pos_ == "NOUN":
        targets += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPOSITIONS for g in c.children if g.dep_ == "pobj"]
    if verb is not None:
        targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPOSITIONS for g in c.children if g.dep_ == "pobj"]
    if any(_phrase_is(t, "target") for t in targets):
        return True
    subjects = list(_subjects(trigger))
    if verb is not None:
        subjects += list(_subjects(verb))
    if trigger.dep_ == "attr" and trigger.head.lemma_.lower() in COPULAS:
        subjects += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    if any(_phrase_is(s, "agent") for s in subjects):
        return True
    if (
        _is_figure(verb or trigger, "verbal") and any(_speaker(s) for s in subjects)
        and (all(_speaker(t) or t.pos_ == "PRON" for t in targets) or not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in trigger.sent))
    ):
        # a politician's or a critic's attack on a politician, or at no place: words ("the opposition
        # leader attacked the finance minister", "critics attacked the government's response", "the
        # minister fired back"); not "opposition members attacked a polling station in Kisumu", nor
        # "opposition members beat the monitors" (no word of speech)
        return True
    if trigger.lemma_.lower() in _figure_words()["campaign"] and any(
        c.dep_ == "prep" and c.lower_ == "on" for n in (trigger, verb) if n is not None for c in n.children
    ):
        # "declared war on potholes", "a blitz on illegal parking": a campaign against a thing or a habit
        # (a war fought has sides named, which the caller keeps: "rebels declared war on the government")
        return True
    with_what = [g for n in (trigger, verb) if n is not None for c in n.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(_phrase_is(w, "instrument") for w in with_what)


# hostile words (accidents.tsv) that a figure uses of itself: "attacking the problem", "a strike on prices"
_FIGURE_HOSTILE = frozenset("attack strike target".split())


def armed_words_besides(trigger: Token) -> bool:
    """Does the trigger's sentence name a weapon or an attacker (accidents.tsv's "hostile") in another
    word than the trigger itself ("bombed out" is its own bomb)?"""
    return any(
        t.i != trigger.i and t.pos_ in ("NOUN", "PROPN", "VERB") and _is_kind(t, "hostile") and t.lemma_.lower() not in _FIGURE_HOSTILE
        for t in trigger.sent
    )


def names_weapon_or_attacker(sent) -> bool:
    """Does the span name a weapon or an attacker (accidents.tsv's "hostile", not ruled out)?"""
    return _hostile(sent)


def is_blaze(token: Token) -> bool:
    """A fire (accidents.tsv's "fire": "a blaze", "the wildfire"); "fire" itself only as a subject ("a
    fire broke out"), not "opened fire", "came under fire"."""
    return _is_kind(token, "fire") and (token.lemma_.lower() != "fire" or token.dep_ in ("nsubj", "nsubjpass"))


def compared(token: Token) -> bool:
    """Is the word inside a comparison ("like a war zone", "as if the town had been shelled")?"""
    return _compared(token)
