"""Trigger words: find event triggers and kind cues in a sentence, and tell real events from
negated, hypothetical, future or rhetorical mentions ("a threat is not an attack")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.events.predicates.scheme import TYPING_ACTS
from conflictscope.knowledge import TriggerEntry, load_taxonomy, load_triggers, read_rows, read_word_sets
from conflictscope.nlp.analyze import text_of

POS_TAGS = {"V": {"VERB"}, "N": {"NOUN", "PROPN"}, "A": {"ADJ"}, "*": {"VERB", "NOUN", "PROPN", "ADJ"}}

# Heads that turn an event word into something that did not (yet) happen.
IRREALIS_HEADS = frozenset(
    """threaten vow plan intend prepare warn fear seek aim want hope expect
    prevent avoid stop halt end call urge demand ask condemn plot
    deny persuade convince avert deter brace""".split()
)
# "braced for an attack": waited for what had not come ("foiled" and "thwarted" are not listed: forces
# that thwarted an attack often fought it off)
# Not "investigate" or "probe": "police are investigating a shooting that left one man dead" reports
# the shooting (what is investigated happened).
# "deny" is listed because a denied attack is attached as a denial claim, not counted again as an
# event mention of its own (see attribution).
# "the potential to kill", "their capacity to launch attacks", "the ability to shell the city": what
# someone could do, not what was done
IRREALIS_NOUNS = frozenset(
    """threat plan plot risk fear call calls warning prospect possibility danger end halt decision proposal promise pledge offer
    potential ability capacity capability""".split()
)
# What someone is accused of or wanted for is not reported as happening here: "militants implicated in
# acts of torture were captured", "a man suspected of killing his neighbour was arrested".
# Only as a description of someone ("militants implicated in", "a suspect in"): a main clause ("the regime was
# responsible for the attack", "X accused Y of attacking") reports the event with a claim.
ACCUSATION_WORDS = frozenset("implicate accuse suspect charge convict involve want".split())
# An event named as what something answers or looks into ("in response to the chemical attack", "an
# investigation into the killing", "in retaliation for the raid") is told elsewhere, not reported here.
REFERENCE_NOUNS = frozenset("response retaliation reprisal revenge reaction investigation inquiry probe anniversary".split())
# "such strikes", "any attack": a kind of event in general, not one that happened
GENERIC_DETERMINERS = frozenset("such any".split())
MODALS = frozenset("will would could might may shall should must can".split())
# an arrest ordered or a warrant issued for one is not yet made ("ordered the arrest of the mayor"); only
# arrests: "ordered troops to open fire" is how an order that was carried out is often told
ORDER_VERBS = frozenset("order direct instruct authorise authorize".split())
ORDERED_ACTS = frozenset("arrest detain detention".split())
# pronouns for whoever might do something: an act told of them is a case, not an event
ANYONE = frozenset("anyone anybody whoever whomever".split())
NEGATIONS = frozenset("not n't no never neither nor without".split())


# The last words of phrases that name the people they act on in between ("took 20 customers and staff
# hostage", "held a family of six captive"), and the agreement nouns a verb of signing takes with the
# words that describe the text ("initialled the final peace agreement", "signed the long-awaited
# accord"): looked for further after the verb, where the verb governs them
FAR_WORDS = frozenset("hostage hostages captive agreement accord deal treaty pact".split())
# The same for the words that end "set ... on fire", "set ... ablaze", "set ... alight": the object between
# may be long ("set the district police headquarters on fire", "set part of the building ablaze")
FAR_AFTER = {"set": frozenset("fire ablaze alight".split())}
LONG_REACH = 6

# Verbs whose phrases in the lexicon need their last word to be the verb's object ("surrender base")
OBJECT_PHRASES = frozenset({"surrender"})

# Particles of phrasal verbs in the lexicon ("beat back", "round up", "gun down", "hand over")
PARTICLES = frozenset("back up down off out over".split())


@dataclass(frozen=True)
class TriggerMatch:
    """A lexicon entry found in a sentence. ``token`` is the head token of the match."""

    entry: TriggerEntry
    token: Token
    start: int  # token index of the first matched word (document-level)
    end: int  # one past the last

    @property
    def cls(self) -> str:
        return self.entry.cls

    @property
    def is_trigger(self) -> bool:
        return self.entry.role == "trigger"


@lru_cache(maxsize=1)
def _index() -> dict[str, list[TriggerEntry]]:
    by_first: dict[str, list[TriggerEntry]] = {}
    for entry in load_triggers():
        by_first.setdefault(entry.words[0], []).append(entry)
    # Longer phrases first so "rocket attack" wins over "rocket".
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e.words))
    return by_first


def entries_of(token: Token) -> list[TriggerEntry]:
    """The lexicon's entries whose first word is the token's lemma or written form."""
    index = _index()
    return index.get(token.lemma_.lower(), []) + index.get(token.lower_, [])


def _forms(token: Token) -> tuple[str, ...]:
    return (token.lemma_.lower(), token.lower_)


def _match_at(sent: Span, i: int, entry: TriggerEntry) -> int | None:
    """Return the end index if ``entry`` matches at token ``i`` (allowing one intervening word, e.g.
    "set the house ablaze"), else None."""
    doc = sent.doc
    j = i + 1
    far = FAR_WORDS | FAR_AFTER.get(entry.words[0], frozenset())
    for word in entry.words[1:]:
        found = False
        k = j
        for _ in range(LONG_REACH if word in far else 3):
            if k >= sent.end:
                break
            last = _compound_end(doc, k, sent.end)  # "lobbed a country-made bomb": one word of three tokens
            if word in PARTICLES and k > j and doc[last].dep_ == "pobj":
                break  # "beaten in the back" is no "beat back": a particle is never a preposition's object
            if word in _forms(doc[last]):
                if word in far and k - j >= 3 and doc[i] not in list(doc[last].ancestors)[:3]:
                    return None  # "took part in talks on the hostage crisis": the word is not the verb's
                j = last + 1
                found = True
                break
            if doc[k].is_punct:
                break
            k = last + 1
        if not found:
            return None
    return j


def unclaimed(responsibility: Token) -> bool:
    """The claim of ``responsibility`` is denied of everyone: "no group has claimed responsibility",
    "nobody claimed responsibility", "responsibility has not been claimed"."""
    verb = responsibility.head if responsibility.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb is responsibility:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    nobody = unreal_words()["nobody"]
    return any(
        c.dep_ == "nsubj" and (c.lower_ in nobody and c.lower_ != "one" or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def _tells_the_act(token: Token) -> bool:
    """An event word that tells its own act: a verb with an object ("killing 12 soldiers"), or a noun
    with a number or a place of its own."""
    if token.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    return any(t.ent_type_ in ("GPE", "LOC", "FAC", "CARDINAL") for t in token.subtree if t.i != token.i)


def _object_of(word: Token, verb: Token) -> bool:
    """``word`` is the object of ``verb`` or a word inside it ("shot down two army helicopters")."""
    return any(word.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")) or (
        word.dep_ == "nsubjpass" and word.head.i == verb.i
    )


def _compound_end(doc, k: int, end: int) -> int:
    """The last token of the hyphenated word that starts at token ``k`` ("country-made", "home-made"
    are three tokens, written as one word), or ``k``."""
    last = k
    while last + 2 < end and doc[last + 1].text == "-" and not doc[last].whitespace_ and not doc[last + 1].whitespace_ and not doc[last].is_punct:
        last += 2
    return last


def find_matches(sent: Span) -> list[TriggerMatch]:
    """All lexicon matches in a sentence, longest first at each position, without overlaps."""
    index = _index()
    matches: list[TriggerMatch] = []
    covered: set[int] = set()
    for token in sent:
        if token.i in covered or token.is_space:
            continue
        # longest phrase first across both keys: "burning objects" (by text) before "burn" (by lemma)
        candidates = index.get(token.lemma_.lower(), []) + index.get(token.lower_, [])
        if token.pos_ == "PROPN" and token.lower_.endswith("s") and (token.i == sent.start or token.doc[token.i - 1].is_punct):
            # "Rockets landed on the city", "07/15/2013: Mortars were launched": a plural opening the
            # sentence, which the tagger took for a name, keeps its noun's entries (not "the Houston Rockets")
            candidates = candidates + index.get(token.lower_[:-1], [])
        candidates = sorted(candidates, key=lambda e: -len(e.words))
        for entry in candidates:
            end = _match_at(sent, token.i, entry)
            passive = end is None and (end := _passive_phrase_at(token, entry)) is not None
            if end is None:
                continue
            if _describes_a_place(sent, end):
                break  # "riot-hit Delhi", "violence-torn Kasai": what a place suffered, no event of the day
            head = _phrase_head(sent, token.i, end)
            if head.pos_ not in POS_TAGS[entry.pos] and entry.pos == "N" and sent.doc[end - 1].pos_ in POS_TAGS["N"]:
                head = sent.doc[end - 1]  # "small arms" parsed with "small" hanging off a later noun
            if head.pos_ not in POS_TAGS[entry.pos]:
                # "shelling" may be tagged VERB in "rockets and shelling": accept a -ing form as a noun;
                # "the base was overrun by fighters" may tag the participle a noun: its passive's words
                # ("was", "by") make it the verb
                if not (entry.pos == "N" and head.tag_ == "VBG" or entry.pos == "V" and _passive_participle(head)):
                    continue
            if entry.pos == "V" and len(entry.words) > 2 and entry.words[1] in PARTICLES and not passive and not _object_of(sent.doc[end - 1], head):
                continue  # "broke up the march" names what was broken up; "decided to break up after the march" does not
            if entry.words[0] in OBJECT_PHRASES and len(entry.words) > 1 and entry.pos == "V" and not _object_of(sent.doc[end - 1], head):
                continue  # "surrendered the base" gives up ground; "surrendered at their base" gave themselves up
            if carried_weapon(head) and (entry.role != "trigger" or load_taxonomy().event_type_of(entry.cls) == "Explosions/Remote violence"):
                break  # "a militant armed with a hand grenade": what someone carried, not how anyone fought
            if entry.role == "cue" and negated_cue(head):
                break  # "police watched but did not intervene", "no tear gas was used": nothing of the kind was done
            if entry.words == ("mine",) and mining_site(head):
                break  # "at the Lonmin mine", "a gold mine", "mine workers": a mine dug for ore, no explosive
            if entry.role == "cue" and crowd_control_device(head) and load_taxonomy().event_type_of(entry.cls) == "Explosions/Remote violence":
                break  # "fired sound bombs and tear gas at worshippers": no explosive named (as a trigger, crowds.dispersal_device)
            matches.append(TriggerMatch(dispersal_sense(territory_sense(entry, head), head), head, token.i, end))
            covered.update(range(token.i, end))
            break
    return matches


# Participles that make "<event word>-<participle>" an adjective for a place or people ("riot-hit",
# "violence-torn", "conflict-affected", "insurgency-ravaged"; typing_acts.tsv, suffered)
@lru_cache(maxsize=1)
def _suffered() -> frozenset[str]:
    return read_word_sets("typing_acts.tsv", TYPING_ACTS)["suffered"]


def _describes_a_place(sent: Span, end: int) -> bool:
    """The match is the first half of a hyphenated adjective of what something suffered ("riot-hit
    Delhi", "a violence-torn district"): a description, not an act."""
    doc = sent.doc
    return end + 1 < sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and (
        doc[end + 1].lower_ in _suffered()
    )


def _passive_phrase_at(verb: Token, entry: TriggerEntry) -> int | None:
    """A phrasal verb's entry told in the passive, its object the passive's subject: "the march was broken
    up by riot police", "members on a peaceful march were violently broken up" ("break up march"): the end
    of the verb and its particle, else None. Only a verb with the entry's particle and a passive subject
    holding the entry's last word (the lexicon's phrases are written in the active's order)."""
    words = entry.words
    if entry.pos != "V" or len(words) != 3 or words[1] not in PARTICLES or verb.tag_ != "VBN":
        return None
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == words[1]), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if particle is None or subject is None or particle.i < verb.i:
        return None
    if not any(words[2] in _forms(t) for t in subject.subtree):
        return None
    return particle.i + 1


