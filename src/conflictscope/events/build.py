"""Build: one sentence's mentions (triggers, places, actors, dates, casualties, attributions) to event
mentions, one per place the event happened at.

``SentenceBuilder.build`` runs the stages in order, each a module taking what it needs:
  trigger words and cues (mentions/triggers.py) -> which tell an event that happened (happened.py)
  -> readings of the whole sentence (old ordnance, warning shots, a note's heading; here)
  -> places (event_places.py) -> who acted and on whom (roles.py, then sides.py)
  -> who was harmed (harm.py, hit.py) -> the ACLED type (classify.py) -> one mention per place;
with the claims about it (claims.py). A sentence that tells no event may still refine one told
before (a weapon named, a death toll)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from conflictscope.events.causes import violent_context
from conflictscope.events.claims import Floating, claims_of, collect_blamed, collect_floating
from conflictscope.events.classify import Classification, Context, classify
from conflictscope.events.datelines import dateline_places, holds_dateline_town, told_elsewhere_in_country
from conflictscope.events.event_places import RegionTest, event_places
from conflictscope.events.happened import happened
from conflictscope.events.harm import Harm, read_harm
from conflictscope.events.mention import EventMention, SentenceFacts, sentence_evidence
from conflictscope.events.predicates.captures import HELD_PEOPLE, HOLDING_PLACES, by_captor, detains_people, looting_raid, taken_away
from conflictscope.nlp.analyze import text_of
from conflictscope.events.predicates.crowds import (
    blocked_way, device_in_topic, drop_protest_topics, is_crowd, people_told_before, tells_demonstration, topic_cue, voices_demand,
)
from conflictscope.events.predicates.entries import AIRCRAFT_DOWNED, AIR_BOMBING, AIR_SHOTS, REMNANT, labelled
from conflictscope.events.predicates.fights import BATTLE_WORDS, ONE_SIDED_VERBS, drop_background, in_front_of, ongoing_clause
from conflictscope.events.predicates.fire import (
    SHOT_WORDS, air_force_unit, air_support, answered_fire, into_the_air, is_aimed, is_observed, remote_fire,
)
from conflictscope.events.predicates.accusations import theft_laid_on_a_person
from conflictscope.events.predicates.attacks import REPEL_VERBS
from conflictscope.events.predicates.movement import DISPLACED_PEOPLE, MOVES, drop_displacement_causes, drop_purposes
from conflictscope.events.predicates.places import ANAPHORS, is_near
from conflictscope.events.predicates.scheme import (
    BATTLE_TYPE, DEVICE_CLASSES, NON_STATE_ARMED, REFINING_CUES, STATE_SIDE, WEAPON_TYPE,
)
from conflictscope.events.predicates.syntax import clause_verb, nearest_date, place_token, token_at
from conflictscope.events.predicates.territory import base_set_up
from conflictscope.events.predicates.victims import (
    BODY_WORDS, TOLL_WORDS, casualty_figures, describes_wound, found_body, ordinal_victim,
)
from conflictscope.events.predicates.weapons import bomber_killed, destroyed_by_weapon, set_off_by_its_bearer, war_remnant, watching_aircraft
from conflictscope.events.roles import RoleReader
from conflictscope.events.sides import settle_sides
from conflictscope.knowledge import load_reporting_verbs, load_taxonomy, read_rows
from conflictscope.mentions.actors import ActorReader, ActorRef
from conflictscope.mentions.triggers import TriggerMatch, find_matches, note_label
from conflictscope.types import DateMention, Place, PlaceMention

# Other modules import these from here (pipeline.py, merge.py, nlp/relevance.py)
__all__ = [
    "EventMention",
    "SentenceBuilder",
    "SentenceFacts",
    "sentence_evidence",
    "BODY_WORDS",
    "REFINING_CUES",
    "TOLL_WORDS",
    "MOVES",
    "DISPLACED_PEOPLE",
    "HELD_PEOPLE",
    "HOLDING_PLACES",
]

HISTORY_DAYS = 30
# The verbs of a statement whose day is not the event's ("said on Tuesday", "announced Monday"): the
# reporting verbs but "hold" and "charge", which tell acts of their own ("held a protest", "charged with").
STATEMENT_VERBS = frozenset(verb for verb in load_reporting_verbs() if verb not in ("hold", "charge"))


class SentenceBuilder:
    def __init__(
        self,
        actors: ActorReader,
        is_region_name: RegionTest = lambda name, country: False,
        is_bureau_town: Callable[[Place], bool] = lambda place: False,
    ):
        self.actors = actors
        self.is_bureau_town = is_bureau_town  # is the town where a country's stories are filed (its capital, a hub)
        self.roles = RoleReader(actors)  # who did it, to whom (events/roles.py)
        self.is_region_name = is_region_name  # (name, country code) -> is it a region of that country
        self.taxonomy = load_taxonomy()

    def event_places(self, facts: SentenceFacts) -> list[PlaceMention]:
        """Where the sentence says things happened (event_places.py); a dateline's town only when the
        sentence names no other town (datelines.py)."""
        dateline = dateline_places(facts)
        if dateline:
            rest = [m for m in facts.places if m not in dateline]
            told = event_places(replace(facts, places=rest), self.actors, self.is_region_name)
            if told and not all(holds_dateline_town(m, dateline[0]) for m in told):
                return told  # a town of the story, or a region that does not hold the dateline's town
            if not told and self._only_the_bureau(facts, dateline, rest):
                return []
        return event_places(facts, self.actors, self.is_region_name)

    def bureau_dateline(self, facts: SentenceFacts) -> list[PlaceMention]:
        """The places of the sentence's dateline when they are only the bureau's: the dateline of a
        capital or a wire hub (wire_hubs.tsv) over a sentence that tells the event in a part of the
        country by a bearing ("KATHMANDU - ... in western Nepal") or at a place the gazetteer does not know ("... in Rolpa district"); none
        otherwise (datelines.told_elsewhere_in_country)."""
        dateline = dateline_places(facts)
        rest = [m for m in facts.places if m not in dateline]
        return dateline if dateline and self._only_the_bureau(facts, dateline, rest) else []

    def _only_the_bureau(self, facts: SentenceFacts, dateline: list[PlaceMention], rest: list[PlaceMention]) -> bool:
        return self.is_bureau_town(dateline[0].place) and told_elsewhere_in_country(facts.sent, rest, dateline[0])

    def build(self, facts: SentenceFacts, floating: Floating) -> list[EventMention]:
        sent = facts.sent
        matches, triggers, cues, weapon_cue = self._words(sent)
        has_casualties = any(c.count > 0 for c in facts.casualties)

        triggers = [answered_fire(m) for m in triggers] + found_body(sent, triggers) + blocked_way(sent, matches) + base_set_up(sent, matches)
        triggers += taken_away(sent, matches, self.actors)  # "took away the catechist": people captured
        real, giver = happened(facts, triggers, weapon_cue, has_casualties, self.actors, self.taxonomy)
        # "villagers accused the trader of stealing goats": an ordinary theft laid at a private person's door
        real = [m for m in real if not (m.cls == "Looting/property destruction" and theft_laid_on_a_person(m.token, self.actors))]
        cues = _cues_of_downed_aircraft(real, cues)
        real = _old_ordnance(real, sent)
        warning_fire = _shots_at_nobody(real, has_casualties)
        if warning_fire:
            # "border guards fired shots into the air": shots at nobody, ACLED's Other (a demonstration
            # it disperses is told by the demonstration's own words)
            real = [TriggerMatch(AIR_SHOTS, real[0].token, real[0].start, real[0].end)]
        label = note_label(sent)
        label_only = label is not None and not real
        if label_only:
            # "Security measures: On 8 May, the governor closed the roads into the town": the note's
            # heading names the event its words do not (note_labels.tsv; the relevance pass parses
            # such a note whatever its words, nlp/relevance.opens_with_label)
            real = [TriggerMatch(labelled(label), sent.root, sent.root.i, sent.root.i + 1)]
        # mounted guns fired at places, nobody hurt: shelling, whatever small arms are listed (fire.remote_fire)
        real, cues = remote_fire(real, cues, has_casualties, self._battle_cue)
        real = destroyed_by_weapon(real, matches)  # "destroyed a bulldozer using an ATGM": shelling
        collect_floating(facts, real, floating)
        collect_blamed(facts, floating, self.actors)
        if not real:
            return self._refinement(facts, cues)
        told = real
        real = self._drop_what_is_not_the_event(real, has_casualties)
        real, cues = self._devices_not_at_the_protest(real, matches, cues, facts)

        place_mentions = self.event_places(facts) or facts.previous_places
        # "a car bomb killed 30 in Ghazni, and fighting continues in Kandahar": the places of a fight
        # told as going on around the event are not its places
        ongoing = {m.token.head.i for m in told if m not in real and ongoing_clause(m.token)}
        if ongoing:
            place_mentions = [p for p in place_mentions if not _in_clause_of(sent, p, ongoing)] or place_mentions
        perpetrator, target = self.roles.read(real, facts)
        real, perpetrator, target = settle_sides(real, perpetrator, target, giver, self.actors)
        killed, injured = casualty_figures(facts.casualties) if not label_only else (None, None)  # deaths its words did not make an event
        running = ordinal_victim(sent, facts.casualties)
        if running is not None:
            killed = running  # "a third soldier died": the toll has reached three
        harmed = bool(killed or injured)
        real = by_captor(real, perpetrator, target, harmed)
        harm = read_harm(real, facts, perpetrator, target, harmed, weapon_cue, self.actors, self.taxonomy)
        real = harm.real
        detained = any(detains_people(m.token) for m in real if m.cls == "Arrests")
        # a raid that only took or damaged property: the looting (captures.looting_raid)
        real = looting_raid(real, harmed, bool(harm.target_armed) or "armed" in harm.hit)
        classification = self._classification(real, cues, sent, perpetrator, target, harm, harmed, detained)
        if label is not None:
            # the heading is the coder's own sub-event: "Land seizure: forces seized land for a cemetery",
            # "Security measures: forces raided the town; no clashes were reported"
            classification = Classification(self.taxonomy.event_type_of(label), label, True)
        if classification is None:
            return []
        perpetrator, target = self._forces_operation_first(classification, real, sent, perpetrator, target)
        classification = _air_strike_guessed(classification, real, cues)

        when = nearest_date(_event_dates(facts, real[0].token), real[0].token)
        said = when is not None and len(facts.dates) == 1 and _dates_statement(sent, when, real[0].token, _verb_line(real[0].token))
        historical = bool(
            when and when.value and facts.published and (facts.published - when.value).days > HISTORY_DAYS
        )
        if _told_as_perfect(real[0].token) and (
            (historical and _counts_since(sent, when)) or _LONG_SPAN.search(sent.text)
            or when is None and not place_mentions and _in_many_incidents(real[0].token, triggers)
        ):
            # "the war has killed 10,000 people since 2014", "over the past three years, bombings have
            # killed hundreds", "hundreds have been killed in attacks blamed on jihadists": a tally over
            # months, years or many incidents, no event of its own
            return []
        claims = claims_of(real, facts)
        evidence = sentence_evidence(facts)
        anaphoric = _refers_back(sent, real)
        needs_story = all(m.cls == "@weak" and not (weapon_cue or is_aimed(m.token)) for m in real) and not violent_context(sent)
        return [
            EventMention(
                sentence=facts.index,
                evidence=evidence,
                classification=classification,
                place=place,
                date=when,
                perpetrator=perpetrator,
                target=target,
                killed=killed,
                injured=injured,
                civilian_victims=harm.civilian_victims,
                claims=claims,
                historical=historical,
                anaphoric=anaphoric and place is None,
                near=place is not None and is_near(place_token(sent, place)),
                participants_detained=detained,
                needs_story=needs_story,
                running_total=running is not None,
                warning_fire=warning_fire,
                date_said=said,
            )
            for place in place_mentions or [None]
        ]

    # ---- stages of build
    def _words(self, sent: Span) -> tuple[list[TriggerMatch], list[TriggerMatch], list[str], bool]:
        """(every lexicon match, the triggers, the cue classes, whether a weapon is named)."""
        matches = [air_support(m) for m in find_matches(sent) if not air_force_unit(m)]
        triggers = [m for m in matches if m.is_trigger and not bomber_killed(m)]
        cues = [
            m.cls for m in matches if not m.is_trigger and not topic_cue(m, self.taxonomy) and not describes_wound(m) and not watching_aircraft(m)
        ]
        if set_off_by_its_bearer(sent, matches):
            cues.append("Suicide bomb")  # "the driver rammed the gate and detonated the car": the bomber died with it
        weapon_cue = any(not c.startswith("@") and self.taxonomy.event_type_of(c) == WEAPON_TYPE for c in cues + [t.cls for t in triggers])
        return matches, triggers, cues, weapon_cue

    def _drop_what_is_not_the_event(self, real: list[TriggerMatch], has_casualties: bool) -> list[TriggerMatch]:
        """Triggers that tell the background, a purpose, a cause of displacement or a protest's topic."""
        real = drop_background(real)
        real = drop_purposes(real, self.taxonomy)
        real = drop_displacement_causes(real)
        return drop_protest_topics(real, self.taxonomy, has_casualties)

    def _devices_not_at_the_protest(
        self, real: list[TriggerMatch], matches: list[TriggerMatch], cues: list[str], facts: SentenceFacts
    ) -> tuple[list[TriggerMatch], list[str]]:
        """In a protest's sentence, a device that went off on a day of its own before the protest's ("marched
        on Sunday after a bomb exploded at the market on Friday") is not used on the gathering, nor is a
        device's word in what the protest is about ("denounced the bomb attack that killed 12"): the
        protest is the event (classify._attack_on_gathering counts only the devices left)."""
        protest = {
            m.token.i for m in real if not m.cls.startswith("@") and self.taxonomy.event_type_of(m.cls) in ("Protests", "Riots")
        }
        if not protest:
            return real, cues
        device = lambda m: not m.cls.startswith("@") and self.taxonomy.event_type_of(m.cls) == "Explosions/Remote violence"  # noqa: E731
        real = [m for m in real if not (device(m) and _of_an_earlier_day(facts, m.token, protest))]
        cues = list(cues)
        for match in matches:
            if not match.is_trigger and device(match) and match.cls in cues and (
                device_in_topic(match.token, protest) or _of_an_earlier_day(facts, match.token, protest)
            ):
                cues.remove(match.cls)
        return real, cues

    def _classification(
        self,
        real: list[TriggerMatch],
        cues: list[str],
        sent: Span,
        perpetrator: ActorRef | None,
        target: ActorRef | None,
        harm: Harm,
        harmed: bool,
        detained: bool,
    ) -> Classification | None:
        return classify(
            [m.cls for m in real],
            [c for c in cues if not c.startswith("@")],
            Context(
                perpetrator_kind=perpetrator.kind if perpetrator else None,
                perpetrator_armed=perpetrator.armed if perpetrator else None,
                target_kind=target.kind if target else None,
                target_armed=harm.target_armed,
                civilian_victims=harm.civilian_victims,
                casualties=harmed,
                battle_context=any(t.lemma_.lower() in BATTLE_WORDS and t.pos_ != "PROPN" and not in_front_of(t) for t in sent),
                observed_fire=any(is_observed(m.token) for m in real if m.cls in ("@explosion", "@fire")),
                # a protest act of the crowd's own (a road blocked, a march) is a demonstration too (not
                # the forces dispersing a crowd: "police intervened to disperse the mob")
                # ("persons who gathered at a mosque" describes people, no protest)
                demonstration=tells_demonstration(sent) or any(m.cls == "Peaceful protest" and m.token.dep_ not in ("relcl", "acl") for m in real),
                participants_detained=detained,
                one_sided=any(m.token.lemma_.lower() in ONE_SIDED_VERBS for m in real),
                crowd=perpetrator is not None and is_crowd(perpetrator),
                demand_voiced=perpetrator is not None and perpetrator.kind == "state_forces" and harmed and voices_demand(sent, speakers_too=False),
                # (read only where it may count: no armed side named as the doer)
                crude_arms=(perpetrator is None or not perpetrator.armed) and _crude_arms_only(sent, cues),
            ),
        )

    def _forces_operation_first(
        self, classification: Classification, real: list[TriggerMatch], sent: Span, perpetrator: ActorRef | None, target: ActorRef | None
    ) -> tuple[ActorRef | None, ActorRef | None]:
        if (
            classification.sub_event_type == "Armed clash" and target is not None and target.kind in STATE_SIDE
            and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and self.roles.forces_operation(sent)
            and not any(m.token.lemma_.lower() in REPEL_VERBS for m in real)  # "repelled an attack": its author first
        ):
            # "armed men exchanged fire with police during an operation", "officers carrying out a raid
            # were attacked by suspects": ACLED names the forces whose operation it was first
            return target, perpetrator
        return perpetrator, target

    def _battle_cue(self, cls: str) -> bool:
        return not cls.startswith("@") and self.taxonomy.event_type_of(cls) == BATTLE_TYPE

    # ---- sentences that tell no event of their own
    def _refinement(self, facts: SentenceFacts, cues: list[str]) -> list[EventMention]:
        """A cue that refines the kind of an event told before ("a weapon named"), else a death toll."""
        refining = sorted({c for c in cues if c in REFINING_CUES}, key=self.taxonomy.rank)
        if not refining:
            return self._toll(facts)
        sub = refining[0]
        perpetrator, target = self.roles.read([], facts)
        evidence = sentence_evidence(facts)
        return [
            EventMention(
                sentence=facts.index,
                evidence=evidence,
                classification=Classification(self.taxonomy.event_type_of(sub), sub, True),
                place=place,
                date=facts.dates[0] if facts.dates else None,
                perpetrator=perpetrator,
                target=target,
                killed=None,
                injured=None,
                civilian_victims=False,
                refine_only=True,
            )
            for place in (self.event_places(facts) or [None])
        ]

    def _toll(self, facts: SentenceFacts) -> list[EventMention]:
        """"3 fatalities.", "Two fatalities were reported.", "Rescuers pulled four bodies from the rubble": a
        sentence that only states the story's death toll gives the total of the event told before it (it
        raises a lower figure read from its victims one by one: "a policeman was shot dead ... The attacker
        died. 2 fatalities"); with no event before it, it is none."""
        tolls = [
            c.count for c in facts.casualties
            if c.kind == "killed" and (t := token_at(facts.sent, c.start)) is not None
            and (any(w.lemma_.lower() in TOLL_WORDS for w in (t, t.head)) or _bodies_counted(t))
        ]
        if not tolls:
            return []
        return [
            EventMention(
                sentence=facts.index,
                evidence=sentence_evidence(facts),
                classification=Classification(BATTLE_TYPE, "Armed clash", False),  # a guess: takes no part in the typing
                place=place,
                date=None,
                perpetrator=None,
                target=None,
                killed=max(tolls),
                injured=None,
                civilian_victims=False,
                refine_only=True,
                running_total=True,
            )
            for place in (self.event_places(facts) or [None])
        ]


