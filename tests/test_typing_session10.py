"""Event typing, session 10: a clash told after an attack raises it to a battle, victims killed at
prayer or at work, displacement told after a long place heading, old landmines told as such in a later
sentence, bases set up with many words between verb and noun, a strategic development told only as a
purpose, background fights listed together, livestock stolen, "re-captured". Fixture sentences are our
own."""

from __future__ import annotations

from helpers import current_events, event_types, sub_types


# ---- a clash told in a later sentence makes the attack a battle (ACLED: the higher type)


def test_attackers_repelled_by_soldiers_in_a_later_sentence_is_a_battle():
    text = (
        "On 18 June, armed bandits attacked Kurmi village in Zurmi LGA (Zamfara). They burned down 30 houses "
        "before being repelled by soldiers."
    )
    assert event_types(text)[:1] == ["Battles"]


def test_gunmen_firing_at_police_who_intervened_is_a_battle():
    text = (
        "On 18 June, in Ponce, officers saw three men shooting at a bar. When the officers intervened, the men "
        "opened fire at the police, wounding two officers."
    )
    assert sub_types(text)[:1] == ["Armed clash"]


def test_an_attack_on_villagers_without_any_fight_stays_an_attack():
    text = "On 18 June, armed bandits attacked Kurmi village in Zurmi LGA (Zamfara). They killed four farmers."
    assert sub_types(text)[:1] == ["Attack"]


# ---- someone an armed group killed at prayer or at work is a victim


def test_militants_killing_a_man_praying_in_the_mosque_is_an_attack():
    text = (
        "On 18 June, al Shabaab militants shot and killed the chairman of the district football club in "
        "Wanlaweyn. The man was in the mosque praying when they shot him."
    )
    assert event_types(text)[:1] == ["Violence against civilians"]


def test_an_officer_shot_dead_in_his_office_is_an_attack():
    text = "On 18 June, unknown gunmen shot and killed a police commander in his office in Lome."
    assert event_types(text)[:1] == ["Violence against civilians"]


def test_militants_killing_people_in_a_fight_stay_a_battle():
    assert event_types("On 18 June, al Shabaab militants fought with soldiers in Wanlaweyn, killing three.")[:1] == ["Battles"]


# ---- displacement: the fight named before "forced ... to flee" is its cause


def test_fight_after_a_long_place_heading_is_the_cause_of_the_displacement():
    text = (
        "On 18 June, near Ta Hpo village, Hpapun Township, Hpapun District, Kayin State, heavy fighting between "
        "the Myanmar military and the KNLA forced about 600 villagers to flee their homes."
    )
    assert sub_types(text)[:1] == ["Other"]


# ---- old ordnance told as such in a later sentence


def test_landmine_from_old_fighting_told_in_the_next_sentences_is_other():
    text = (
        "On 18 June, two farmers stepped on a landmine in Rattanak Mondul district, Battambang, Cambodia. "
        "The blast killed one of them. The landmine was left in a field where fighting took place in the 1980s."
    )
    found = current_events(text)
    assert found and all(e.sub_event_type == "Other" for e in found)


def test_a_landmine_without_any_past_told_stays_an_explosion():
    text = "On 18 June, two soldiers stepped on a landmine in Rattanak Mondul district, Battambang, Cambodia. One died."
    assert sub_types(text)[:1] == ["Remote explosive/landmine/IED"]


# ---- bases set up, purposes, background fights


def test_base_installed_with_many_words_between_verb_and_noun():
    text = (
        "On 18 June, MINUSMA installed a new temporary operating base in the village of Ogossagou (Bankass, "
        "Mopti) to reinforce the protection of civilians due to continued attacks by militiamen and clashes "
        "between them and the army."
    )
    assert sub_types(text)[:1] == ["Headquarters or base established"]


def test_forces_setting_up_a_forward_base():
    assert sub_types("On 18 June, the army set up a forward operating base near Diffa.")[:1] == ["Headquarters or base established"]


def test_a_camp_for_displaced_people_is_no_base():
    assert "Headquarters or base established" not in sub_types("On 18 June, the agency set up a large camp near Diffa for displaced families.")


# ---- livestock stolen, territory retaken with a hyphen


def test_militiamen_stealing_cows_is_looting():
    assert sub_types("On 18 June, suspected herder militiamen stole about 60 cows from a farm in Makurdi (Benue).")[:1] == [
        "Looting/property destruction"
    ]


