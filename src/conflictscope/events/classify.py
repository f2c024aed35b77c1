"""Classify: from trigger classes, kind cues and the actors involved to ACLED's sub-event type.

ACLED's rule: when tactics combine in one context the event takes the higher type/sub-type. Generic
triggers ("attack", "killed", "explosion") take their kind from weapon cues, then from who hit whom.
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictscope.knowledge import load_taxonomy

EXPLOSION_TYPE = "Explosions/Remote violence"
PROTEST_TYPE = "Protests"
RIOT_TYPE = "Riots"
VAC_TYPE = "Violence against civilians"
BATTLE_TYPE = "Battles"
SD_TYPE = "Strategic developments"
VIOLENT_TYPES = {BATTLE_TYPE, EXPLOSION_TYPE, VAC_TYPE}
ORGANISED_ARMED = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"}
CROWDS = {"civilians", "rioters", "protesters"}
NON_STATE_ARMED = {"rebel_group", "political_militia", "identity_militia"}
# What a crowd at a demonstration may do that makes it violent.
CROWD_VIOLENCE = {"Armed clash", "Looting/property destruction", "Mob violence"}


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    specific: bool  # False when the kind was a default guess from a generic trigger


@dataclass(frozen=True)
class Context:
    """What the sentence says about who acted on whom."""

    perpetrator_kind: str | None = None
    perpetrator_armed: bool | None = None
    target_kind: str | None = None
    target_armed: bool | None = None
    civilian_victims: bool = False
    casualties: bool = False
    battle_context: bool = False  # "frontline", "positions": forces fighting each other
    observed_fire: bool = False  # explosions counted or heard by an observer ("observed 6 explosions")
    demonstration: bool = False  # the sentence speaks of a demonstration, not only of a crowd's violence
    participants_detained: bool = False  # people were arrested here ("police arrested 20 protesters")
    one_sided: bool = False  # torture, beating, whipping, execution: done to someone who cannot fight back
    crowd: bool = False  # the perpetrator is a crowd ("villagers", "community members", rioters)
    demand_voiced: bool = False  # people told as demanding something of the authorities ("workers demanding unpaid wages")
    crude_arms: bool = False  # only sticks, stones or blades are named, no firearm or explosive ("clashed with machetes")


def classify(trigger_classes: list[str], cue_classes: list[str], context: Context) -> Classification | None:
    taxonomy = load_taxonomy()
    type_of = taxonomy.event_type_of
    specific = [c for c in trigger_classes if not c.startswith("@")]
    generic = {c for c in trigger_classes if c.startswith("@")}
    if not specific and not generic:
        return None
    violent = bool(generic) or any(type_of(c) in VIOLENT_TYPES for c in specific)
    protest_like = any(type_of(c) in (PROTEST_TYPE, RIOT_TYPE) for c in specific)

    if protest_like and _armed_group_acts(specific, context):
        # "Al-Shabaab fighters overran the base and burned the Kenyan flag", "rebels seized the town and
        # held a rally": what an armed group does beside its own fighting is no demonstration (ACLED's
        # protests are a crowd's; the fighting is the event)
        specific = [c for c in specific if type_of(c) not in (PROTEST_TYPE, RIOT_TYPE)]
        protest_like = False
    candidates = set(specific)
    if violent:
        # Property destruction, arrests or seized weapons during an attack are part of the attack; an
        # interception ("missiles intercepted over the city") is ACLED's disrupted weapons use.
        if "Disrupted weapons use" in candidates:
            return Classification(SD_TYPE, "Disrupted weapons use", True)
        candidates = {c for c in candidates if type_of(c) != SD_TYPE}
    # Who takes territory decides the sub-type: the state regains it, anyone else overtakes it.
    state_side = context.perpetrator_kind in ("state_forces", "external_forces")
    if state_side and "Non-state actor overtakes territory" in candidates:
        candidates = (candidates - {"Non-state actor overtakes territory"}) | {"Government regains territory"}
    elif context.perpetrator_kind and not state_side and "Government regains territory" in candidates:
        candidates = (candidates - {"Government regains territory"}) | {"Non-state actor overtakes territory"}
    for cue in cue_classes:
        cue_type = type_of(cue)
        if cue_type == EXPLOSION_TYPE and violent and not protest_like:
            candidates.add(cue)
        elif cue_type == BATTLE_TYPE and violent and not protest_like and context.perpetrator_kind not in CROWDS and not (
            context.civilian_victims or context.target_kind == "civilians"
        ):
            candidates.add(cue)  # small arms beside heavy weapons: a ground clash
        elif cue_type in (PROTEST_TYPE, RIOT_TYPE) and protest_like:
            candidates.add(cue)

    if set(specific) == {"Mob violence"} and context.perpetrator_kind in ORGANISED_ARMED:
        # stones thrown by an armed group or a state's forces: their attack, not a crowd's
        typed = _generic_violence(generic | {"@violence"}, context)
        return Classification(typed.event_type, typed.sub_event_type, True)
    if protest_like and "Armed clash" in specific and context.perpetrator_kind in NON_STATE_ARMED and context.perpetrator_armed and (
        context.target_armed or context.target_kind in ("state_forces", "external_forces")
    ):
        # "armed men clashed with officers who came to disperse a fight", "gang members clashed with
        # soldiers and blocked roads": a fight between an armed group and an armed side is a battle,
        # whatever crowd tactics go with it (ACLED's riots are fights of crowds)
        return Classification(BATTLE_TYPE, "Armed clash", True)
    if protest_like:
        attacked = _attack_on_gathering(specific, cue_classes, generic, context)
        if attacked is not None:
            return attacked
        return _demonstration(candidates, generic, context)
    if candidates == {"Abduction/forced disappearance"} and generic & {"@violence", "@attack"} and context.casualties:
        # "gunmen attacked the village, killed one resident and abducted three": the killing is the
        # event (ACLED types by the violence; an attack in which people are only taken stays an abduction)
        if generic <= {"@violence"} and not context.target_armed and not context.battle_context:
            # "a man was kidnapped and later found dead", "soldiers took him away and killed him": with
            # no attack or fight told, the dead are the captives, who could not fight back: an attack on
            # them, whoever held them (ACLED's attack outranks the abduction)
            return Classification(VAC_TYPE, "Attack", True)
        typed = _generic_violence(generic, context)
        if typed is not None:
            return Classification(typed.event_type, typed.sub_event_type, True)
    if "@fire" in generic and not any(type_of(c) in (EXPLOSION_TYPE, BATTLE_TYPE) for c in candidates):
        # Fire of unnamed weapons counted from afar: indirect fire (a small-arms cue made it a clash above).
        candidates.add("Shelling/artillery/missile attack")
    guessed_device = None
    if "@explosion" in generic and not any(type_of(c) == EXPLOSION_TYPE for c in candidates):
        # An explosion with no device named: shelling between forces or when an observer counts or hears
        # explosions (a planted device goes off once), a planted device otherwise.
        fighting = context.battle_context or context.observed_fire or context.perpetrator_kind in ("state_forces", "external_forces")
        guessed_device = "Shelling/artillery/missile attack" if fighting else "Remote explosive/landmine/IED"
        candidates.add(guessed_device)
    if "Agreement" in candidates and "Non-violent transfer of territory" in candidates:
        # "under the peace treaty, the forces handed over the district": the handover is the event the
        # day tells, the agreement what it was done under (signed on an earlier day)
        candidates = candidates - {"Agreement"}
    if candidates:
        best = min(candidates, key=taxonomy.rank)
        if best == "Armed clash" and "Suicide bomb" in candidates:
            # "a suicide bomber rammed the gate, then gunmen stormed the base and fought the guards": a
            # complex attack opened by a suicide bombing is ACLED's suicide bomb, the gunfight after it
            # part of the same attack (the one exception to a clash outranking the weapons beside it)
            best = "Suicide bomb"
        if best == "Armed clash" and context.perpetrator_kind in CROWDS and (
            not context.target_armed or context.target_kind in ("state_forces", "external_forces")
        ):
            # "two communities clashed", "villagers clashed with police": a crowd's fight is mob violence
            # (villagers fighting an armed group are coded as a militia, not here)
            return Classification(RIOT_TYPE, "Mob violence", True)
        if best == "Armed clash" and _crude_fight(context):
            # "two groups clashed with machetes, bows and arrows", "they attacked police officers with
            # sticks and stones": a fight with what anyone may pick up, by people no one names as an armed
            # group or forces, is a crowd's (ACLED's mob violence)
            return Classification(RIOT_TYPE, "Mob violence", True)
        if best == "Looting/property destruction" and context.casualties and context.civilian_victims and not context.crowd and not (
            context.perpetrator_kind in CROWDS
        ):
            # "armed men set houses ablaze, and the bodies of 12 villagers were found in the ashes": people
            # killed or hurt where their homes were burned were attacked (ACLED's property destruction is
            # damage with nobody hurt)
            return Classification(VAC_TYPE, "Attack", True)
        if best == "Looting/property destruction" and context.demonstration and context.perpetrator_kind in CROWDS:
            # "traders demanding the reopening of the market set fire to a police post": people voicing a
            # demand on the authorities who destroy property are a violent demonstration (ACLED)
            return Classification(RIOT_TYPE, "Violent demonstration", True)
        if best == "Looting/property destruction" and context.crowd:
            # "villagers vandalized a ration shop", "community members set a tavern alight": property
            # destroyed by a crowd is a riot (a demonstration's when the sentence tells one)
            return Classification(RIOT_TYPE, "Violent demonstration" if context.demonstration else "Mob violence", True)
        # the device guessed for a bare "explosion" is no told kind: a grenade or a mine named in the
        # sentence before it ("threw a grenade ... five were wounded in the explosion") decides
        return Classification(type_of(best), best, best != guessed_device)
    return _generic_violence(generic, context, held="Arrests" in specific)


def _generic_violence(generic: set[str], context: Context, held: bool = False) -> Classification | None:
    """Killing, shooting or attack words with no weapon named: who did what to whom decides. ``held``:
    the sentence tells people arrested."""
    if not generic:
        return None
    perpetrator = context.perpetrator_kind
    if perpetrator == "rioters":
        return Classification(RIOT_TYPE, "Violent demonstration" if context.demonstration else "Mob violence", False)
    if perpetrator in ("civilians", "protesters"):
        return Classification(RIOT_TYPE, "Mob violence", False)
    if context.crowd:
        # "hundreds of youths stormed the police station": a crowd's violence, whatever its people's kind
        return Classification(RIOT_TYPE, "Violent demonstration" if context.demonstration else "Mob violence", False)
    if context.one_sided and (not context.target_armed or held) and not context.battle_context:
        # (a fighter or a group's leader arrested and beaten was held, no side in a fight: "forces
        # arrested and beat a rebel leader")
        # "soldiers tortured a prisoner", "militants executed a man": violence against people, whoever did
        # it; the words tell the kind, no guess (so it outranks an abduction told beside it: "kidnapped a
        # man ... his body was found with signs of torture", ACLED's attack)
        return Classification(VAC_TYPE, "Attack", True)
    if (context.target_armed or context.battle_context) and _crude_fight(context):
        return Classification(RIOT_TYPE, "Mob violence", False)  # (as above: sticks and stones, no armed side named)
    if context.target_armed or context.battle_context:
        return Classification(BATTLE_TYPE, "Armed clash", False)
    if perpetrator == "state_forces" and context.demonstration and context.casualties and (
        context.target_kind in (None, "protesters") or context.target_kind == "civilians" and context.demand_voiced
    ):
        # "soldiers fired into a crowd of villagers demanding the chief's release, killing four": the
        # forces' deadly force on people voicing a demand, no armed side told (ACLED's excessive force; a
        # person named as shot, "a man who had taken part in protests", is no crowd fired on)
        return Classification(PROTEST_TYPE, "Excessive force against protesters", True)
    if context.civilian_victims or context.target_kind == "civilians":
        return Classification(VAC_TYPE, "Attack", False)
    if "@violence" in generic and perpetrator not in ("state_forces", "rebel_group", "external_forces"):
        return Classification(VAC_TYPE, "Attack", False)  # a killing with no armed party named
    return Classification(BATTLE_TYPE, "Armed clash", False)


def _armed_group_acts(specific: list[str], context: Context) -> bool:
    """An armed group or foreign forces, not a crowd, did something of a battle, a bombing or an attack
    named by its own words, on no crowd and no civilians."""
    type_of = load_taxonomy().event_type_of
    return (
        context.perpetrator_kind in NON_STATE_ARMED | {"external_forces"}
        and not context.crowd
        and context.target_kind not in CROWDS
        and not context.civilian_victims
        and any(type_of(c) in VIOLENT_TYPES for c in specific)
    )


def _crude_fight(context: Context) -> bool:
    """Only crude arms told, and the side that acted is not named as armed (no forces, no armed group)."""
    return context.crude_arms and not context.perpetrator_armed and context.perpetrator_kind not in ORGANISED_ARMED


def _demonstration(candidates: set[str], generic: set[str], context: Context) -> Classification:
    """Protest sub-types: protesters killed or hurt by forces is excessive force; any intervention is
    "Protest with intervention"; violence by the crowd makes it a violent demonstration."""
    taxonomy = load_taxonomy()
    forces_acted = context.perpetrator_kind == "state_forces" or context.target_kind == "state_forces"
    if context.perpetrator_kind == "state_forces" and context.target_kind == "rioters" and context.casualties:
        # "police shot dead two rioters who were looting shops": deadly force on a crowd the text calls
        # rioters, already violent, is the riot's (ACLED keeps excessive force for people not violent
        # themselves); a dispersal that hurt nobody stays as the protest rules read it
        candidates = (candidates - {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"}) | {"Violent demonstration"}
        generic = set()
    if generic and context.perpetrator_kind == "state_forces" and context.casualties:
        candidates = candidates | {"Excessive force against protesters"}
    elif generic and context.perpetrator_kind is None and context.casualties and "Excessive force against protesters" in candidates and not (
        candidates & CROWD_VIOLENCE
    ):
        # "demonstrators were met with live fire; at least 11 were killed": deaths beside lethal force told
        # on the crowd, nobody named as doing either and no violence of the crowd's told, are the force's
        pass
    elif generic and context.perpetrator_kind != "state_forces":
        candidates = candidates | {"Violent demonstration"}  # the crowd attacked, clashed, beat
    elif forces_acted and "Peaceful protest" in candidates and generic:
        candidates = candidates | {"Protest with intervention"}
    if "Armed clash" in candidates or context.perpetrator_kind != "state_forces" and candidates & CROWD_VIOLENCE:
        # the crowd clashed, burned or wrecked property: a violent demonstration
        candidates = candidates | {"Violent demonstration"}
    if "Arrests" in candidates and "Peaceful protest" in candidates and context.participants_detained:
        candidates = candidates | {"Protest with intervention"}  # participants detained
    candidates = {c for c in candidates if taxonomy.event_type_of(c) in (PROTEST_TYPE, RIOT_TYPE)}
    best = min(candidates, key=taxonomy.rank)
    if best == "Violent demonstration" and not context.demonstration:
        # ACLED: violence by a crowd with no demonstration around it is mob violence ("rioters set a
        # bank on fire", "villagers pelted the police with stones")
        best = "Mob violence"
    return Classification(taxonomy.event_type_of(best), best, True)


# What a crowd itself does with fire or stones: a petrol bomb thrown is its violence, not a device's attack.
_CROWD_ACTS = {"Looting/property destruction", "Mob violence", "Violent demonstration"}


def _attack_on_gathering(specific: list[str], cues: list[str], generic: set[str], context: Context) -> Classification | None:
    """A weapon used on a gathering by someone who is not of it and is not policing it: "a grenade was
    thrown into an opposition rally", "a suicide bomber blew himself up among marchers", "a gunman shot
    the candidate as he addressed the rally". ACLED codes the attack (the device's Explosions/Remote
    violence sub-type, else Violence against civilians), the gathering its target; the protest sub-types
    are for what the crowd and the forces facing it do."""
    if context.crowd or context.perpetrator_kind in CROWDS:
        return None  # the crowd's own violence ("protesters hurled a bomb at the police"): a riot
    gathering_hit = context.civilian_victims or context.target_kind in ("civilians", "protesters")
    if context.perpetrator_kind is None and not gathering_hit:
        # nobody named as acting and the gathering not told hit: the demonstrators may be who threw it, and
        # ACLED's precedence puts a riot's own tactics above an explosion
        return None
    type_of = load_taxonomy().event_type_of
    state = context.perpetrator_kind in ("state_forces", "external_forces")
    # a device the sentence tells went off or was used (its trigger, an explosion, or people hurt beside a
    # device named): a bomb only named at a protest ("protesting the bombing") attacked nobody there
    told = [c for c in specific if type_of(c) == EXPLOSION_TYPE]
    named = [c for c in cues if type_of(c) == EXPLOSION_TYPE] if told or "@explosion" in generic or context.casualties else []
    devices = [c for c in [*told, *named] if not (state and c == "Grenade")]
    if not devices and "@explosion" in generic and not state:
        devices = ["Remote explosive/landmine/IED"]  # "an explosion ripped through the rally": a planted device
    crowd_acts = set(specific) | set(cues)
    if devices and (not crowd_acts & _CROWD_ACTS and context.target_kind not in ("state_forces", "external_forces") or "Suicide bomb" in devices):
        # (a stun grenade of the police is no device; "demonstrators hurled stones and petrol bombs at
        # police" is the crowd's own violence against the forces facing it, not a bombing)
        best = min(devices, key=load_taxonomy().rank)
        return Classification(EXPLOSION_TYPE, best, True)
    if (
        generic & {"@violence", "@attack"} and context.perpetrator_kind in NON_STATE_ARMED and context.perpetrator_armed
        and not context.target_armed and context.target_kind not in ("state_forces", "external_forces")
        and "Armed clash" not in specific and not context.battle_context
    ):
        # an armed group's gunmen killing or wounding people at a rally: their attack on unarmed people
        return Classification(VAC_TYPE, "Attack", True)
    return None
