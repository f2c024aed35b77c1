"""Build: one sentence's mentions (triggers, places, actors, dates, casualties, attributions) to event
mentions, one per place the event happened at."""

from __future__ import annotations

import re

from spacy.tokens import Token

from conflictscope.events.causes import hazard_displacement, non_violent, violent_context
from conflictscope.events.classify import Classification, Context, classify
from conflictscope.events.mention import EventMention, SentenceFacts, sentence_evidence
from conflictscope.events.predicates.agreements import deal_noun, has_parties, is_agreed
from conflictscope.events.predicates.attacks import (
    LIGHT_VERBS, REPEL_VERBS, attack_objects, named_object_kind, property_damage, self_agent,
)
from conflictscope.events.predicates.captures import (
    HELD_PEOPLE, HOLDING_PLACES, RAID_WORDS, by_captor, captures_people, detains_people, looting_raid, seized_arms, seized_goods,
)
from conflictscope.events.predicates.crowds import (
    blocked_way, drop_protest_topics, is_crowd, is_meeting, people_told_before, protest_means, tells_demonstration,
    topic_cue,
)
from conflictscope.events.predicates.entries import (
    AIRCRAFT_DOWNED, AIR_BOMBING, AIR_SHOTS, ATTACK_ON_CROWD, CAPTURED_PEOPLE, CROWD_AIMED, CROWD_FIRE, DAMAGED, DISARMED, DISMANTLED,
    DISPLACED, FOUND_BODY, MOVED, REMNANT, SEIZED_ARMS, SEIZED_GOODS, STRIKES, TIRES_BURNED, labelled,
)
from conflictscope.events.predicates.fights import (
    BATTLE_WORDS, FIGHT_NOUNS, ONE_SIDED_VERBS, describes_fighters, drop_background, in_front_of,
)
from conflictscope.events.predicates.fire import (
    SHOT_WORDS, air_force_unit, air_support, answered_fire, harming_strike, into_the_air, is_aimed, is_observed, remote_fire,
)
from conflictscope.events.predicates.attacks import shots_fired
from conflictscope.events.predicates.crowds import crowd_opponent, followers_fight_one_another
from conflictscope.events.predicates.fights import CLASH_WORDS
from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.events.predicates.movement import (
    AID_VERBS, DISPLACED_PEOPLE, MOVES, drop_displacement_causes, drop_purposes, is_counted, is_cumulative,
)
from conflictscope.events.predicates.places import (
    ANAPHORS, PLACE_NOUNS, SETTLEMENT_NOUNS, is_bearing, is_container, is_near, is_reporting_from,
)
from conflictscope.events.predicates.scheme import (
    BATTLE_TYPE, CROWD_ACTS, DEVICE_CLASSES, NON_STATE_ARMED, ORGANISED, REFINING_CUES, STATE_SIDE, TERRITORY_TYPES,
    WEAPON_TYPE,
)
from conflictscope.events.predicates.syntax import in_subtree, nearest_date, place_token, token_at
from conflictscope.events.predicates.territory import base_set_up, held_ground
from conflictscope.events.predicates.victims import (
    BODY_WORDS, CIVILIAN_WORDS, CORPSE_WORDS, TOLL_WORDS, casualty_figures, criminal_victim, describes_wound,
    armed_victims, found_body, off_duty, ordinal_victim,
)
from conflictscope.events.predicates.weapons import (
    WEAPON_NOUNS, abstract_object, bomber_killed, defuses_no_weapon, destroyed_by_weapon, device_disarmed, downs_manned_aircraft,
    user_named, watching_aircraft,
    set_off_found_device, war_remnant, weapon_object, went_off_early,
)
from conflictscope.events.roles import RoleReader
from conflictscope.events.senses import other_sense
from conflictscope.geo.gazetteer import normalize_name
from conflictscope.knowledge import load_taxonomy
from conflictscope.mentions.actors import ActorReader, ActorRef
from conflictscope.mentions.attribution import Attribution
from conflictscope.mentions.triggers import TriggerMatch, find_matches, is_irrealis, note_label
from conflictscope.types import PlaceMention

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
# The words between a town and the town after it that situates it: " in ", " city in rural ", " town in al-".
_TOWN_IN_TOWN = re.compile(
    r"(?:\s+(?:city|town|village|area))?\s+in\s+(?:(?:the|rural|northern|southern|eastern|western|central)\s+)*(?:(?:al|el|ar|as|ad|ash|an|at|az|ez)\s*-\s*)?",
    re.IGNORECASE,
)


