"""Session 21 (h55): a device set off by those who make it safe is ACLED's disrupted weapons use.

- police or a bomb disposal unit setting off a device ("police detonated the bomb", "sappers blew up the
  shell"), a suspected device set off ("detonated a suspicious package"), a device set off after it was
  found, or one set off "in a controlled explosion", is a weapon disrupted, not an explosive attack;
- militants detonating a bomb, or soldiers blowing up a bridge, stay what they were.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2022, 9, 14)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in conflictscope.extract(text, published=PUBLISHED)]


def test_police_setting_off_a_suspicious_parcel_is_disrupted_weapons_use():
    text = "On 12 September 2022, police detonated a suspicious parcel left outside a courthouse in Peshawar."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_disposal_squad_blowing_up_a_device_is_disrupted_weapons_use():
    text = "On 12 September 2022, a bomb disposal unit blew up an explosive device near the grain market in Quetta."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_device_found_and_then_detonated_is_disrupted_weapons_use():
    text = "On 12 September 2022, troops detonated a mortar shell found by farmers near a well outside Baidoa."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_device_set_off_in_a_controlled_explosion_is_disrupted_weapons_use():
    text = "On 12 September 2022, soldiers detonated the landmine in a controlled explosion on the road to Gao."
    assert _subs(text) == ["Disrupted weapons use"]


def test_militants_setting_off_a_device_stay_an_explosion():
    text = "On 12 September 2022, militants detonated an explosive device beside an army truck near Quetta, killing two soldiers."
    assert _subs(text)[:1] == ["Remote explosive/landmine/IED"]
