"""Classify: from trigger classes, kind cues and the actors involved to ACLED's sub-event type.

ACLED's rule: when tactics combine in one context the event takes the higher type/sub-type. Generic
triggers ("attack", "killed") take their kind from weapon cues, then from who hit whom.
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
# Kinds that cues may add on their own: weapon and method cues refine violence; intervention cues
# refine protests. Other cue classes only confirm a trigger of the same type.
REFINING_TYPES = {EXPLOSION_TYPE, PROTEST_TYPE}


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    specific: bool  # False when the kind was a default guess from a generic trigger


def classify(
    trigger_classes: list[str],
    cue_classes: list[str],
    *,
    perpetrator_armed: bool | None,
    perpetrator_kind: str | None,
    target_kind: str | None,
    target_armed: bool | None,
    civilian_victims: bool,
) -> Classification | None:
    taxonomy = load_taxonomy()
    specific = [c for c in trigger_classes if not c.startswith("@")]
    generic = [c for c in trigger_classes if c.startswith("@")]
    if not specific and not generic:
        return None

    protest_like = any(taxonomy.event_type_of(c) in (PROTEST_TYPE, RIOT_TYPE) for c in specific)
    candidates = set(specific)
    for cue in cue_classes:
        cue_type = taxonomy.event_type_of(cue)
        if cue_type == EXPLOSION_TYPE and (generic or any(taxonomy.event_type_of(c) == EXPLOSION_TYPE for c in specific)):
            candidates.add(cue)
        elif cue_type == PROTEST_TYPE and protest_like:
            candidates.add(cue)
        elif cue_type == RIOT_TYPE and protest_like:
            candidates.add(cue)
        elif cue_type in (VAC_TYPE, SD_TYPE) and cue in specific:
            candidates.add(cue)

    if protest_like:
        candidates = _protest_kind(candidates, perpetrator_kind, target_kind, civilian_victims, bool(generic))

    if candidates:
        best = min(candidates, key=taxonomy.rank)
        # A protest or arrest mentioned beside killing language does not make the killing a protest,
        # unless protesters are the ones attacked (handled in _protest_kind).
        return Classification(taxonomy.event_type_of(best), best, True)

    # Only generic triggers: decide between a clash and an attack on civilians.
    if "@violence" in generic or "@attack" in generic or "@weak" in generic:
        if civilian_victims or target_kind == "civilians":
            if perpetrator_kind in ("rioters", "protesters"):
                return Classification(RIOT_TYPE, "Mob violence", False)
            return Classification(VAC_TYPE, "Attack", False)
        if target_armed or (perpetrator_armed and target_kind is not None):
            return Classification(BATTLE_TYPE, "Armed clash", False)
        if perpetrator_kind in ("rioters",):
            return Classification(RIOT_TYPE, "Mob violence", False)
        return Classification(BATTLE_TYPE, "Armed clash", False)
    return None


def _protest_kind(candidates: set[str], perpetrator_kind, target_kind, civilian_victims, violent) -> set[str]:
    """Protest sub-types: protesters killed or injured by forces is excessive force; any intervention
    is "Protest with intervention"; violence by the crowd is a violent demonstration."""
    taxonomy = load_taxonomy()
    protest_subs = set(taxonomy.sub_event_types[PROTEST_TYPE])
    if "Excessive force against protesters" in candidates:
        return candidates
    if violent and civilian_victims and target_kind in ("protesters", "civilians") and perpetrator_kind == "state_forces":
        return (candidates - protest_subs) | {"Excessive force against protesters"}
    return candidates
