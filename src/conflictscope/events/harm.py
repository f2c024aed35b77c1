"""Who the sentence's events harmed, as the classifier needs it: were the victims civilians, was the side
hit armed, what kinds of object were hit. ACLED's event type turns on these (a battle needs an armed
side hit; violence against civilians an unarmed one; property destruction no one hurt)."""

from __future__ import annotations

from dataclasses import dataclass

from conflictscope.events.hit import attacks_place, civilian_victims, objects_hit
from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.attacks import attack_objects, property_damage
from conflictscope.events.predicates.crowds import communal_fight, killings_between_peoples, quarrel_violence
from conflictscope.events.predicates.entries import ATTACK_ON_CROWD, CROWD_AIMED, DAMAGED
from conflictscope.events.predicates.fire import SHOT_WORDS
from conflictscope.events.predicates.scheme import NON_STATE_ARMED, ORGANISED
from conflictscope.events.predicates.victims import armed_victims, criminal_victim, off_duty
from conflictscope.knowledge import Taxonomy
from conflictscope.mentions.actors import ActorReader, ActorRef
from conflictscope.mentions.triggers import TriggerMatch


@dataclass(frozen=True)
class Harm:
    real: list[TriggerMatch]  # the triggers, an attack on a crowd or on property only re-read as such
    civilian_victims: bool
    target_armed: bool | None  # None: unknown
    hit: frozenset[str]  # kinds of object hit (hit.objects_hit) when no target actor was read, or it is property


def read_harm(
    real: list[TriggerMatch],
    facts: SentenceFacts,
    perpetrator: ActorRef | None,
    target: ActorRef | None,
    harmed: bool,
    weapon_cue: bool,
    actors: ActorReader,
    taxonomy: Taxonomy,
) -> Harm:
    """``harmed``: the sentence gives a number killed or injured."""
    civilians = civilian_victims(real, facts, target)
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
            for m in real if m.cls.startswith("@") or m.entry in CROWD_AIMED or taxonomy.event_type_of(m.cls) != "Protests"
        ]
        civilians = True
    if target is None and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and attacks_place(real, facts, actors):
        # "militants attacked Natugo village", "gunmen attacked Kagara": with no armed defender
        # named, ACLED codes an armed group's attack on a village or town as one on its people
        civilians = True
    real, civilians, hit = _objects_without_a_side(real, facts, perpetrator, target, civilians, harmed, weapon_cue, actors)
    # "a Military Police car was shot", "gunmen attacked a checkpoint": an armed side was hit
    target_armed = target.armed if target else (True if "armed" in hit and not civilians else None)
    if perpetrator is None and (target is None or target.kind == "civilians"):
        real = quarrel_violence(real, facts.sent)  # "a man was attacked and killed over a property dispute"
    is_people = lambda t: actors.demonym_country(t) == (True, None)  # noqa: E731 (a people of no state: "Dinka", "Fulani")
    real = killings_between_peoples(real, is_people)
    if not target_armed and (target is None or target.kind not in ("state_forces", "external_forces")) and communal_fight(real, is_people):
        # peoples, clans or tribes fighting each other: ACLED's identity militias, armed on both sides
        target_armed, civilians = True, False
    target_armed, civilians = _victims_as_acled_codes_them(facts, perpetrator, target, target_armed, civilians, harmed, actors)
    return Harm(real, civilians, target_armed, frozenset(hit))


def _objects_without_a_side(
    real: list[TriggerMatch],
    facts: SentenceFacts,
    perpetrator: ActorRef | None,
    target: ActorRef | None,
    civilians: bool,
    harmed: bool,
    weapon_cue: bool,
    actors: ActorReader,
) -> tuple[list[TriggerMatch], bool, set[str]]:
    """With no target actor read (or a target that is property), the objects hit tell who suffered:
    people or their property (violence against civilians), or only property (property destruction)."""
    property_target = target is not None and attack_objects().get(target.token.lemma_.lower()) == "property"
    hit = objects_hit(real, actors) | ({"property"} if property_target else set()) if target is None or property_target else set()
    if (target is None or property_target) and (perpetrator is None or perpetrator.kind in ORGANISED) and (property_target or not civilians):
        if hit and "armed" not in hit:
            # "gunmen attacked a truck", "police assaulted two journalists": no armed side was hit,
            # the attack was on people or their property (ACLED's violence against civilians)
            civilians = True
        if hit & {"property", "infrastructure"} and not hit & {"armed", "person", "settlement"} and not harmed and (
            property_damage(real, facts.sent) or hit == {"infrastructure"}
        ):
            # "militants attacked and burned a school", "the pipeline was attacked": nobody hurt, only
            # property hit (ACLED's property destruction; a village attacked is one on its people)
            if not weapon_cue and not any(m.token.lemma_.lower() in SHOT_WORDS for m in real) and not attacks_place(real, facts, actors):
                attacks = [m for m in real if m.cls == "@attack"]
                real = [m for m in real if m.cls != "@attack"] or [TriggerMatch(DAMAGED, attacks[0].token, attacks[0].start, attacks[0].end)]
                civilians = False
    return real, civilians, hit


def _victims_as_acled_codes_them(
    facts: SentenceFacts,
    perpetrator: ActorRef | None,
    target: ActorRef | None,
    target_armed: bool | None,
    civilians: bool,
    harmed: bool,
    actors: ActorReader,
) -> tuple[bool | None, bool]:
    """(target armed, civilian victims) after ACLED's rules on gang members, battles with civilians
    among the dead, and off-duty forces."""
    sent = facts.sent
    state_acts = perpetrator is not None and perpetrator.kind in ("state_forces", "external_forces")
    if not state_acts and criminal_victim(sent) or (state_acts or perpetrator is None) and criminal_victim(sent, "operation"):
        # "a man was shot dead by two armed men. The victim had charges against him for drug
        # trafficking", "police carried out an operation against drug trafficking ... a suspect was
        # shot": ACLED codes a gang member's killing by a gang or by the police as a clash
        target_armed, civilians = True, False
    if civilians and (perpetrator is None or perpetrator.kind in NON_STATE_ARMED) and armed_victims(sent, facts.casualties, actors.actor_at) and not off_duty(sent):
        # "militants attacked the station, killed one civilian and wounded four gendarmes": an armed
        # side was among those hit, so there was a fight (civilians killed in a battle count in it)
        target_armed, civilians = True, False
    if (
        target is not None and target.kind in ORGANISED
        or target is None and perpetrator is not None and perpetrator.kind in NON_STATE_ARMED and harmed
    ) and off_duty(sent):
        # an off-duty soldier or officer attacked is a victim, not a side in a fight; so is someone an
        # armed group killed at prayer or at home ("the victim was in the mosque praying")
        target_armed, civilians = False, True
    return target_armed, civilians
