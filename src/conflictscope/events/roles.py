"""Actor roles: who did it (actor1) and to whom (actor2) in one sentence's event, read from the parse
around its triggers and from the actor tables: subjects, agents and objects of the trigger, the side an
attack was repelled by, a crowd on one side of a clash, the owner of an operation or a planted device,
a ceasefire monitor's tally (the state's forces)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from conflictscope.events.datelines import dateline_places
from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.attacks import (
    ARMED_INDIVIDUALS, ASSAULT_NOUNS, CLAIM_VERBS, LIGHT_VERBS, OPERATION_NOUNS, RELATIVE_PRONOUNS, REPEL_VERBS,
)
from conflictscope.events.predicates.crowds import ARMED_MODIFIERS, BEATING_VERBS, organised_side
from conflictscope.events.predicates.entries import DISPLACED
from conflictscope.events.predicates.accusations import accused, accusing_verb
from conflictscope.events.predicates.fights import CLASH_WORDS, FIGHT_NOUNS
from conflictscope.events.predicates.fire import SHOT_WORDS, observed_by_monitor
from conflictscope.events.predicates.places import PLACE_NOUNS
from conflictscope.events.predicates.scheme import DEVICE_CLASSES, NON_STATE_ARMED, STATE_SIDE
from conflictscope.events.predicates.syntax import appositions, in_subtree, subjects, token_at
from conflictscope.events.predicates.victims import CORPSE_WORDS, UNACCUSATIVE, unarmed_herders
from conflictscope.events.predicates.weapons import CARRIERS, DEVICE_WORDS
from conflictscope.knowledge import load_reporting_verbs, load_role_words, load_taxonomy, read_kinds, read_rows
from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.mentions.actors import ARMED_STRUGGLE_WORDS, COMMUNITY_WORDS, ActorReader, ActorRef, armed_only_crudely
from conflictscope.mentions.triggers import TriggerMatch, find_matches


KIN_SIDES = load_role_words()["kin_sides"]
DEVICE_HIT_VERBS = load_role_words()["device_hit_verbs"]
FORCE_THINGS = load_role_words()["force_things"]
FINDING_VERBS = load_role_words()["finding_verbs"]
TOLL_VERBS = load_role_words()["toll_verbs"]
PEOPLE_SIDES = load_role_words()["people_sides"]
DISRUPTING_VERBS = load_role_words()["disrupting_verbs"]
HURT_PARTICIPLES = load_role_words()["hurt_participles"]
REMARK_VERBS = load_role_words()["remark_verbs"]
THINGS_ACTED_ON_PREPOSITIONS = load_role_words()["acted_on_prepositions"]
RESPONSE_VERBS = load_role_words()["response_verbs"]
# participles on an attack's noun whose agent made the attack or stopped it ("an attack carried out by",
# "an attack repelled by"): lemma (or "lemma particle") -> "authoring" or "defending"
ATTACK_PARTICIPLES = dict(read_kinds("attack_participles.tsv", ("authoring", "defending", "assaulting")))
TAXONOMY = load_taxonomy()
REPORTING_VERBS = frozenset(load_reporting_verbs())
# herders named by their way of life ("herder", "herdsman"): the actor table's words for a pastoralists' militia
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def met_device(verb: Token) -> bool:
    """"an army vehicle struck an IED", "a boy stepped on a landmine": the verb's subject met a device
    someone else laid."""
    if verb.lemma_.lower() not in DEVICE_HIT_VERBS:
        return False
    if _set_against(verb):
        return False
    for child in verb.children:
        # (what the verb's subject met is its object or a place it went onto, "stepped on a mine", "ran over
        # an IED"; not its instrument: "Russian forces struck Kharkiv with S-300 missiles" is their strike)
        objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ != "with" else []
        if any(o.lemma_.lower() in DEVICE_WORDS - CARRIERS for o in objects):
            return True
    return False


# Prepositions that tell where a device was set off against what it hit ("triggered a landmine under a
# police vehicle", "detonated the charge beneath the convoy")
SET_AGAINST = frozenset("under beneath underneath against".split())


def _set_against(verb: Token) -> bool:
    """The device the verb's subject met is told set off under or against something else, or aimed at it
    ("Maoists triggered a landmine under a police vehicle", "triggered an IED targeting a patrol"): the
    subject set it off, it did not run into it."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep" and c.lower_ in SET_AGAINST and any(p.dep_ == "pobj" for p in c.children)
        or c.dep_ in ("acl", "advcl") and c.lemma_.lower() == "target"
        for h in holders for c in h.children
    )