# Crude weapons and the words of firearms (crude_arms.tsv)
_ARMS = {word.lower(): kind for word, kind, *_ in read_rows("crude_arms.tsv", 2)}


def _crude_arms_only(sent: Span, cues: list[str]) -> bool:
    """The sentence names sticks, stones or blades and no firearm, shooting or explosive (crude_arms.tsv;
    an explosive is a device cue)."""
    kinds = {_ARMS.get(t.lemma_.lower()) or _ARMS.get(t.lower_) for t in sent}
    if "crude" not in kinds or "firearm" in kinds:
        return False
    taxonomy = load_taxonomy()
    return not any(not c.startswith("@") and taxonomy.event_type_of(c) == WEAPON_TYPE for c in cues)


def _in_clause_of(sent: Span, mention: PlaceMention, heads: set[int]) -> bool:
    """Is the place inside the clause of one of the verbs at ``heads`` (token indices)?"""
    token = place_token(sent, mention)
    return token is not None and any(a.i in heads for a in token.ancestors)


# Words before a date that make what is told a count over the time since then, not one event.
_SINCE = re.compile(r"(?:\bsince|\bover the (?:past|last)|\bin the (?:past|last)|\bthroughout)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?\Z", re.IGNORECASE)


# A span of months or years that what is told is counted over.
def _bodies_counted(token: Token) -> bool:
    """A figure counting bodies ("pulled four bodies from the rubble", "Seven corpses were recovered"): the
    dead of the event told before. Not one body named ("the body of another soldier" handed over in an
    exchange), which may be anyone's."""
    return token.dep_ == "nummod" and token.head.lower_ in ("bodies", "corpses")