def _passive_participle(token: Token) -> bool:
    """A word the tagger took for a noun that heads a passive: "was overrun by ISWAP fighters"."""
    return token.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "agent" or c.dep_ == "nsubjpass" for c in token.children
    )


# Prepositions that aim a means of dispersal at people ("fired tear gas at the crowd", "used water cannon
# against the marchers", "lobbed teargas into the gathering")
DISPERSAL_AIMS = frozenset("at on against into upon".split())


@lru_cache(maxsize=1)
def _dispersal_means() -> frozenset[str]:
    return read_word_sets("dispersal_means.tsv", ("means",))["means"]


def dispersal_sense(entry: TriggerEntry, head: Token) -> TriggerEntry:
    """A means of dispersal used on people told as a gathering ("police lobbed teargas canisters at the
    crowd", "used water cannon against supporters", "teargassed the marchers"): the forces'
    intervention on a gathering, an event of its own (the cue alone only grades a demonstration the
    sentence tells)."""
    if entry.cls != "Protest with intervention" or entry.role != "cue" or not set(entry.words) & _dispersal_means():
        return entry
    gathered = typing_words("gathered_people")
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "teargas canisters"
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is None:
        return entry
    if verb.pos_ == "ADP":
        verb = verb.head  # "fired at them with tear gas"
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != head.i]
    people += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in DISPERSAL_AIMS for p in c.children if p.dep_ == "pobj"]
    # whom the means were used to drive off: "fired tear gas to drive the supporters away from the embassy"
    people += [
        o for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for o in c.children if o.dep_ == "dobj"
    ]
    # ("hundreds of supporters", "a group of marchers": the people the count or the group is of)
    people += [g for p in list(people) for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(p.lemma_.lower() in gathered or p.lower_ in gathered for p in people):
        return TriggerEntry(entry.words, entry.pos, entry.cls, "trigger")
    return entry


# ground changing hands with no fight (ACLED's non-violent transfer of territory)
GROUND_GIVEN = TriggerEntry(("hand", "over"), "V", "Non-violent transfer of territory", "trigger")
# what a clause of the other side leaving starts with: "after the militants withdrew", "once the army had left"
LEFT_MARKS = frozenset("after once as when since".split())


@lru_cache(maxsize=1)
def _ground_given() -> dict[str, frozenset[str]]:
    return read_word_sets("ground_given.tsv", ("held_place", "left_verb", "move_verb"))


def territory_sense(entry: TriggerEntry, head: Token) -> TriggerEntry:
    """A surrender or a movement of forces that hands over ground: "the base surrendered to the rebels"
    (a held place as the subject of "surrender"), "government troops entered the town after the
    militants withdrew" (a side moving into a place the other side left, told in a clause of the
    verb): ACLED's non-violent transfer of territory (ground_given.tsv); otherwise ``entry``."""
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma not in ("surrender", *_ground_given()["move_verb"]):
        return entry
    words = _ground_given()
    if entry.cls == "Agreement" and lemma == "surrender":
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in words["held_place"] for s in subjects):
            return GROUND_GIVEN
        return entry
    if entry.cls != "Change to group/activity":
        return entry
    for clause in head.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in words["left_verb"] and any(
            c.dep_ == "mark" and c.lower_ in LEFT_MARKS for c in clause.children
        ) and not any(c.dep_ == "neg" for c in clause.children):
            return GROUND_GIVEN
    # the place entered described as left: "entered the town, which the rebels had abandoned", "entered
    # the capital abandoned by government troops"
    places = [c for c in head.children if c.dep_ == "dobj"]
    if any(
        d.dep_ in ("relcl", "acl") and d.lemma_.lower() in words["left_verb"] and not any(c.dep_ == "neg" for c in d.children)
        for p in places for d in p.children
    ):
        return GROUND_GIVEN
    return entry