def between_parties(trigger: Token) -> list[Token]:
    """The sides a clash took place "between": "clashes erupted between X and Y", "a firefight
    between X and the military" (the parties hang off the verb the clash is subject of)."""
    holders = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]
    # "an armed fight ensued between X and Y": or off a verb that tells the clash itself
    holders += [c for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    sides: list[Token] = []
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "prep" and child.lower_ in ("between", "among"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    sides += [pobj, *pobj.conjuncts]
    return sides


class RoleReader:
    """Reads who acted and who was acted on; SentenceBuilder asks it for each event it builds."""

    def __init__(self, actors: ActorReader):
        self.actors = actors

    def read(self, triggers: list[TriggerMatch], facts: SentenceFacts) -> tuple[ActorRef | None, ActorRef | None]:
        """(perpetrator, target) of the sentence's triggers."""
        self.actors.when = facts.published  # (names whose side changed are read as of this day)
        # whose communique it is: a state body speaking with its country told ("Armenia's defence ministry
        # said the enemy shelled ..."): the side its "enemy" is against (mentions/actors.py, _enemy)
        self.actors.home = next((
            a.speaker.country_code for a in facts.attributions
            if a.speaker.country_code and a.speaker.kind in ("government", "official", "state_forces", "military")
        ), None)
        self._triggers = triggers
        perpetrator = target = None
        # peoples fight as their militias when the fight hurt someone ("Lendu youths fought with Hema
        # villagers, killing 4"); two groups of a people's traders clashing with stones are a crowd
        harmed = bool(facts.casualties)
        # people who fled are who acted only when the sentence tells nothing else ("families fled after
        # rebels attacked the town": the rebels); so do those of a strategic development ("police were
        # patrolling when gang members started shooting": the gang members)
        # (an interception's own verb first: "air defences intercepted a missile fired by the Houthis": who
        # stopped the weapon acts in ACLED's disrupted weapons use, who fired it is acted on)
        for match in sorted(triggers, key=lambda m: (m.entry is DISPLACED, _strategic(m) and not _interception(m))):
            p, t = self._roles_of(match.token, harmed)
            if target is not None and match.token.i == target.token.i:
                p = None  # "a bomb hit an Afghan military patrol": the patrol's owner is the side hit
            if perpetrator is not None and p is not None and target is None and t is None and _strategic(match) and (
                match.entry is not DISPLACED and p.armed and p.token.i != perpetrator.token.i and p.kind != perpetrator.kind
            ):
                t = p  # (the forces on patrol were who the gang members shot at)
            perpetrator = perpetrator or p
            target = target or t
        if perpetrator is not None and perpetrator.kind == "civilians" and any(
            p.dep_ == "pobj" and p.i in {m.token.i for m in triggers if m.cls.startswith("@") or TAXONOMY.event_type_of(m.cls) in VIOLENT_TYPES}
            for c in perpetrator.token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ):
            # "a family of suicide bombers blew themselves up": people named as those who made the attack
            # (its own word) are its authors, no civilians; with no side named, an unidentified armed group
            perpetrator = None
        under = self._under_fire(facts.sent)
        if under is not None:
            # "their patrol came under fire from militants", "the post came under attack by gunmen": the one
            # the fire or attack came from acted; the subject suffered it
            perpetrator, hit = under
            target = hit if hit is not None else (target if target is not None and target.token.i != perpetrator.token.i else None)
        if perpetrator is not None and perpetrator.kind == "civilians" and perpetrator.token.lemma_.lower() in PLACE_NOUNS and not any(
            m.entry is DISPLACED for m in triggers
        ):
            # "near Thar Si Gone village, ..., a landmine explosion injured a villager" parsed with the
            # village as the subject: a place does not act (its people may flee: "the village fled")
            perpetrator = None
        if perpetrator is not None and perpetrator.kind in STATE_SIDE and self._came_to(perpetrator.token, triggers):
            # "officers responded to a shooting in Nyanga", "police responded to reports of gunfire": forces
            # who came to the scene of violence nobody says was theirs are no side of it (a police report
            # tells the shooting from those who came after); its author is unknown
            perpetrator = None
        responder = None
        if perpetrator is not None and perpetrator.armed and (answered := self._answered(perpetrator, target)) is not None:
            # "soldiers returned fire", "police responded with gunfire towards the attackers": the side
            # that answers fire was attacked (actor2); who attacked is the side it fired at, or none named
            perpetrator, target = answered
            responder = target.token.i
        for match in triggers:
            if match.token.pos_ == "VERB" and (match.token.lemma_.lower() in REPEL_VERBS or _phrasal_repel(match.token)):
                repelled = self._repelled(match.token, [a for a in (perpetrator, target) if a is not None])
                if repelled is not None:
                    # "Afghan forces repelled a Taliban attack": the side that attacked is actor1, the
                    # side that repelled it actor2 (ACLED codes the attack's author first)
                    attacker, defender = repelled
                    perpetrator, target = attacker, defender or (target if target is not None and target.token.i != attacker.token.i else None)
                    break
        if (
            perpetrator is not None and perpetrator.kind in STATE_SIDE and target is not None and target.armed
            and target.kind not in STATE_SIDE and target.token.dep_ == "dobj" and _told_attacking_forces(target.token, self.actors)
            and not self._own_account(target.token)
        ):
            # "troops neutralised 12 bandits who attacked their base", "soldiers killed ISWAP fighters who
            # tried to overrun a base": the armed men the forces killed are told attacking the forces; the
            # attack is theirs, its author first as ACLED codes it (not "the army said it killed ...": the
            # side's own account, which keeps it first, as for an attack it says it repelled; nor forces told
            # firing on them, "soldiers opened fire on gunmen who stormed a checkpoint": told acting, as
            # session 11 reads it)
            perpetrator, target = target, perpetrator
        if (
            perpetrator is not None and target is not None and perpetrator.template.startswith("Unidentified Armed Group")
            and target.armed and target.kind not in STATE_SIDE and (defender := self._defender_of(perpetrator.token)) is not None
            and defender.token.i != target.token.i
        ):
            # "two jihadists were killed in an attack foiled by troops": the armed side hit when the attack
            # was stopped made it; who stopped it is acted on
            perpetrator, target = target, defender
        for match in triggers:
            if match.cls == "Armed clash" and match.token.lemma_.lower() in CLASH_WORDS:
                crowd = self._crowd_side(match.token, perpetrator, harmed)
                if crowd is not None:
                    # "clashes broke out between Palestinians and Israeli forces", "two village groups
                    # clashed": a crowd on one side makes the fight a riot, the crowd its first actor
                    if perpetrator is not None and perpetrator.token.i != crowd.token.i:
                        target = target or perpetrator
                    perpetrator = crowd
                    break
        if perpetrator is None:
            for match in triggers:
                if match.cls != "Armed clash" and match.token.lemma_.lower() not in CLASH_WORDS:
                    continue
                # (only armed sides: people named as a crowd are the crowd's, read above)
                sides = between_parties(match.token)
                if match.token.pos_ == "VERB":
                    # "Beni Amir and Nuba groups clashed": the sides are the verb's coordinated subject
                    sides += [t for c in match.token.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
                peoples = harmed and not self._against_forces(match.token, sides)
                parties = [a for t in sides if (a := self._side(t, peoples)) is not None and a.armed and t.i != responder]
                if parties:
                    # "clashes erupted between Bani Ali and Al Badi tribesmen", "a firefight between
                    # BIFF militants and soldiers": the first side named acts, the other is acted on
                    perpetrator = parties[0]
                    target = target or next((a for a in parties[1:] if a.token.i != perpetrator.token.i), None)
                    break
        if target is None:
            # "cut the throats of a teacher and his wife", "slit the throats of seven villagers": an object
            # that is a word of the trigger's own phrase is no target; whose it is, is
            target = next((
                a for m in triggers for c in m.token.children if c.dep_ == "dobj" and m.start <= c.i < m.end and c.i != m.token.i
                for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in PLACE_NOUNS and (a := self.actors.actor_at(o)) is not None
            ), None)  # (not a place taken: "took control of the village")
        if target is None:
            for casualty in facts.casualties:
                token = token_at(facts.sent, casualty.start)
                if token is not None:
                    head = token.head if token.pos_ == "NUM" else token
                    actor = self.actors.actor_at(head)
                    if actor is not None:
                        target = actor
                        break
        if target is not None and target.kind == "state_forces" and self.actors.demonym_country(target.token)[0]:
            # "fired at a Palestinian", "two Afghans were killed": people named by nationality are civilians
            target = ActorRef("civilians", "Civilians ({country})", target.country_code, False, target.token, target.explicit_country)
        if target is not None and self._herders_hit(target, triggers):
            # "raiders shot dead four herders", "gunmen killed two herdsmen": herders are an armed side only
            # when told fighting or armed ("armed herders", "clashed with herders"); hit, they are civilians
            target = ActorRef("civilians", "Civilians ({country})", target.country_code, False, target.token, target.explicit_country)
        if perpetrator is not None and perpetrator.kind == "civilians" and perpetrator.token.tag_ in ("NNS", "NNPS") and _from_community_words(perpetrator.token):
            # "youths from the Bobo community attacked herders", "men from the X clan raided a camp": people
            # who attack as members of a community are its communal militia (ACLED's identity militia)
            perpetrator = ActorRef("identity_militia", "Communal Militia ({country})", None, True, perpetrator.token)
        if (harmed or any(m.cls == "Armed clash" for m in triggers)) and perpetrator is not None and perpetrator.kind == "civilians" and (
            people := self._people_side(perpetrator.token)
        ) is not None and any(_violent(m) and m.token.lemma_.lower() not in BEATING_VERBS for m in triggers) and not any(
            not m.cls.startswith("@") and TAXONOMY.event_type_of(m.cls) in ("Protests", "Riots") for m in triggers
        ) and not (self.actors.demonym_country(perpetrator.token)[0] and any(
            m.token.lemma_.lower() in CLASH_WORDS and self._against_forces(m.token, []) for m in triggers
        )):
            # "Toposa youths killed three men", "Murle pastoralists stabbed a soldier": people named by a
            # people (a demonym of no state) who attack or kill are its ethnic militia, as ACLED codes them
            # (not a crowd's violence told with its demonstration: "traders protested and attacked ...",
            # nor an attack that hurt nobody: "a group of Papuans attacked a driver" is a mob; a clash of
            # peoples is their militias' even unhurt, but not a people named by its plural clashing with
            # the state's forces: "Kurds clashed with police" is a crowd)
            perpetrator = people
        beating = any(m.token.lemma_.lower() in BEATING_VERBS for m in triggers)
        if beating and perpetrator is not None and perpetrator.kind == "civilians" and perpetrator.token.tag_ == "NNS":
            pass  # "beaten to death by four men": a group beating someone without arms is a mob
        elif perpetrator is not None and perpetrator.kind == "civilians" and (
            perpetrator.token.lemma_.lower() in ARMED_INDIVIDUALS or self.actors.suspected_of_crime(perpetrator.token)
        ) and not (perpetrator.token.lemma_.lower() in typing_words("crowd") and armed_only_crudely(perpetrator.token)):
            # (not a crowd's people told armed only with sticks, stones or blades: "youths armed with
            # machetes attacked a police post" are a crowd, ACLED's mob violence; "men armed with
            # machetes killed three villagers" stay armed men)
            # ("suspected robbers shot dead a trader": those suspected of a crime who attack are armed men)
            perpetrator = ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, perpetrator.token)
        if target is not None and target.kind == "civilians" and self.actors.suspected_of_crime(target.token) and (
            any(t.lemma_.lower() in CLASH_WORDS | FIGHT_NOUNS | {"encounter"} for t in facts.sent)
            or perpetrator is not None and _answers_fire(perpetrator.token.head)
        ):
            # "two suspected robbers were killed in a shoot-out with police": suspects told fighting bore arms
            target = ActorRef("political_militia", "Unidentified Armed Group ({country})", target.country_code, True, target.token, target.explicit_country)
        if perpetrator is None:
            # "militants were killed during an operation by Afghan forces", "... in operations carried
            # out by the gendarmerie": whoever ran the operation
            perpetrator = self._operation_owner(facts.sent, target) or self._device_owner(facts.sent, target)
        if perpetrator is None and any(observed_by_monitor(m.token) for m in triggers):
            # A ceasefire monitor's tally of fire names no side; ACLED codes it to a warring party, the
            # state's forces by default, never to an unidentified group.
            perpetrator = ActorRef("state_forces", "Military Forces of {country}", None, True, triggers[0].token)
        hurt_actor = None
        if perpetrator is None:
            perpetrator, target, hurt_actor = self._named_subject(facts, target)
        if perpetrator is None:
            perpetrator = self._clash_opponent(triggers, target)
        if perpetrator is None and hurt_actor is not None:
            perpetrator = hurt_actor
        if perpetrator is None and target is not None and target.armed and target.kind in NON_STATE_ARMED and not _blast_told(triggers, facts.sent):
            # "five terrorists were neutralised in an operation near Djibo, the army said", "three militants
            # were killed in an encounter, police said": armed men killed with no side named, told by the
            # state's forces, were killed by those forces (their own statement of their operation)
            perpetrator = self._forces_speaking(facts)
        if target is None and perpetrator is not None and (planter := self._device_owner(facts.sent, perpetrator)) is not None and (
            (disrupter := self._disrupter(planter.token)) is not None and disrupter.kind == perpetrator.kind
        ):
            # "a joint team of the police and the CRPF defused five IEDs planted by Maoists", the team read
            # first: who laid the device they found is acted on
            target = planter
        if perpetrator is not None and (disrupter := self._disrupter(perpetrator.token)) is not None:
            # "Gendarmerie forces located explosives planted by PKK", "a team recovered IEDs planted by
            # NPA militants": who found or defused the device acts (ACLED's disrupted weapons use); who
            # planted it is acted on
            perpetrator, target = disrupter, perpetrator
        if perpetrator is not None and perpetrator.kind in STATE_SIDE and _blast_told(triggers, facts.sent) and not told_acting(perpetrator.token) and not any(
            observed_by_monitor(m.token) for m in triggers
        ):
            # "a bomb exploded near a police van, injuring six policemen", "a mine went off beside an army
            # bus": in a blast the text names no author of, forces named only by what was hit, where it
            # went off or who was hurt are its target; its author is ACLED's unidentified armed group
            if target is None or target.kind in STATE_SIDE or target.token.i == perpetrator.token.i:
                target = perpetrator if target is None or target.kind != perpetrator.kind else target
            perpetrator = None
        if target is not None and target.kind in STATE_SIDE and (party := _party_at_war(triggers, perpetrator)) is not None:
            # "the Kangleipak Communist Party ambushed an army patrol", "cadres of the X Communist Party
            # attacked a police post": a party whose men take arms against the state's forces is an
            # insurgency (ACLED's rebel group), not a party's militia
            perpetrator = party
        if perpetrator is not None and target is not None and perpetrator.armed and target.armed and (
            which := _attack_on_the(facts.sent)
        ) is not None:
            first, second = sorted((perpetrator, target), key=lambda a: a.token.i)
            attacked = first if which == "former" else second
            if second.token.i < next(t.i for t in facts.sent if t.lower_ == which) and first.token.i != second.token.i:
                # "clashes between X and unidentified gunmen during an attack on the former's headquarters":
                # of the two sides named before, the one the attack was on is acted on, the other attacked
                perpetrator, target = (second, first) if attacked is first else (first, second)
        if perpetrator is not None and (joint := self._joint_force(perpetrator.token)) is not None:
            # "Turkish forces and opposition rebels under OPS shelled X", "... and JWS factions, operating
            # under OPS": sides acting under a named joint operation are that operation (ACLED's actor)
            perpetrator = joint
        return perpetrator, target

    def _came_to(self, side: Token, triggers: list[TriggerMatch]) -> bool:
        """``side`` is the subject of a verb of answering (response_verbs: "respond", "react") told "to" the
        violence itself or a report of it ("responded to a shooting", "responded to reports of gunfire"),
        and no armed side is named in what it answered ("responded to rebel shelling": an exchange)."""
        head = _phrase_head(side)
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONSE_VERBS:
            return False
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None:
            return False
        answered = list(to.subtree)
        if not any(t.i == m.token.i for m in triggers for t in answered) or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in answered):
            return False  # ("troops responded to an attack on their base": they were attacked)
        return not any(
            (a := self.actors.actor_at(t)) is not None and a.armed for t in answered if t.pos_ in ("NOUN", "PROPN") and t.i not in {m.token.i for m in triggers}
        )

    def _under_fire(self, sent: Span) -> tuple[ActorRef, ActorRef | None] | None:
        """(source, subject) of "X came under fire from Y", "X came under attack by Y": Y armed."""
        for token in sent:
            if token.dep_ != "pobj" or token.head.lower_ != "under" or token.head.dep_ != "prep":
                continue
            verb = token.head.head  # (the "from" hangs on the fire or on the verb: "came under fire from X")
            source = next((
                a for c in (*token.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for o in c.children if o.dep_ == "pobj" and (a := self.actors.actor_at(o)) is not None and (a.armed or a.kind == "rioters")
            ), None)  # (or a crowd: "a police patrol came under attack from a mob of youths")
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            hit = self.actors.actor_at(subject) if subject is not None else None
            if source is not None:
                return source, (hit if hit is not None and hit.token.i != source.token.i else None)
            if hit is not None and hit.kind in STATE_SIDE and token.lemma_.lower() in ("fire", "attack", "gunfire"):
                # "soldiers came under fire near Gao": forces fired on by no one named, an unnamed armed group
                return ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, token), hit
        return None

    def _herders_hit(self, target: ActorRef, triggers: list[TriggerMatch]) -> bool:
        """Herders named as who was hit, not as fighters: a herders' word of the actor table ("herder",
        "herdsman") with no "armed" before it, in a sentence that tells no fight ("clashed", "a gunfight")."""
        if target.kind != "identity_militia" or not unarmed_herders(target.token):
            return False
        return not any(m.token.lemma_.lower() in CLASH_WORDS | FIGHT_NOUNS | {"exchange"} for m in triggers)

    def _people_side(self, token: Token) -> ActorRef | None:
        """A side of a fight named as people of a people ("Dinka and Nuer youths clashed", "a group of
        Kanuri men clashed with ..."): that people's ethnic militia, as ACLED codes communal fighting."""
        if token.lemma_.lower() in ("group", "groups"):
            token = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), token)
        is_demonym, code = self.actors.demonym_country(token)
        if is_demonym and code is None and token.text[:1].isupper() and token.lower_.endswith("s"):
            # "a group of Papuans", "the Hutus": the people named by its plural (its singular names it)
            single = token.text[:-1] if token.lower_[:-1] in self.actors.demonyms else token.text
            return ActorRef("identity_militia", f"{single} Ethnic Militia ({{country}})", None, True, token)
        actor = self.actors.actor_at(token)
        if actor is None or actor.kind != "civilians" or token.tag_ not in ("NNS", "NNPS"):
            return None
        people = self._people_named(token)
        return ActorRef("identity_militia", f"{people} Ethnic Militia ({{country}})", None, True, token) if people else None

    def _people_named(self, head: Token) -> str | None:
        """The people a plural noun of persons is named by: "Dinka" in "Dinka youths", a capitalised
        demonym of no state before it (not "Afghan youths": a country's people)."""
        for child in head.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i and child.text[:1].isupper():
                is_demonym, code = self.actors.demonym_country(child)
                if is_demonym and code is None:
                    return child.text
        return None

    def _speakers_own(self, trigger: Token) -> ActorRef | None:
        """"AFRICOM said its airstrike killed two fighters", "the army said their shelling hit a depot": an
        event noun owned by "its" or "their" under a reporting verb is the armed speaker's own."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in trigger.children) or not any(
            m.token.i == trigger.i and _violent(m) for m in find_matches(trigger.sent)
        ):
            return None  # (not "police said their patrol was attacked": a patrol is no violence of theirs)
        for verb in trigger.ancestors:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                actor = self.actors.actor_at(subject) if subject is not None else None
                return actor if actor is not None and actor.armed else None
        return None

    def _forces_speaking(self, facts: SentenceFacts) -> ActorRef | None:
        """The state's forces that tell the sentence ("..., the army said", "police said"), if any."""
        for attribution in facts.attributions:
            token = attribution.speaker_token
            actor = self.actors.actor_at(token) if token is not None else None
            if actor is not None and actor.kind == "state_forces" and actor.armed:
                return actor
            if token is not None and _defence_ministry(token):
                # "30 Taliban were killed in clearing operations, the Ministry of Defence said": the ministry
                # that commands the forces tells their operation (its state's, by its demonym if it names one)
                code = self.actors._modifier_country(token)
                return ActorRef("state_forces", "Military Forces of {country}", code, True, token, code is not None)
        return None

    def _speakers_forces(self, subject: Token) -> ActorRef | None:
        """The speaker's own side told as the subject of what it reports: "the U.S. military said it
        carried out an air strike" (a pronoun standing for the armed speaker), "the Russian defence
        ministry said its jets destroyed a command post" (the state's machines or men the speaker owns:
        that state's forces, wherever they struck)."""
        pronoun = subject.lower_ in ("it", "they", "we")
        owned = not pronoun and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children)
        if not pronoun and not owned:
            return None
        people = False  # "its men", "their members": people the speaker owns, named by no force's word
        if owned:
            own = self.actors.actor_at(subject)
            people = (own is None or own.kind == "civilians") and subject.tag_ in ("NNS", "NNPS") and not any(
                c.dep_ in ("amod", "compound", "nmod") for c in subject.children
            )  # ("its operatives", a word the tables do not know, are the speaker's people too)
            if not people and (own is None or own.kind != "state_forces" or own.explicit_country):
                return None
        for verb in subject.ancestors:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
                continue
            # (not a hyphen of a name parsed in pieces: "Jamaat-ul-Ahrar said it ...")
            speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.text not in ("-", "\u2010", "\u2011")), None)
            if speaker is None or speaker.i > subject.i:
                return None
            actor = self.actors.actor_at(speaker)
            if actor is not None and actor.armed:
                # ("the Frontier Corps said its men killed three militants": the men of an armed speaker are
                # its own, whoever speaks; a state's machines or men are that state's)
                return replace(actor, token=subject) if owned and (actor.kind in STATE_SIDE or people) else (actor if pronoun else None)
            if people:
                return None
            code = self.actors._modifier_country(speaker) if owned else None
            # ("the Russian defence ministry": a state's body names its state)
            return ActorRef("state_forces", own.template, code, True, subject, True) if code else None
        return None

    def _answered(self, responder: ActorRef, target: ActorRef | None) -> tuple[ActorRef | None, ActorRef] | None:
        """(attacker, responder) when ``responder`` is the subject of a verb telling fire answered
        (``response_verbs``: "returned fire", "reacted with gunfire", "fired back"): the attacker is the
        armed side it fired towards or at, else the side it hit, else none."""
        subject = responder.token
        while subject.dep_ == "conj" and subject.head is not subject:
            subject = subject.head  # "soldiers and police returned fire"
        verb = subject.head
        if subject.dep_ != "nsubj" or not _answers_fire(verb):
            return None
        # (the aim hangs off the verb, its fire or the noun of its "with": "reacted with gunfire towards them")
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        aimed = next((
            a for v in holders for c in v.children if c.dep_ == "prep" and c.lower_ in ("towards", "toward", "at", "on")
            for o in c.children if o.dep_ == "pobj" and (a := self.actors.actor_at(o)) is not None and a.armed and a.token.i != responder.token.i
        ), None)
        if aimed is None and target is not None and target.token.i != responder.token.i and target.kind != responder.kind:
            # ("returned fire, killing two militants"; not the responder's own post: "fired back after
            # gunmen shot at their checkpoint")
            aimed = target
        return aimed, responder

    def _named_subject(self, facts: SentenceFacts, target: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None, ActorRef | None]:
        """The armed side a subject or modifier of the sentence names, as (perpetrator, target, hurt
        side): not a speaker, a victim, a finder, a place's name or a coder's remark. A side told among
        the hurt is given apart, to act only when no side the victims fought is named."""
        perpetrator = hurt_actor = None
        speaker_roots = [a.speaker_token for a in facts.attributions if a.speaker_token is not None]
        # a country inside a place's name ("Mexico City", "the Mexico-Puebla road") names no actor
        # (only a place name of several words holding the token: "Mexico City", not "Myanmar military")
        in_places = [(m.start, m.end) for m in facts.places if " " in m.text.strip() or "-" in m.text]
        # nor does the dateline ("MAIDUGURI, Nigeria - Three soldiers died ..."): where the story was filed
        dateline = [(m.start, m.end) for m in dateline_places(facts)]
        # people told as killed or hurt are victims ("an IED explosion left 3 rapid reaction forces
        # personnel injured"), not who struck
        hurt = {
            v.i for c in facts.casualties if c.victims for t in facts.sent
            if c.start <= t.idx < c.end and c.victims in (t.lower_, t.lemma_.lower()) for v in (t, *t.conjuncts)
        }
        hurt_sides = {a.kind for i in hurt if (a := self.actors.actor_at(facts.sent.doc[i])) is not None and a.armed}
        for allow_hurt in (False, True):
            # (a second look takes the hurt too: "2 Taliban militants were killed when the mines they were
            # planting went off", "a French soldier and two ISGS fighters were killed in fighting"; not
            # the state's forces alone, who are an unnamed attack's victims)
            if perpetrator is not None or allow_hurt and not hurt:
                break
            hurt_actor = None
            for token in facts.sent:
                if any(a <= token.idx < b for a, b in dateline):
                    continue
                if _phrase_head(token).i in hurt and not allow_hurt or _finder(token, self.actors.actor_at) or _joined_name(token) or _coder_remark(token) or _undergoes(token):
                    continue
                if token.dep_ == "nsubj" and self._came_to(token, self._triggers):
                    continue  # "officers responded to a shooting": who came to the scene
                if _stopped_attack(token):
                    # "an incursion foiled by Indian troops left three intruders dead": who stopped the
                    # attack was attacked (the author, unnamed, is the intruders' side)
                    target = target or self.actors.actor_at(token)
                    continue
                if token.dep_ == "attr" and self.actors.misread_acronym(token.head):
                    # "IS militants planted an IED" parsed as "is militants": the phrase is the subject
                    actor = self.actors.actor_at(token)
                    if actor is not None and actor.armed and (target is None or actor.token.i != target.token.i):
                        perpetrator = actor
                        break
                if token.dep_ not in ("nsubj", "compound", "amod", "poss") or any(in_subtree(token, r) for r in speaker_roots):
                    continue
                subject = token if token.dep_ == "nsubj" else token.head
                if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in UNACCUSATIVE:
                    continue  # who died ("a British soldier died") is a victim, not who attacked
                if subject.dep_ == "nsubj" and met_device(subject.head):
                    # "an army vehicle struck an IED": the vehicle's side was hit, it did not attack
                    target = target or self.actors.actor_at(token)
                    continue
                if target is not None and target.token.lemma_.lower() in FORCE_THINGS and in_subtree(token, target.token):
                    continue  # "targeting a security forces convoy": the forces whose convoy was hit
                if not allow_hurt and target is not None and token.dep_ in ("compound", "amod", "poss") and _in_phrase_acted_on(token, target.token):
                    # "ambushed a group of police officers", "dahalo clashed with military forces", "shooting
                    # against two houses, property of police officers": a word of the target's own phrase names
                    # the target or its owner, not another side that acted (the second look, at the hurt, keeps
                    # its reading: "10 Taliban militants were killed following their attacks")
                    continue
                if _owns_thing_acted_on(token):
                    # "a bomb went off near an army convoy", "an IED hit a police vehicle": the side
                    # whose convoy or post was hit or stood near is acted on, not who struck
                    target = target or self.actors.actor_at(token)
                    continue
                if token.dep_ in ("amod", "compound") and (people := self.actors.actor_at(token.head)) is not None and not people.armed:
                    continue  # "Indian nationals", "Afghan migrants": the people's nationality, not their state's forces
                if target is None and _owns_by_of(token) and (owner := self.actors.actor_at(token)) is not None and owner.armed:
                    # "the enemy shelled positions of the Ukrainian army": the armed side whose positions were
                    # hit is acted on (where no other target is read: the rest as before)
                    target = owner
                    continue
                if token.dep_ == "compound" and (
                    any(a <= token.idx < b for a, b in in_places) or token.head.lemma_.lower() in PLACE_NOUNS | {"road", "highway"}
                ):
                    continue
                actor = self.actors.actor_at(token)
                if actor is not None and actor.armed and (target is None or actor.token.i != target.token.i):
                    if allow_hurt:
                        if actor.kind not in STATE_SIDE or len(hurt_sides) > 1:
                            hurt_actor = actor  # taken only if no side the victims fought is named
                        break
                    perpetrator = actor
                    break
        return perpetrator, target, hurt_actor

    def _clash_opponent(self, triggers: list[TriggerMatch], target: ActorRef | None) -> ActorRef | None:
        """"militants were killed during clashes with ANDSF forces", "in a gunfight with security forces":
        the side the victims fought."""
        for match in triggers:
            if match.token.pos_ != "NOUN" or match.token.lemma_.lower() not in CLASH_WORDS | FIGHT_NOUNS or match.token.dep_ != "pobj":
                continue
            verb = match.token.head.head
            if not any(c.dep_ == "nsubjpass" for c in verb.children):
                continue  # (only victims told in the passive: not "X had an encounter with Y")
            other = next((
                a for c in match.token.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" and (a := self.actors.actor_at(p)) is not None
            ), None)
            if other is not None and other.armed and (target is None or other.token.i != target.token.i):
                return other
        for match in triggers:
            # "a Maoist was killed in an encounter with the police", "two robbers died in a shoot-out with
            # RAB members": the victims of a passive killing, told killed in a meeting of any name with an
            # armed side (South Asian English's "encounter"), fell to that side (its people, not its things:
            # not "killed in a collision with an army truck")
            verb = match.token
            if verb.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in verb.children):
                continue
            other = next((
                a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for n in c.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                for p in w.children if p.dep_ == "pobj" and p.lemma_.lower() not in FORCE_THINGS and (a := self.actors.actor_at(p)) is not None
            ), None)
            if other is not None and other.armed and other.kind in STATE_SIDE and (target is None or other.token.i != target.token.i):
                return other
        return None

    def forces_operation(self, sent: Span) -> bool:
        """The sentence tells an operation, raid or patrol of the forces: "during an operation", "in a
        raid", "police carried out a raid" (not "militants attacked a patrol", "fired on a patrol":
        there it is the target)."""
        for token in sent:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in OPERATION_NOUNS | {"patrol"}:
                continue
            head = token.head
            if token.dep_ == "pobj" and head.lower_ in ("during", "in", "amid"):  # (not "fired on a patrol")
                return True
            if token.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS | {"do", "make", "undertake"} and any(
                c.dep_ == "nsubj" and (a := self.actors.actor_at(c)) is not None and a.kind in STATE_SIDE for c in head.children
            ):
                return True
        return False

    def _operation_owner(self, sent: Span, target: ActorRef | None) -> ActorRef | None:
        for token in sent:
            if token.lemma_.lower() not in OPERATION_NOUNS or token.pos_ != "NOUN":
                continue
            owner = self.actors.perpetrator_modifier(token)
            for child in token.children:
                if owner is None and child.dep_ == "prep" and child.lower_ == "by":
                    owner = next((a for p in child.children if p.dep_ == "pobj" and (a := self.actors.actor_at(p)) is not None), None)
                if owner is None and child.dep_ == "acl":
                    # "operations carried out by the gendarmerie"
                    agents = [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                    owner = next((a for g in agents if (a := self.actors.actor_at(g)) is not None), None)
            if owner is not None and owner.armed and (target is None or owner.token.i != target.token.i):
                return owner
        return None

    def _device_owner(self, sent: Span, target: ActorRef | None) -> ActorRef | None:
        """"a bomb planted by the Taliban hit a military vehicle", "an IED placed by militants", "a bomb
        suspected to have been planted by Taliban": who planted the device."""
        for token in sent:
            if token.lemma_.lower() not in DEVICE_WORDS - CARRIERS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for acl in token.children:
                if acl.dep_ != "acl" or acl.tag_ != "VBN":
                    continue
                for child in (acl, *(x for x in acl.children if x.dep_ == "xcomp" and x.tag_ == "VBN")):
                    for agent in (a for a in child.children if a.dep_ == "agent"):
                        for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                            owner = self.actors.actor_at(pobj)
                            if owner is not None and owner.armed and (target is None or owner.token.i != target.token.i):
                                return owner
        return None

    def _repelled(self, verb: Token, known: list[ActorRef]) -> tuple[ActorRef, ActorRef | None] | None:
        """(attacker, defender) of a repelling verb: "X repelled an attack by Y", "X thwarted Y's
        incursion", "X repulsed their attack" (the other armed side the sentence names), "Y were
        repelled by X", "X repelled the militants"."""
        if verb.head.lemma_.lower() in CLAIM_VERBS and not self._bystander_says(verb.head) and _told_of_itself(verb):
            return None  # "X claimed to have thwarted an attack": the claimant's own account puts it first
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        defender = attacker = None
        for child in verb.children:
            if child.dep_ == "nsubj" and not passive:
                defender = self.actors.actor_at(child)
            elif child.dep_ == "agent":
                defender = next((a for p in child.children if (a := self.actors.actor_at(p)) is not None), None)
        obj = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if obj is None:
            return None
        if obj.lemma_.lower() in ASSAULT_NOUNS:
            attacker = self.actors.perpetrator_modifier(obj)
            for child in obj.children:
                if attacker is None and child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
                    attacker = next((a for p in child.children if p.dep_ == "pobj" and (a := self.actors.actor_at(p)) is not None), None)
            told_by = [c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its") or (
                c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.tag_ == "NNS"
            )]
            if attacker is None and told_by:
                # "militants were killed when forces repulsed their attack", "a militant was killed when
                # forces repulsed his attack", "30 Taliban militants were killed when forces repulsed
                # militants attacks": the other side named, else the side the noun names
                others = [a for a in known if a.armed and (defender is None or a.token.i != defender.token.i)]
                attacker = others[0] if others else self.actors.actor_at(told_by[0])
            elif attacker is None and defender is not None and defender.armed and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in obj.children
            ) and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) or obj.tag_ == "NNS" and not any(c.dep_ == "det" for c in obj.children)):
                # "troops repelled an attack on their base, killing 12 of the attackers": a new attack on the
                # forces told with no author is the unnamed attackers' (ACLED codes the attack's author
                # first), the other armed side named if any (not "the attack": one told before, whose
                # author the report gives there); so for any armed side that repelled it ("VDP volunteers
                # repelled an attack on Djibo": a militia defending is attacked too)
                others = [a for a in known if a.armed and a.token.i != defender.token.i and a.kind not in STATE_SIDE]
                attacker = others[0] if others else ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, obj)
        else:
            attacker = self.actors.actor_at(obj)
        if attacker is None or not attacker.armed or defender is not None and defender.token.i == attacker.token.i:
            return None
        return attacker, defender

    def _own_account(self, victims: Token) -> bool:
        """The verb ``victims`` are the object of is told by the side itself under a reporting verb ("the
        army says it killed 20 terrorists who ..."): ``_told_of_itself`` under a reporting verb."""
        verb = victims.head
        while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
        return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in REPORTING_VERBS | CLAIM_VERBS and _told_of_itself(verb)

    def _defender_of(self, noun: Token) -> ActorRef | None:
        """The armed side an attack's noun is told stopped by ("an attack repelled by Malian soldiers"), if any."""
        if noun.lemma_.lower() not in ASSAULT_NOUNS:
            return None
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and _participle_role(child) == "defending":
                for agent in (a for a in child.children if a.dep_ == "agent"):
                    found = next((f for p in agent.children if p.dep_ == "pobj" and (f := self.actors.actor_at(p)) is not None and f.armed), None)
                    if found is not None:
                        return found
        return None

    def _bystander_says(self, verb: Token) -> bool:
        """The one who says it is no armed side ("..., residents said", "witnesses said"): the account is
        not a side's own."""
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        actor = self.actors.actor_at(speaker) if speaker is not None else None
        return actor is not None and not actor.armed

    def _crowd_side(self, trigger: Token, subject: ActorRef | None, harmed: bool = False) -> ActorRef | None:
        """The unorganised side of a clash, as rioters: its subject or one of the parties "between"
        whom it took place, when that side is people (vendors, youths, groups of villagers) or people
        named only by nationality ("Palestinians", "Indian nationals")."""
        # "X and Y supporters fought one another": each conjunct of the subject is a side
        sides = [subject.token, *subject.token.conjuncts] if subject is not None else []
        sides += between_parties(trigger)  # "clashes erupted between X and Y"
        if trigger.pos_ == "VERB" and subject is None:
            sides += [t for c in trigger.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        # peoples fighting each other are their ethnic militias (_side); a people's crowd against the
        # state's forces ("Kurdish youths clashed with police") is a crowd
        peoples = harmed and not self._against_forces(trigger, sides)
        for token in sides:
            if organised_side(token) or token.lemma_.lower() in KIN_SIDES or peoples and self._people_side(token) is not None:
                continue  # (families or clans fighting are their communal militias, peoples their ethnic ones: _side)
            actor = self.actors.actor_at(token)
            if actor is not None and actor.kind == "civilians" and self.actors.demonym_country(token)[0]:
                continue  # a people named by its plural ("a group of Papuans clashed with ..."): _side reads it
            people_by_nationality = (
                actor is not None and actor.kind == "state_forces" and token.tag_ in ("NNS", "NNPS") and self.actors.demonym_country(token)[0]
            )
            collective = token.lemma_.lower() in ("group", "groups") and actor is None and not any(
                c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in ARMED_MODIFIERS or c.pos_ == "PROPN" or (a := self.actors.actor_at(c)) is not None and a.armed)
                for c in token.children
            )  # "two groups clashed" are people; "two militia groups", "criminal groups", "the TCP and CV groups" are not
            if people_by_nationality or collective or actor is not None and actor.kind in ("civilians", "rioters", "protesters"):
                if harmed and any(
                    (a := self.actors.actor_at(t)) is not None and a.armed and a.kind in NON_STATE_ARMED for t in sides if t.i != token.i
                ):
                    # "clashes between Fulani herders and farmers left seven dead": people fighting an armed
                    # group or a people's militia, with people killed or hurt, are no riot; the armed side acts
                    return None
                code = actor.country_code if actor is not None else None
                return ActorRef("rioters", "Rioters ({country})", code, False, token, bool(code))
        return None

    def _disrupter(self, planter: Token) -> ActorRef | None:
        """Who found, seized or defused the device ``planter`` is named as having laid ("forces located
        explosives planted by X"): the armed subject of a disrupting verb whose object holds the device."""
        agent = planter.head
        if planter.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.dep_ != "acl":
            return None
        device = agent.head.head
        while device.dep_ in ("pobj", "appos", "conj") and device.head.dep_ in ("prep", "dobj") or device.dep_ == "appos":
            device = device.head if device.dep_ != "pobj" else device.head.head  # "50 kilogram of explosive", "devices (IEDs)"
        if device.dep_ != "dobj" or device.head.lemma_.lower() not in DISRUPTING_VERBS:
            return None
        verb = device.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "unearthed and defused five IEDs"
        actor = self.actors.actor_at(subject) if subject is not None else None
        if actor is None and subject is not None:
            # "a joint military and police team", "a joint team of the police and the CRPF": the forces the
            # team is made of
            members = [c for c in subject.children if c.dep_ in ("nmod", "amod", "compound")]
            members += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            actor = next((a for c in members if (a := self.actors.actor_at(c)) is not None), None)
        return actor if actor is not None and actor.armed and actor.token.i != planter.i else None

    def _joint_force(self, side: Token) -> ActorRef | None:
        """The named group a side (or a side coordinated with it) acts "under": "X and Y under OPS",
        "X and Y, operating under OPS"."""
        holders = [h for t in (side, *side.conjuncts) for h in (t, *(c for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"))]
        # (the parser may hang "operating under X" off the main verb)
        holders += [t for t in side.sent if t.tag_ == "VBG" and t.dep_ == "advcl" and t.i < t.head.i]
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "under"):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    group = self.actors.group_at(pobj)
                    if group is not None and group.kind not in ("protesters", "civilians"):
                        return ActorRef(group.kind, group.name, group.country_code, True, pobj, bool(group.country_code))
        return None

    def _against_forces(self, trigger: Token, sides: list[Token]) -> bool:
        """Whether one side of a clash, among ``sides`` or "with" or "against" the trigger, is the state's forces."""
        opponents = sides + [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "against") for p in c.children if p.dep_ == "pobj"]
        return any((a := self.actors.actor_at(t)) is not None and a.kind in STATE_SIDE for t in opponents)

    def _side(self, token: Token, peoples: bool = True) -> ActorRef | None:
        """The actor a side of a clash names; a family, clan or tribe ("between two families", "between
        the Al X and Al Y families") is its clan militia, an identity militia in ACLED's coding."""
        if token.lemma_.lower() in KIN_SIDES:
            return ActorRef("identity_militia", "Clan Militia ({country})", None, True, token)
        if peoples and (people := self._people_side(token)) is not None:
            return people  # (not against the state's forces: _against_forces)
        actor = self.actors.actor_at(token)
        if actor is None and token.pos_ == "PROPN":
            # "between Al Tilan and Al Dahshal tribal militias": a bare name takes the kind its
            # apposition gives it
            actor = next((a for c in appositions(token) if (a := self._side(c, peoples)) is not None), None)
            last = max((token, *token.conjuncts), key=lambda t: t.i)
            shared = next((t for t in token.doc[last.i + 1 : last.i + 3] if t.pos_ == "NOUN"), None)
            if actor is None and shared is not None and shared.head.i != token.i and (
                (a := self._side(shared, peoples)) is not None and a.kind == "identity_militia"
            ):
                # (or the noun the names share, when the parser hangs it elsewhere: "between Al X and
                # Al Y tribal militias")
                actor = a
        if actor is None and token.lemma_.lower() in PEOPLE_SIDES and token.tag_ == "NNS":
            # "Beni Amir and Nuba groups clashed": groups named by a people (a name that is neither a
            # group we know, an acronym nor a country) fighting are their ethnic militias
            name = next((c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and not c.text.isupper()
                         and not self.actors.demonym_country(c)[1] and not self.actors.country_of_name(c.text)), None)
            if name is not None:
                return ActorRef("identity_militia", f"{name.text} Ethnic Militia ({{country}})", None, True, token)
        return actor

    def _roles_of(self, trigger: Token, harmed: bool = False) -> tuple[ActorRef | None, ActorRef | None]:
        actors = self.actors
        perpetrator = target = None
        if trigger.pos_ == "VERB":
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or (
                # "one officer was killed and two people injured": the second participle is passive too
                trigger.tag_ == "VBN" and trigger.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.head.children)
            ) or (
                # "left 4 personnel injured", "two soldiers wounded": a bare participle after its subject,
                # with no auxiliary and no object, tells what the subject suffered
                trigger.tag_ == "VBN" and trigger.dep_ in ("advcl", "ccomp", "oprd", "acl")
                and not any(c.dep_ in ("aux", "dobj") for c in trigger.children)
                # (not a verb of fighting each other, which has no passive: "two groups of youths fought
                # with machetes" parsed as a participle on "groups" tells what the groups did)
                and not (trigger.dep_ == "acl" and trigger.lemma_.lower() in CLASH_WORDS)
            )
            if trigger.lemma_.lower() == "fall":
                # "the last strongholds fell to the advancing Kurds": who took them follows "to", what
                # fell is the ground
                taker = next((p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
                return (actors.actor_at(taker) if taker is not None else None), None
            # "a soldier died in an explosion": the subject of dying is the victim
            unaccusative = trigger.lemma_.lower() in UNACCUSATIVE
            for child in trigger.children:
                if child.dep_ == "nsubj" and (unaccusative or met_device(trigger)):
                    target = target or actors.actor_at(child)
                elif child.dep_ == "nsubj" and not passive and child.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
                    # "a group of people that attacked police officers": the noun the clause hangs off
                    # (not for shootings: "two men who shot a man" are no crowd, and the tables name them so)
                    if trigger.lemma_.lower() not in SHOT_WORDS:
                        perpetrator = perpetrator or actors.actor_at(trigger.head)
                elif child.dep_ == "nsubj" and not passive:
                    # "SARAJEVO, June 3 - Bosnian Serb forces shelled ...": a dateline's town parsed as the
                    # subject, the side in apposition to it
                    perpetrator = perpetrator or self._speakers_forces(child) or actors.actor_at(child) or (
                        next((a for c in appositions(child) if (a := actors.actor_at(c)) is not None), None) if child.pos_ == "PROPN" else None
                    )
                elif child.dep_ == "agent" and not (
                    trigger.dep_ == "acl" and trigger.head.lemma_.lower() in ASSAULT_NOUNS and _participle_role(trigger) == "defending"
                ):
                    # (not "an assault beaten back by police": who beat it back was attacked)
                    for pobj in child.children:
                        perpetrator = perpetrator or actors.actor_at(pobj)
                elif child.dep_ in ("dobj", "nsubjpass"):
                    # "in Tijuana, Baja California, a police officer was shot": the parse may make the
                    # place the subject and the people its apposition
                    target = target or actors.actor_at(child) or next(
                        (a for c in appositions(child) if (a := actors.actor_at(c)) is not None), None
                    ) or _force_thing_owner(child, actors)
                elif child.dep_ == "prep" and child.lower_ in ("on", "upon", "against", "at"):
                    for pobj in child.children:
                        target = target or actors.actor_at(pobj)
                elif child.dep_ == "prep" and child.lower_ == "with" and trigger.lemma_.lower() in CLASH_WORDS | {"exchange"}:
                    # "exchanged fire with police", "clashed with the army": the other side ("Lendu youths
                    # fought with Hema villagers": a people's side fought by another, its ethnic militia)
                    by_people = harmed and any(c.dep_ == "nsubj" and self._people_side(c) is not None for c in trigger.children)
                    for pobj in child.children:
                        target = target or (self._people_side(pobj) if by_people else None) or actors.actor_at(pobj)
            if perpetrator is None and passive:
                # "abducted with two other soldiers by the Taliban": the parser may hang the agent on the
                # people of a phrase of the verb; "by" after people names no part of them, it is the agent
                perpetrator = next((
                    a for c in trigger.children if c.dep_ == "prep" and c.lower_ != "by" for n in c.children
                    if n.dep_ == "pobj" and actors.actor_at(n) is not None for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
                    for o in b.children if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None and a.armed
                ), None)
            if perpetrator is None and passive:
                # "two policemen were injured in an attack by a mob": the attack's author, armed or not
                perpetrator = next((
                    a for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for n in c.children
                    if n.dep_ == "pobj" and n.lemma_.lower() in ASSAULT_NOUNS for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
                    for o in b.children if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None
                ), None)
            if target is None and trigger.lemma_.lower() == "exchange":
                # "exchanged fire with police": the other side hangs off what was exchanged
                target = next((
                    a for c in trigger.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None
                ), None)
            if perpetrator is None and trigger.dep_ == "acl" and (trigger.tag_ == "VBD" or trigger.lemma_.lower() in CLASH_WORDS) and not passive:
                # "Indian nationals clashed with police" parsed as a clause on its subject
                perpetrator = actors.actor_at(trigger.head)
            if perpetrator is None and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in REPORTING_VERBS and any(
                c.dep_ == "auxpass" for c in trigger.head.children
            ):
                # "police were reported to have beaten IDPs", "the men are alleged to have shot him": the
                # subject of a passive reporting verb is the subject of what it is said to have done
                perpetrator = next((a for c in trigger.head.children if c.dep_ == "nsubjpass" and (a := actors.actor_at(c)) is not None), None)
            if perpetrator is None and not passive and not unaccusative:
                # "after a mob of self-styled vigilantes beat him": a subject the parser hung on the
                # clause's conjunction (syntax.subjects)
                perpetrator = next((a for s in subjects(trigger) if s.dep_ != "nsubj" and (a := actors.actor_at(s)) is not None), None)
            if perpetrator is None:
                perpetrator = _accused_doer(trigger, actors)
            if perpetrator is None and trigger.dep_ in ("conj", "xcomp", "advcl") and trigger.head.pos_ == "VERB":
                head_perp, head_target = self._roles_of(trigger.head) if trigger.head is not trigger else (None, None)
                perpetrator = head_perp
                if target is None and head_target is not None and head_target.armed and trigger.head.lemma_.lower() in FINDING_VERBS and (
                    head_perp is None or head_perp.token.i != head_target.token.i
                ):
                    # "security forces located the gunmen and opened fire": the armed men found are who the
                    # finders fired on (the finders act: they are no mere finders of what others did)
                    target = head_target
        else:
            perpetrator = actors.perpetrator_modifier(trigger) or self._speakers_own(trigger)
            for child in trigger.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in child.children:
                        perpetrator = perpetrator or actors.actor_at(pobj)
                if child.dep_ == "acl" and child.tag_ == "VBN" and trigger.lemma_.lower() in ASSAULT_NOUNS and (
                    role := _participle_role(child)
                ) in ("authoring", "defending"):
                    # "an ambush laid by Boko Haram", "an attack carried out by gunmen": the agent of a
                    # participle of making the attack is its author; "an attack repelled by Malian soldiers",
                    # "an assault beaten back by police": the agent of one of stopping it is the side attacked,
                    # the author unnamed unless the sentence names it (ACLED codes the attack's author first).
                    # Any other participle names no side ("an attack condemned by the UN", "a raid witnessed
                    # by villagers": attack_participles.tsv)
                    for agent in (a for a in child.children if a.dep_ == "agent"):
                        for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                            found = actors.actor_at(pobj)
                            if found is None or not found.armed:
                                continue
                            if role == "authoring":
                                perpetrator = perpetrator or found
                            elif target is None or target.token.i == found.token.i:
                                target = found
                                perpetrator = perpetrator or ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, trigger)
                if child.dep_ == "prep" and child.lower_ in ("on", "against"):
                    for pobj in child.children:
                        target = target or actors.actor_at(pobj)
            perpetrator = perpetrator or _accused_doer(trigger, actors)
            if target is None and trigger.lemma_.lower() in VICTIM_OF_NOUNS:
                # "the killing of five farmers", "the abduction of two aid workers": who suffered it
                target = next((a for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                               for o in c.children if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None), None)
            if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in LIGHT_VERBS:
                # "opened fire at a Palestinian", "carried out an attack on a convoy": the verb holds the roles
                head_perp, head_target = self._roles_of(trigger.head)
                perpetrator = perpetrator or head_perp
                target = target or head_target
        return perpetrator, target


# Nouns of a harm whose "of" names who suffered it (victim_of_nouns.tsv)
VICTIM_OF_NOUNS = frozenset(row[0].lower() for row in read_rows("victim_of_nouns.tsv", 1))


def _accused_doer(trigger: Token, actors) -> ActorRef | None:
    """The armed side an accusation names as doing the trigger's act ("accused the security forces of
    burning down 40 homes and killing six people", "blamed soldiers for the killing of five farmers"):
    the accusing verb's object (predicates/accusations.py)."""
    verb = accusing_verb(trigger)
    doer = accused(verb) if verb is not None else None
    found = actors.actor_at(doer) if doer is not None else None
    return found if found is not None and found.armed else None


def _participle_role(participle: Token) -> str | None:
    """What the agent of ``participle``, on an attack's noun, is to the attack (attack_participles.tsv):
    "authoring", "defending", or None; a phrasal verb is read with its particle ("beaten back")."""
    lemma = participle.lemma_.lower()
    particle = next((c.lower_ for c in participle.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("back", "off")), None)
    if particle is not None and (role := ATTACK_PARTICIPLES.get(f"{lemma} {particle}")) is not None:
        return role
    return ATTACK_PARTICIPLES.get(lemma)


def _phrasal_repel(verb: Token) -> bool:
    """A phrasal verb of stopping an attack (attack_participles.tsv, "defending", with its particle): "beat
    back an assault", "fought off the attackers"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("back", "off")), None)
    return particle is not None and ATTACK_PARTICIPLES.get(f"{verb.lemma_.lower()} {particle}") == "defending"


def _told_attacking_forces(armed: Token, actors) -> bool:
    """``armed`` (armed men, the object of the forces' act) has a clause telling them attacking a thing
    forces have or the forces themselves (attack_participles.tsv, "assaulting"): "12 bandits who attacked
    their base", "ISWAP fighters who tried to overrun a base in Damboa", "gunmen who ambushed the patrol"."""
    for clause in armed.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        for verb in (clause, *(x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB")):
            if ATTACK_PARTICIPLES.get(verb.lemma_.lower()) != "assaulting":
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lemma_.lower() in FORCE_THINGS or obj.lower_ == "them":
                    return True
                # the forces themselves, by whatever name ("troops", "gendarmes", "a patrol of the army")
                if (ref := actors.actor_at(obj)) is not None and ref.kind in STATE_SIDE:
                    return True
    return False


def _force_thing_owner(thing: Token, actors: ActorReader) -> ActorRef | None:
    """The armed side told "of" a thing forces have ("shelled positions of the Ukrainian army"), for a
    subject that is itself a side ("the enemy shelled ..."). (Not a modifier's: "a Russian observation
    post", "an Afghan military tank" are read as before, by the sentence's other readings.)"""
    if thing.lemma_.lower() not in FORCE_THINGS:
        return None
    owners = [p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return next((a for o in owners if (a := actors.actor_at(o)) is not None and a.armed), None)


def _stopped_attack(token: Token) -> bool:
    """``token`` is in the agent of a participle of stopping an attack, on the attack's noun ("an
    incursion foiled by Indian troops", "an assault beaten back by police")."""
    phrase = _phrase_head(token)
    if phrase.dep_ != "pobj" or phrase.head.dep_ != "agent":
        return False
    participle = phrase.head.head
    return participle.dep_ == "acl" and participle.head.lemma_.lower() in ASSAULT_NOUNS and _participle_role(participle) == "defending"


def _answers_fire(verb: Token) -> bool:
    """A verb telling that its subject answered fire (``response_verbs``): "responded", "reacted", or the
    verb with the object or particle the table gives it ("returned fire", "fired back")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in RESPONSE_VERBS:
        # not with what it answered told ("police responded to the scene": they came, nobody says they
        # were attacked; "forces responded to rebel shelling": the sentence tells the exchange from the
        # side it is about, who stays first)
        after = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.pos_ != "ADV"), None)
        return not (after is not None and after.lower_ == "to" or any(c.lower_ == "to" for c in verb.children))
    return any(
        f"{lemma} {c.lemma_.lower()}" in RESPONSE_VERBS for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")
    )


def _told_of_itself(verb: Token) -> bool:
    """The speaker of the verb ``verb`` hangs on tells of itself: ``verb`` has no subject of its own ("the
    Taliban claimed to have thwarted an attack"), or its subject stands for the speaker ("the army said it
    repelled", "the command said its operatives repelled"). Not a side named in full in what a speaker
    reports ("Afghan forces repelled a Taliban attack, a provincial spokesman said"): that is told as
    what happened, the attack's author first."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True
    return subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)


# words that, in a party's capitalised name, tell a party of armed struggle (with mentions/actors.py's
# ARMED_STRUGGLE_WORDS): "Kangleipak Communist Party", "Communist Party of Thailand", "Maoist Party"
PARTY_STRUGGLE_WORDS = ARMED_STRUGGLE_WORDS | {"communist", "maoist", "marxist-leninist"}


def _party_at_war(triggers: list[TriggerMatch], perpetrator: ActorRef | None) -> ActorRef | None:
    """A capitalised party's name, told as the subject of a violent verb or as the people of that subject
    ("cadres of the X Party"), whose words tell armed struggle (PARTY_STRUGGLE_WORDS): that party, as a
    rebel group. Only where the reading found no side or took the party's men for people or a militia."""
    if perpetrator is not None and perpetrator.kind not in ("civilians", "political_militia"):
        return None
    for match in triggers:
        verb = match.token
        if verb.pos_ != "VERB" or not _violent(match) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            names = [subject, *(p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
            for name in names:
                if name.lemma_.lower() != "party" and name.lower_ != "party" or name.pos_ != "PROPN" or not name.text[:1].isupper():
                    continue
                words = [t for t in name.subtree if t.i != name.i and t.text[:1].isupper()]
                if not any(t.lower_ in PARTY_STRUGGLE_WORDS for t in words):
                    # (the name's own capitalised words: not "the Party, which has waged an armed struggle")
                    continue
                if perpetrator is not None and not (perpetrator.token.i == name.i or perpetrator.token.i == subject.i or in_subtree(perpetrator.token, subject)):
                    continue
                start = min(t.i for t in name.subtree if t.i <= name.i and t.dep_ != "det")
                end = max(t.i for t in name.subtree) + 1
                return ActorRef("rebel_group", name.doc[start:end].text, None, True, name)
    return None


def _defence_ministry(token: Token) -> bool:
    """A ministry of defence: "the Defence Ministry", "the Afghan Ministry of Defense", "the MoD"."""
    words = {"defence", "defense"}
    if token.text in ("MoD", "MOD"):
        return True
    if token.lemma_.lower() != "ministry":
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in words for p in c.children if p.dep_ == "pobj") for c in token.children
    )


def _from_community_words(head: Token) -> bool:
    """People named as coming "from" a community, clan or tribe ("youths from the Bobo community")."""
    return any(
        t.lemma_.lower() in COMMUNITY_WORDS - {"village", "family"}
        for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree
    )




def _owns_thing_acted_on(token: Token) -> bool:
    """A side named as the owner of a thing forces have (``force_things``: a convoy, a vehicle, a
    post) that is hit ("hit a police vehicle") or that the violence came near or against ("near an
    army convoy"). Not where the side itself was ("tortured in a police station", "dragged in police
    cars": there the police act)."""
    thing = token.head
    owner = token.dep_ in ("compound", "amod", "poss")
    if owner and thing.dep_ == "pobj" and thing.head.lower_ in ("on", "against") and thing.head.head.lemma_.lower() in ASSAULT_NOUNS:
        return True  # "claimed the attack on the Nigerien army": the side the attack was on was hit
    if not owner or thing.lemma_.lower() not in FORCE_THINGS:
        return False
    if thing.dep_ == "dobj":
        return True
    return thing.dep_ == "pobj" and thing.head.lower_ in THINGS_ACTED_ON_PREPOSITIONS


def _attack_on_the(sent: Span) -> str | None:
    """"former" or "latter" when the sentence tells an attack on one of two sides named before by those
    words ("an attack on the former's headquarters", "attacked the latter"), else None."""
    for token in sent:
        if token.lower_ not in ("former", "latter") or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
            continue
        phrase = _phrase_head(token.head) if token.dep_ == "poss" else _phrase_head(token)  # ("the former's headquarters")
        if phrase.dep_ == "pobj" and phrase.head.lower_ in ("on", "against") and phrase.head.head.lemma_.lower() in ASSAULT_NOUNS:
            return token.lower_
        if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in ASSAULT_NOUNS:
            return token.lower_
    return None


def _in_phrase_acted_on(token: Token, target: Token) -> bool:
    """``token`` is a word of the noun phrase of ``target`` (no verb between them: "a group of police
    officers"), and that phrase is the direct object of what was done ("ambushed a group of police
    officers"). Not a side met "with" ("exchanged fire with military police forces") nor fired "against"
    ("opened fire against a military police unit"): the dev notes code such forces first as often as not."""
    if target.pos_ not in ("NOUN", "PROPN") or not in_subtree(token, target):
        return False
    node = token
    while node.i != target.i:
        if node.head.pos_ in ("VERB", "AUX") or node.dep_ == "conj" or node.head is node:
            return False  # (not through a clause, nor a list the parser joined: "..., Rakhine State, Myanmar military")
        node = node.head
    phrase = target
    while phrase.dep_ in ("pobj", "appos") and (phrase.dep_ == "appos" or phrase.head.lower_ == "of") and phrase.head.head is not phrase.head:
        phrase = phrase.head if phrase.dep_ == "appos" else phrase.head.head  # "a group of X", "houses, property of X"
    return phrase.dep_ == "dobj"


def _owns_by_of(token: Token) -> bool:
    """A side told "of" a thing forces have that was hit or came under the violence ("shelled positions of
    the Ukrainian army", "fired on a convoy of Malian troops"): ``token`` is a word of the phrase after
    "of", the thing is hit (a direct object) or the object of a preposition of acting on."""
    phrase = _phrase_head(token)
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "of":
        return False
    thing = phrase.head.head
    if thing.lemma_.lower() not in FORCE_THINGS:
        return False
    return thing.dep_ == "dobj" or thing.dep_ == "pobj" and thing.head.lower_ in THINGS_ACTED_ON_PREPOSITIONS


def _coder_remark(token: Token) -> bool:
    """A name in a coder's remark ("Amajid Brigade and Resistance forces (coded as Southern Resistance)")
    tells how a side was filed, not who acted: the phrase under "as" of a remark verb."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "as" and (ancestor.head.lemma_.lower() in REMARK_VERBS or ancestor.head.lower_ in REMARK_VERBS):
            return True
    return False


def _phrase_head(token: Token) -> Token:
    """The noun a modifier belongs to: "Taliban" in "8 Taliban militants"."""
    while token.dep_ in ("compound", "amod", "nmod", "nummod") and token.head is not token:
        token = token.head
    return token


def _finder(token: Token, armed_at=None) -> bool:
    """Who found a body or a device ("the body was found by Military Police officers"), or who was left
    hurt ("left three officers injured"), is no perpetrator."""
    phrase = _phrase_head(token)
    if phrase.dep_ == "nsubj" and phrase.head.tag_ == "VBN" and phrase.head.lemma_.lower() in HURT_PARTICIPLES and not any(
        c.dep_ in ("aux", "dobj") for c in phrase.head.children
    ):
        return True  # "left 4 border guard forces personnel injured": the subject of a bare participle suffered it
    if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in TOLL_VERBS:
        return True  # "leaving the police personnel inside the vehicle injured": who was left hurt
    if phrase.dep_ == "nsubj" and phrase.head.lemma_.lower() in FINDING_VERBS and armed_at is not None:
        # "police found the bullet-riddled bodies of four men", "officers attended a shooting incident",
        # "police are hunting the gunmen": who found, came to or looks into the violence, its victims or
        # its authors (not "soldiers recovered territory", nor "forces found and killed a bomber": a
        # violent verb joined to the finding one is theirs)
        verb = phrase.head
        told = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        joined = {c.i for c in verb.conjuncts}
        matches = find_matches(token.sent)
        if any(m.token.i in joined and _violent(m) for m in matches):
            return False
        return any(m.token.i in told and _violent(m) for m in matches) or any(
            verb.doc[i].lower_ in CORPSE_WORDS or (a := armed_at(verb.doc[i])) is not None and a.armed
            for i in told if verb.doc[i].pos_ in ("NOUN", "PROPN")
        )
    return phrase.dep_ == "pobj" and phrase.head.dep_ == "agent" and phrase.head.head.lemma_.lower() in FINDING_VERBS


def _undergoes(token: Token) -> bool:
    """The token is in the subject of a passive verb told with its agent: "8 including a district police
    chief were wounded by a roadside bomb", "a Taliban commander was killed by a mine". Who underwent what
    someone or something else did is not its author, even with nobody else named (not "two militants were
    killed when the mine they were planting went off": no agent)."""
    for node in (token, *token.ancestors):
        if node.dep_ == "nsubjpass":
            verbs = (node.head, *node.head.conjuncts)
            return any(c.dep_ == "agent" for v in verbs for c in v.children)
    return False


def _joined_name(token: Token) -> bool:
    """A country joined by a hyphen to another name is a road, route or border between them ("the
    Mexico-Puebla road", "the Iran-Iraq border"), not the country acting."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].pos_ == "PROPN"
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].pos_ == "PROPN"
    return token.pos_ == "PROPN" and (before or after)


def _blast_told(triggers: list[TriggerMatch], sent: Span) -> bool:
    """The sentence tells a device going off (a bomb, mine or IED, a blast or explosion: "a bomb
    targeted a vehicle") and nothing else that sorts an event (no shelling, air strike, clash, shots,
    nor a device found or defused)."""
    blast = any(m.cls in DEVICE_CLASSES for m in find_matches(sent))
    for match in triggers:
        if match.cls in DEVICE_CLASSES or match.cls == "@explosion":
            blast = True
        elif match.token.lemma_.lower() in SHOT_WORDS or not match.cls.startswith("@") and match.cls != "Change to group/activity":
            return False  # (a patrol told passing is no other event: "as a police patrol passed")
    return blast


def _interception(match: TriggerMatch) -> bool:
    """The trigger tells a weapon stopped by its verb ("intercepted", "shot down"), with a subject."""
    return match.cls == "Disrupted weapons use" and match.token.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in match.token.children)


def _strategic(match: TriggerMatch) -> bool:
    return not match.cls.startswith("@") and TAXONOMY.event_type_of(match.cls) == "Strategic developments"


def _violent(match: TriggerMatch) -> bool:
    return match.is_trigger and (match.cls.startswith("@") or TAXONOMY.event_type_of(match.cls) in VIOLENT_TYPES)


def told_acting(token: Token) -> bool:
    """Whether the text tells the side named at ``token`` acting: the subject of a verb ("soldiers
    opened fire", "a police patrol raided the house"), the agent ("killed by police"), or the author of
    an event noun ("in a Taliban attack", "the army's shelling"). A side named only by what was hit or
    where ("near a military patrol", "a police officer's home", "in Iraqi prisons", "targeting an army
    convoy", "a patrol came under fire") is not told acting."""
    head, modifier = token, False
    while head.dep_ in ("amod", "compound", "nmod", "poss") and head.head is not head:
        head, modifier = head.head, True
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "soldiers and police opened fire"
    if modifier and any(m.token.i == head.i and _violent(m) for m in find_matches(head.sent)):
        return True  # "in a Taliban attack": the author of the event the noun tells (not "a military patrol")
    if head.dep_ == "nsubj":
        # the subject of violence ("soldiers opened fire", "forces identified and killed a bomber"), not
        # of something else ("police were attempting to defuse it", "the officer was unharmed", "a patrol
        # came under attack": the subject suffered it)
        verb = head.head
        if any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
            return False
        acts = {verb.i, *(c.i for c in verb.conjuncts)}
        acts |= {c.i for v in list(acts) for c in head.doc[v].children if c.dep_ in ("xcomp", "dobj")}
        # (or laid a device: "an Antonov dropped bombs", "militants planted a mine"; not one it met:
        # "an army truck hit a mine")
        return any(m.token.i in acts and (_violent(m) or m.cls in DEVICE_CLASSES and not met_device(verb)) for m in find_matches(head.sent))
    if head.dep_ == "pobj":
        return head.head.lower_ == "by"  # "killed by police" (not "near a police station")
    return head.dep_ not in ("dobj", "nsubjpass", "appos", "attr", "oprd", "npadvmod")
