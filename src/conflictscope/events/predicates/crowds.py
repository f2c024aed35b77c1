"""Protests and crowds: a sentence that tells a demonstration, killing words that are only a protest's
topic, violence aimed at the demonstrators, the demonstrators' own shots, roads blocked, people who act
as a crowd, sides of a clash that are organised rather than a crowd, officials who meet rather than
demonstrate."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.events.predicates.accusations import accusing_verb
from conflictscope.events.predicates.captures import PARTICIPANT_WORDS
from conflictscope.events.predicates.entries import (
    BROKE_IN,
    CALLED_RIOTERS,
    CROWD_HOSTAGES,
    FIRE_ON_CROWD,
    FIRE_ON_GATHERING,
    FORCE_ON_CROWD,
    KILLINGS_BETWEEN,
    QUARREL_VIOLENCE,
    VIOLENT_CROWD,
)
from conflictscope.events.predicates.fire import SHOT_WORDS
from conflictscope.events.predicates.lexicon import builder_words, typing_words
from conflictscope.events.predicates.scheme import CROWD_ACTS, TYPING_ACTS
from conflictscope.events.predicates.syntax import subjects
from conflictscope.knowledge import TriggerEntry, load_reporting_verbs, load_taxonomy, load_triggers, read_kinds, read_rows, read_word_sets
from conflictscope.mentions.actors import ActorRef
from conflictscope.mentions.datelines import read_filing
from conflictscope.mentions.triggers import TriggerMatch, crowd_control_device, find_matches
from conflictscope.nlp.analyze import text_of

# Beating and stoning: what a crowd does with its hands, sticks and stones.
BEATING_VERBS = builder_words("beating_verbs")

STONE_VERBS = builder_words("stone_verbs")

# Words that make a crowd's violence a violent demonstration rather than mob violence.
DEMONSTRATION_WORDS = builder_words("demonstration_words")
# A demonstration's own tactics and grievance words: burning tyres, barricading roads, denouncing,
# demanding ("migrant workers pelted stones at police, demanding to return home").
DEMONSTRATION_TACTICS = builder_words("demonstration_tactics")


def tells_demonstration(sent: Span) -> bool:
    """The sentence tells a demonstration (a protest word, burning tyres, barricaded roads, "took to
    the streets"), not only a crowd's violence."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "NOUN") or token.ent_type_ == "DATE":
            continue  # "On 12 March" is no march
        if lemma in DEMONSTRATION_WORDS or lemma in DEMONSTRATION_TACTICS:
            return True
        if lemma == "barricade" and token.pos_ == "VERB":
            return True
        if lemma == "street" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "take":
            return True
        if lemma in DEMAND_VERBS and collective_demand(token):
            return True  # "traders demanding the reopening of the market set fire to a police post"
    return False


def voices_demand(sent: Span, *, speakers_too: bool = True) -> bool:
    """People in the sentence are told demanding something as a body ("garment workers demanding unpaid
    wages"): a demonstration in its own words, not only a protest word that may tell an earlier day.
    Without ``speakers_too``, not people who only report what happened ("residents demanding justice said
    the troops had opened fire": the victims voiced no demand)."""
    return any(
        token.lemma_.lower() in DEMAND_VERBS and collective_demand(token) and (speakers_too or not _reports(token))
        for token in sent
    )


def _reports(demand: Token) -> bool:
    """Is the demand said by the subject of a reporting verb ("residents demanding justice said ...")?"""
    people = demand.head if demand.dep_ in ("acl", "relcl") else None
    return people is not None and people.dep_ == "nsubj" and people.head.lemma_.lower() in load_reporting_verbs()


ARMED_MODIFIERS = builder_words("armed_modifiers")
# Sides of a clash that ACLED codes as armed (identity militias, named organisations), not as a crowd:
# families, clans, tribes and ethnic groups fighting each other, members of a named group.
# (a community's groups fighting each other with sticks are still a crowd: ACLED's mob violence)
ORGANISED_SIDE_WORDS = builder_words("organised_side_words")


def organised_side(token: Token) -> bool:
    if token.lemma_.lower() in ORGANISED_SIDE_WORDS or any(t.lemma_.lower() in ORGANISED_SIDE_WORDS for t in token.subtree):
        return True
    if token.lemma_.lower() in ("member", "members", "group"):
        # "members of Hamza Division", "a group of Kanuri individuals": named organisations or peoples;
        # but "two groups of the Bugti community", "groups of the Khan family": people of one community
        # or kin fighting each other are a crowd, whatever their name
        if any(p.dep_ == "pobj" and p.lemma_.lower() in KIN_COMMUNITY_WORDS for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
            return False
        return any(p.pos_ == "PROPN" or p.dep_ == "amod" and p.pos_ == "PROPN" for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.subtree)
    return False


KIN_COMMUNITY_WORDS = builder_words("kin_community_words")

# People who, voicing a demand together, are demonstrating ("workers demanded their salaries").
GRIEVANCE_PEOPLE = typing_words("grievance_people")
# What a demand for which is no protest asks: a ransom, money from a victim.
EXTORTION_WORDS = typing_words("extortion")
# Verbs that voice a grievance ("demanded their salaries", "denouncing the non-payment of wages").
DEMAND_VERBS = typing_words("demand_verb")
# Nouns for a gathering of people as one body ("the crowd", "a throng"): in a sentence that tells a
# demonstration, the demonstrators themselves (typing_acts.tsv)
GATHERING_NOUNS = read_word_sets("typing_acts.tsv", TYPING_ACTS)["gathering"]


def _demanders(token: Token) -> list[Token]:
    """Who makes the demand ``token`` tells: its subject, the subject of the verb it is joined to or
    explains ("came out on the roads, demanding"), or the noun a participle describes ("employees ...
    demanding salaries"); through "hundreds of", "a group of", "members of"."""
    node = token
    while True:
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            break
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            subject = node.head
            break
        if node.dep_ in ("conj", "advcl", "xcomp") and node.head is not node and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        return []
    found = []
    for side in (subject, *subject.conjuncts):
        while side.lemma_.lower() in ("group", "member", "hundred", "dozen", "thousand", "score") or side.like_num or side.tag_ == "CD":
            inner = next((p for c in side.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
            if inner is None:
                break
            side = inner
        found.append(side)
    return found


def collective_demand(token: Token) -> bool:
    """A demand voiced by people of a trade or a place together ("workers of a construction company
    demanded the payment of their salaries", "hundreds of migrant labourers came out on the roads,
    demanding transport home", "employees of the hospital in front of its building demanding
    salaries"): ACLED's peaceful protest, which the text may tell with no protest word. Not a demand of
    a person, an official or an organisation (a statement), nor a ransom asked by kidnappers."""
    if token.lemma_.lower() not in DEMAND_VERBS or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EXTORTION_WORDS for c in token.children):
        return False
    people = _demanders(token)
    # (a crowd told as one body, "a crowd demanding the chief's release", "a throng demanding bread",
    # voices its demand together as people of a trade do)
    return bool(people) and all(
        p.tag_ in ("NNS", "NNPS") and p.lemma_.lower() in GRIEVANCE_PEOPLE or p.tag_ == "NN" and p.lemma_.lower() in GATHERING_NOUNS for p in people
    )


# Modifiers of a fight that make its sides peoples, clans or tribes ("inter-clan clashes", "tribal fighting").
IDENTITY_WORDS = typing_words("identity")


def communal_fight(real: list[TriggerMatch], is_people) -> bool:
    """A clash whose sides are peoples, clans or tribes: "Dinka and Nuer youths clashed", "clashes between
    Fulani herders and farmers", "inter-clan clashes erupted". ACLED codes the armed members of an ethnic
    group, clan or tribe fighting another as identity militias and the fight as an armed clash, however
    the text calls the men (youths, herders); people of one community or of no people named who fight
    ("two groups of villagers clashed") stay a crowd, and so does a fight with stones (a crowd's weapon,
    ACLED's mob violence). ``is_people(token)``: the token names a people (a demonym of no state)."""
    if any(m.cls in ("Mob violence", "Violent demonstration") or m.token.lemma_.lower() in STONE_VERBS for m in real):
        return False  # stones thrown, however the sentence's other words type them
    for match in real:
        if match.cls != "Armed clash":
            continue
        token = match.token
        if token.pos_ == "NOUN" and any(
            t.lower_ in IDENTITY_WORDS or t.lemma_.lower() in IDENTITY_WORDS for t in token.subtree if t.i < token.i
        ):
            return True  # "inter-clan clashes", "clan-based clashes", "tribal fighting"
        sides = [s for c in token.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)] if token.pos_ == "VERB" else []
        sides += _between(token)
        if any(_people_side(side, is_people) for side in sides):
            return True  # a side named by a people: "Dinka and Nuer youths", "Fulani herders"
    return False


def _between(token: Token) -> list[Token]:
    """The sides a fight or killings took place "between" or "among"."""
    holders = [token, token.head] if token.dep_ == "nsubj" else [token]
    return [s for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for p in c.children if p.dep_ == "pobj" for s in (p, *p.conjuncts)]


def _people_side(side: Token, is_people) -> bool:
    names = [side] + [m for c in side.children if c.dep_ in ("compound", "nmod", "amod") and c.i < side.i for m in (c, *c.conjuncts)]
    return any(n.text[:1].isupper() and is_people(n) for n in names)


def killings_between_peoples(real: list[TriggerMatch], is_people) -> list[TriggerMatch]:
    """"revenge killings between different Dinka sections", "killings among Tiv and Jukun": deaths dealt
    both ways between peoples, clans or tribes are their militias' fight, an armed clash in ACLED's
    coding (killings of one side by the other are told "by" or "of", not "between")."""
    out = []
    for match in real:
        token = match.token
        if match.cls == "@violence" and token.pos_ == "NOUN" and any(
            _people_side(side, is_people) or side.lemma_.lower() in IDENTITY_WORDS for side in _between(token)
        ):
            match = TriggerMatch(KILLINGS_BETWEEN, token, match.start, match.end)
        out.append(match)
    return out

# Who meets rather than demonstrates when they "gather" ("ministers gathered in Brussels to pledge aid").
MEETING_PEOPLE = builder_words("meeting_people")


def is_meeting(token: Token) -> bool:
    """"foreign ministers gathered in Brussels": officials gathering meet, they do not demonstrate;
    "worshippers who had gathered at a mosque" when a bomb went off among them assembled, they did not
    demonstrate (``gathered_victims``); so did people gathered for a parade, a wedding or prayers
    (typing_words.tsv, ordinary_occasion)."""
    if token.lemma_.lower() != "gather" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in typing_words("ordinary_occasion") for o in c.children) for c in token.children):
        return True  # "recruits gathered for a parade", "guests gathered for a wedding": assembled, no demonstration
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_PEOPLE for c in token.children) or gathered_victims(token)