# Prepositions that make a mine where something happened or someone went ("at the mine", "near the
# mine"), a place, where an explosive is stepped "on", "hit" or set off "by"
SITE_PREPOSITIONS = frozenset("at near inside outside into to from in".split())


def mining_site(token: Token) -> bool:
    """The noun "mine" names a place dug for ore: a mineral's or a company's mine ("a gold mine", "the
    Lonmin mine"), a mine told as a place ("at the mine", "near the mine"), or a mine that qualifies
    another noun ("mine workers", "the mine offices")."""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    minerals = typing_words("mineral")
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in minerals or c.pos_ == "PROPN") for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in SITE_PREPOSITIONS


def crowd_control_device(token: Token) -> bool:
    """A weapon noun made a crowd-control device by the word before it: "stun grenades", "sound bombs",
    "flash grenades" (typing_words.tsv, crowd_control)."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in typing_words("crowd_control") for c in token.children)


def negated_cue(token: Token) -> bool:
    """A cue word that is denied: "did not intervene", "no tear gas was used", "without using force",
    "police did not fire tear gas". (Triggers are judged by ``is_irrealis``; a cue refines a kind and
    is only taken away when its own words deny it.)"""
    def denied(node: Token) -> bool:
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in node.children) or (
            node.dep_ == "pcomp" and node.head.lower_ == "without"
        )

    if denied(token):
        return True
    return token.dep_ in ("dobj", "nsubjpass") and token.head is not token and denied(token.head)


# "armed with", "equipped with": the weapon describes who carried it, not the tactic of the event
# ("police shot a militant armed with a hand grenade" is a shooting, no grenade attack)
CARRYING_VERBS = frozenset("arm equip".split())


def carried_weapon(token: Token) -> bool:
    """``token`` (or the list it belongs to) is what someone is "armed with" or "equipped with"."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in CARRYING_VERBS


