"""Who acted and who was acted on, settled: the roles reader (roles.py) reads the sentence's subjects and
objects; these readings correct what ACLED codes differently (a crowd named by nationality, people who
shoot, a fight of crowds, an agreement's parties, the armed group handing out aid, a misparsed passive).
Each reading takes the sides and the triggers and gives them back, in the order ``settle_sides`` runs."""

from __future__ import annotations

from conflictscope.events.parties import deal_parties
from conflictscope.events.predicates.agreements import deal_noun, has_parties
from conflictscope.events.predicates.attacks import shots_fired
from conflictscope.events.predicates.crowds import crowd_opponent, followers_fight_one_another, named_group_of, unknown_attackers
from conflictscope.events.predicates.entries import SEIZED_ARMS, SEIZED_GOODS
from conflictscope.events.predicates.fights import CLASH_WORDS
from conflictscope.events.predicates.scheme import CROWD_ACTS, NON_STATE_ARMED
from conflictscope.mentions.actors import COMMUNITY_WORDS, ActorReader, ActorRef
from conflictscope.mentions.triggers import TriggerMatch


def settle_sides(
    real: list[TriggerMatch], perpetrator: ActorRef | None, target: ActorRef | None, giver: ActorRef | None, actors: ActorReader
) -> tuple[list[TriggerMatch], ActorRef | None, ActorRef | None]:
    """(triggers, perpetrator, target) as ACLED codes them, from what the roles reader read."""
    real = _arms_taken_as_loot(real, perpetrator)
    perpetrator = _crowd_named_by_nationality(perpetrator, real, actors)
    perpetrator = _shooters_are_armed_men(perpetrator, real)
    perpetrator = _members_of_a_named_group(perpetrator, real)
    perpetrator = _fight_of_crowds(perpetrator, target, real)
    perpetrator, target = _agreement_parties(perpetrator, target, real, actors)
    if giver is not None and (perpetrator is None or not perpetrator.armed):
        perpetrator = giver
    target = _misparsed_passive(perpetrator, target)
    return real, perpetrator, target


def _arms_taken_as_loot(real: list[TriggerMatch], perpetrator: ActorRef | None) -> list[TriggerMatch]:
    if any(m.entry is SEIZED_ARMS for m in real) and (
        any(m.cls == "Looting/property destruction" for m in real) or perpetrator is not None and perpetrator.kind in NON_STATE_ARMED
    ):
        # weapons taken by an armed group, or with banks looted: looting, not weapons disrupted
        return [TriggerMatch(SEIZED_GOODS, m.token, m.start, m.end) if m.entry is SEIZED_ARMS else m for m in real]
    return real


def _crowd_named_by_nationality(perpetrator: ActorRef | None, real: list[TriggerMatch], actors: ActorReader) -> ActorRef | None:
    if (
        perpetrator is not None and perpetrator.kind == "state_forces" and perpetrator.token.tag_ in ("NNS", "NNPS")
        and actors.demonym_country(perpetrator.token)[0] and any(m.cls in CROWD_ACTS for m in real)
        and all(m.cls in CROWD_ACTS or m.cls.startswith("@") for m in real)
    ):
        # "Palestinians hurled Molotov cocktails at a police vehicle": people named by nationality
        # doing what a crowd does (stones, fire) are a crowd, not their state's forces
        return ActorRef("rioters", "Rioters ({country})", perpetrator.country_code, False, perpetrator.token, perpetrator.explicit_country)
    return perpetrator


def _shooters_are_armed_men(perpetrator: ActorRef | None, real: list[TriggerMatch]) -> ActorRef | None:
    if perpetrator is not None and perpetrator.kind == "civilians" and (any(shots_fired(m) for m in real) or unknown_attackers(perpetrator, real)):
        # "a man was shot dead by people who knocked on his door", "shot by a group of armed
        # criminals": people who fire on someone are armed men, not a crowd (ACLED's unidentified
        # armed group; its attack, not mob violence); so are people named only as unknown
        # ("assaulted by unknown people": crowds.unknown_attackers)
        return ActorRef("political_militia", "Unidentified Armed Group ({country})", perpetrator.country_code, True, perpetrator.token, perpetrator.explicit_country)
    return perpetrator


def _members_of_a_named_group(perpetrator: ActorRef | None, real: list[TriggerMatch]) -> ActorRef | None:
    if perpetrator is not None and perpetrator.kind == "civilians" and not any(m.cls == "Armed clash" for m in real) and (
        name := named_group_of(perpetrator.token)
    ) is not None:
        # "members of Ahrar al Sharqiyah assaulted a civilian", "a group of BJP workers attacked an
        # activist": a named organisation's people attacking someone are that organisation (a
        # political militia when the group table does not know it), not a crowd; "members of the Koli
        # caste attacked a family": a community of birth's people attacking are its militia (identity)
        told = perpetrator.token  # (the people, "members", or the name's own noun, "caste")
        named = [told] if told.dep_ == "pobj" else [o for p in told.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        community = next((o for o in named if o.lemma_.lower() in COMMUNITY_WORDS), None)
        if community is not None:
            return ActorRef("identity_militia", f"{name} {community.lemma_.title()} Militia ({{country}})", perpetrator.country_code, True, perpetrator.token, perpetrator.explicit_country)
        return ActorRef("political_militia", name, perpetrator.country_code, True, perpetrator.token, perpetrator.explicit_country)
    return perpetrator


def _fight_of_crowds(perpetrator: ActorRef | None, target: ActorRef | None, real: list[TriggerMatch]) -> ActorRef | None:
    clashes = [m.token for m in real if m.cls == "Armed clash" and m.token.lemma_.lower() in CLASH_WORDS]
    if clashes and not any(shots_fired(m) for m in real) and (
        (side := next((s for t in clashes if (s := followers_fight_one_another(t)) is not None), None)) is not None
        or perpetrator is None and target is not None and target.kind == "civilians" and any(crowd_opponent(t, target.token) for t in clashes)
        and (side := target.token) is not None
    ):
        # "Imbonerakure and CNL supporters fought one another", "a group of youths clashed with
        # residents": a party's people fighting among themselves, or someone unnamed fighting
        # townspeople, with no shots fired, is a fight of crowds (ACLED's mob violence)
        return ActorRef("rioters", "Rioters ({country})", None, False, side)
    return perpetrator


def _agreement_parties(
    perpetrator: ActorRef | None, target: ActorRef | None, real: list[TriggerMatch], actors: ActorReader
) -> tuple[ActorRef | None, ActorRef | None]:
    deals = [d for m in real if m.cls == "Agreement" and (d := deal_noun(m)) is not None and has_parties(d)]
    if deals and (parties := deal_parties(deals[0], actors)):
        # "Saudi forces brokered an agreement between the STC and the government": its parties are
        # the actors, not who brokered it
        return parties[0], (parties[1] if len(parties) > 1 else None)
    return perpetrator, target


def _misparsed_passive(perpetrator: ActorRef | None, target: ActorRef | None) -> ActorRef | None:
    if target is not None and perpetrator is not None and target.template == perpetrator.template and target.token.dep_ == "nsubjpass" and any(
        c.dep_ == "dobj" for c in target.token.head.children
    ):
        # "Boko Haram/IS attacked Debiro" parsed as a passive ("IS" as its auxiliary): a passive verb
        # with a direct object is a misparse, its subject is who attacked, not a target
        return None
    return target