_LONG_SPAN = re.compile(r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months|years|decades)\b", re.IGNORECASE)


def _told_as_perfect(trigger: Token) -> bool:
    """Is the trigger's clause in the perfect ("has killed", "have attacked", "had been shelled")?"""
    verb = clause_verb(trigger)
    return verb is not None and verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)


def _in_many_incidents(trigger: Token, triggers: list[TriggerMatch]) -> bool:
    """Is the trigger's clause told of many incidents, by an event word in the plural after "in" or
    "during" ("have been killed in attacks", "have died during clashes")? (Asked of a sentence that
    gives no day and no place: "gunmen have killed five in attacks on two villages near X on Sunday"
    tells an event.)"""
    verb = clause_verb(trigger)
    return verb is not None and any(
        m.token.tag_ == "NNS" and m.token.dep_ == "pobj" and m.token.head.lower_ in ("in", "during") and m.token.head.head.i == verb.i
        for m in triggers
    )


def _counts_since(sent: Span, when: DateMention) -> bool:
    """Is the date the start of a tally ("since 2014", "since the start of 2019")?"""
    return _SINCE.search(text_of(sent.doc), 0, when.start) is not None


def _of_an_earlier_day(facts: SentenceFacts, device: Token, protest: set[int]) -> bool:
    """Does the device's own clause carry a date before the protest's (the protest's own date, else the
    day of publication)? "condemn the bombing that killed 12 people last week", "marched on Sunday,
    two days after a bomb exploded at a market on Friday". A device's noun with no date in its own words
    is read by its clause's verb; a clause that tells the protest too has the protest's day."""
    dated = [(m, t) for m in facts.dates if m.value is not None and (t := _date_token(facts.sent, m)) is not None]
    own = []
    for unit in (device, clause_verb(device)):
        if unit is None or any(i in {t.i for t in unit.subtree} for i in protest):
            return False  # the protest told inside the device's words ("blew himself up among marchers on Sunday"): its day too
        if unit.pos_ in ("VERB", "AUX"):
            own = [m for m, t in dated if clause_verb(t) == unit]
        else:
            own = [m for m, t in dated if t in unit.subtree]
        if own:
            break
    if not own:
        return False
    others = [(m, t) for m, t in dated if m not in own]
    line = {t.i for i in protest for t in _verb_line(facts.sent.doc[i])}
    theirs = [m for m, t in others if clause_verb(t).i in line] or [m for m, _ in others]
    day = nearest_date(theirs, facts.sent.doc[min(protest)]).value if theirs else facts.published
    return day is not None and min(d.value for d in own) < day


