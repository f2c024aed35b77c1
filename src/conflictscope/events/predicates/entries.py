"""The trigger entries the builder gives a trigger it re-reads: "seized a ton of marijuana" is goods
taken (looting), not territory; "police recovered four IEDs" is disrupted weapons use; "the body of a
man was found" is an attack. Each stands in for the lexicon's entry with the class the rule decides."""

from __future__ import annotations

from functools import lru_cache

from conflictscope.knowledge import TriggerEntry

SEIZED_GOODS = TriggerEntry(("seize",), "V", "Looting/property destruction", "trigger")
CAPTURED_PEOPLE = TriggerEntry(("capture",), "V", "Arrests", "trigger")
DISPLACED = TriggerEntry(("flee",), "V", "Other", "trigger")
MOVED = TriggerEntry(("enter",), "V", "Change to group/activity", "trigger")

DISMANTLED = TriggerEntry(("dismantle",), "V", "Looting/property destruction", "trigger")
DISARMED = TriggerEntry(("defuse",), "V", "Disrupted weapons use", "trigger")
REMNANT = TriggerEntry(("landmine",), "N", "Other", "trigger")

ABDUCTED = TriggerEntry(("capture",), "V", "Abduction/forced disappearance", "trigger")
# people taken away by those who came for them ("took away the catechist", "my brother was taken"): an
# abduction, unless the state's forces took them (captures.by_captor: their arrest)
TAKEN = TriggerEntry(("take",), "V", "Abduction/forced disappearance", "trigger")
AIR_BOMBING = TriggerEntry(("bomb",), "*", "Air/drone strike", "trigger")
PLANTED_BOMBING = TriggerEntry(("bomb",), "V", "Remote explosive/landmine/IED", "trigger")
AIR_ENGAGED = TriggerEntry(("engage",), "V", "Air/drone strike", "trigger")

AIR_SHOTS = TriggerEntry(("fire",), "V", "Other", "trigger")

AIR_BACKING_CUE = TriggerEntry(("support",), "N", "Armed clash", "cue")
AIR_BACKING_TRIGGER = TriggerEntry(("support",), "N", "Armed clash", "trigger")

FOUND_BODY = TriggerEntry(("body",), "N", "@violence", "trigger")

STRIKES = TriggerEntry(("strike",), "N", "Air/drone strike", "trigger")
AREA_FIRE = TriggerEntry(("fire",), "V", "Shelling/artillery/missile attack", "trigger")
AIRCRAFT_DOWNED = TriggerEntry(("shoot", "down"), "V", "Shelling/artillery/missile attack", "trigger")
ANSWERED_FIRE = TriggerEntry(("respond", "fire"), "V", "Armed clash", "trigger")

DAMAGED = TriggerEntry(("attack",), "V", "Looting/property destruction", "trigger")
PLUNDERED = TriggerEntry(("raid",), "V", "Looting/property destruction", "trigger")

SEIZED_ARMS = TriggerEntry(("seize",), "V", "Disrupted weapons use", "trigger")

CROWD_FIRE = TriggerEntry(("fire",), "V", "Violent demonstration", "trigger")
# demonstrators forcing their way into a building ("broke into the parliament")
BROKE_IN = TriggerEntry(("break", "into"), "V", "Violent demonstration", "trigger")
# demonstrators the sentence describes by their own violence ("fired on protesters who were stoning the
# police station"): a violent crowd, whatever force was used on it (predicates/crowds.described_by_violence)
VIOLENT_CROWD = TriggerEntry(("stone",), "V", "Violent demonstration", "trigger")
# demonstrators holding people hostage ("protesters held two officials hostage in the town hall")
CROWD_HOSTAGES = TriggerEntry(("hold", "hostage"), "V", "Violent demonstration", "trigger")
# a crowd the police or an official call rioters: the demonstration, graded by what others tell
CALLED_RIOTERS = TriggerEntry(("rioter",), "N", "Peaceful protest", "trigger")
FIRE_ON_CROWD = TriggerEntry(("fire",), "*", "Protest with intervention", "trigger")
FORCE_ON_CROWD = TriggerEntry(("fire",), "*", "Excessive force against protesters", "trigger")
CROWD_AIMED = (FIRE_ON_CROWD, FORCE_ON_CROWD)
ATTACK_ON_CROWD = TriggerEntry(("fire",), "*", "@violence", "trigger")
# shots fired at people gathered to mourn, worship or celebrate ("troops fired into a crowd of mourners"):
# an attack on civilians (predicates/crowds.fire_on_gathering)
FIRE_ON_GATHERING = TriggerEntry(("fire",), "*", "Attack", "trigger")
TIRES_BURNED = TriggerEntry(("burn", "tire"), "V", "Violent demonstration", "trigger")
KILLINGS_BETWEEN = TriggerEntry(("killing",), "N", "Armed clash", "trigger")
QUARREL_VIOLENCE = TriggerEntry(("attack",), "*", "Mob violence", "trigger")


def labelled(sub_event_type: str) -> TriggerEntry:
    """The entry for an event named only by the heading of an ACLED note ("Security measures: ...")."""
    return TriggerEntry(("label",), "*", sub_event_type, "trigger")


@lru_cache(maxsize=None)
def destroyed_with(sub_event_type: str) -> TriggerEntry:
    """Property destroyed by a weapon of this sub-event type ("destroyed a bulldozer using an ATGM")."""
    return TriggerEntry(("destroy",), "V", sub_event_type, "trigger")
