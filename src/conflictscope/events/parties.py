"""The parties of agreements and aid: who an agreement is made between, whether it is one between
warring sides, and the armed group that hands out aid (ACLED codes both as its actors)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.events.predicates.scheme import NON_STATE_ARMED, ORGANISED
from conflictscope.mentions.actors import ActorReader, ActorRef


def deal_parties(deal: Token, actors: ActorReader) -> list[ActorRef]:
    """The actors "between" whom an agreement is made."""
    found = []
    for prep in (c for c in deal.children if c.dep_ == "prep" and c.lower_ == "between"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            found += [a for t in (pobj, *pobj.conjuncts) if (a := actors.actor_at(t)) is not None]
    return found


def between_warring(deal: Token, actors: ActorReader) -> bool:
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
        actor = actors.actor_at(party)
        if actor is not None and actor.armed and actor.kind in ORGANISED and not actors.country_of_name(party.text):
            return True
    return False


def aid_giver(verb: Token, actors: ActorReader) -> ActorRef | None:
    """A non-state armed group is who does it: "members of the CJNG delivered food packages",
    "a video showing gang members delivering food" (the noun the clause hangs off)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") or not doers and verb.dep_ in ("advcl", "xcomp", "conj"):
        doers.append(verb.head)
    if not any((a := actors.actor_at(d)) is not None and a.armed for d in doers):
        # the parse lost the subject ("in X, members of the Gulf Cartel delivered ..."): a group
        # named before the verb
        doers = [t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")]
    for doer in doers:
        actor = actors.actor_at(doer)
        if actor is not None and actor.armed and actor.kind in NON_STATE_ARMED:
            return actor
    return None
