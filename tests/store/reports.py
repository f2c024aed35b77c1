"""Fixture reports for the store tests, written for these tests (not taken from any outlet).

One incident told three ways (a drone strike on Tartus, Syria, on Sunday 4 October 2020), plus
unrelated incidents, a republished copy, and a generator of many distinct short reports.
"""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2020, 10, 5)

# The ministry's account: four dead, nine wounded.
MINISTRY = (
    "A drone strike hit the town of Tartus on Sunday, killing four civilians and wounding nine others, "
    "the Syrian Defence Ministry said. Rescue teams worked through the night to clear the rubble."
)
# A monitor's account of the same strike, worded differently, with another toll and a denial.
MONITOR = (
    "Seven people, among them two children, died when an unmanned aircraft attacked a market in Tartus "
    "late on Sunday, according to the Syrian Observatory for Human Rights. "
    "Turkey's defence ministry denied carrying out any strike in Tartus."
)
# A third report that arrives later and gives no death toll.
LOCAL_RADIO = (
    "Shopkeepers in Tartus were still counting the damage on Monday after Sunday's drone attack on the "
    "central market, a local radio station reported."
)
# The monitor's story republished by another site with a new closing line.
MONITOR_REPRINT = MONITOR + " The monitor did not say who launched the drone."
# Unrelated incidents: another town on the same day, and Tartus again five days later.
ALEPPO = (
    "Shelling killed three civilians in the city of Aleppo on Sunday, the Syrian Observatory for Human Rights said."
)
TARTUS_LATER = (
    "A drone strike hit the port area of Tartus on Friday, killing two fishermen, the Syrian Defence Ministry said."
)
TARTUS_LATER_PUBLISHED = date(2020, 10, 10)


def record(doc_id: str, text: str, published: date = PUBLISHED, **extra) -> dict:
    return {"id": doc_id, "text": text, "published": published.isoformat(), **extra}


_TOWNS = ("Idlib", "Aleppo", "Homs", "Hama", "Raqqa", "Tartus", "Latakia", "Manbij", "Kobani", "Daraa")
_WEAPONS = ("A drone strike", "An air strike", "Artillery shelling", "A car bomb", "A rocket attack")


def many_reports(n: int = 40) -> list[dict]:
    """``n`` distinct short reports of strikes in Syrian towns on different days of 2019."""
    out = []
    for i in range(n):
        town = _TOWNS[i % len(_TOWNS)]
        weapon = _WEAPONS[(i // len(_TOWNS)) % len(_WEAPONS)]
        day = date(2019, 1 + i // 28, 1 + i % 28)
        killed = 2 + i % 9
        wounded = 3 + (i * 7) % 11
        text = (
            f"{weapon} hit a residential district of {town} on {day.strftime('%d %B %Y')}, killing {killed} civilians "
            f"and wounding {wounded} others, a local monitoring group said. Report number {i + 1}: residents said "
            f"the attack came shortly after dawn and that ambulances took the wounded to the main hospital of {town}. "
            f"Aid workers said the district had been hit before, and that many families had already left. "
            f"A teacher who lives nearby said the windows of the school were blown out and that classes would stop "
            f"for at least a week. Volunteers cleared the road with their hands while a bulldozer waited for fuel. "
            f"The local council asked for tents, blankets and medicine, and said that {wounded + 20} families needed "
            f"shelter. Traders closed the market early and the bakery handed out bread to those who had lost their homes. "
            f"By the evening the streets of {town} were quiet, and people gathered outside the mosque to pray for the dead."
        )
        out.append(record(f"many-{i + 1:03d}", text, published=day, source="Fixture monitor"))
    return out