# Purposes of a gathering that make it no demonstration ("gathered to offer prayers", "to collect water").
ORDINARY_PURPOSES = "ordinary_purpose"  # a kind of typing_words.tsv


def gathered_victims(token: Token) -> bool:
    """"a bomb exploded among worshippers who had gathered at a mosque", "gunmen massacred villagers
    gathered near the well", "villagers had gathered at the market when gunmen opened fire": people
    gathered are a demonstration only when something says so; when the sentence tells violence done to
    them by someone else and no protest purpose, they had assembled (to pray, to trade, to fetch water)
    and are its victims, not protesters. A purpose of protest keeps the gathering a demonstration
    ("police shot at people who gathered to mark Labour Day"), and so does violence of the gatherers'
    own ("youths gathered and stoned the police")."""
    for child in token.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            if child.lemma_.lower() not in typing_words(ORDINARY_PURPOSES):
                return False  # "gathered to protest", "to mark Labour Day", "to demand their wages"
    gatherers = {c.i for c in token.children if c.dep_ == "nsubj"}
    if token.dep_ in ("relcl", "acl"):
        gatherers.add(token.head.i)
    taxonomy = load_taxonomy()
    violent = False
    own = {t.i for t in token.subtree}
    for match in find_matches(token.sent):
        if not match.is_trigger or match.token.i == token.i:
            continue
        cls = match.cls
        if match.token.i in own and not cls.startswith("@") and taxonomy.event_type_of(cls) == "Protests":
            return False  # "gathered in protest of the abduction", "gathered outside the court demanding his release"
        if cls.startswith("@") or taxonomy.event_type_of(cls) in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            act = match.token
            if act.dep_ == "conj" and act.head.i == token.i or any(c.dep_ == "nsubj" and c.i in gatherers for c in act.children):
                return False  # the gatherers' own violence: "gathered and attacked the station"
            if act.i in own and _why_gathered(act, token):
                continue  # why they gathered: "a crowd gathered after a man was killed by police"
            violent = True
    return violent


# Words that put an act before the gathering or make it its cause or topic ("gathered after a man was
# killed", "gathered over the killing of", "gathered because ..."), not what happened while people were
# gathered ("had gathered at the well when gunmen opened fire").
CAUSE_WORDS = frozenset("after because since following over against about for".split())


def _why_gathered(act: Token, gather: Token) -> bool:
    node = act
    while node.i != gather.i and node.head is not node:
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CAUSE_WORDS for c in node.children):
            return True
        if node.dep_ == "prep" and node.lower_ in CAUSE_WORDS:
            return True
        node = node.head
    return False


# Verbs that tell a death: aimed at demonstrators, excessive force whether or not a number is given.
LETHAL_VERBS = frozenset("kill murder slay massacre".split())