@lru_cache(maxsize=1)
def note_labels() -> dict[str, str]:
    """note_labels.tsv: the heading that opens an ACLED note ("Security measures:") -> the sub-event type
    it names (an unknown type raises KeyError)."""
    taxonomy = load_taxonomy()
    table = {}
    for label, sub_event_type, *_ in read_rows("note_labels.tsv", 2):
        taxonomy.event_type_of(sub_event_type)
        table[" ".join(label.lower().split())] = sub_event_type
    return table


# A heading is a few words: look for its colon no further into the sentence than this.
LABEL_CHARS = 48


def note_label(sent: Span) -> str | None:
    """The sub-event type named by the heading that opens the text ("Looting: On 5 May, gunmen took
    ..."), when the sentence is the first of its text (a line, or a piece parsed on its own) and starts
    with a label of note_labels.tsv and a colon. None otherwise."""
    if text_of(sent.doc)[: sent.start_char].strip():
        return None
    return label_of(sent.text)


def label_of(text: str) -> str | None:
    """The sub-event type named by a note_labels.tsv heading and colon that open ``text``, else None."""
    head, colon, _ = text.lstrip()[:LABEL_CHARS].partition(":")
    return note_labels().get(" ".join(head.lower().split())) if colon else None


def _phrase_head(sent: Span, start: int, end: int) -> Token:
    """The syntactic head of a matched phrase: the token whose head lies outside the phrase."""
    doc = sent.doc
    for k in range(start, end):
        if not (start <= doc[k].head.i < end) or doc[k].head.i == k:
            return doc[k]
    return doc[end - 1]


