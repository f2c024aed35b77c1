"""What the attacks of a sentence hit and who suffered them: the kinds of object hit (attack_objects.tsv),
a village or town attacked, a body or person burned, civilian victims. The builder reads from these
whether an event is a battle, violence against civilians or property destruction."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.attacks import LIGHT_VERBS, attack_objects, named_object_kind
from conflictscope.events.predicates.captures import RAID_WORDS
from conflictscope.events.predicates.fire import SHOT_WORDS
from conflictscope.events.predicates.places import PLACE_NOUNS, SETTLEMENT_NOUNS
from conflictscope.events.predicates.syntax import place_token
from conflictscope.events.predicates.territory import held_ground
from conflictscope.events.predicates.victims import CIVILIAN_WORDS, CORPSE_WORDS
from conflictscope.mentions.actors import ActorReader, ActorRef
from conflictscope.mentions.triggers import TriggerMatch


def objects_hit(triggers: list[TriggerMatch], actors: ActorReader) -> set[str]:
    """What the attacks of the sentence hit, when it is no actor the tables know: "person" (an
    unarmed actor), a kind of attack_objects.tsv ("property", "infrastructure", "armed")."""
    kinds = set()
    for match in triggers:
        if match.cls not in ("@attack", "@violence"):
            continue
        for obj in _attack_objects_of(match.token):
            kind = object_kind(obj, actors)
            if kind == "property" and match.token.lemma_.lower() in RAID_WORDS:
                continue  # "forces raided a residence": a search of a house, its people may fight
            if kind is not None:
                kinds.add(kind)
    return kinds


def _attack_objects_of(token: Token) -> list[Token]:
    """The words an attack word names as what it hit: its objects, and what it was aimed at."""
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
    return objects


def object_kind(obj: Token, actors: ActorReader) -> str | None:
    """"armed" (an armed actor, or a thing an armed actor owns), a kind of attack_objects.tsv, or
    "person" for an unarmed actor; None when the word tells none of these."""
    table = attack_objects()
    actor = actors.actor_at(obj)
    if actor is not None and actor.armed:
        return "armed"
    for child in obj.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < obj.i:
            owner = actors.actor_at(child)
            if owner is not None and owner.armed and not actors.demonym_country(child)[0] and not actors.country_of_name(child.text):
                return "armed"  # "a military truck", "the army camp", "a Taliban checkpoint"
    kind = table.get(obj.lemma_.lower()) or table.get(obj.lower_) or named_object_kind(obj)
    return kind or ("person" if actor is not None else None)


def attacks_place(triggers: list[TriggerMatch], facts: SentenceFacts, actors: ActorReader) -> bool:
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
            if node.pos_ == "PROPN" and actors.actor_at(node) is None and named_object_kind(node) is None:
                return True  # a name that is no armed group or country: a place the gazetteer lacks, or a person
    return False


def has_place_object(token: Token, facts: SentenceFacts) -> bool:
    """A taking of ground: the word holds ground ("took control of the area") or a place of the sentence."""
    return held_ground(token) or any(
        (t := place_token(facts.sent, m)) is not None and token.is_ancestor(t) for m in facts.places
    )


def burns_people(verb: Token, actors: ActorReader) -> bool:
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
                actor = actors.actor_at(child)
                if actor is not None and actor.kind == "civilians" and child.lemma_.lower() not in PLACE_NOUNS:
                    return True
    return False


def civilian_victims(triggers: list[TriggerMatch], facts: SentenceFacts, target: ActorRef | None) -> bool:
    """Civilians were hit: the target is civilians, a casualty figure counts civilians, or the attack's
    words name something civilian ("a civilian vehicle", "residential areas")."""
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