def _event_dates(facts: SentenceFacts, trigger: Token) -> list[DateMention]:
    """The dates that can be the event's: not a statement's ("the army said on Tuesday it had killed 12
    rebels on Sunday", "... were killed Wednesday, police said Thursday") when another remains, and of
    the others those on the trigger's line of clauses ("On 9 May, workers of a plant that closed a few
    years ago held a protest": not "a few years ago", which dates the closing) when one is."""
    if len(facts.dates) < 2:
        return facts.dates
    line = _verb_line(trigger)
    told = [d for d in facts.dates if not _dates_statement(facts.sent, d, trigger, line)] or facts.dates
    own_verb = clause_verb(trigger)
    if not _looks_ahead(own_verb):
        # "after the riot on Saturday, the school will remain closed on Monday": a day of what is yet to
        # come in another clause does not date what has happened
        told = [d for d in told if not _looks_ahead(_verb_of(facts.sent, d)) or _verb_of(facts.sent, d) == own_verb] or told
    on_line = [d for d in told if _verb_of(facts.sent, d) in line] or told
    if own_verb is None or own_verb.dep_ in ("relcl", "acl"):
        return on_line  # "a man who was abducted on 24 April was found dead on 30 April": a relative clause is background
    # "mourners filed past coffins on Monday after troops stormed the tower on Sunday": the day in the
    # trigger's own clause, not the one of the clause it hangs from
    return [d for d in on_line if _verb_of(facts.sent, d) == own_verb] or on_line