# "the final battle has begun", "a legal battle", "the fight against corruption": rhetoric, not combat
RHETORIC_MODIFIERS = frozenset(
    "final decisive historic political legal diplomatic electoral economic verbal uphill long-running moral".split()
)
ABSTRACT_OBJECTS = frozenset(
    "corruption poverty disease virus pandemic covid coronavirus covid-19 outbreak epidemic inflation crime terrorism extremism".split()
)


def is_rhetoric(token: Token) -> bool:
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in RHETORIC_MODIFIERS for c in token.children):
        return True
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "over"):
            if any(p.lemma_.lower() in ABSTRACT_OBJECTS for p in child.children):
                return True
        if child.dep_ == "dobj" and child.lemma_.lower() in ABSTRACT_OBJECTS:
            return True  # "to fight the pandemic", "battle the virus"
    return False


@lru_cache(maxsize=1)
def unreal_words() -> dict[str, frozenset[str]]:
    """unreal_words.tsv: pronouns for no one, nouns of rumour, words that make an event only rumoured."""
    return read_word_sets("unreal_words.tsv", ("nobody", "harm", "rumour", "rumoured", "foreseen", "lasting", "held", "held_for", "depict", "reward", "stake", "verdict", "refute", "report", "false", "habitual", "reporting"))