def test_army_re_captured_a_town():
    text = "On 18 June, the Nigerian army re-captured Marte (Borno) after it was overrun by insurgents."
    assert sub_types(text)[:1] == ["Government regains territory"]


# ---- aircraft shot down


def test_troops_shooting_down_a_cargo_plane_is_shelling():
    text = "On 18 June, foreign troops shot down a cargo plane near the airstrip of Baidoa, killing its four crew."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_rebels_shooting_down_a_helicopter_is_no_air_strike():
    # (session 14: a military aircraft's crew are an armed side, so its downing is a clash: triggers.tsv)
    assert sub_types("On 18 June, rebels shot down an army helicopter near Idlib, killing two pilots.")[:1] == [
        "Armed clash"
    ]


def test_a_drone_shot_down_stays_disrupted_weapons_use():
    assert sub_types("On 18 June, government forces shot down a rebel drone over Marib.")[:1] == ["Disrupted weapons use"]


# ---- "there were ongoing clashes": the sentence's own event, not background


def test_ongoing_clashes_told_as_the_main_clause_are_the_event():
    text = (
        "On 18 June, there were ongoing clashes between two rival clan militias in Pikit, Cotabato, following the "
        "attack of one clan on a member of the other last month."
    )
    assert event_types(text)[:1] == ["Battles"]


# ---- beatings told with a list of verbs


def test_a_man_tied_up_and_beaten_by_police_is_an_attack():
    assert sub_types("On 18 June, in Carrefour, a man was tied up and brutally beaten by police officers.")[:1] == ["Attack"]


def test_militiamen_who_beat_and_robbed_a_trader_attacked_him():
    assert event_types("On 18 June, militiamen beat and robbed a trader in Gulu town (Gulu district).")[:1] == [
        "Violence against civilians"
    ]


# ---- aircraft that only watch


def test_shelling_amid_reconnaissance_drones_is_no_air_strike():
    text = "On 18 June, regime forces shelled Kansafra in the southern countryside of Idleb amid the overflight of reconnaissance drones."
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_an_armed_drone_striking_a_village_stays_an_air_strike():
    assert sub_types("On 18 June, a drone struck a house in the village of Kansafra in Idleb, killing two.")[:1] == ["Air/drone strike"]


# ---- what does not raise an attack or a shelling to a battle


def test_soldiers_counted_wounded_after_shelling_keep_it_shelling():
    text = (
        "On 18 June, the rebel forces fired 120mm mortars at the government positions near Avdiivka, Donetsk. "
        "During the day, two soldiers were wounded at unspecified locations."
    )
    assert sub_types(text)[:1] == ["Shelling/artillery/missile attack"]


def test_an_off_duty_officer_who_died_of_a_drive_by_shooting_was_attacked():
    text = (
        "On 18 June, in Uruapan, Michoacan, armed men carried out a drive-by shooting against a police officer "
        "who was off duty. The officer died."
    )
    assert sub_types(text)[:1] == ["Attack"]


# ---- "confronted" an armed side


def test_gunmen_who_attacked_a_village_and_confronted_a_militia_fought_it():
    text = "On 18 June, unidentified gunmen attacked Odi community in Kolokuma LGA (Bayelsa) and confronted a local vigilante militia."
    assert event_types(text)[:1] == ["Battles"]


def test_confronting_a_crisis_is_no_event():
    assert sub_types("On 18 June, the minister said the government will confront the economic crisis in Abuja.") == []


# ---- an event word in a negated description of someone


def test_a_bystander_not_taking_part_in_the_demonstration_does_not_make_it_violent():
    text = (
        "On 18 June, a group of youths demonstrated in Matoto neighbourhood of Conakry against power cuts. The police "
        "intervened and used teargas to disperse the demonstrators. They injured a woman who was not taking part in "
        "the demonstration."
    )
    assert sub_types(text)[:1] == ["Protest with intervention"]


def test_a_killing_word_shaped_as_a_purpose_is_read_without_error():
    # a generic killing word in a purpose clause under another event word has no event type of its own
    # to test ("troops were deployed to kill the rebels": only strategic developments are dropped as purposes)
    from conflictscope.events.predicates.movement import drop_purposes
    from conflictscope.knowledge import load_taxonomy
    from conflictscope.mentions.triggers import find_matches
    from conflictscope.nlp.analyze import get_nlp

    sent = next(get_nlp()("Soldiers were deployed to kill the rebels.").sents)
    matches = [m for m in find_matches(sent) if m.is_trigger]
    assert {m.cls for m in drop_purposes(matches, load_taxonomy())} == {m.cls for m in matches}