def drop_protest_topics(triggers: list[TriggerMatch], taxonomy, hurt: bool = False) -> list[TriggerMatch]:
    """In a protest sentence, killing words that only say what the protest is about ("demonstrated
    over the killing of a driver", "complaining that the lockdown kills tourism") are not violence at
    the protest; violence by the crowd itself is ("demonstrated and vandalised a clinic"), and so is
    violence aimed at the demonstrators ("opened fire on the protesters"): the forces' intervention,
    excessive force when people were hurt."""
    triggers = [dispersal_device(m) for m in triggers]
    protest = [m for m in triggers if not m.cls.startswith("@") and taxonomy.event_type_of(m.cls) in ("Protests", "Riots")]
    if protest and len(protest) < len(triggers) and all(took_part_before(m.token) for m in protest):
        # "police shot dead a man who had taken part in protests": the protests tell who the victim was,
        # on earlier days; the day's event is the shooting
        triggers = [m for m in triggers if m not in protest]
        protest = []
    if not protest:
        return fire_on_gathering(triggers)
    protest_tokens = {m.token.i for m in protest}
    participants = {m.token.i for m in protest if m.token.pos_ == "NOUN"}
    # "fired on people protesting the curfew", "shot at residents who were demonstrating": the people a
    # protest verb describes are its participants too
    participants |= {
        m.token.head.i for m in protest
        if m.token.pos_ == "VERB" and m.token.dep_ in ("acl", "relcl", "amod") and m.token.head.pos_ in ("NOUN", "PROPN", "PRON")
    }
    # "fired on people marching to the palace", parsed as a clause after "on" with the people its subject
    # (the parser makes the verb the preposition's complement or its object)
    participants |= {
        c.i for m in protest if m.token.pos_ == "VERB" and m.token.dep_ in ("pcomp", "pobj") for c in m.token.children if c.dep_ == "nsubj"
    }
    # "fired into a crowd of student demonstrators": the crowd or group the demonstrators make up
    participants |= {
        m.token.head.head.i for m in protest
        if m.token.pos_ == "NOUN" and m.token.dep_ == "pobj" and m.token.head.lower_ == "of" and m.token.head.head.pos_ == "NOUN"
        and m.token.head.head.lemma_.lower() in typing_words(CROWD_NOUNS) | {"group", "column", "procession"}
    }
    # "shot dead four people who were chanting slogans during a demonstration", "miners who were holding
    # a sit-in", "people taking part in a march": people a clause describes as being at the protest now
    participants |= {person.i for m in protest if (person := engaged_in_protest(m.token)) is not None}
    # "a rally turned deadly when police fired into the crowd", "the marchers sang until troops charged
    # the crowd": the gathering a protest sentence names as one body is the demonstrators (its own
    # crowd, not a crowd a protest word only tells the topic of: the aim is read by ``aimed_at``)
    participants |= {t.i for t in triggers[0].token.sent if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in GATHERING_NOUNS}
    # "'they fired at us while we were marching,' said a student": the people a protest verb's plural
    # pronoun stands for ("we", "they") are its participants wherever the sentence names them again
    # ("us", "them"; the parse gives both forms one lemma)
    marchers = {
        c.lemma_.lower() for m in protest if m.token.pos_ == "VERB" for c in m.token.children
        if c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lemma_.lower() in ("we", "they")
    }
    if marchers:
        participants |= {t.i for t in triggers[0].token.sent if t.pos_ == "PRON" and t.lemma_.lower() in marchers}
    # "opened fire on thousands of people demonstrating", "a crowd of marchers": the count or the crowd
    # the participants are told as is aimed at in their stead
    participants |= {
        head.i for i in list(participants) for head in [_counted_as(triggers[0].token.doc[i])] if head is not None
    }
    scenes = {m.token.i for m in protest if m.token.pos_ == "NOUN"}
    kept = [TriggerMatch(BROKE_IN, verb, verb.i, verb.i + 1) for verb in forced_entries(triggers[0].token.sent, participants)]
    # "a peaceful march turned violent when participants smashed windows": the demonstration itself told
    # as becoming violent is a violent demonstration, however the parse hangs the violence beside it
    kept += [TriggerMatch(VIOLENT_CROWD, m.token, m.start, m.end) for m in protest if m.token.pos_ == "NOUN" and turned_violent(m.token)]
    # violence told as aimed at the demonstrators decides; without it, violence set at the protest does
    # ("During the protest, the group opened fire, killing a protester": the shots are the killing's)
    aimed_any = any(m.cls.startswith("@") and aimed_at(m.token, participants - {m.token.i}) for m in triggers)
    # a lynching in the forces' words is no account of a demonstration: "police said a mob lynched a
    # suspected thief" is the mob's violence, in whoever's words
    lynching = any(m.token.lemma_.lower() in typing_words("mob_justice") for m in triggers)
    # only the forces' dispersal told ("police fired tear gas to disperse them"), no demonstration: a
    # fight of the crowd's sides is no protest's topic but the crowd's own act ("rival supporters clashed
    # with stones; police fired tear gas to disperse them", ACLED's mob violence with an intervention)
    only_dispersal = all(m.cls == "Protest with intervention" for m in protest)
    # the demonstrators named by a protest noun ("protesters", "marchers"; not people a riot word describes)
    demonstrators = {m.token.i for m in protest if m.token.pos_ == "NOUN" and taxonomy.event_type_of(m.cls) == "Protests"}
    # the police's account discounts a crowd's violence only where a demonstration may be told (a protest
    # word, or rioters or a riot, which may be the police's name for marchers told before, or stones the
    # police say "the crowd" of an earlier sentence threw): a mob with no protest word ("a mob of villagers
    # attacked homes, police said") is the crowd's violence in whoever's words, no demonstration dispersed
    demonstration_told = any(m.cls != "Mob violence" or m.token.pos_ == "VERB" and told_of_the_crowd(m.token) for m in protest) or tells_demonstration(
        triggers[0].token.sent
    )
    # so is violence done to people the crowd took for wrongdoers: "police said a mob beat to death two
    # men suspected of stealing a buffalo" (mob justice, whoever tells it)
    lynching = lynching or any(m.cls.startswith("@") and suspects_punished(m.token) for m in triggers)
    for match in triggers:
        if not match.cls.startswith("@") and taxonomy.event_type_of(match.cls) == "Explosions/Remote violence" and device_in_topic(
            match.token, protest_tokens
        ):
            # "marched to condemn the bombing that killed 12 people": a bombing the protest is about went
            # off nowhere near it (the protest's topic, like a killing it is over)
            continue
        if match.cls == "Abduction/forced disappearance" and match.token.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.i in participants for c in match.token.children
        ):
            # "protesters held two officials hostage": the demonstrators' own violence (an abduction
            # told of others, "families who say their children were kidnapped", stays their topic)
            kept.append(TriggerMatch(CROWD_HOSTAGES, match.token, match.start, match.end))
            continue
        if only_dispersal and match.cls in CROWD_ACTS and not in_a_state_voice(match.token):
            kept.append(match)
            continue
        # a clash told in the forces' words is their own fight with the crowd, not a charge against it
        # ("protesters clashed with riot police, police said": a violent demonstration in any voice)
        clash = match.cls == "Armed clash" and match.token.lemma_.lower() in typing_words("mutual_fight")
        if demonstration_told and not lynching and not clash and not on_a_building(match) and in_a_state_voice(match.token) and not aimed_at(
            match.token, participants - {match.token.i}
        ):
            # "marchers were dispersed with tear gas after what police said were rioters throwing stones":
            # the crowd's violence told only as the forces' own account does not grade the protest; the
            # crowd they call rioters is the demonstration
            if match.cls in RIOTER_WORDS_CLASSES and match.token.pos_ == "NOUN":
                kept.append(TriggerMatch(CALLED_RIOTERS, match.token, match.start, match.end))
                continue
            if match.cls in RIOTER_WORDS_CLASSES and match.token.pos_ == "VERB" and told_of_the_crowd(match.token):
                # "police said the crowd had thrown stones": a crowd the story told before, whose violence
                # is told only in the forces' words; their account of it, graded by what others tell
                kept.append(TriggerMatch(CALLED_RIOTERS, match.token, match.start, match.end))
                continue
            if crowd_violence(match, participants, taxonomy):
                continue
        if described_by_violence(match, demonstrators, taxonomy):
            # "police fired on protesters who were stoning the station", "shot dead two demonstrators who
            # were trying to set fire to the court": ACLED's lethal force on a crowd that was itself violent
            # stays a violent demonstration (excessive force is force on people not violent themselves)
            kept.append(TriggerMatch(VIOLENT_CROWD, match.token, match.start, match.end))
            continue
        if match.cls.startswith("@") and by_means_of_dispersal(match.token):
            # "marchers were attacked by police with batons and tear gas": an act done with the means of
            # dispersing a crowd is the forces' intervention (excessive force when people were hurt),
            # never the crowd's violence, whoever the parse takes for its doer
            kept.append(TriggerMatch(FORCE_ON_CROWD if hurt else FIRE_ON_CROWD, match.token, match.start, match.end))
            continue
        if match.cls.startswith("@") and aimed_at(match.token, participants - {match.token.i}):
            # live fire at the crowd is lethal force even when nobody is reported hurt; tear gas or
            # rubber bullets fired are an intervention
            holder = match.token.head if match.token.dep_ == "dobj" else match.token
            # (what was fired may be the passive's subject: "tear gas was fired at the demonstrators")
            live_fire = match.token.lemma_.lower() in SHOT_WORDS and not any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in typing_words("intervention") or crowd_control_device(c)
                                                      or c.lemma_.lower() in typing_words("dispersal_weapon"))
                and not _live(c)  # ("fired live bullets at us": ammunition, not a means of dispersal)
                for c in (*match.token.children, *holder.children)
            )
            # a death told of the demonstrators is lethal force, counted or not ("protesters were killed
            # when soldiers fired into the crowd")
            lethal = match.token.lemma_.lower() in LETHAL_VERBS
            kept.append(TriggerMatch(FORCE_ON_CROWD if hurt or live_fire or lethal else FIRE_ON_CROWD, match.token, match.start, match.end))
            continue
        if match.cls.startswith("@") and died_of_force_on(match.token, protest_tokens | participants):
            # "two farmers died after police baton-charged a dharna": deaths the forces' act on the
            # demonstration caused, lethal force (ACLED's excessive force)
            kept.append(TriggerMatch(FORCE_ON_CROWD, match.token, match.start, match.end))
            continue
        if match.cls == "Mob violence" and match.token.lemma_.lower() in STONE_VERBS:
            # stones thrown are the crowd's own act wherever the sentence tells it ("demonstrated by
            # throwing stones", "drivers reported that demonstrators threw rocks"), unless it is the topic
            if not topic_cue(match, taxonomy):
                kept.append(match)
            continue
        if match.cls.startswith("@") and not aimed_any and (at_the_protest(match.token, scenes) or while_protesting(match.token, protest_tokens)):
            # "troops killed 16 people during protests", "shot dead at a rally": violence told as done
            # at the protest, whoever did it (the forces' excessive force, or the crowd's violence)
            kept.append(match)
            continue
        if match.cls.startswith("@") or match.cls in CROWD_ACTS:
            token = match.token
            # a verb joined to the protest verb, directly or along a list ("demonstrated, shouted
            # slogans and clashed with police")
            first = token
            while first.dep_ == "conj" and first.head is not first and first.head.i not in protest_tokens:
                first = first.head
            direct = token.pos_ == "VERB" and (token.dep_ in ("conj", "ROOT", "advcl", "xcomp") or _reported_main(token)) and (
                first.head.i in protest_tokens or token.dep_ == "ROOT" or _reported_main(token) or any(c.i in protest_tokens for c in token.children)
            )
            # "a clash ensued between demonstrators and police": the event noun is the clause's subject
            # (also under the reporting verb of the source: "an explosion ripped through the rally, officials said")
            direct = direct or token.pos_ == "NOUN" and (
                token.dep_ == "ROOT" or token.dep_ == "nsubj" and (token.head.dep_ == "ROOT" or _reported_main(token.head))
            )
            # "were injured in a clash with police during their demonstration": a fight with someone
            direct = direct or match.cls == "Armed clash" and token.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children
            )
            # "held a demonstration and clashed with a leader": joined to the verb that holds the protest
            staging = typing_words(STAGING_VERBS)
            direct = direct or token.pos_ == "VERB" and token.dep_ == "conj" and (first.head.lemma_.lower() in staging or first.head.lower_ in staging) and any(
                c.i in protest_tokens for c in first.head.children if c.dep_ == "dobj"
            )
            # "Demonstrators took one of the suspects and killed him": what the demonstrators themselves
            # did, told in a sentence of its own (the subject of the verb, or of the first of its list)
            own_act = token.pos_ == "VERB" and any(c.i in participants for c in (*subjects(token), *subjects(first)))
            direct = direct or own_act
            # "protested after pollution destroyed their crops": the cause, not the crowd's act (a mob's
            # own violence stays its act: "a curfew was imposed after mobs attacked shops")
            cause = not own_act and any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in (*token.children, *first.children))
            if not direct or cause:
                continue
            if own_act and match.cls in CROWD_ACTS:
                # "demonstrators set fire to the company's office; police fired tear gas": what the
                # demonstrators themselves did is their violence, whoever else the sentence names acting
                # (the forces who dispersed them do not make it theirs): a violent demonstration
                kept.append(TriggerMatch(VIOLENT_CROWD, match.token, match.start, match.end))
                continue
        kept.append(match)
    # stones thrown with no protest around ("residents beat a man after throwing stones at him"): the
    # topic test had nothing to be the topic of
    return kept or triggers