def still_held(token: Token) -> bool:
    """An arrest word that tells people being held, not taken: "six journalists remain in detention",
    "are still detained", "the activists remained under arrest" (a state that lasts, told by "remain",
    "stay" or "still" on the word or on the verb that holds it)."""
    words = unreal_words()
    if token.lemma_.lower() not in words["held"] and token.lower_ not in words["held"]:
        return False
    holders = [token]
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head is not token.head:
        holders.append(token.head.head)  # "in detention", "under arrest": the verb the phrase hangs on
    elif token.dep_ in ("acomp", "xcomp", "oprd") and token.head is not token:
        holders.append(token.head)  # "remain detained"
    return any(
        h.lemma_.lower() in words["lasting"] or any(c.dep_ == "advmod" and c.lower_ in words["lasting"] for c in h.children)
        for h in holders
    )


def done_to_nobody(token: Token) -> bool:
    """The event verb's subject or object is no one: "no one has been arrested", "nobody was
    detained", "police arrested none of the suspects" ("one" only with "no": "no one"). Not a verb of
    harm: "no one was hurt" tells how an incident the text tells ended, and stays its word when no
    other word names it ("a man drove through the camp's fence; no one was injured")."""
    nobody = unreal_words()["nobody"]
    if token.lemma_.lower() in unreal_words()["harm"]:
        return False
    for child in token.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lower_ not in nobody:
            continue
        if child.lower_ != "one" or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


def refuted(node: Token, head: Token) -> bool:
    """``node`` is a report that its speaker or its predicate calls false: "dismissed claims that
    jihadists had overrun the town", "rejected reports that the base was attacked", "reports of a
    shooting were untrue", "reports of an attack are false" (what a report says, refuted, is no event)."""
    words = unreal_words()
    if head.lemma_.lower() in words["refute"] and (node.dep_ == "ccomp" or node.dep_ == "dobj" and node.lemma_.lower() in words["report"]):
        return True
    if node.dep_ in ("acl", "ccomp", "prep") and head.lemma_.lower() in words["report"] and any(
        c.dep_ == "amod" and c.lemma_.lower() in words["false"] for c in head.children
    ):
        return True  # "dismissed as false reports that soldiers had burned houses", "baseless claims of an attack"
    if node.dep_ in ("nsubj", "nsubjpass") and node.lemma_.lower() in words["report"]:
        return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words["false"] for c in head.children)
    return False


def told_as_habit(token: Token) -> bool:
    """Events told as what happens again and again, not as one that happened: "attacks on displacement
    sites have been reported regularly", "soldiers often beat detainees", "airstrikes continue to be
    reported in the south" (a habit adverb on the word or on the verb it is the subject or object of;
    "continue" in the present over a verb of reporting)."""
    words = unreal_words()
    first = token
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "airstrikes and shelling continue": the list's first word holds the verb
    holders = [token]
    if first.dep_ in ("nsubj", "nsubjpass", "dobj") and first.head is not first:
        holders.append(first.head)
    if any(c.dep_ == "advmod" and c.lower_ in words["habitual"] for h in holders for c in h.children):
        return True
    verb = first.head if first.dep_ in ("nsubj", "nsubjpass") else None
    return (
        verb is not None and verb.lemma_.lower() == "continue" and verb.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in words["reporting"] for c in verb.children)
    )


PRESENT_AUX = frozenset("am is are".split())


def ongoing_rivalry(token: Token) -> bool:
    """A fight told in the present over a stake with no day ("dissidents and gangs are fighting over
    territory in the region", "armed groups have been fighting for control of the mines for years",
    "rival gangs fight for control of drug routes"): what goes on in a place, no event of a day."""
    if token.pos_ != "VERB" or not any(
        p.dep_ == "prep" and p.lower_ in ("over", "for") and any(g.dep_ == "pobj" and g.lemma_.lower() in unreal_words()["stake"] for g in p.children)
        for p in token.children
    ):
        return False
    auxes = [c for c in token.children if c.dep_ == "aux"]
    present = token.tag_ in ("VBP", "VBZ") and not auxes or token.tag_ == "VBG" and (
        any(a.lower_ in PRESENT_AUX for a in auxes) or [a.lower_ for a in auxes][-1:] == ["been"] and any(a.lower_ in ("have", "has") for a in auxes)
    )
    if not present:
        return False
    # a day or a time told ("on Saturday", "this morning") makes it an event; a span ("for years", "since 2015") does not
    for ent in token.sent.ents:
        if ent.label_ in ("DATE", "TIME") and not (ent.start > token.sent.start and token.doc[ent.start - 1].lower_ in ("for", "since", "over")):
            return False
    return True


