"""Short reports written for the batch tests, in our own words. The places are real (they must
resolve in GeoNames); the incidents are invented. Several reports tell the same incident, so fusion
across reports has something to do, and a few are not about conflict at all."""

from __future__ import annotations

REPORTS: list[dict] = [
    {
        "id": "wire-mosul-1",
        "published": "2021-03-15",
        "source": "Northern Wire",
        "text": (
            "A car bomb exploded near a busy market in Mosul on Sunday, killing four civilians and wounding eleven, "
            "the provincial police chief said.\n"
            "No group immediately claimed the blast, which shattered shop windows along the street."
        ),
    },
    {
        "id": "daily-mosul-2",
        "published": "2021-03-15",
        "source": "Tigris Daily",
        "text": (
            "Four people were killed when a car bomb went off beside a crowded market in Mosul on Sunday, "
            "a hospital official said.\n"
            "Traders said the market had reopened only last month after years of fighting."
        ),
    },
    {
        "id": "herald-kharkiv",
        "published": "2022-05-02",
        "source": "Eastern Herald",
        "text": (
            "Russian forces shelled residential districts of Kharkiv on Sunday, killing two civilians, "
            "the regional governor said.\n"
            "Russia denied targeting civilians in the city."
        ),
    },
    {
        "id": "bulletin-maiduguri",
        "published": "2020-07-20",
        "source": "Sahel Bulletin",
        "text": (
            "Gunmen attacked a village near Maiduguri on Saturday, killing seven farmers, residents said.\n"
            "Boko Haram claimed responsibility for the attack in a statement."
        ),
    },
    {
        "id": "notes-harvest",
        "published": "2021-09-10",
        "source": "Farm Notes",
        "text": (
            "Farmers around Toulouse expect a good grape harvest this year after a mild summer.\n"
            "The regional cooperative said prices would stay close to last year's."
        ),
    },
    {
        "id": "sport-derby",
        "published": "2022-11-03",
        "source": "Match Report",
        "text": (
            "Boca Juniors beat River Plate two goals to one in Buenos Aires on Wednesday.\n"
            "The home side scored the winner in the last minute of the match."
        ),
    },
    {
        "id": "wire-kabul-protest",
        "published": "2021-08-20",
        "source": "Asia Wire",
        "text": (
            "Hundreds of women protested in Kabul on Thursday to demand the right to work, witnesses said.\n"
            "Taliban fighters fired into the air to disperse the demonstrators."
        ),
    },
    {
        "id": "post-aleppo",
        "published": "2019-02-11",
        "source": "Levant Post",
        "text": (
            "Government warplanes bombed the town of Saraqib in Idlib province on Sunday, "
            "killing six people, a monitoring group said.\n"
            "The Syrian army said it had struck militant positions."
        ),
    },
    {
        "id": "tech-launch",
        "published": "2023-01-12",
        "source": "Gadget Review",
        "text": "A start-up in Berlin unveiled a folding electric bicycle on Tuesday.\nIt will go on sale in the spring.",
    },
    {
        "id": "courier-kharkiv-2",
        "published": "2022-05-02",
        "source": "Kyiv Courier",
        "text": (
            "Two civilians died in Russian shelling of Kharkiv on Sunday, officials said.\n"
            "Ukrainian troops said they had pushed Russian units back from villages north of the city."
        ),
    },
    {
        "id": "times-mogadishu",
        "published": "2020-01-06",
        "source": "Horn Times",
        "text": (
            "Al Shabaab militants attacked a military base in Mogadishu on Sunday, and the soldiers fought "
            "them off after a two-hour battle, the army said.\n"
            "Three soldiers and five militants were killed in the fighting."
        ),
    },
    {
        "id": "weather-lisbon",
        "published": "2021-06-01",
        "source": "Weather Desk",
        "text": "Lisbon enjoyed a sunny start to June, with temperatures reaching 28 degrees on Monday.\nRain is expected later in the week.",
    },
]