TURNED_INTO = frozenset(row[0].lower() for row in read_rows("turned_violent.tsv", 1))


# Words that make a round fired at people lethal ammunition ("live bullets", "real bullets"; typing_acts.tsv)
LIVE_ROUNDS = read_word_sets("typing_acts.tsv", TYPING_ACTS)["live"]


def _live(thing: Token) -> bool:
    """What was fired is told as live ammunition: "live bullets", "real bullets"."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in LIVE_ROUNDS for c in thing.children)


def turned_violent(noun: Token) -> bool:
    """The protest noun is the subject of becoming violent: "the march turned violent", "the rally turned
    into a riot", "the protest descended into clashes" (turned_violent.tsv)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ("turn", "descend", "degenerate", "spiral"):
        return False
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "attr") and child.lower_ in TURNED_INTO:
            return True
        if child.dep_ == "prep" and child.lower_ == "into" and any(o.dep_ == "pobj" and o.lemma_.lower() in TURNED_INTO for o in child.children):
            return True
    return False


def _reported_main(verb: Token) -> bool:
    """The verb is the clause a source's words report, the sentence's main news ("an explosion ripped
    through the rally, officials said", "police said the crowd torched a bus"): the complement of a
    reporting verb that is the sentence's root."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in load_reporting_verbs()


def described_by_violence(match: TriggerMatch, demonstrators: set[int], taxonomy) -> bool:
    """A crowd's violence told in a clause that describes the demonstrators: "protesters who were stoning
    the police station", "demonstrators attacking the court", "marchers who had tried to set fire to the
    office" (the clause's verb active, the noun it describes a protest noun, one of ``demonstrators``;
    not "protesters who were shot", nor "protested against youths who threw stones")."""
    cls = match.cls
    if not (cls == "@attack" or not cls.startswith("@") and (taxonomy.event_type_of(cls) == "Riots" or cls == "Looting/property destruction")):
        return False
    verb = match.token
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head  # "who were trying to set fire to"
    if verb.dep_ not in ("relcl", "acl") or verb.head.i not in demonstrators:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.tag_ == "VBN":
        return False  # "protesters who were beaten", "demonstrators attacked by police"
    return True


def by_means_of_dispersal(verb: Token) -> bool:
    """A violence verb done "with" means of dispersing a crowd, all of them: batons, tear gas, water
    cannon, rubber bullets ("attacked by police with batons and tear gas", "beat the marchers with
    sticks" is not: sticks are anyone's)."""
    if verb.pos_ != "VERB":
        return False
    means = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    # (a bullet is one only when rubber or plastic: crowd_control_device)
    devices = (typing_words("intervention") | typing_words("dispersal_weapon") | {"baton", "lathi"}) - {"bullet"}
    return bool(means) and all(m.lemma_.lower() in devices or crowd_control_device(m) for m in means)


def suspects_punished(verb: Token) -> bool:
    """The verb's object is people described as suspected or accused of something ("beat to death two
    men suspected of stealing a buffalo", "killed a woman accused of witchcraft"): a crowd's punishment
    of those it took for wrongdoers, ACLED's mob violence."""
    victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        a.dep_ in ("acl", "relcl", "amod") and a.lemma_.lower() in ("suspect", "accuse")
        or a.dep_ == "relcl" and any(g.lemma_.lower() in ("suspect", "accuse") for g in a.children)
        for v in victims for a in v.children
    )