def is_irrealis(token: Token) -> bool:
    """True when the event word is negated, modal/future, conditional, or governed by a word of
    threat, intention, prevention or appeal ("threatened to attack", "calls to halt the fighting"),
    or used as rhetoric ("the final battle")."""
    if is_rhetoric(token):
        return True
    if token.pos_ == "NOUN" and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in GENERIC_DETERMINERS for c in token.children):
        return True
    if token.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in unreal_words()["rumoured"] for c in token.children):
        return True  # "the rumoured attack on the base": only said
    if token.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in unreal_words()["foreseen"] for c in token.children):
        return True  # "residents fled ahead of an expected offensive", "an imminent assault": awaited, not yet done
    if token.pos_ == "VERB" and done_to_nobody(token):
        return True
    if still_held(token):
        return True
    if ongoing_rivalry(token) or told_as_habit(token):
        return True
    if any(a.lemma_.lower() in unreal_words()["reward"] and a.pos_ == "NOUN" for a in list(token.ancestors)[:6]):
        return True  # "a reward for information leading to the arrest of the attackers": what is sought
    if token.dep_ == "amod" and token.head.i > token.i and token.lemma_.lower() in unreal_words()["harm"] and token.head.pos_ in ("NOUN", "PROPN"):
        return True  # "visited wounded soldiers at the hospital": people named by their state, not harm told here
    if token.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.head.children):
        return True  # "he can starve and bomb them": the modal governs both verbs
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in ("det", "advmod"):
            return True
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return True
        if child.lower_ == "to" and child.dep_ == "aux" and token.dep_ in ("xcomp", "advcl", "acl"):
            # "to attack" under a verb of intention is caught below; a bare purpose clause is irrealis
            if token.head.lemma_ in IRREALIS_HEADS:
                return True
    if accused_of(token):
        return True
    if token.lemma_.lower() in ORDERED_ACTS and token.dep_ in ("xcomp", "dobj") and token.head.lemma_.lower() in ORDER_VERBS:
        return True  # "the court ordered the arrest of the mayor", "ordered police to detain the organisers": not yet done
    if token.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in IRREALIS_NOUNS for c in token.head.children):
        return True  # "foiled a plot to bomb a church", parsed with "to bomb" on the verb beside "a plot"
    if token.dep_ == "relcl" and token.head.lower_ in ANYONE:
        return True  # "ordered officers to arrest anyone who blocks roads": whoever might, no one who did
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and (verb := token.head.head).dep_ in ("relcl", "acl") and any(
        c.dep_ == "neg" for c in verb.children
    ):
        return True  # "a woman who was not taking part in the demonstration": someone described by what they did not do
    # "going to attack", "about to"
    if token.dep_ == "xcomp" and token.head.lemma_ in ("go", "be") and any(
        c.lower_ == "to" for c in token.children
    ):
        if token.head.lower_ == "going":
            return True
    # Walk up a few governing words: "threatened to attack", "vowed revenge attacks", "calls to halt the fighting"
    node = token
    for _ in range(3):
        head = node.head
        if head is node:
            break
        if node.dep_ == "advcl" and node.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in node.children) and not any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in node.children
        ):
            break  # "police were called to the scene after gunmen attacked a bar": a past clause of time or cause tells what happened
        if node.dep_ == "ccomp" and node.i < head.i and head.lemma_ != "deny":
            break  # "students protested in X ..., the students demanded Y": a clause told before the verb, not its object
        if head.lemma_ == "condemn" and _condemned_in_full(node, head):
            # "condemns the attack by X on its base in Tagbara on Monday, in which one was killed": reported,
            # and so is what its clauses tell ("killed")
            break
        if head.lemma_ in IRREALIS_HEADS and node.dep_ in ("xcomp", "dobj", "ccomp", "pobj", "advcl", "acl", "prep"):
            return True
        if head.lemma_ in IRREALIS_NOUNS and node.dep_ in ("pobj", "acl", "prep", "compound", "xcomp"):
            return True
        if refuted(node, head):
            return True
        if head.lemma_.lower() in unreal_words()["depict"] and node.dep_ in ("dobj", "ccomp", "xcomp") and any(
            c.dep_ == "neg" for c in head.children
        ):
            return True  # "the video does not show soldiers burning a village": what a picture does not show
        if head.lemma_.lower() in unreal_words()["rumour"] and node.dep_ in ("pobj", "acl", "prep", "compound", "ccomp"):
            return True  # "rumours that militants had attacked the checkpoint", "rumours of an attack"
        if head.lemma_.lower() in REFERENCE_NOUNS and node.dep_ == "prep" and node.lower_ in ("to", "for", "into", "of"):
            return True
        if head.lemma_.lower() == "connection" and node.dep_ == "prep" and node.lower_ == "with":
            return True  # "arrested in connection with the attack": the attack is told elsewhere
        if head.lemma_.lower() == "responsibility" and node.dep_ == "prep" and node.lower_ == "for" and unclaimed(head) and not _tells_the_act(token):
            # "no group has claimed responsibility for Saturday's attack": the attack the story told, named
            # again as what nobody claimed, with no claimant who could be its author; not when the words
            # tell the act ("no group claimed responsibility for killing 12 soldiers in Kidal")
            return True
        if head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in head.children) and node.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return True
        node = head
    return False


