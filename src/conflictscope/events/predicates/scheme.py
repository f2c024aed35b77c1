"""Names of ACLED's scheme the builder's rules test: event types and sub-event types, and groups of
actor kinds (types.ACTOR_KINDS). Constants of the coding scheme, not linguistic knowledge."""

from __future__ import annotations

WEAPON_TYPE = "Explosions/Remote violence"
BATTLE_TYPE = "Battles"

# Cues that refine an event told in a nearby sentence even without a trigger of their own: "Police
# fired tear gas to disperse the crowd" after "demonstrators marched".
REFINING_CUES = {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
TERRITORY_TYPES = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}

ORGANISED = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"})

DEVICE_CLASSES = frozenset({"Remote explosive/landmine/IED", "Grenade"})

STATE_SIDE = frozenset({"state_forces", "external_forces"})

NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})

# What a crowd may do at a protest, as opposed to what the protest is about ("recovery of looted funds").
CROWD_ACTS = frozenset({"Armed clash", "Looting/property destruction", "Mob violence"})

# The kinds of typing_acts.tsv (session 20: acts of crowds and captors)
TYPING_ACTS = ("gathering", "taking_away", "live", "flying", "suffered", "backers", "body_people", "theft", "setting_off", "driving_in", "bomber_self")