def told_of_the_crowd(verb: Token) -> bool:
    """The verb's doers are all people the story has told of before ("the crowd", "the protesters",
    "they": people_told_before)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(people_told_before(d) for d in doers)


def died_of_force_on(death: Token, crowd: set[int]) -> bool:
    """A death word whose clause of time or cause tells an act done to the demonstration or its people
    ("two farmers died after police baton-charged a dharna", "a student was killed when soldiers
    stormed the sit-in"): the act's object is one of ``crowd`` (protest nouns and participants), its
    subject is not."""
    if death.lemma_.lower() not in LETHAL_VERBS | {"die"} or death.pos_ != "VERB":
        return False
    for clause in death.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.i in crowd:
            continue
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when", "as") for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.i in crowd for c in clause.children):
            continue  # "died when protesters stormed the office": the crowd's own act
        # the act's object, or the object of what it was done for ("died after security forces fired live
        # bullets to disperse a sit-in")
        purposes = [p for p in clause.children if p.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)]
        if any(c.dep_ in ("dobj", "nsubjpass") and c.i in crowd for v in (clause, *purposes) for c in v.children):
            return True
    return False


def fire_on_gathering(triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """Shots fired at people gathered to mourn, worship or celebrate, with no protest told ("troops fired
    into a crowd of mourners, killing five", "soldiers opened fire on a funeral procession"): people who
    could not fight back, ACLED's attack on civilians, whoever fired (typing_words.tsv, assembled); not
    a fight of two armed sides, which a shooting by forces with no victims named defaults to."""
    shots = [m for m in triggers if m.cls.startswith("@") and m.token.lemma_.lower() in SHOT_WORDS]
    if not shots:
        return triggers
    assembled = typing_words("assembled")
    people = {t.i for t in shots[0].token.sent if t.pos_ == "NOUN" and t.lemma_.lower() in assembled}
    if not people:
        return triggers
    people |= {head.i for i in list(people) for head in [_counted_as(shots[0].token.doc[i])] if head is not None}
    # "a funeral procession", "a wedding party": the noun the gathering word qualifies is aimed at
    people |= {shots[0].token.doc[i].head.i for i in list(people) if shots[0].token.doc[i].dep_ == "compound"}
    return [
        TriggerMatch(FIRE_ON_GATHERING, m.token, m.start, m.end) if m in shots and aimed_at(m.token, people) else m
        for m in triggers
    ]


def engaged_in_protest(word: Token) -> Token | None:
    """The people a clause of the sentence describes as taking part in the protest ``word`` names, at
    the time of the sentence's act: "people who were chanting slogans during a demonstration", "miners
    who were holding a peaceful sit-in", "students staging a sit-in", "residents taking part in a march".
    The clause's verb is in the progressive or a bare "-ing" participle (the protest was under way);
    "a man who had taken part in protests" or "who led last year's march" tells of an earlier day."""
    clause = _describing_clause(word)
    if clause is None:
        return None
    return clause.head if clause.tag_ == "VBG" and not _in_the_perfect(clause) else None


def took_part_before(word: Token) -> bool:
    """A protest word inside a clause in the perfect that describes a person ("a man who had taken part
    in protests", "activists who have led the marches"): what the person did before, not an act of the
    sentence's day. So is a clause in the simple past with a day of its own other than the main clause's
    ("arrested on Tuesday five activists who organised a march on Monday")."""
    clause = _describing_clause(word)
    return clause is not None and (_in_the_perfect(clause) or clause.tag_ == "VBD" and _own_earlier_day(clause))


def _own_earlier_day(clause: Token) -> bool:
    """The clause names a day (a date the parser marks) and the main verb, whose person the clause
    describes, names another: two acts on two days, the clause's told only to say who the person is."""
    inside = {t.i for t in clause.subtree}
    own = {t.lower_ for t in clause.subtree if t.ent_type_ == "DATE"}
    if not own:
        return False
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX"):
        return False
    told = {t.lower_ for t in main.subtree if t.ent_type_ == "DATE" and t.i not in inside}
    return bool(told) and told != own


def _describing_clause(word: Token) -> Token | None:
    """The verb of the relative or participial clause, within four heads above ``word``, that holds it,
    when the clause describes a person (a noun or pronoun it hangs on)."""
    if word.pos_ == "VERB" and word.dep_ in ("relcl", "acl"):
        # the protest word may be the clause's own verb ("activists who had organised the marches")
        return word if word.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    node = word
    for _ in range(4):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.dep_ in ("relcl", "acl"):
            return node if node.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    return None


def _in_the_perfect(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in verb.children)


def _counted_as(person: Token) -> Token | None:
    """The word a group of people is counted or gathered as: "thousands" in "thousands of people
    demonstrating", "crowd" in "a crowd of marchers" (typing_words.tsv, crowd_count and crowd)."""
    prep = person.head
    if person.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return None
    head = prep.head
    counts = typing_words("crowd_count") | typing_words(CROWD_NOUNS) | {"group", "column", "procession"}
    return head if head.lower_ in counts or head.lemma_.lower() in counts else None


# Verbs by which forces send a crowd away: "fired stun grenades to disperse the crowd"
DISPERSING = frozenset("disperse scatter".split())


def dispersal_device(match: TriggerMatch) -> TriggerMatch:
    """An explosive's trigger that names a crowd-control device thrown or fired at a crowd or to disperse
    one ("police lobbed stun grenades into the crowd", "fired sound bombs at the marchers to disperse
    them"): the forces' intervention at a gathering (ACLED's protest with intervention), no grenade
    attack. A stun grenade thrown at a house stays a grenade. So is a shot word whose object is a means of
    dispersal ("police firing tear gas at students", "fired rubber bullets at the crowd"): tear gas and
    water cannon are used on crowds."""
    token = match.token
    if _fires_dispersal(match):
        verb = token
    else:
        if match.cls.startswith("@") and match.cls != "@explosion" or not crowd_control_device(token):
            return match
        if not match.cls.startswith("@") and load_taxonomy().event_type_of(match.cls) != "Explosions/Remote violence":
            return match
        node = token
        while node.dep_ == "conj" and node.head is not node:
            node = node.head  # "fired tear gas and stun grenades"
        verb = node.head if node.dep_ in ("dobj", "nsubjpass") else node
    people = typing_words("gathered_people")  # a gathering: tear gas fired at farmers on their land is an attack on them
    aimed = any(
        p.dep_ == "prep" and p.lower_ in AIM_PREPOSITIONS and any(g.dep_ == "pobj" and g.lemma_.lower() in people for g in p.children)
        for p in verb.children
    )
    dispersing = any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in DISPERSING for c in verb.children)
    if aimed or dispersing:
        return TriggerMatch(FIRE_ON_CROWD, token, match.start, match.end)
    return match


# the classes of a crowd's own violence ("rioters", "threw stones", "set fire to a post")
RIOTER_WORDS_CLASSES = frozenset({"Violent demonstration", "Mob violence"})


def crowd_violence(match: TriggerMatch, participants: set[int], taxonomy) -> bool:
    """A trigger of the crowd's own violence: a riot's words, property destroyed or a fight by the crowd,
    or a violence word whose doer is one of the ``participants`` ("officers were attacked by rioters")."""
    if not match.cls.startswith("@"):
        return taxonomy.event_type_of(match.cls) == "Riots" or match.cls in CROWD_ACTS
    token = match.token
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.i in participants for d in doers)


def forced_entries(sent: Span, participants: set[int]) -> list[Token]:
    """Verbs by which the demonstrators themselves force their way into a place: "demonstrators broke
    into the parliament building", "protesters forced their way into the palace", "stormed the
    assembly", "ransacked the governor's office", "broke through the gates of the complex" (a violent
    demonstration; a thief breaking into a shop is none). The verb's subject (or the subject of the
    first verb of its list: "marched to the court and stormed it") is one of the ``participants``."""
    found = []
    entry_verbs = stormed_places("entry_verb")
    crowd_people = typing_words(CROWD_NOUNS) | follower_words()
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        into = any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
        way = any(c.dep_ == "dobj" and c.lower_ == "way" for c in verb.children)
        broke_in = into and (lemma == "break" or lemma in ("force", "push", "fight") and way)
        stormed = lemma in entry_verbs and any(c.dep_ == "dobj" and names_building(c) for c in verb.children)
        stormed = stormed or lemma == "break" and any(
            c.dep_ == "prep" and c.lower_ == "through" and any(p.dep_ == "pobj" and names_building(p) for p in c.children) for c in verb.children
        )
        if not (broke_in or stormed):
            continue
        subjects = _doers(verb)
        # (a building stormed by people the sentence names as a crowd in a protest sentence: "supporters of
        # the jailed leader stormed the assembly during a protest", however the parse hangs the protest)
        if any(c.i in participants for c in subjects) or stormed and any(c.lemma_.lower() in crowd_people for c in subjects):
            found.append(verb)
    return found


def _doers(verb: Token) -> list[Token]:
    """The subject of ``verb``, or of the verb it is listed after or hangs from as a clause with no
    subject of its own ("demonstrators marched ... broke through the gates and ransacked offices")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects or node.dep_ not in ("conj", "advcl") or node.head is node:
            return subjects
        node = node.head
    return []


def stormed_places(kind: str) -> frozenset[str]:
    """The words of one kind of stormed_places.tsv (building, entry_verb)."""
    return _stormed_places_table()[kind]


@lru_cache(maxsize=1)
def _stormed_places_table() -> dict[str, frozenset[str]]:
    return read_word_sets("stormed_places.tsv", ("building", "entry_verb"))


def names_building(noun: Token) -> bool:
    """``noun`` names a building, a compound or a part of one ("the parliament building", "the police
    station", "the gates of the governor's office"; stormed_places.tsv)."""
    buildings = stormed_places("building")
    if noun.lemma_.lower() in buildings or noun.lower_ in buildings:
        return True
    # "the gates of the court": what the part belongs to
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() in buildings for p in c.children)
        for c in noun.children
    )