def _verb_of(sent: Span, mention: DateMention) -> Token | None:
    return clause_verb(_date_token(sent, mention))


def _looks_ahead(verb: Token | None) -> bool:
    """Is the verb told as yet to come or as what should or may be ("will remain closed", "should
    reopen", "may resume")?"""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in verb.children)


_AHEAD = frozenset("will 'll shall would should must may might wo".split())


def _verb_line(token: Token) -> list[Token]:
    """The verbs from the token's clause up to the sentence's root ("killing" -> "attacked"), with the
    verbs joined to them ("were killed and wounded Wednesday")."""
    line = []
    node = clause_verb(token)
    while node is not None:
        if node.pos_ in ("VERB", "AUX"):
            line.append(node)
            line.extend(child for child in node.children if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
        if node.head.i == node.i:
            break
        node = node.head
    return line


def _date_span(sent: Span, mention: DateMention) -> Span | None:
    """The tokens of a date mention."""
    return sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _date_token(sent: Span, mention: DateMention) -> Token | None:
    span = _date_span(sent, mention)
    return span.root if span is not None else None


def _dates_statement(sent: Span, mention: DateMention, trigger: Token, line: list[Token]) -> bool:
    """Is the date a statement's: on a reporting verb above the trigger ("police said Thursday"), or
    right after a reporting verb before the trigger ("said on Tuesday it had killed", "told reporters
    Tuesday that ..."; the parse often hangs such a date on the reported verb, so the words' order
    decides)?"""
    span = _date_span(sent, mention)
    if span is None:
        return False
    verb = clause_verb(span.root)
    if verb is not None and verb != trigger and verb in line and verb.lemma_.lower() in STATEMENT_VERBS:
        return True
    if span.start <= sent.start or span.start > trigger.i:
        return False
    before = sent.doc[span.start - 1]
    if before.lower_ == "on" and before.i > sent.start:
        before = sent.doc[before.i - 1]
    if before.pos_ in ("NOUN", "PROPN", "PRON") and before.dep_ in ("dobj", "dative", "pobj") and before.head.i < before.i:
        before = before.head  # "told reporters on Tuesday"
        if before.lower_ == "to":
            before = before.head  # "said to reporters on Tuesday"
    return before.lemma_.lower() in STATEMENT_VERBS and before.i < trigger.i


def _cues_of_downed_aircraft(real: list[TriggerMatch], cues: list[str]) -> list[str]:
    if any(m.entry is AIRCRAFT_DOWNED for m in real):
        return [c for c in cues if c != AIR_BOMBING.cls]  # "shot down an army helicopter": the aircraft struck nothing
    return cues


def _old_ordnance(real: list[TriggerMatch], sent: Span) -> list[TriggerMatch]:
    if real and any(m.cls in DEVICE_CLASSES | {"@explosion", "Shelling/artillery/missile attack"} for m in real) and war_remnant(sent):
        # "a villager stepped on a landmine laid during the war", "a rocket left over from the civil
        # war exploded": old ordnance, no one's attack now (ACLED's Other)
        return [TriggerMatch(REMNANT, real[0].token, real[0].start, real[0].end)]
    return real


def _shots_at_nobody(real: list[TriggerMatch], has_casualties: bool) -> bool:
    """Only shots fired into the air, nobody hurt."""
    return bool(real) and not has_casualties and all(
        m.cls in ("@weak", "@violence") and m.token.lemma_.lower() in SHOT_WORDS
        and (into_the_air(m.token) or m.token.dep_ == "dobj" and into_the_air(m.token.head))
        for m in real
    )


def _air_strike_guessed(classification: Classification, real: list[TriggerMatch], cues: list[str]) -> Classification:
    if classification.sub_event_type == AIR_BOMBING.cls and not any(
        c == AIR_BOMBING.cls for c in cues + [m.cls for m in real if m.entry is not AIR_BOMBING]
    ):
        # "forces bombed the town": air strike is a guess from who bombed; a weapon named in
        # another sentence of the story ("shelling homes with rockets") wins over it
        return Classification(classification.event_type, classification.sub_event_type, False)
    return classification


def _refers_back(sent: Span, real: list[TriggerMatch]) -> bool:
    """"the city", "here", or a definite event noun ("the attack") refer back to an event told before."""
    return any(t.lower_ in ANAPHORS for t in sent) or any(
        m.token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in m.token.children)
        for m in real
    ) or any(people_told_before(c) for m in real if m.token.pos_ == "VERB" for c in m.token.children if c.dep_ in ("dobj", "nsubjpass"))