# Conjunctions opening a clause of time or cause: what it tells in the past happened, whatever the main
# clause's verb (an appeal, a call, a threat) makes of its own. Not "before" or "once" ("urged residents to
# leave before militants attack the town": not yet).
FACT_MARKS = frozenset("after when as because since while".split())


def accused_of(token: Token) -> bool:
    """The event word is what someone is accused, suspected or convicted of ("suspected of killing",
    "implicated in acts of torture", "charged with the murder of"): a reference, not an event here."""
    node = token
    through_prep = False
    for _ in range(5):
        head = node.head
        if head is node:
            return False
        if node.dep_ == "prep" and node.lower_ in ("of", "in", "with", "for"):
            through_prep = True
        if through_prep and head.lemma_.lower() in ACCUSATION_WORDS and node.dep_ == "prep":
            return head.pos_ == "NOUN" or head.dep_ in ("acl", "amod", "relcl")
        if through_prep and head.lemma_.lower() in unreal_words()["verdict"] and node.dep_ == "prep":
            return True  # "found the commander guilty of ordering the massacre": a verdict on what was done before
        if node.dep_ == "prep" and node.lower_ == "for" and head.lemma_.lower() in unreal_words()["held_for"]:
            # "those detained for peaceful protest", "activists jailed for the 2019 protests": why
            # people described are held, not an event told here (a main clause is: "police arrested
            # 20 people for protesting")
            return head.dep_ in ("acl", "amod", "relcl")
        if node.dep_ not in ("pobj", "pcomp", "prep", "compound") and not (node.dep_ == "dobj" and head.dep_ == "pcomp"):
            return False  # ("of ordering the massacre", "with killing a protester": the object of the act named)
        node = head
    return False


_GENERAL_DETERMINERS = frozenset("any all such every further future".split())


def _condemned_in_full(node: Token, verb: Token) -> bool:
    """Is ``node`` what ``verb`` (condemn) condemns, told in full, or a clause of it that the parser hung
    on the verb ("condemns the attack ..., in which one peacekeeper was killed": "killed" as its
    complement)?"""
    if node.dep_ == "dobj":
        return _told_in_full(node)
    if node.dep_ == "ccomp" and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in node.children
    ):
        return any(c.dep_ == "dobj" and _told_in_full(c) for c in verb.children)
    return False


def _told_in_full(token: Token) -> bool:
    """An event noun that carries its own details: a place or day ("the attack on its base in Tagbara on
    Monday"), its author ("the killing ... by ADF rebels") or its toll ("in which one peacekeeper was
    killed"): an event that happened, even as what someone condemns; "any attack on aid workers" is none."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in _GENERAL_DETERMINERS for c in token.children):
        return False
    for child in token.children:
        if child.dep_ == "relcl":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(c.dep_ == "nummod" for c in child.subtree):
            return True  # "the killing of 20 villagers"
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at", "near", "by", "outside"):
            for inner in child.subtree:
                if inner.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "NORP", "ORG") or inner.pos_ == "PROPN":
                    return True
    return False