def on_a_building(match: TriggerMatch) -> bool:
    """A crowd's act of damage or forced entry whose object is a building: "set fire to the police
    station", "burned the prefecture", "stormed the parliament". Such damage is a matter of record: told
    in the police's words it still tells the crowd's violence (in_a_state_voice discounts the rest)."""
    token = match.token
    if token.pos_ != "VERB" or not (match.cls == "Looting/property destruction" or match.cls.startswith("@")):
        return False
    if match.cls.startswith("@") and token.lemma_.lower() not in stormed_places("entry_verb"):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "set fire to the station", "set ablaze the office": the object after the phrase's words
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    objects += [p for o in list(objects) if o.lemma_.lower() == "fire" for c in o.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if not any(names_building(o) for o in objects):
        return False
    # told as the writer's fact with its source after it ("protesters stormed the parliament, police
    # said"), not as what an official said happened ("the ministry said that rioters had set fire to a
    # post", a claim the story may go on to dispute)
    reporting = load_reporting_verbs()
    return not any(a.lemma_.lower() in reporting and a.i < token.i for a in token.ancestors)


def in_a_state_voice(token: Token) -> bool:
    """``token`` is inside what the police, an official or a government said ("police said rioters
    threw stones", "the minister claimed the marchers attacked officers", "according to the police, the
    crowd hurled rocks"): the account of the side that dispersed the crowd (typing_words.tsv,
    state_voice)."""
    voices = typing_words("state_voice")
    node = token
    for _ in range(6):
        head = node.head
        if head is node:
            return False
        named = node.dep_ == "oprd" or node.dep_ == "pobj" and head.lower_ == "as" and head.head is not head
        namer = head if node.dep_ == "oprd" else head.head
        # "the minister described them as rioters", "police called the marchers rioters": the name is the speaker's
        naming = named and namer.lemma_.lower() in typing_words("naming_verb")
        if naming or node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in load_reporting_verbs():
            head = namer if naming else head
            speakers = [c for c in head.children if c.dep_ == "nsubj"]
            if not speakers and head.dep_ in ("advcl", "conj", "xcomp") and head.head is not head:
                speakers = [c for c in head.head.children if c.dep_ == "nsubj"]  # "police dispersed them, saying ..."
            return any(c.lemma_.lower() in voices or any(g.dep_ == "compound" and g.lemma_.lower() in voices for g in c.children) for c in speakers)
        node = head
    root = token.sent.root
    return any(
        p.dep_ == "prep" and p.lower_ == "according" and any(
            g.lemma_.lower() in voices for t in p.subtree for g in [t] if g.dep_ == "pobj"
        )
        for p in root.children
    )


def _fires_dispersal(match: TriggerMatch) -> bool:
    """A shot word ("fire", "shoot") whose objects are all means of dispersal: tear gas, water cannon,
    rubber bullets (typing_words.tsv, dispersal_weapon, and crowd_control before a weapon)."""
    token = match.token
    if not match.cls.startswith("@") or token.lemma_.lower() not in SHOT_WORDS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.conjuncts]
    return bool(objects) and all(o.lemma_.lower() in typing_words("dispersal_weapon") or crowd_control_device(o) for o in objects)


# Prepositions that put an act at a protest: "killed during protests", "shot at a rally", "amid demonstrations".
SCENE_PREPOSITIONS = frozenset("during amid amidst at in".split())


# Conjunctions of a clause that tells what was going on when something happened ("as they marched")
WHILE_MARKS = frozenset("as while when".split())


def while_protesting(token: Token, protests: set[int]) -> bool:
    """A violence word told with a clause of the time when a demonstration was going on: "police shot
    dead three people as thousands of supporters marched through the city", "security forces killed
    eight growers as they tried to march toward the city": violence at the protest, whoever did it (the
    clause's verb is the protest word, or what it was tried or begun to be)."""
    if token.pos_ != "VERB" or token.dep_ in ("relcl", "acl", "pcomp"):
        return False
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in WHILE_MARKS for c in clause.children):
            continue
        if clause.i in protests or any(c.dep_ == "xcomp" and c.i in protests for c in clause.children):
            return True
    return False


def at_the_protest(token: Token, protests: set[int]) -> bool:
    """A violence word whose clause is set at one of the protests (event nouns ``protests``) by
    "during", "amid", "at" or "in": "troops killed 16 people during protests", "a student was shot
    dead at the rally"; not a protest inside what something is about or someone is ("protested over
    the killing of a man during a raid", "killed a man who had taken part in protests")."""
    if not protests or token.dep_ in ("relcl", "acl", "pcomp", "pobj", "compound"):
        return False
    holders = [token]
    if token.dep_ == "dobj" and token.head is not token:
        holders.append(token.head)  # "opened fire during the protest"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in SCENE_PREPOSITIONS:
                if any(p.dep_ == "pobj" and p.i in protests for p in prep.children):
                    return True
    return False


AIM_PREPOSITIONS = builder_words("aim_prepositions")
TOPIC_PREPOSITIONS = builder_words("topic_prepositions")


def aimed_at(token: Token, people: set[int]) -> bool:
    """A violence word whose object, or what it (or the light verb holding it: "opened fire on") is
    aimed at, is one of ``people``; not inside what something is about ("protested against police who
    shot protesters")."""
    if token.dep_ in ("relcl", "acl", "pcomp") and not on_the_dateline(token) and accusing_verb(token) is None:
        return False  # (an act laid at someone's door is told as done: "accused police of shooting protesters")
    node = token
    for _ in range(3):
        if node.head is node:
            break
        if accusing_verb(node) is not None:
            break
        if node.dep_ == "prep" and node.lower_ in TOPIC_PREPOSITIONS or node.dep_ in ("relcl", "acl") and not on_the_dateline(node):
            return False
        node = node.head
    holders = {token.i}
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        holders.add(token.head.i)  # "opened fire on": the aim hangs off the verb
    if token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children
    ):
        holders.add(token.head.i)  # "was run over and killed": the verbs share the one they were done to
    if result_clause(token):
        # "used lethal force against the marchers, killing four": the "-ing" clause tells what the act
        # aimed at the people did to them
        holders.add(token.head.i)
    for i in people:
        person = token.doc[i]
        if person.dep_ in ("dobj", "nsubjpass") and person.head.i in holders:
            return True
        if person.dep_ == "pobj" and person.head.lower_ in AIM_PREPOSITIONS and person.head.head.i in holders:
            return True
        if token.pos_ == "NOUN" and person.dep_ == "pobj" and person.head.lower_ == "of" and person.head.head.i == token.i:
            return True  # "the killing of 12 peaceful protesters by security forces": the noun's patient
        clause = person.head
        if person.dep_ == "nsubj" and clause.dep_ in ("pcomp", "pobj") and clause.head.lower_ in AIM_PREPOSITIONS and clause.head.head.i in holders:
            return True  # "opened fire on protesters marching to the palace", parsed as a clause after "on"
            # (or as its object: "opened fire on mourners marching to the cemetery")
    return False


def result_clause(token: Token) -> bool:
    """A participle clause of its own subject-less "-ing" verb told after the verb it hangs on, which
    says what that act did ("fired on the crowd, killing two", "used force against the march, wounding
    dozens")."""
    head = token.head
    return (
        token.dep_ == "advcl" and token.tag_ == "VBG" and head is not token and head.pos_ == "VERB" and head.i < token.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    )


