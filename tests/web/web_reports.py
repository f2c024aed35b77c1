"""Reports written for the web app's tests, in our own words. The towns are real (they must geocode);
the incidents are invented.

Two reports tell one mortar attack near Gao with different death tolls (the fused event is disputed,
4 to 6 killed); the others give a drone strike with an accusation and a denial, a protest, a bandit
raid and, in ``HOSTILE``, an airstrike report carrying script payloads in its text and metadata.
"""

GAO_ARMY = {
    "id": "gao-army",
    "published": "2022-09-15",
    "source": "Sahel Desk",
    "title": "Mortar attack on army base near Gao",
    "text": (
        "Militants fired mortar rounds at an army base near Gao on Wednesday, killing four soldiers and wounding six, "
        "the Malian army said in a statement. "
        "A jihadist group linked to al Qaeda claimed responsibility for the attack in a message relayed by the "
        "Mauritanian news agency Al Akhbar. "
        "The army denied that any base had been overrun."
    ),
}

GAO_LOCAL = {
    "id": "gao-local",
    "published": "2022-09-15",
    "source": "Studio Tamani",
    "title": "Six soldiers dead in Gao shelling, residents say",
    "text": (
        "Militants shelled an army base near Gao on Wednesday, killing six soldiers, residents told Studio Tamani. "
        "Witnesses said the shelling lasted about twenty minutes before the attackers withdrew to the north."
    ),
}

DESSIE = {
    "id": "dessie-drone",
    "published": "2021-11-02",
    "source": "Horn Monitor",
    "title": "Drone strike on Dessie market",
    "text": (
        "Ethiopian government drones struck a market in the town of Dessie on Sunday, killing at least 12 civilians, "
        "witnesses told Reuters. "
        "The Tigray People's Liberation Front accused the government of targeting civilians. "
        "A government spokesman denied the strike and said the military had hit only rebel positions."
    ),
}

DHAKA = {
    "id": "dhaka-students",
    "published": "2024-07-12",
    "source": "Bay Dispatch",
    "title": "Students tear-gassed in Dhaka",
    "text": (
        "Police fired tear gas at hundreds of students protesting in Dhaka on Thursday against a new quota rule, "
        "witnesses said. No one was hurt."
    ),
}

GUSAU = {
    "id": "gusau-raid",
    "published": "2023-02-16",
    "source": "Savanna Post",
    "title": "Bandits kill villagers near Gusau",
    "text": (
        "Gunmen killed seven villagers near Zamfara's capital Gusau on Tuesday, a police spokesman said. "
        "Residents said the attackers were bandits who later burned houses. "
        "A local official said nine villagers were killed in the attack."
    ),
}

# Every string a page could show carries a payload; the text keeps its markup as text (few tags in
# prose are not taken for an HTML page).
HOSTILE = {
    "id": "khan-younis-<b>x</b>",
    "published": "2023-10-21",
    "source": "<img src=x onerror=\"window.__pwned='source'\">",
    "title": "<script>window.__pwned='title'</script>Airstrike on Khan Younis",
    "url": "javascript:window.__pwned='url'",
    "text": (
        "<script>window.__pwned='text'</script>Israeli airstrikes hit a house in Khan Younis on Friday, "
        "killing five people <img src=x onerror=\"window.__pwned='img'; alert(1)\">, the Gaza health ministry said. "
        "The Israeli military said it had struck a Hamas command post. "
        "Neighbours said rescue teams searched the rubble with their bare hands until late in the evening, "
        "and that the family had moved into the house only a week earlier after fleeing the north."
    ),
}

ALL = [GAO_ARMY, GAO_LOCAL, DESSIE, DHAKA, GUSAU, HOSTILE]
