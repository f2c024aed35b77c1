"""Attributions: who says what. Finds reporting verbs ("said", "denied", "told AFP"), "according to"
phrases and responsibility claims, with the speaker, the outlet relaying it and the stance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from conflictscope.knowledge import load_claimant_words, load_media_names, load_reporting_verbs, load_speaker_terms
from conflictscope.mentions.actors import ARMED_STRUGGLE_WORDS, SELF_NAMED_BODIES, ActorReader
from conflictscope.types import ACTOR_KINDS, Speaker

PRONOUNS = frozenset("he she they it we i".split())
FIRST_PERSON = frozenset("we i us our my".split())
RESPONSIBILITY_NOUNS = frozenset("responsibility credit".split())
# Accusing verbs that need a complement or a clause to accuse anyone.
COMPLEMENT_NEEDED = {"hold": frozenset("responsible accountable liable culpable".split())}
CLAUSE_NEEDED = frozenset({"charge"})
RESPONSIBILITY_VERBS = frozenset("claim take assume accept admit".split())
EVENT_PRONOUNS = frozenset("it them".split())
# (nouns of acts a group claims: "claimed the bombing", "has claimed this crime", "claimed the kidnapping")
CLAIMABLE = frozenset(
    """attack attacks bombing bombings killing killings assassination blast explosion ambush raid operation strike
    crime massacre kidnapping abduction shooting murder beheading hijacking assault""".split()
)
# Words that lay an act at a named group's door without its own claim: "the Real IRA was blamed", "attacks
# blamed on the X Front", "police suspect Boko Haram", "it bore the hallmarks of Al Shabaab".
BLAME_VERBS = frozenset("blame suspect attribute".split())
BLAME_NOUNS = frozenset({"hallmark"})
# The kinds of a named armed organisation that can claim or be named the attacker in ACLED's coding.
BLAMED_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
TRIM_WORDS = re.compile(r"^(the|a|an)\s+", re.I)


@dataclass
class Attribution:
    """One act of saying. ``scope`` holds the token indices of what is said."""

    speaker: Speaker
    stance: str
    verb: Token
    scope: set[int] = field(default_factory=set)
    via: str | None = None
    speaker_token: Token | None = None
    pronoun: bool = False  # the speaker is a pronoun resolved from an earlier sentence

    def covers(self, token: Token) -> bool:
        return token.i in self.scope


class AttributionReader:
    def __init__(self, actors: ActorReader, country_of_name, country_of_place):
        self.verbs = load_reporting_verbs()
        self.speaker_terms = load_speaker_terms()
        self.media = load_media_names()
        self.actors = actors
        self.country_of_name = country_of_name  # country names only
        self.country_of_place = country_of_place  # any place name: "Baku" -> AZ
        self.last_speaker: Speaker | None = None  # antecedent for "he said"
        self._places: list = []
        self.last_via: str | None = None
        self.named_in_paragraph: tuple[Speaker, str | None] | None = None

    # ---- public
    def start_paragraph(self, carry: tuple[Speaker, str | None] | None) -> None:
        """Pronoun speakers ("he said") resolve within a paragraph (the fast path's unit: a line, or
        a sentence of a long line), or to the last speaker named in the unit before when ``carry`` is
        given. Keeping the context this local makes the result independent of which other units were
        parsed (the fast path)."""
        self.last_speaker, self.last_via = carry if carry else (None, None)
        self.named_in_paragraph = None

    def read(self, sent: Span, places: list | None = None) -> list[Attribution]:
        """Attributions in a sentence; ``places`` are the sentence's resolved place mentions, used to
        tell a speaker's country ("the Baku Defense Ministry")."""
        self._places = places or []
        found: list[Attribution] = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") and token.lemma_ not in ("accord",):
                continue
            lemma = token.lemma_.lower()
            if lemma == "accord" and token.lower_ == "according":
                attribution = self._according_to(token)
            elif lemma in RESPONSIBILITY_VERBS and self._responsibility_object(token) is not None:
                attribution = self._responsibility(token)
            elif lemma == "claim" and self._claimed_event(token):
                attribution = self._claimed(token)
            elif lemma in self.verbs and self._reports(token, lemma):
                attribution = self._reporting(token, self.verbs[lemma])
            else:
                attribution = None
            if attribution:
                found.append(attribution)
                if attribution.stance == "claims_responsibility":
                    found.extend(self._co_claimants(attribution))
        self._merge_according(found)
        return found

    # ---- reporting verbs
    @staticmethod
    def _reports(verb: Token, lemma: str) -> bool:
        """Verbs that report only in one construction: "held X responsible" (not "held a protest"),
        "charged that ..." (not "police charged the crowd")."""
        if lemma in COMPLEMENT_NEEDED:
            return any(
                t.lemma_.lower() in COMPLEMENT_NEEDED[lemma] for t in verb.subtree if verb.i in (t.head.i, t.head.head.i)
            )
        if lemma in CLAUSE_NEEDED:
            return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        return True

    def _reporting(self, verb: Token, stance: str) -> Attribution | None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        scope = set()
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "advcl", "prep", "attr", "oprd") and child.i != subject.i:
                if child.dep_ == "prep" and child.lower_ not in ("of", "for", "about", "in", "on"):
                    continue
                scope.update(t.i for t in child.subtree)
        # A quotation the verb closes: “...,” he said.  The parser often attaches the quote as ccomp;
        # when it does not, take everything before the verb in the sentence.
        if not scope and verb.i > verb.sent.start:
            scope.update(range(verb.sent.start, subject.left_edge.i))
        if not scope:
            return None
        speaker, pronoun = self._speaker(subject)
        if speaker is None:
            return None
        via = self._told_outlet(verb) or self.last_via  # "told AFP", "Al Jazeera's correspondent"
        return Attribution(speaker, stance, verb, scope, via, subject, pronoun)

    def _told_outlet(self, verb: Token) -> str | None:
        """"told AFP", "said in a statement to Reuters"."""
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "iobj") and self._media_name(child):
                return self._media_name(child)
            if child.dep_ == "prep" and child.lower_ == "to":
                for pobj in child.children:
                    if self._media_name(pobj):
                        return self._media_name(pobj)
        return None

    def _according_to(self, according: Token) -> Attribution | None:
        to = next((c for c in according.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if pobj is None:
            return None
        head = according.head
        scope = {t.i for t in according.sent if t.i < according.i or t.i > pobj.right_edge.i}
        media = self._media_name(pobj)
        if media:
            # Only a relay: the speaker is whoever else is quoted in the sentence (merged later).
            speaker = Speaker(name=media, kind="media", country_code=None)
            return Attribution(speaker, "asserts", according, scope, via=media, speaker_token=pobj)
        speaker, pronoun = self._speaker(pobj)
        if speaker is None:
            return None
        del head
        return Attribution(speaker, "asserts", according, scope, None, pobj, pronoun)

    def _merge_according(self, found: list[Attribution]) -> None:
        """"X said ..., according to AFP": AFP relays X's words, it is not a claimant of its own."""
        relays = [a for a in found if a.verb.lower_ == "according" and a.via]
        speakers = [a for a in found if a not in relays]
        if relays and speakers:
            for relay in relays:
                for attribution in speakers:
                    attribution.via = attribution.via or relay.via
                found.remove(relay)

    # ---- responsibility
    def _responsibility_object(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in RESPONSIBILITY_NOUNS:
                return child
        return None

    def _responsibility(self, verb: Token) -> Attribution | None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        negated = any(c.dep_ == "neg" for c in verb.children) or subject.lower_ in ("no", "nobody", "none")
        if negated or any(c.lower_ == "no" for c in subject.children):
            return None  # "no group claimed responsibility" is not a claim
        speaker, pronoun = self._speaker(subject, claimant=True)
        if speaker is None:
            return None
        if not pronoun:
            speaker = self._as_claimant(subject, speaker)
        scope = {t.i for t in verb.subtree if t.i not in {s.i for s in subject.subtree}}
        # The sentence before often names the event; let the builder attach by scope or document.
        return Attribution(speaker, "claims_responsibility", verb, scope, self._told_outlet(verb), subject, pronoun)

    def _claimed_event(self, verb: Token) -> bool:
        """"X claimed the attack", "the attacks were claimed by X": a claim of an event itself."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            return any(c.dep_ == "agent" for c in verb.children)
        # ("claimed all 43 of the attacks", "claimed both of the bombings": a share of claimable events)
        # ("AQIM has claimed it", "X claimed them": the event told before, by its pronoun; not "claimed it
        # had killed ...", where the pronoun is the subject of what is claimed)
        return any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CLAIMABLE or _of_claimable(c) or c.lower_ in EVENT_PRONOUNS and not (c.n_lefts or c.n_rights))
            for c in verb.children
        )

    def _claimed(self, verb: Token) -> Attribution | None:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            agent = next(c for c in verb.children if c.dep_ == "agent")
            claimant = next((c for c in agent.children if c.dep_ == "pobj"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            scope = {t.i for t in subject.subtree} if subject is not None else set()
            if subject is not None and subject.dep_ == "nsubjpass" and subject.head.dep_ == "relcl":
                scope |= {t.i for t in subject.head.head.subtree}  # "attacks, all of which were claimed by X"
        else:
            claimant = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            scope = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        if claimant is None or _nobody(claimant) or any(c.dep_ == "neg" for c in verb.children):
            return None  # "no group immediately claimed the attack" is no claim
        speaker, pronoun = self._speaker(claimant, claimant=True)
        if speaker is None:
            return None
        if not pronoun:
            speaker = self._as_claimant(claimant, speaker)
        return Attribution(speaker, "claims_responsibility", verb, scope, self._told_outlet(verb), claimant, pronoun)

    def _co_claimants(self, claim: Attribution) -> list[Attribution]:
        """"Both the X Army and the Y Front claimed responsibility": each of the coordinated names claims
        (not a word inside the first name, nor its acronym in brackets: "the Islamic State of Iraq and
        the Levant (ISIL)")."""
        token = claim.speaker_token
        if token is None or claim.pronoun:
            return []
        doc = token.doc
        _, end = self._claimant_bounds(token)
        others = []
        for conjunct in token.conjuncts:
            if conjunct.i < end or doc[conjunct.i - 1].text == "(" or conjunct.pos_ not in ("PROPN", "NOUN"):
                continue
            speaker, _ = self._speaker(conjunct, claimant=True)
            if speaker is None:
                continue
            speaker = self._as_claimant(conjunct, speaker)
            others.append(Attribution(speaker, "claims_responsibility", claim.verb, claim.scope, claim.via, conjunct, False))
        return others

    def _of_armed_groups(self, token: Token):
        """The armed non-state actor an "of" phrase after the claimant's head names ("an alliance of
        separatist groups"), or None."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                # (the members' head, or the word that tells their arms: "separatist groups")
                for member in (pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod") and c.i < pobj.i)):
                    found = self.actors.actor_at(member)
                    if found is not None and found.armed and found.kind in BLAMED_KINDS:
                        return found
        return None

    def _as_claimant(self, token: Token, speaker: Speaker) -> Speaker:
        """Those who claim an attack carried it out: a named body the tables do not know ("the Military
        Council of the Tribal Revolutionaries", "Al-Qa'ida in Iraq") is an armed group, and an army named
        by something other than a country ("Al-Naqshabandiya Army") a rebel army, not a state's. A
        person's name claims for a group and stays a person (claimant_words.tsv)."""
        words = load_claimant_words()
        if speaker.kind not in ACTOR_KINDS and (group := self.actors.group_at(token)) is not None and group.kind not in ("protesters", "civilians"):
            # "the ELN guerrilla group claimed the attack": a group the table knows, named before the
            # word for a body ("group", "organisation") that the speakers' table reads as an organisation
            return Speaker(group.name, group.kind, group.country_code or speaker.country_code)
        if speaker.kind not in ACTOR_KINDS and (members := self._of_armed_groups(token)) is not None:
            # "an alliance of Baloch separatist groups claimed responsibility", "a coalition of jihadist
            # groups claimed the attack": a body made of armed groups is of their kind
            return Speaker(speaker.name, members.kind, speaker.country_code)
        if token.lemma_.lower() in SELF_NAMED_BODIES and (named := self.actors.self_named(token)) is not None:
            # "a group calling itself the X Liberation Front claimed the attack": the body so named
            # (mentions/actors.py), not an organisation of no arms
            return Speaker(named.template, named.kind, named.country_code or speaker.country_code)
        if speaker.kind == "official" and token.pos_ == "PROPN" and token.lower_ in words["group"]:
            # "the General Military Council for Iraqi Revolutionaries claimed responsibility": a named
            # council that claims an attack is an armed group's, not an official body
            return Speaker(speaker.name, "political_militia", speaker.country_code)
        if speaker.kind not in ("person", "government") or token.pos_ != "PROPN":
            return speaker
        start, end = self._phrase_bounds(token)
        lowered = {part for t in token.doc[start:end] for part in t.lower_.split("-")}
        if speaker.kind == "government":
            named_by = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN"]
            if token.lower_ in words["army"] and named_by and not any(
                self.actors.demonym_country(c)[1] or self.country_of_place(_with_hyphens(c)) for c in named_by
            ):  # (a people of no state names no state's army: "the Baloch Republican Army")
                return Speaker(speaker.name, "rebel_group", speaker.country_code)
            return speaker
        if lowered & words["group"] or (token.ent_type_ == "ORG" and not any(w in self.speaker_terms for w in lowered)):
            # (a named movement, front or brigades claiming an attack is an insurgent body, a rebel group, as
            # the actor reader reads it acting: mentions/actors.py, named_armed_body)
            # (so is a body whose own capitalised name tells an armed struggle: "the Mujahideen Shura Council
            # claimed responsibility", "the Islamic Jihad Council")
            struggle = any(t.text[:1].isupper() and t.lower_ in ARMED_STRUGGLE_WORDS for t in token.doc[start:end])
            kind = "rebel_group" if struggle or self.actors.named_armed_body(token) is not None else "political_militia"
            return Speaker(speaker.name, kind, speaker.country_code)
        return speaker

    # ---- speakers
    def _media_name(self, token: Token) -> str | None:
        start = token.left_edge.i
        for i in range(start, token.i + 1):
            text = token.doc[i : token.i + 1].text
            text = TRIM_WORDS.sub("", text)
            text = re.sub(r"\s+news agency$|\s+agency$", "", text, flags=re.I)
            if text.lower() in self.media:
                return text
        # "the AFP news agency": compound before the head
        for child in token.children:
            if child.dep_ == "compound" and child.text.lower() in self.media:
                return child.text
        return None

    def _speaker(self, token: Token, *, claimant: bool = False) -> tuple[Speaker | None, bool]:
        """Speaker from the head token of a subject phrase; a ``claimant``'s name keeps the words of a
        group's name after its head ("Al-Qa'ida in Iraq", see ``_claimant_bounds``)."""
        if token.lower_ in PRONOUNS:
            if self.last_speaker is not None and token.lower_ in ("he", "she", "they", "it", "we"):
                return self.last_speaker, True
            return None, False
        if token.pos_ not in ("NOUN", "PROPN"):
            return None, False
        name = self._phrase_text(token, self._claimant_bounds(token) if claimant else None)
        kind, via = self._speaker_kind(token)
        country = self._speaker_country(token)
        speaker = Speaker(name=name, kind=kind, country_code=country)
        self.last_speaker = speaker
        self.last_via = via
        self.named_in_paragraph = (speaker, via)
        return speaker, False

    def _phrase_bounds(self, token: Token) -> tuple[int, int]:
        """Token range of the speaker's name: the subject phrase without appositions, relative
        clauses or quotes; an outlet's possessive ("Al Jazeera's Sinem Koseoglu") is left out."""
        doc = token.doc
        start = token.i
        for child in token.children:
            if child.i < token.i and child.dep_ in ("compound", "amod", "poss", "nmod", "det", "case"):
                if child.dep_ == "poss" and self._media_name(child):
                    continue
                start = min(start, child.left_edge.i)
        end = token.i + 1
        for child in token.children:
            if child.i > token.i and child.dep_ == "prep" and child.lower_ == "of":
                # "Ministry of Foreign Affairs", "leader of Nagorno-Karabakh"; stop at a comma
                right = child.right_edge.i
                for k in range(child.i, right + 1):
                    if doc[k].is_punct and doc[k].text == ",":
                        right = k - 1
                        break
                end = max(end, right + 1)
        return start, end

    def _claimant_bounds(self, token: Token) -> tuple[int, int]:
        """The name of one who claims an attack: the longest name the group table knows from the
        phrase's start ("Al-Qa'ida in Iraq", "Islamic State of Iraq and the Levant"), or the phrase with
        an "in X" or "for X" of the name's own after a capitalised name, X capitalised and a country or
        no place the gazetteer knows ("Ansar al-Sharia in Libya", "Al-Qaida in the Islamic Maghreb", "the
        General Military Council for Iraqi Revolutionaries"; not "the Taliban in Ghazni": a town is where
        they are). Only right after the name's head: "claimed the attack in Mosul" is the event's place."""
        doc = token.doc
        start, end = self._phrase_bounds(token)
        first = next((i for i in range(start, end) if doc[i].dep_ != "det"), start)
        longer = self.actors.name_end(doc, first, end)
        if longer > end:
            return start, longer
        if not token.text[:1].isupper():
            return start, end
        for child in token.children:
            if child.i == end and child.dep_ == "prep" and child.lower_ in ("in", "for"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None or not pobj.text[:1].isupper() or any(doc[k].text in ",(" for k in range(child.i, pobj.right_edge.i + 1)):
                    continue
                name = TRIM_WORDS.sub("", doc[pobj.left_edge.i : pobj.i + 1].text)
                if self.country_of_name(name) or not self.country_of_place(name):
                    end = pobj.right_edge.i + 1
        return start, end

    def _phrase_text(self, token: Token, bounds: tuple[int, int] | None = None) -> str:
        start, end = bounds or self._phrase_bounds(token)
        text = token.doc[start:end].text
        text = TRIM_WORDS.sub("", text.strip())
        return re.sub(r"\s+", " ", text)

    def _speaker_kind(self, token: Token) -> tuple[str, str | None]:
        # A named outlet's journalist: "Al Jazeera's Sinem Koseoglu" -> media
        for child in token.children:
            if child.dep_ == "poss" and self._media_name(child):
                return "media", self._media_name(child)
        if self._media_name(token):
            return "media", None
        lemma = token.lemma_.lower()
        compounds = " ".join(c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.i < token.i)
        for key in (f"{compounds} {lemma}".strip(), lemma, token.lower_):
            if key in self.speaker_terms:
                return self.speaker_terms[key], None
        # A title before a name: "Defense Ministry spokesman Artsrun Hovhannisyan"
        for child in token.children:
            if child.dep_ == "compound" and child.i < token.i and self.speaker_terms.get(child.lemma_.lower()) == "official":
                return "official", None
        # A capital or a country speaking is its government: "Moscow denied ...", "Kyiv said ..."
        if token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "") and self.country_of_place(_with_hyphens(token)):
            if not self.actors.group_at(token):
                return "government", None
        actor = self.actors.actor_at(token)
        if actor is not None:
            if actor.template.startswith("Military Forces of") and token.pos_ == "PROPN" and not self.actors.demonym_country(token)[0]:
                return "government", None  # "Armenia denied ...": the country speaks through its government
            return actor.kind, None
        if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
            return "person", None
        return "person", None

    def _speaker_country(self, token: Token) -> str | None:
        for t in token.subtree:
            if t.i > token.i + 6:
                break
            is_demonym, code = self.actors.demonym_country(t)
            if code:
                return code
            if t.pos_ == "PROPN":
                code = self.country_of_name(_with_hyphens(t))
                if code:
                    return code
        # "the Nagorno-Karabakh leader", "the Baku Defense Ministry": a place named in the phrase
        start, end = self._phrase_bounds(token)
        lo, hi = token.doc[start].idx, token.doc[end - 1].idx + len(token.doc[end - 1].text)
        for place in self._places:
            if lo <= place.start < hi and place.place.country_code:
                return place.place.country_code
        for t in token.doc[start:end]:
            if t.dep_ == "compound" and t.pos_ == "PROPN":
                code = self.country_of_place(_with_hyphens(t))
                if code:
                    return code
        return None


def _of_claimable(token: Token) -> bool:
    return any(p.dep_ == "pobj" and p.lemma_.lower() in CLAIMABLE for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _nobody(token: Token) -> bool:
    return token.lower_ in ("nobody", "none", "no-one") or any(c.lower_ in ("no", "neither") for c in token.children)


def _with_hyphens(token: Token) -> str:
    """"Nagorno-Karabakh" is three tokens; give the whole hyphenated word for a token in it."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].text == "-" and start - 2 >= 0 and not doc[start - 2].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        end += 2
    return doc[start:end].text


def blamed_groups(sent: Span, actors: ActorReader) -> list[Attribution]:
    """Named armed groups a sentence lays an act at the door of, without a claim of their own: the one
    blamed ("the Real IRA, a splinter group, was blamed by security sources", "the bombing was blamed on
    the X Front", "police blamed the Y Brigades for the attack"), suspected ("police suspect Boko Haram")
    or whose hallmarks the act bore ("it bore the hallmarks of Al Shabaab"). Each is an attribution of
    stance "blamed" whose speaker is the group, with no scope: the pipeline attaches it to the event told
    before (events/merge.py, attach_floating), where it names the attacker only when the report names
    none (events/merge.py, to_event). Not when denied ("police did not blame ...", "no group was
    blamed"), nor a group the tables do not name (a militia, unidentified men)."""
    found = []
    for token in sent:
        lemma = token.lemma_.lower()
        accused = None
        if lemma in BLAME_VERBS and token.pos_ == "VERB" and token.dep_ != "amod":
            if any(c.dep_ == "neg" for c in token.children):
                continue
            # (the "on" the parser hangs on the act blamed: "blamed [the attack on X]")
            heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
            on = [p for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to") for p in c.children if p.dep_ == "pobj"]
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if on:
                accused = on[0]  # "blamed the attack on X", "attacks blamed on X", "attributed it to X"
            elif subject is not None:
                # "X was blamed", "X, which was blamed for the attack"
                accused = token.head if subject.tag_ in ("WDT", "WP") and token.dep_ == "relcl" else subject
            else:
                accused = next((c for c in token.children if c.dep_ == "dobj"), None)  # "police blamed X"
        elif lemma in BLAME_NOUNS and token.pos_ == "NOUN":
            accused = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        if accused is None or _nobody(accused):
            continue
        for candidate in (accused, *(c for c in accused.children if c.dep_ == "appos")):
            ref = actors.actor_at(candidate)
            if ref is not None and ref.kind in BLAMED_KINDS and "{country}" not in ref.template:
                found.append(Attribution(Speaker(ref.template, ref.kind, ref.country_code), "blamed", token, set(), None, candidate))
                break
    return found