def on_the_dateline(verb: Token) -> bool:
    """A clause the parse hung on a word of the dateline that opens the text ("JAKARTA, May 12 (Reuters) -
    Troops fired into a crowd ...", parsed with "fired" as a relative clause of "JAKARTA"): the main
    clause of the report's first sentence, not a description of the dateline's town."""
    if verb.dep_ != "relcl" or verb.head.i >= verb.i:
        return False
    filing = read_filing(text_of(verb.doc), None)
    return filing is not None and verb.head.idx < filing.end <= verb.idx


TOPIC_HEADS = builder_words("topic_heads")


def device_in_topic(token: Token, protest_tokens: set[int]) -> bool:
    """A device's word inside what a protest is about: the object of a verb of protest or
    condemnation, or after "against" / "over" ("marched to condemn the bombing", "protested against the
    attack in which a bomb killed 12"), a relative clause under such an object included; not a device
    told inside the protest's own words ("a rally at which a bomb went off"), and not one of a sentence
    with no protest outside it ("officials condemned the bombing of a rally")."""
    inside = {t.i for t in token.subtree}
    if not protest_tokens - inside:
        return False
    node = token
    for _ in range(6):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in TOPIC_HEADS or node.dep_ == "prep" and node.lower_ in TOPIC_PREPOSITIONS:
            return True
        if node.i in protest_tokens:
            return False
    return False


def topic_cue(match: TriggerMatch, taxonomy) -> bool:
    """A crowd-violence cue inside what a protest is about ("protested for the arrest of culprits
    torching their wheat", "against the detention of activists accused of hurling a Molotov
    cocktail"), not the crowd's own act."""
    if match.cls.startswith("@") or taxonomy.event_type_of(match.cls) != "Riots":
        return False
    token = match.token
    if token.dep_ in ("acl", "relcl") or token.dep_ == "pcomp" and token.head.lower_ != "by":
        return True  # ("demonstrated by throwing stones": the means, not the topic)
    node = token
    for _ in range(4):
        if node.head is node:
            break
        node = node.head
        if node.dep_ == "prep" and node.lower_ in ("for", "against", "over", "about") or node.lemma_.lower() in ("accuse", "arrest", "detention", "release"):
            return True
    return False


def people_told_before(token: Token) -> bool:
    """"dispersed them", "dispersed the group", "the protesters were detained": people the text has
    already told of, so the sentence continues their story."""
    if token.lower_ in ("them", "they"):
        return True
    if token.lower_ in PART_WORDS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "in", "among") and any(g.dep_ == "pobj" and people_told_before(g) for g in c.children)
        for c in token.children
    ):
        return True  # "some in the crowd", "several of the protesters", "a few among them": part of them
    people = typing_words(CROWD_NOUNS) | PARTICIPANT_WORDS | {"group", "gathering"}
    return token.lemma_.lower() in people and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)


# Words for some of a body of people ("some in the crowd", "several of the marchers")
PART_WORDS = frozenset("some several many few others most one two".split())


# People who act as a crowd when they damage property: "villagers vandalized a shop", "community
# members set a tavern alight" (not "two men", a crowd's members named one by one, or a named group)
CROWD_NOUNS = "crowd"  # a kind of typing_words.tsv


def is_crowd(actor: ActorRef) -> bool:
    if actor.kind in ("rioters", "protesters"):
        return True
    token = actor.token
    if actor.kind == "political_militia" and counted_as_crowd(token):
        return True  # "hundreds of youths stormed the police station": a crowd, not an armed group
    crowd = typing_words(CROWD_NOUNS)
    if actor.kind == "political_militia" and token.lemma_.lower() in crowd and any(
        c.dep_ in ("amod", "compound") and c.lower_ in typing_words("crowd_mood") for c in token.children
    ):  # (a capitalised mood word opening the sentence is parsed as a name's compound: "Irate youths")
        return True  # "angry youths burnt down the police station": a crowd in its temper, no armed group
    return actor.kind == "civilians" and (token.lemma_.lower() in crowd or any(
        c.dep_ == "compound" and c.lemma_.lower() in crowd for c in token.children
    ))


def counted_as_crowd(token: Token) -> bool:
    """People of a crowd's kind counted as a crowd ("hundreds of youths", "thousands of supporters";
    typing_words.tsv, crowd_count), not told as armed ("hundreds of armed youths")."""
    prep = token.head
    if not (token.dep_ == "pobj" and prep.lower_ == "of" and prep.head is not prep):
        return False
    if prep.head.lemma_.lower() not in typing_words("crowd_count") and prep.head.lower_ not in typing_words("crowd_count"):
        return False
    if token.lemma_.lower() not in typing_words(CROWD_NOUNS) | typing_words("gathered_people") | PARTICIPANT_WORDS:
        return False  # "hundreds of militiamen": an armed group, however many
    return not any(c.dep_ in ("amod", "compound") and c.lower_ in ("armed", "gun-wielding", "machete-wielding") for c in token.children)


def unknown_attackers(actor: ActorRef | None, triggers: list[TriggerMatch]) -> bool:
    """People named only as unknown ("assaulted by unknown people", "unidentified persons attacked a
    teacher"): attackers who are merely unknown are ACLED's unidentified armed group, not a crowd; but
    stones thrown are a crowd's own weapon ("unknown youths pelted the bus with stones"). So are people
    who laid an ambush ("villagers ambushed an army patrol"): an ambush is an armed attack lain in
    wait, no crowd's act (typing_words.tsv, armed_attack)."""
    if actor is None or actor.kind != "civilians":
        return False
    if any(m.token.lemma_.lower() in typing_words("armed_attack") and laid_by(m.token, actor.token) for m in triggers):
        return True
    if not any(c.dep_ == "amod" and c.lower_ in typing_words("unknown") for c in actor.token.children):
        return False
    return not any(m.token.lemma_.lower() in STONE_VERBS for m in triggers)


def laid_by(verb: Token, person: Token) -> bool:
    """``person`` is the subject of ``verb`` ("villagers ambushed a patrol") or its passive's agent
    ("a patrol was ambushed by villagers"), or of the verb an ambush noun is the object of ("villagers
    laid an ambush")."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.i == person.i for c in verb.children if c.dep_ == "nsubj"):
        return True
    return any(g.i == person.i for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")


# Entity types of a proper name that names a people or a place, not an organisation ("a group of
# Papuans", "members of the Koli caste", "residents of Kibera")
PEOPLE_OR_PLACE_ENTITIES = frozenset({"NORP", "GPE", "LOC", "FAC", "DATE"})


def named_group_of(token: Token) -> str | None:
    """The proper name of the organisation people are told as belonging to ("members of Ahrar al
    Sharqiyah", "a group of BJP workers", "members of the Los Enanos gang"), or None: "members"
    or "a group" of a named organisation are that organisation's people, not a crowd (people of a
    named people, place, kin or community are: "a group of Papuans", "members of the Khan family")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("member", "group"):
        token = token.head.head  # the actor read on the name itself
    wing = party_wing(token)
    if wing is not None:
        return wing
    if token.lemma_.lower() not in ("member", "group"):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in KIN_COMMUNITY_WORDS | ORGANISED_SIDE_WORDS:
                continue
            words = [t for t in noun.subtree if t.i <= noun.i and t.pos_ == "PROPN"]
            if not words or any(t.ent_type_ in PEOPLE_OR_PLACE_ENTITIES for t in words):
                continue
            run = [words[-1]]
            for t in reversed(words[:-1]):
                if t.i < run[0].i - 2 or t.i != run[0].i - 1 and token.doc[t.i + 1].lower_ not in ("al", "el", "de", "del", "of"):
                    break
                run.insert(0, t)
            return token.doc[run[0].i : run[-1].i + 1].text
    return None


# Nouns for a party's organised wing ("the ruling party's youth wing", "the youth league", "youth brigades")
WING_NOUNS = frozenset(word for word, kind in read_kinds("crowd_sides.tsv", {"follower", "wing"}) if kind == "wing")