class SentenceBuilder:
    def __init__(self, actors: ActorReader, is_region_name=lambda name, country: False):
        self.actors = actors
        self.roles = RoleReader(actors)  # who did it, to whom (events/roles.py)
        self.is_region_name = is_region_name  # (name, country code) -> is it a region of that country
        self.taxonomy = load_taxonomy()

    def build(self, facts: SentenceFacts, floating: list[tuple[Attribution, SentenceFacts]]) -> list[EventMention]:
        sent = facts.sent
        matches = [air_support(m) for m in find_matches(sent) if not air_force_unit(m)]
        triggers = [m for m in matches if m.is_trigger and not bomber_killed(m)]
        cues = [
            m.cls for m in matches if not m.is_trigger and not topic_cue(m, self.taxonomy) and not describes_wound(m) and not watching_aircraft(m)
        ]
        weapon_cue = any(not c.startswith("@") and self.taxonomy.event_type_of(c) == WEAPON_TYPE for c in cues + [t.cls for t in triggers])
        has_casualties = any(c.count > 0 for c in facts.casualties)

        triggers = [answered_fire(m) for m in triggers] + found_body(sent, triggers) + blocked_way(sent, matches) + base_set_up(sent, matches)
        real, aid_giver = self._happened(facts, triggers, weapon_cue, has_casualties)
        if any(m.entry is AIRCRAFT_DOWNED for m in real):
            cues = [c for c in cues if c != AIR_BOMBING.cls]  # "shot down an army helicopter": the aircraft struck nothing
        if real and any(m.cls in DEVICE_CLASSES | {"@explosion", "Shelling/artillery/missile attack"} for m in real) and war_remnant(sent):
            # "a villager stepped on a landmine laid during the war", "a rocket left over from the civil
            # war exploded": old ordnance, no one's attack now (ACLED's Other)
            real = [TriggerMatch(REMNANT, real[0].token, real[0].start, real[0].end)]
        warning_fire = bool(real) and not has_casualties and all(
            m.cls in ("@weak", "@violence") and m.token.lemma_.lower() in SHOT_WORDS
            and (into_the_air(m.token) or m.token.dep_ == "dobj" and into_the_air(m.token.head))
            for m in real
        )
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
        self._collect_floating(facts, real, floating)
        if not real:
            return self._refinement(facts, cues)
        real = drop_background(real)
        real = drop_purposes(real, self.taxonomy)
        real = drop_displacement_causes(real)
        real = drop_protest_topics(real, self.taxonomy, has_casualties)

        place_mentions = self.event_places(facts) or facts.previous_places
        perpetrator, target = self.roles.read(real, facts)
        if any(m.entry is SEIZED_ARMS for m in real) and (
            any(m.cls == "Looting/property destruction" for m in real) or perpetrator is not None and perpetrator.kind in NON_STATE_ARMED
        ):
            # weapons taken by an armed group, or with banks looted: looting, not weapons disrupted
            real = [TriggerMatch(SEIZED_GOODS, m.token, m.start, m.end) if m.entry is SEIZED_ARMS else m for m in real]
        if (
            perpetrator is not None and perpetrator.kind == "state_forces" and perpetrator.token.tag_ in ("NNS", "NNPS")
            and self.actors.demonym_country(perpetrator.token)[0] and any(m.cls in CROWD_ACTS for m in real)
            and all(m.cls in CROWD_ACTS or m.cls.startswith("@") for m in real)
        ):
            # "Palestinians hurled Molotov cocktails at a police vehicle": people named by nationality
            # doing what a crowd does (stones, fire) are a crowd, not their state's forces
            perpetrator = ActorRef("rioters", "Rioters ({country})", perpetrator.country_code, False, perpetrator.token, perpetrator.explicit_country)
        if perpetrator is not None and perpetrator.kind == "civilians" and any(shots_fired(m) for m in real):
            # "a man was shot dead by people who knocked on his door", "shot by a group of armed
            # criminals": people who fire on someone are armed men, not a crowd (ACLED's unidentified
            # armed group; its attack, not mob violence)
            perpetrator = ActorRef("political_militia", "Unidentified Armed Group ({country})", perpetrator.country_code, True, perpetrator.token, perpetrator.explicit_country)
        clashes = [m.token for m in real if m.cls == "Armed clash" and m.token.lemma_.lower() in CLASH_WORDS]
        if clashes and not any(shots_fired(m) for m in real) and (
            (side := next((s for t in clashes if (s := followers_fight_one_another(t)) is not None), None)) is not None
            or perpetrator is None and target is not None and target.kind == "civilians" and any(crowd_opponent(t, target.token) for t in clashes)
            and (side := target.token) is not None
        ):
            # "Imbonerakure and CNL supporters fought one another", "a group of youths clashed with
            # residents": a party's people fighting among themselves, or someone unnamed fighting
            # townspeople, with no shots fired, is a fight of crowds (ACLED's mob violence)
            perpetrator = ActorRef("rioters", "Rioters ({country})", None, False, side)
        deals = [d for m in real if m.cls == "Agreement" and (d := deal_noun(m)) is not None and has_parties(d)]
        if deals and (parties := self._parties(deals[0])):
            # "Saudi forces brokered an agreement between the STC and the government": its parties are
            # the actors, not who brokered it
            perpetrator, target = parties[0], (parties[1] if len(parties) > 1 else None)
        if aid_giver is not None and (perpetrator is None or not perpetrator.armed):
            perpetrator = aid_giver
        if target is not None and perpetrator is not None and target.template == perpetrator.template and target.token.dep_ == "nsubjpass" and any(
            c.dep_ == "dobj" for c in target.token.head.children
        ):
            # "Boko Haram/IS attacked Debiro" parsed as a passive ("IS" as its auxiliary): a passive verb
            # with a direct object is a misparse, its subject is who attacked, not a target
            target = None
        killed, injured = casualty_figures(facts.casualties) if not label_only else (None, None)  # deaths its words did not make an event
        running = ordinal_victim(sent, facts.casualties)
        if running is not None:
            killed = running  # "a third soldier died": the toll has reached three
        real = by_captor(real, perpetrator, target, bool(killed or injured))
        civilian_victims = self._civilian_victims(real, facts, target)
        if perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and "{country}" in perpetrator.template and any(
            m.entry in CROWD_AIMED for m in real
        ):
            # "unknown gunmen opened fire on protesters", "militiamen beat the demonstrators": ACLED codes
            # violence of armed men against a demonstration as violence against civilians (the
            # demonstrators its victims), not the forces' intervention nor the crowd's own violence. (A
            # named group that rules the place and breaks up a protest there is coded as the authority
            # that intervened: excessive force.)
            real = [
                TriggerMatch(ATTACK_ON_CROWD, m.token, m.start, m.end) if m.entry in CROWD_AIMED else m
                for m in real if m.cls.startswith("@") or m.entry in CROWD_AIMED or self.taxonomy.event_type_of(m.cls) != "Protests"
            ]
            civilian_victims = True
        if target is None and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and self._attacks_place(real, facts):
            # "militants attacked Natugo village", "gunmen attacked Kagara": with no armed defender
            # named, ACLED codes an armed group's attack on a village or town as one on its people
            civilian_victims = True
        property_target = target is not None and attack_objects().get(target.token.lemma_.lower()) == "property"
        hit = self._objects_hit(real) | ({"property"} if property_target else set()) if target is None or property_target else set()
        if (target is None or property_target) and (perpetrator is None or perpetrator.kind in ORGANISED) and (property_target or not civilian_victims):
            if hit and "armed" not in hit:
                # "gunmen attacked a truck", "police assaulted two journalists": no armed side was hit,
                # the attack was on people or their property (ACLED's violence against civilians)
                civilian_victims = True
            if hit & {"property", "infrastructure"} and not hit & {"armed", "person", "settlement"} and not (killed or injured) and (
                property_damage(real, sent) or hit == {"infrastructure"}
            ):
                # "militants attacked and burned a school", "the pipeline was attacked": nobody hurt, only
                # property hit (ACLED's property destruction; a village attacked is one on its people)
                if not weapon_cue and not any(m.token.lemma_.lower() in SHOT_WORDS for m in real) and not self._attacks_place(real, facts):
                    attacks = [m for m in real if m.cls == "@attack"]
                    real = [m for m in real if m.cls != "@attack"] or [TriggerMatch(DAMAGED, attacks[0].token, attacks[0].start, attacks[0].end)]
                    civilian_victims = False
        # "a Military Police car was shot", "gunmen attacked a checkpoint": an armed side was hit
        target_armed = target.armed if target else (True if "armed" in hit and not civilian_victims else None)
        detained = any(detains_people(m.token) for m in real if m.cls == "Arrests")
        state_acts = perpetrator is not None and perpetrator.kind in ("state_forces", "external_forces")
        if not state_acts and criminal_victim(sent) or (state_acts or perpetrator is None) and criminal_victim(sent, "operation"):
            # "a man was shot dead by two armed men. The victim had charges against him for drug
            # trafficking", "police carried out an operation against drug trafficking ... a suspect was
            # shot": ACLED codes a gang member's killing by a gang or by the police as a clash
            target_armed, civilian_victims = True, False
        if civilian_victims and (perpetrator is None or perpetrator.kind in NON_STATE_ARMED) and armed_victims(sent, facts.casualties, self.actors.actor_at) and not off_duty(sent):
            # "militants attacked the station, killed one civilian and wounded four gendarmes": an armed
            # side was among those hit, so there was a fight (civilians killed in a battle count in it)
            target_armed, civilian_victims = True, False
        if (
            target is not None and target.kind in ORGANISED
            or target is None and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and bool(killed or injured)
        ) and off_duty(sent):
            # an off-duty soldier or officer attacked is a victim, not a side in a fight; so is someone an
            # armed group killed at prayer or at home ("the victim was in the mosque praying")
            target_armed, civilian_victims = False, True
        # a raid that only took or damaged property: the looting (captures.looting_raid)
        real = looting_raid(real, bool(killed or injured), bool(target_armed) or "armed" in hit)
        classification = classify(
            [m.cls for m in real],
            [c for c in cues if not c.startswith("@")],
            Context(
                perpetrator_kind=perpetrator.kind if perpetrator else None,
                perpetrator_armed=perpetrator.armed if perpetrator else None,
                target_kind=target.kind if target else None,
                target_armed=target_armed,
                civilian_victims=civilian_victims,
                casualties=bool(killed or injured),
                battle_context=any(t.lemma_.lower() in BATTLE_WORDS and t.pos_ != "PROPN" and not in_front_of(t) for t in sent),
                observed_fire=any(is_observed(m.token) for m in real if m.cls in ("@explosion", "@fire")),
                # a protest act of the crowd's own (a road blocked, a march) is a demonstration too (not
                # the forces dispersing a crowd: "police intervened to disperse the mob")
                # ("persons who gathered at a mosque" describes people, no protest)
                demonstration=tells_demonstration(sent) or any(m.cls == "Peaceful protest" and m.token.dep_ not in ("relcl", "acl") for m in real),
                participants_detained=detained,
                one_sided=any(m.token.lemma_.lower() in ONE_SIDED_VERBS for m in real),
                crowd=perpetrator is not None and is_crowd(perpetrator),
            ),
        )
        if label is not None:
            # the heading is the coder's own sub-event: "Land seizure: forces seized land for a cemetery",
            # "Security measures: forces raided the town; no clashes were reported"
            classification = Classification(self.taxonomy.event_type_of(label), label, True)
        if classification is None:
            return []
        if (
            classification.sub_event_type == "Armed clash" and target is not None and target.kind in STATE_SIDE
            and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and self.roles.forces_operation(sent)
            and not any(m.token.lemma_.lower() in REPEL_VERBS for m in real)  # "repelled an attack": its author first
        ):
            # "armed men exchanged fire with police during an operation", "officers carrying out a raid
            # were attacked by suspects": ACLED names the forces whose operation it was first
            perpetrator, target = target, perpetrator
        if classification.sub_event_type == AIR_BOMBING.cls and not any(
            c == AIR_BOMBING.cls for c in cues + [m.cls for m in real if m.entry is not AIR_BOMBING]
        ):
            # "forces bombed the town": air strike is a guess from who bombed; a weapon named in
            # another sentence of the story ("shelling homes with rockets") wins over it
            classification = Classification(classification.event_type, classification.sub_event_type, False)
        when = nearest_date(facts.dates, real[0].token)
        historical = bool(
            when and when.value and facts.published and (facts.published - when.value).days > HISTORY_DAYS
        )
        claims = self._claims(real, facts, perpetrator)
        evidence = sentence_evidence(facts)
        # "the city", "here", or a definite event noun ("the attack") refer back to an event told before
        anaphoric = any(t.lower_ in ANAPHORS for t in sent) or any(
            m.token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in m.token.children)
            for m in real
        ) or any(people_told_before(c) for m in real if m.token.pos_ == "VERB" for c in m.token.children if c.dep_ in ("dobj", "nsubjpass"))
        needs_story = all(m.cls == "@weak" and not (weapon_cue or is_aimed(m.token)) for m in real) and not violent_context(sent)
        mentions = []
        for place in place_mentions or [None]:
            mentions.append(
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
                    civilian_victims=civilian_victims,
                    claims=claims,
                    historical=historical,
                    anaphoric=anaphoric and place is None,
                    near=place is not None and is_near(place_token(sent, place)),
                    participants_detained=detained,
                    needs_story=needs_story,
                    running_total=running is not None,
                    warning_fire=warning_fire,
                )
            )
        return mentions

    def _happened(
        self, facts: SentenceFacts, triggers: list[TriggerMatch], weapon_cue: bool, has_casualties: bool
    ) -> tuple[list[TriggerMatch], ActorRef | None]:
        """The triggers that tell an event that happened, each with the class its words decide (a seizure
        of goods, a device defused, air strikes), and the armed group that handed out aid if one did."""
        real: list[TriggerMatch] = []
        aid_giver = None
        for match in triggers:
            if is_irrealis(match.token) or match.cls.startswith("@") and non_violent(match.token):
                # did not happen, or a death from disease, of animals, in a flood (killing words only:
                # "patients of a coronavirus clinic demonstrated" is still a protest)
                continue
            if other_sense(match.token):
                continue  # "fighting fires", "shelled peanuts", "deployed forty inspectors" (see senses.py)
            if describes_fighters(match.token) or is_meeting(match.token):
                continue
            if match.token.dep_ == "acl" and match.token.lemma_.lower() == "target" and any(
                m.token.i == match.token.head.i and m.cls == "Looting/property destruction" for m in triggers
            ):
                continue  # "an arson attack targeting a plant": what the arson hit, no attack of its own
            if match.cls == "@attack" and match.token.dep_ == "compound" and match.token.head.lemma_.lower() in typing_words(WEAPON_NOUNS):
                continue  # "assault rifles": a kind of weapon, no attack
            if match.cls == "Change to group/activity" and match.entry.words[0] in typing_words(AID_VERBS):
                giver = self._aid_giver(match.token)
                if giver is None:
                    continue  # food handed out by anyone but an armed group is no event
                aid_giver = aid_giver or giver
            if match.entry.words[0] in MOVES and len(match.entry.words) == 1:  # not "return fire"
                moved = self._who_moves(match)
                if moved is None:
                    continue
                match = moved
            if defuses_no_weapon(match):
                if abstract_object(match.token):
                    continue  # "to defuse the crisis"
                # "police dismantled a drug lab": property destroyed, no weapon disrupted
                match = TriggerMatch(DISMANTLED, match.token, match.start, match.end)
            if match.cls == "@weak" and match.token.lemma_.lower() in SHOT_WORDS and protest_means(match.token, triggers, self.taxonomy):
                # "soldiers demonstrated by firing into the air", "staged a demonstration and fired
                # gunshots in the air": the demonstrators' own shots make it a violent demonstration
                match = TriggerMatch(CROWD_FIRE, match.token, match.start, match.end)
            elif match.cls == "@weak" and not (weapon_cue or has_casualties or is_aimed(match.token)):
                continue
            elif match.cls == "@weak" and not weapon_cue and harming_strike(match.token):
                # "14 civilians were killed in strikes", "strikes hit the market": news English's bare
                # "strikes" that kill or hit are from the air (a weapon named anywhere in the sentence
                # decides instead: "rocket strikes")
                match = TriggerMatch(STRIKES, match.token, match.start, match.end)
            if match.cls == "Arrests" and match.token.pos_ in ("NOUN", "PROPN") and match.token.dep_ == "compound" and (
                match.token.head.lemma_.lower() in HOLDING_PLACES | typing_words("detention_place")
            ):
                continue  # "the Preventive Detention Centre", "detention camps": a place, no arrest
            if match.cls == "Looting/property destruction" and match.token.lemma_.lower() == "burn" and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ("tire", "tyre") for c in match.token.children
            ):
                # "tires were burned": the street tactic of a demonstration, as "burned tires"
                match = TriggerMatch(TIRES_BURNED, match.token, match.start, match.end)
            if match.cls in TERRITORY_TYPES and captures_people(match.token, self.actors):
                # "two militants were captured by Kurdish fighters": people taken are held, not territory
                match = TriggerMatch(CAPTURED_PEOPLE, match.token, match.start, match.end)
            elif match.cls in TERRITORY_TYPES and seized_arms(match.token):
                # "gendarmes seized 6 assault rifles and ammunition": weapons taken, ACLED's disrupted weapons use
                match = TriggerMatch(SEIZED_ARMS, match.token, match.start, match.end)
            elif match.cls in TERRITORY_TYPES and seized_goods(match.token):
                # "police seized a ton of marijuana", "forces seized three boats": goods, not territory
                match = TriggerMatch(SEIZED_GOODS, match.token, match.start, match.end)
            elif match.cls in TERRITORY_TYPES and not self._has_place_object(match.token, facts):
                continue
            if match.token.lemma_.lower() == "engage" and match.cls == "Armed clash" and any(
                c.dep_ == "prep" and c.lower_ == "in" and not any(p.lemma_.lower() in FIGHT_NOUNS for p in c.children) for c in match.token.children
            ):
                continue  # "workers engaged in mining": an occupation, not a fight ("engaged in a gun battle" is one)
            if match.cls == "Violent demonstration" and match.token.lemma_.lower() == "riot" and match.token.dep_ in ("compound", "amod", "nmod") and (
                match.token.head.pos_ in ("NOUN", "PROPN") and not ((people := self.actors.actor_at(match.token.head)) is not None and not people.armed)
            ):
                continue  # "riot police", "anti-riot units", "riot gear": a kind of force or kit ("rioting prisoners" do riot)
            if match.cls == "Violent demonstration" and match.token.lemma_.lower() == "barricade" and any(
                c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in match.token.children
            ):
                continue  # "teachers barricaded themselves into an office": an occupation, not a riot
            if match.cls == "Chemical weapon" and match.token.lemma_.lower() == "use" and not user_named(match.token):
                continue  # "the use of such weapons is being normalised": no one's use, no event
            if match.cls == "Agreement" and (deal := deal_noun(match)) is not None and not self._between_warring(deal):
                continue  # "the two countries reached a trade deal": no agreement between warring sides
            if match.cls == "Agreement" and match.token.pos_ == "NOUN" and not (is_agreed(match.token) or has_parties(match.token)):
                continue  # "while the ceasefire holds", "to advance the peace deal" report no agreement
            if match.cls == "Agreement" and match.token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in match.token.children):
                continue  # "gave them hours to surrender", "refused to surrender": not done
            if match.cls == "Disrupted weapons use" and match.token.lemma_.lower() == "intercept" and not weapon_object(match.token):
                continue  # "gunmen intercepted a car and shot the driver": a vehicle stopped, no weapon disrupted
            if match.entry.words == ("confront",) and not any(
                (actor := self.actors.actor_at(p)) is not None and actor.armed
                for c in match.token.children if c.dep_ in ("dobj", "nsubjpass", "agent")
                for p in ([c] if c.dep_ != "agent" else [g for g in c.children if g.dep_ == "pobj"])
            ):
                continue  # "to confront the economic crisis": no armed side faced, no fight
            if match.cls == "Disrupted weapons use" and match.token.lemma_.lower() == "shoot" and downs_manned_aircraft(match.token):
                # "troops shot down a cargo plane": fire from the ground at an aircraft with people aboard
                match = TriggerMatch(AIRCRAFT_DOWNED, match.token, match.start, match.end)
            if match.cls == "Looting/property destruction" and match.token.lemma_.lower() == "burn" and self._burns_people(match.token):
                # "the body was burned", "a man was burned": violence against a person, not property
                match = TriggerMatch(FOUND_BODY, match.token, match.start, match.end)
            if match.cls in DEVICE_CLASSES and device_disarmed(match.token):
                # "police recovered four IEDs", "an IED was found and defused": the device never went off
                match = TriggerMatch(DISARMED, match.token, match.start, match.end)
            elif match.cls in DEVICE_CLASSES | {"@explosion"} and (went_off_early(match.token) or set_off_found_device(match.token)):
                # "landmines they were planting exploded prematurely", "police detonated a bomb planted by
                # a man": ACLED's disrupted weapons use
                match = TriggerMatch(DISARMED, match.token, match.start, match.end)
            real.append(match)
        return real, aid_giver

    def _battle_cue(self, cls: str) -> bool:
        return not cls.startswith("@") and self.taxonomy.event_type_of(cls) == BATTLE_TYPE

    def _refinement(self, facts: SentenceFacts, cues: list[str]) -> list[EventMention]:
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
        """"3 fatalities.", "Two fatalities were reported.": a sentence that only states the story's
        death toll gives the total of the event told before it (it raises a lower figure read from
        its victims one by one: "a policeman was shot dead ... The attacker died. 2 fatalities"); with
        no event before it, it is none."""
        tolls = [
            c.count for c in facts.casualties
            if c.kind == "killed" and (t := token_at(facts.sent, c.start)) is not None
            and any(w.lemma_.lower() in TOLL_WORDS for w in (t, t.head))
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

    # ---- places
    def event_places(self, facts: SentenceFacts) -> list[PlaceMention]:
        """Where the sentence says things happened: its towns, else its regions (not a speaker's
        place, an affiliation, a bearing, a container or a group's name)."""
        sent = facts.sent
        speaker_roots = [a.speaker_token for a in facts.attributions if a.speaker_token is not None]
        tokens = {}
        for mention in facts.places:
            token = place_token(sent, mention)
            if token is not None:
                tokens[id(mention)] = token
        kept = []
        for mention in facts.places:
            token = tokens.get(id(mention))
            if token is None:
                continue
            if any(in_subtree(token, root) for root in speaker_roots):
                continue
            if is_reporting_from(token) or self._is_affiliation(token):
                continue
            if len(facts.places) > 1 and is_bearing(token):
                continue  # "in Habla, south of Qalqilya": the second town only says where the first is
            towns = {t.i for m, t in ((m, tokens.get(id(m))) for m in facts.places) if t is not None and m.place.feature == "city"}
            if is_container(token, towns | {token.i}) or self._is_qualifier(mention, token, facts.places, tokens):
                continue
            if self.actors.group_at(token) is not None:
                continue
            kept.append(mention)
        cities = [m for m in kept if m.place.feature == "city"]
        if cities:
            return cities
        regions = [m for m in kept if m.place.feature in ("admin1", "region")]
        if regions:
            return regions
        # Known only to country level: ACLED does not record such events.
        return []

    def _is_affiliation(self, token: Token) -> bool:
        """"a police officer of Tochtepec municipality", "a resident of Goma": where someone is from."""
        node = token.head if token.dep_ == "compound" else token
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.pos_ == "NOUN":
            governor = head.head
            return self.actors.actor_at(governor) is not None and governor.lemma_.lower() not in PLACE_NOUNS
        return False

    def _is_qualifier(self, mention: PlaceMention, token: Token, places: list[PlaceMention], tokens: dict) -> bool:
        """"Marinka, Donetsk", "Rubaya (Masisi, Nord-Kivu)", "Kati (Kati, Koulikoro)": a name after a
        comma or an opening bracket that follows another place situates it, when it names a region
        (or a town that shares its name with the region the first place is in)."""
        doc = token.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        if self._situates_town_before(doc.text, mention, places):
            return True
        k = span.start - 1
        if doc[k].text not in (",", "("):
            return False
        # walk back over the bracket's content to the place it qualifies
        previous = None
        for other in places:
            if other is mention or other.end > mention.start:
                continue
            other_token = tokens.get(id(other))
            if other_token is not None and mention.start - other.end <= 25 and other.place.feature == "city":
                previous = other
        if previous is None:
            return False
        if mention.place.feature in ("admin1", "region", "country"):
            return True
        admin = previous.place.admin1
        return bool(admin) and normalize_name(admin) == normalize_name(mention.text) or self.is_region_name(
            mention.text, previous.place.country_code
        )

    @staticmethod
    def _situates_town_before(text: str, mention: PlaceMention, places: list[PlaceMention]) -> bool:
        """"Ras al Ain in al-Hasakeh", "Ein Issa city in rural Ar-Raqqa": a larger town named after "in"
        right behind a town of the same first-level region says where that town is (the parse may hang
        "in Y" on the verb, so this reads the words between the two names). Not a smaller one: "the
        road linking Aden to Taizz in At Turbah area" happened in At Turbah."""
        if mention.place.feature != "city" or not mention.place.admin1:
            return False
        for other in places:
            if other is mention or other.end > mention.start or other.place.feature != "city" or other.place == mention.place:
                continue
            if mention.place.population <= other.place.population:
                continue
            if _TOWN_IN_TOWN.fullmatch(text[other.end : mention.start]) and normalize_name(other.place.admin1 or "") == normalize_name(
                mention.place.admin1
            ):
                return True
        return False

    def _attacks_place(self, triggers: list[TriggerMatch], facts: SentenceFacts) -> bool:
        """An attack whose object is a village, town or community (named or not), not a force."""
        place_tokens = {t.i for m in facts.places if (t := place_token(facts.sent, m)) is not None}
        for match in triggers:
            if match.cls != "@attack" or match.token.pos_ != "VERB":
                continue
            for child in match.token.children:
                if child.dep_ != "dobj":
                    continue
                node = child
                if node.lemma_.lower() in SETTLEMENT_NOUNS:
                    return True  # "attacked the village of X", "attacked Nangade village"
                if node.i in place_tokens or any(c.i in place_tokens for c in node.conjuncts):
                    return True
                if node.pos_ == "PROPN" and self.actors.actor_at(node) is None and named_object_kind(node) is None:
                    return True  # a name that is no armed group or country: a place the gazetteer lacks, or a person
        return False

    def _parties(self, deal: Token) -> list[ActorRef]:
        """The actors "between" whom an agreement is made."""
        found = []
        for prep in (c for c in deal.children if c.dep_ == "prep" and c.lower_ == "between"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found += [a for t in (pobj, *pobj.conjuncts) if (a := self.actors.actor_at(t)) is not None]
        return found

    def _between_warring(self, deal: Token) -> bool:
        """An agreement or deal whose terms are about the fighting ("a de-escalation zone deal", "a
        deal to end the fighting", "an agreement on the evacuation of fighters"), or whose parties
        include an armed group that is not a country ("an agreement between the regime and HTS", "the
        army and the rebels reached a deal"). Two countries' deal on other terms is no event here."""
        terms = typing_words("truce_term")
        verb = deal if deal.pos_ == "VERB" else deal.head if deal.dep_ in ("dobj", "nsubjpass") else None
        # the terms: the noun's own words, and what the verb says it is on or for ("reached a deal on
        # the evacuation", "agreed a deal to end the fighting")
        told = [*deal.subtree] + ([
            t for c in verb.children if c.dep_ in ("xcomp", "advcl") or c.dep_ == "prep" and c.lower_ in ("on", "over", "for", "to")
            for t in c.subtree
        ] if verb is not None else [])
        if any(t.lemma_.lower() in terms or t.lower_ in terms for t in told):
            return True
        parties = [p for c in deal.children if c.dep_ == "prep" and c.lower_ in ("between", "with") for p in c.children if p.dep_ == "pobj"]
        if verb is not None:
            parties += [c for c in verb.children if c.dep_ == "nsubj"]
            parties += [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "between") for p in c.children if p.dep_ == "pobj"]
        for party in [q for p in parties for q in (p, *p.conjuncts)]:
            actor = self.actors.actor_at(party)
            if actor is not None and actor.armed and actor.kind in ORGANISED and not self.actors.country_of_name(party.text):
                return True
        return False

    def _aid_giver(self, verb: Token) -> ActorRef | None:
        """A non-state armed group is who does it: "members of the CJNG delivered food packages",
        "a video showing gang members delivering food" (the noun the clause hangs off)."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in ("acl", "relcl") or not doers and verb.dep_ in ("advcl", "xcomp", "conj"):
            doers.append(verb.head)
        if not any((a := self.actors.actor_at(d)) is not None and a.armed for d in doers):
            # the parse lost the subject ("in X, members of the Gulf Cartel delivered ..."): a group
            # named before the verb
            doers = [t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")]
        for doer in doers:
            actor = self.actors.actor_at(doer)
            if actor is not None and actor.armed and actor.kind in NON_STATE_ARMED:
                return actor
        return None

    def _objects_hit(self, triggers: list[TriggerMatch]) -> set[str]:
        """What the attacks of the sentence hit, when it is no actor the tables know: "person" (an
        unarmed actor), a kind of attack_objects.tsv ("property", "infrastructure", "armed")."""
        kinds = set()
        for match in triggers:
            if match.cls not in ("@attack", "@violence"):
                continue
            token = match.token
            objects = []
            holder = token.head if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS else token
            # what was aimed at: "shot at a bus", "opened fire on a taxi"
            # (only for shots and attack nouns: "killed a man at the bus station" says where)
            shots = token.lemma_.lower() in SHOT_WORDS
            aimed = [
                p for h in ((token,) if holder is token else (holder, token)) for c in h.children
                if c.dep_ == "prep" and (c.lower_ in ("on", "upon", "against") or c.lower_ == "at" and shots)
                for p in c.children if p.dep_ == "pobj"
            ] if shots or token.pos_ == "NOUN" else []
            if token.pos_ == "VERB":
                objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                if not objects:
                    # "attacked and looted the office": the object of the second verb is the first's too
                    objects = [g for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children if g.dep_ == "dobj"]
                objects += aimed
            elif token.pos_ == "NOUN":
                objects = aimed
            for obj in objects:
                kind = self._object_kind(obj)
                if kind == "property" and token.lemma_.lower() in RAID_WORDS:
                    continue  # "forces raided a residence": a search of a house, its people may fight
                if kind is not None:
                    kinds.add(kind)
        return kinds

    def _object_kind(self, obj: Token) -> str | None:
        table = attack_objects()
        actor = self.actors.actor_at(obj)
        if actor is not None and actor.armed:
            return "armed"
        for child in obj.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < obj.i:
                owner = self.actors.actor_at(child)
                if owner is not None and owner.armed and not self.actors.demonym_country(child)[0] and not self.actors.country_of_name(child.text):
                    return "armed"  # "a military truck", "the army camp", "a Taliban checkpoint"
        kind = table.get(obj.lemma_.lower()) or table.get(obj.lower_) or named_object_kind(obj)
        return kind or ("person" if actor is not None else None)

    def _has_place_object(self, token: Token, facts: SentenceFacts) -> bool:
        return held_ground(token) or any(
            (t := place_token(facts.sent, m)) is not None and token.is_ancestor(t) for m in facts.places
        )

    # ---- victims and movers
    def _burns_people(self, verb: Token) -> bool:
        """"the body was burned", "burned a man", "found ... and partially burnt": what burned is a
        body or a person."""
        if verb.dep_ == "amod" and verb.head.lemma_.lower() in CORPSE_WORDS:
            return True  # "the partially burnt body of a man"
        holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        if verb.dep_ == "conj" and verb.head.lemma_.lower() == "find" and any(t.lower_ in CORPSE_WORDS for t in verb.sent):
            return True  # "the body of a man was found with gunshot wounds and partially burnt"
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    if child.lemma_.lower() in CORPSE_WORDS:
                        return True
                    actor = self.actors.actor_at(child)
                    if actor is not None and actor.kind == "civilians" and child.lemma_.lower() not in PLACE_NOUNS:
                        return True
        return False

    def _who_moves(self, match: TriggerMatch) -> TriggerMatch | None:
        """Movement, displacement and release verbs make an event only for the right people: forces
        entering or arriving (Change to group/activity), counted displaced people fleeing, evacuating,
        returning or arriving (Other), counted prisoners released (Other), people joining a named armed
        group (Change to group/activity)."""
        token = match.token
        word = match.entry.words[0]
        if is_cumulative(token):
            return None  # "until 29 April, 753 prisoners were released": a running total, not an event
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Movement of forces: On 30 April, 2 Turkish convoys entered Idleb": a heading parsed as a
        # second subject; the one nearest the verb moved
        subject = subjects[-1] if subjects else None
        if subject is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            subject = token.head  # "210 migrants returned from Peru" parsed as a clause on its noun
        elif subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif subject is None and token.dep_ == "xcomp":
            subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)  # "forced 480 villagers to flee"
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if word == "join":
            group = self.actors.group_at(obj) if obj is not None else None
            return match if group is not None and group.kind != "protesters" else None
        if word == "release":
            held = obj if obj is not None else subject if subject is not None and subject.dep_ == "nsubjpass" else None
            if held is None or not is_counted(held):
                return None
            from_prison = any(
                p.lemma_.lower() in HOLDING_PLACES for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
            )
            return match if held.lemma_.lower() in HELD_PEOPLE or from_prison else None
        if word == "displace" and obj is not None:
            subject = obj  # "the fighting displaced 500 families": who was displaced
        if subject is None:
            return None
        if word in ("flee", "evacuate", "return", "arrive", "displace") and subject.lemma_.lower() in DISPLACED_PEOPLE and is_counted(subject):
            if hazard_displacement(token):
                return None  # "12 million people have been displaced by flooding": no political violence
            return TriggerMatch(DISPLACED, token, match.start, match.end)
        if word in ("enter", "arrive"):
            actor = self.actors.actor_at(subject)
            if actor is not None and actor.armed and actor.kind != "civilians":
                return TriggerMatch(MOVED, token, match.start, match.end)
        return None

    def _civilian_victims(self, triggers: list[TriggerMatch], facts: SentenceFacts, target: ActorRef | None) -> bool:
        if target is not None and target.kind == "civilians":
            return True
        for casualty in facts.casualties:
            if casualty.count > 0 and casualty.victims and casualty.victims.rstrip("s") in CIVILIAN_WORDS | {"civilian"}:
                return True
        for match in triggers:
            # "opened fire on a civilian vehicle": the light verb holds the target
            holder = match.token.head if match.token.dep_ == "dobj" and match.token.head.lemma_.lower() in LIGHT_VERBS else match.token
            for token in holder.subtree:
                if token.lemma_.lower() in ("civilian", "residential"):
                    return True
        return False

    # ---- claims
    def _claims(self, triggers: list[TriggerMatch], facts: SentenceFacts, perpetrator: ActorRef | None) -> list[tuple[Attribution, str]]:
        claims = []
        for attribution in facts.attributions:
            if not any(attribution.covers(m.token) for m in triggers):
                continue
            stance = attribution.stance
            if stance == "asserts" and any(self_agent(m.token) for m in triggers if attribution.covers(m.token)):
                stance = "claims_responsibility"
            claims.append((attribution, stance))
        return claims

    def _collect_floating(self, facts: SentenceFacts, real: list[TriggerMatch], floating) -> None:
        """Denials and responsibility claims that name no event of their own ("Armenia denied the
        attack", "the group claimed responsibility") are attached to an event later."""
        for attribution in facts.attributions:
            if attribution.stance not in ("denies", "claims_responsibility"):
                continue
            if any(attribution.covers(m.token) for m in real):
                continue
            floating.append((attribution, facts))