def party_wing(token: Token) -> str | None:
    """People told as a party's organised wing ("members of the ruling party's youth wing", "youth league
    members of the ruling party", "ZANU-PF youths"): an organised political group, ACLED's political
    militia when it attacks someone, not a crowd (a fight of two parties' people stays a crowd's:
    sides._fight_of_crowds). Their name, or None. A party's plain members, workers or supporters who
    beat someone stay a crowd, as ACLED codes them ("opposition party members beat the monitors": mob
    violence). A party is told by a wing noun, or by its name written as an acronym before "youths", not
    by a people's or a place's name ("Kikuyu youths")."""
    follower = token.lemma_.lower() in follower_words() or token.lemma_.lower() == "group"
    if not follower and token.lemma_.lower() not in WING_NOUNS:
        return None
    if _wing_named(token):
        return _without_determiners(token)
    if not follower:
        return None
    for child in token.children:
        if child.dep_ == "compound" and _wing_named(child):
            return _without_determiners(token)  # "youth league members of the ruling party"
        if child.dep_ == "compound" and _party_acronym(child) and token.lemma_.lower() == "youth":
            return _hyphenated(child)  # "ZANU-PF youths": a party's youth, its youth wing
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                if _wing_named(noun):
                    return _without_determiners(noun)  # "members of the ruling party's youth wing"
    return None


def _wing_named(noun: Token) -> bool:
    """"youth wing", "youth league", "the party's student wing": a wing noun with a modifier."""
    return noun.lemma_.lower() in WING_NOUNS and any(c.dep_ in ("compound", "amod", "poss") for c in noun.children)


def _party_acronym(token: Token) -> bool:
    text = token.text
    return token.pos_ == "PROPN" and len(text) >= 2 and text.isupper() and text.isalpha() and token.ent_type_ not in PEOPLE_OR_PLACE_ENTITIES


def _hyphenated(token: Token) -> str:
    """The acronym with the parts a hyphen joins to it ("ZANU-PF", parsed as three tokens)."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text


def _without_determiners(token: Token) -> str:
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    return "".join(t.text_with_ws for t in words).strip() if words else token.text


def protest_means(token: Token, triggers: list[TriggerMatch], taxonomy) -> bool:
    """A shooting verb told as what the demonstrators did: joined to the protest verb or its means
    ("demonstrated ... by firing", "staged a demonstration ... and fired")."""
    protest = {m.token.i for m in triggers if not m.cls.startswith("@") and taxonomy.event_type_of(m.cls) == "Protests"}
    if not protest:
        return False
    if token.dep_ == "pcomp" and token.head.lower_ == "by":
        return token.head.head.i in protest
    if any(c.dep_ == "dobj" and c.lemma_.lower() in typing_words("intervention") for c in token.children):
        return False  # tear gas or rubber bullets: the forces' intervention
    if token.dep_ == "conj" and token.pos_ == "VERB":
        head = token.head
        staging = head.lemma_.lower() in typing_words(STAGING_VERBS) or head.lower_ in typing_words(STAGING_VERBS)
        return head.i in protest or staging and any(c.i in protest for c in head.children if c.dep_ == "dobj")
    return False


STAGING_VERBS = "staging"  # a kind of typing_words.tsv


@lru_cache(maxsize=1)
def blocked_objects() -> frozenset[str]:
    """What a crowd blocks in protest (the objects of "block" in triggers.tsv: road, highway, rail ...)."""
    return frozenset(e.words[1] for e in load_triggers() if e.words[0] == "block" and len(e.words) == 2 and e.cls == "Peaceful protest")


# What a road blocked with burning things is: the street violence of a riot (as "burning tyres" in
# triggers.tsv), the class of the things it was blocked with.
BURNING_BARRICADE = TriggerEntry(("block", "with", "burning"), "N", "Violent demonstration", "trigger")


def burning_barricade(block: Token) -> Token | None:
    """The burning thing a way was blocked with ("blocked the highway with burning tyres", "with a
    burning truck", "with tyres and branches on fire"), or None."""
    things = [t for c in block.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    if not things:
        return None
    aflame = typing_words("aflame")
    for thing in things:
        if any(c.dep_ in ("amod", "compound", "acl") and c.lower_ in aflame | {"burning"} for c in thing.children):
            return thing
    on_fire = any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "fire" for p in c.children) for t in (block, *things) for c in t.children)
    return things[0] if on_fire else None


def blocked_way(sent: Span, matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """"blocked the train's rails", "blocked with two vehicles the Siglo XXI highway": a road blocked
    with more words between the verb and the road than the lexicon's phrases allow; and the burning
    things a road was blocked with (a riot's barricade: ``burning_barricade``)."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    found = []
    for token in sent:
        if token.lemma_.lower() == "block" and token.pos_ == "VERB" and (thing := burning_barricade(token)) is not None and thing.i not in taken:
            found.append(TriggerMatch(BURNING_BARRICADE, thing, thing.i, thing.i + 1))
        if token.lemma_.lower() != "block" or token.pos_ != "VERB" or token.i in taken:
            continue
        # (the road may hang as an apposition off what it was blocked with: "blocked with two vehicles
        # the Siglo XXI highway" parsed as "vehicles, the highway")
        told = [*token.children] + [a for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children for a in p.children if a.dep_ == "appos"]
        for child in told:
            if (child.dep_ in ("dobj", "nsubjpass", "appos")) and child.lemma_.lower() in blocked_objects():
                entry = TriggerEntry(("block", child.lemma_.lower()), "V", "Peaceful protest", "trigger")
                found.append(TriggerMatch(entry, token, token.i, token.i + 1))
                break
    return found


@lru_cache(maxsize=1)
def follower_words() -> frozenset[str]:
    """Head nouns for the people of a party or movement (crowd_sides.tsv)."""
    return frozenset(word for word, kind in read_kinds("crowd_sides.tsv", {"follower", "wing"}) if kind == "follower")


RECIPROCALS = ("other", "another")


def followers_fight_one_another(token: Token) -> Token | None:
    """"Imbonerakure and CNL supporters fought one another", "members of the two parties clashed with
    each other": a fight its subject fought among its own people, when they are a party's or a
    movement's people; returns the subject."""
    if token.pos_ != "VERB":
        return None
    told = [c for c in token.children if c.dep_ == "dobj"]
    told += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if not any(t.lower_ in RECIPROCALS or any(c.lower_ in RECIPROCALS for c in t.children) for t in told):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in follower_words():
        return None
    return subject


def crowd_opponent(token: Token, side: Token) -> bool:
    """``side`` is who a fight was with or between ("a group of youths clashed with residents",
    "a clash between residents and traders"), not someone counted among its victims."""
    holders = {token.i, token.head.i} if token.dep_ == "nsubj" else {token.i}
    node = side
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in ("with", "between", "among") and prep.head.i in holders


# Private quarrels that violence may grow out of ("over a land dispute", "after a family feud").
QUARREL_WORDS = typing_words("quarrel")
QUARREL_PREPOSITIONS = frozenset("over in after following from amid".split())


def quarrel_violence(real: list[TriggerMatch], sent: Span) -> list[TriggerMatch]:
    """Violence told only by killing or attack words, with nobody named as its perpetrator, that grew out
    of a private quarrel ("a man was attacked and killed over a property dispute", "a scuffle over a
    land dispute led to firing"): ACLED's mob violence, the act of people with no organisation (the
    caller has checked that no perpetrator was read). A fight told as a clash or a weapon's kind keeps
    its own words, and a shooting is armed men's."""
    if not real or not all(m.cls in ("@violence", "@attack") for m in real):
        return real
    if any(m.token.lemma_.lower() in SHOT_WORDS for m in real):
        return real  # "shot to death over a land dispute": a gun makes the killers armed men, not a crowd
    told = any(
        t.lemma_.lower() in QUARREL_WORDS and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in QUARREL_PREPOSITIONS
        for t in sent
    )
    if not told:
        return real
    return [TriggerMatch(QUARREL_VIOLENCE, m.token, m.start, m.end) for m in real]
