"""News articles that tell one event, and pieces that tell none (session 17). Each article below was
written for these tests in a house style of its own (wire copy with a dateline, local press of South
Asia, Africa, Latin America, the Middle East and Southeast Asia, a regional paper with a headline and a
byline, an NGO update, a think-tank brief, a "Read more:" line, a photo caption) and reports ONE
incident among quotes, background, several places, dates and numbers: it must give one event of the
right family with ACLED's toll. The pieces without an event (a remembrance, a court sentence, a forecast,
a minister's visit, a calm bulletin, an old verdict, a displacement figure, a funeral) must give none.

The readings these texts exercise:
- merge.py: a later sentence placed elsewhere that gives no day and counts no dead or hurt of its own
  goes on telling the event before it (the village where the lead's clash took place); a count of some
  of the dead ("one of them", "the other two", "two died on the spot") is no competing figure, the
  wounded who died later add; a figure the sentence says could not be verified counts for nothing; a toll one sentence gives
  for places joined by "and" is split evenly between their events.
- happened.py: a tally over years ("in recent years") or over a war ("during the conflict"); people
  fleeing "after the attack"; attacks in the plural that "have displaced" a million; a forecast ("are
  likely to step up attacks"); the site of a past blast visited; a gathering to remember an attack;
  "the injured" as people; a habit in a relative clause; a "whose" clause of a person's loss.
- quantities.py: "20-25 villagers" is 20; "Dead:" | "7." split after the colon keeps the 7 as dead;
  "two died on the spot and a third in hospital" is 3; "Bunia, 20 June 2021 (Radio Okapi) - Five
  civilians were killed" counts five, not the town.
"""

from __future__ import annotations

import pytest

from helpers import PUBLISHED, current_events

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp

VIOLENCE = "Violence against civilians"
REMOTE = "Explosions/Remote violence"

# ---- one incident per article: (name, event type, toll, text)

ONE_EVENT = [
    ("wire lead, quotes, a war's tally and a Read more line", VIOLENCE, 14, """MAIDUGURI, Nigeria (Reuters) - Gunmen on motorcycles killed 14 villagers in an overnight raid on Kwatara village in Borno state, residents and a local official said on Sunday.
The attackers arrived shortly before midnight on Saturday, shooting at people as they fled and setting fire to houses and grain stores, said Abba Kaka, a community leader in the nearby town of Konduga.
"We buried 14 people this morning. Many others are still missing in the bush," Kaka told Reuters by phone.
Borno state police spokesman Daso Nahum confirmed the attack but gave no figures.
No group claimed responsibility, but Islamic State West Africa Province and Boko Haram are both active in the area.
The insurgency in northeast Nigeria has killed more than 35,000 people since 2009 and displaced some two million, according to the United Nations.
Read more: Nigeria's military says it has retaken ground from jihadists"""),
    ("Kenyan regional paper with headline and byline", VIOLENCE, 2, """Two killed as bandits raid village in Baringo
By Daily Reporter
Two herders were shot dead and 300 head of cattle driven away when armed bandits attacked Kasiela village in Baringo South on Saturday evening.
Baringo County Police Commander said the raiders, believed to have come from neighbouring Tiaty, struck at about 6pm and fled towards Mukutani with the livestock.
"Our officers are pursuing the attackers and we are confident we will recover the animals," he said in Kabarnet on Sunday.
Residents said the area has witnessed repeated raids in recent months, forcing hundreds of families to move to Marigat town.
Last month, four people were killed in a similar attack in Arabal.
The government has deployed more police reservists to the Kerio Valley."""),
    ("Mexican state news with prosecutors' statement", VIOLENCE, 6, """Gunmen kill six at family gathering in Guanajuato
CELAYA, Mexico - Armed men burst into a house in the Las Flores neighbourhood of Celaya late on Saturday and opened fire on a family celebrating a birthday, killing six people, including two teenagers, state prosecutors said.
Two other people were wounded and taken to the General Hospital, the Guanajuato state attorney general's office said in a statement.
Neighbours said the attackers arrived in two pickup trucks and fired more than 40 shots before fleeing.
Guanajuato, home to a booming auto industry, has become Mexico's most violent state as the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel fight over fuel theft and drug routes.
More than 2,000 people were murdered in the state in the first five months of the year."""),
    ("Beirut bureau, a monitor and a rescuer", REMOTE, 9, """Air strikes kill nine in Idlib market, monitor says
BEIRUT (AFP) - Air strikes killed nine civilians, among them three children, in a market in the town of Ariha in Syria's northwestern province of Idlib on Saturday, a war monitor said.
The Syrian Observatory for Human Rights said the strikes were carried out by Russian warplanes backing government forces. At least 20 others were wounded.
"The planes struck the vegetable market at the busiest time of the morning," said Abu Ahmad, a rescuer with the White Helmets in Ariha.
Moscow did not comment. Russia has denied targeting civilians in Syria.
Idlib is home to some three million people, about half of them displaced from other parts of the country. A truce brokered by Russia and Turkey in March 2020 has largely held despite repeated violations."""),
    ("Philippine provincial report: the clash's village told after the lead", "Battles", 5, """COTABATO CITY — Five suspected members of the Dawlah Islamiyah were killed in a clash with government troops in Datu Saudi Ampatuan, Maguindanao on Saturday, the military said.
Lt. Col. Juan Santos, commander of the 33rd Infantry Battalion, said soldiers were conducting a focused military operation in Barangay Kitango when they encountered about 20 gunmen, sparking a firefight that lasted nearly an hour.
"Our troops recovered five bodies and several high-powered firearms after the encounter," Santos said in a phone interview.
One soldier was slightly wounded and brought to a hospital in Cotabato City.
The military has been pursuing the group, which has pledged allegiance to the Islamic State, since it carried out a series of bombings in the province last year."""),
    ("Srinagar local daily, an encounter told step by step", "Battles", 2, """Two militants killed in Shopian encounter
Srinagar, June 20: Two militants were killed in a gunfight with security forces at Melhura village of south Kashmir's Shopian district on Saturday, police said.
Acting on specific input about the presence of militants, a joint team of police, Army's 34 RR and CRPF launched a cordon and search operation in the village, a police spokesperson said.
As the forces zeroed in on the suspected spot, the hiding militants fired upon them, triggering an encounter in which two militants were killed, he said.
The slain were identified as local residents affiliated with the Lashkar-e-Toiba.
Arms and ammunition including two AK rifles were recovered from the site of the encounter.
Mobile internet services were suspended in Shopian as a precautionary measure."""),
    ("Kabul wire with an insurgent's inflated claim", "Battles", 8, """KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint in northern Kunduz province overnight, killing eight Afghan soldiers, a provincial official said Sunday.
The attack in the Imam Sahib district began around 1 a.m. and the fighting went on for three hours before reinforcements arrived, said Ghulam Rabbani, a member of the provincial council.
Rabbani said four soldiers were also wounded. The Taliban seized weapons and ammunition from the checkpoint before withdrawing, he said.
Taliban spokesman Zabihullah Mujahid claimed responsibility, saying the insurgents had killed 15 soldiers. The insurgents often exaggerate their claims.
The Defense Ministry in Kabul did not respond to a request for comment.
Violence has surged across Afghanistan since peace talks between the Taliban and the government stalled in Doha."""),
    ("Baghdad wire, an older bombing as background", REMOTE, 4, """BAGHDAD (Reuters) - A roadside bomb killed four Iraqi soldiers in Diyala province on Saturday, security sources said, in an attack they blamed on Islamic State militants.
The bomb struck an army patrol near the village of Abu Saida, northeast of Baquba, the provincial capital, the sources said.
Two other soldiers were wounded.
Islamic State was defeated in Iraq in 2017 but its fighters still carry out hit-and-run attacks in the country's north and east, especially in Diyala, Kirkuk and Salahuddin.
In January, twin suicide bombings in a Baghdad market killed 32 people, the deadliest attack in the capital in years."""),
    ("NGO security update, people fleeing after the attack", VIOLENCE, 11, """Security update, North Kivu, 20 June 2021
Suspected ADF combatants attacked the village of Kalunguta, some 15 km north of Beni town, during the night of 18 to 19 June, killing at least 11 civilians with machetes and firearms, according to local civil society sources.
Several houses were set on fire and an unknown number of people were abducted.
Humanitarian partners report that about 2,000 people fled towards Oicha and Beni following the attack.
The Beni territory remains one of the most affected areas: since January, more than 200 civilians have been killed in attacks attributed to the ADF.
Movement on the Beni-Kasindi road remains restricted."""),
    ("Myanmar local outlet with a photo line, some of the dead told apart", "Protests", 3, """Security forces open fire on protesters in Monywa, three dead
(Photo: Protesters run for cover in Monywa on Saturday. Credit: Supplied)
Three people were killed and at least 10 injured when soldiers and police opened fire on anti-coup protesters in Monywa, Sagaing Region, on Saturday, residents said.
The protesters had gathered near the Monywa University when security forces arrived in military trucks and began shooting without warning, a witness told this paper.
"They shot directly into the crowd. One of them, a young man, was hit in the head and died on the spot," the witness said.
The other two died at a private clinic, residents said.
Demonstrations against the military regime have been held almost daily across the country since the February 1 coup."""),
    ("Colombian regional daily, a year's count of killed leaders", VIOLENCE, 1, """Social leader murdered in Cauca
Popayán, June 20 (El Tiempo). An Indigenous leader was shot dead by unknown gunmen on Saturday night in the rural area of Toribío, in northern Cauca, the Nasa community's authorities reported.
Jorge Tombé, 45, was riding his motorbike home from a community meeting in the Tacueyó reserve when two men on a motorcycle intercepted him and shot him several times, according to the Association of Indigenous Councils of Northern Cauca (ACIN).
The Ombudsman's Office said at least 60 social leaders have been killed in Colombia so far this year.
Dissidents of the former FARC and drug trafficking gangs are fighting for control of the region's coca crops and smuggling routes."""),
    ("Think-tank weekly update with an analysis line", REMOTE, 2, """Yemen Update, Week of June 14-20
On June 19, a Houthi drone struck a residential area in Marib city, killing two civilians and wounding five others, according to the Marib governorate's health office.
The attack came as fighting continued on the Sirwah and Raghwan fronts west of the city, where the Houthis have been pushing towards Marib since February.
Saudi-led coalition officials said they had intercepted several drones launched towards Saudi Arabia during the week.
Analysis: The Houthis are likely to keep up pressure on Marib ahead of renewed UN-led talks in Muscat."""),
    ("Bamako wire with a photo caption line", REMOTE, 2, """BAMAKO, Mali (AP) — Two United Nations peacekeepers from Togo were killed and three wounded when their vehicle hit a landmine near Douentza in central Mali on Saturday, the U.N. mission said.
The convoy was travelling from Douentza to Boni when the explosion occurred, the mission, known as MINUSMA, said in a statement.
The head of MINUSMA condemned the attack and said the peacekeepers were escorting fuel trucks.
MINUSMA is one of the deadliest U.N. peacekeeping missions in the world, with more than 150 peacekeepers killed since 2013.
Photo caption: U.N. peacekeepers patrol in Douentza, Mali, in a file photo."""),
    ("Bangladeshi district correspondent, the feud told again", "Riots", 1, """One killed, 30 injured in clash over mosque committee in Brahmanbaria
Our Correspondent, Brahmanbaria
A man was killed and at least 30 people injured in a clash between two groups of villagers over control of a mosque committee at Kalikaccha village in Sarail upazila of Brahmanbaria on Saturday.
The deceased was identified as Abdul Kader, 50, of the village.
Police and locals said supporters of two local leaders, Md Sirajul Islam and Abul Hossain, locked in a feud for long, attacked each other with sticks and sharp weapons after Juma prayers.
Kader was hit with a machete and died on the way to Brahmanbaria Sadar Hospital.
Sarail police station officer-in-charge said police were deployed in the village to avoid further trouble. No case had been filed till Saturday night."""),
    ("Ukraine wire quoting a governor's post", REMOTE, 2, """KRAMATORSK, Ukraine (Reuters) - Russian shelling killed two civilians and wounded five in the town of Kostiantynivka in eastern Ukraine's Donetsk region on Saturday, the regional governor said.
"The enemy hit a residential area with artillery in the morning. Two people died, five were wounded," governor Pavlo Kyrylenko wrote on Telegram.
Reuters could not independently verify the report. Russia denies targeting civilians.
The town lies about 20 km from the front line, where Russian forces have been trying to advance on Bakhmut and Chasiv Yar for months."""),
    ("Addis Ababa wire, the dead of both sides and how some died", "Battles", 8, """ADDIS ABABA (Reuters) - Fighting between federal troops and militiamen in the Amhara region killed at least eight people on Saturday, residents and a hospital official said.
Three soldiers and five fighters were killed in the clashes near the town of Kobo, said a doctor at Kobo hospital who asked not to be named. Two died on the spot and a third in hospital, a resident said of the soldiers.
The fighting broke out when troops tried to disarm the Fano militia.
The government says Fano fighters have attacked officials in several parts of the region in recent weeks."""),
    ("Nigerian daily, a range of figures and a tally of years", VIOLENCE, 20, """Gunmen kill 20-25 villagers in Zamfara
GUSAU - Between 20 and 25 people were killed when armed bandits attacked Kadawa village in Zamfara state's Maru local government area on Friday, residents said.
"Twenty-five of our people were buried yesterday," said a resident, Sani Maru.
The police spokesman in Gusau, Mohammed Shehu, said 20 bodies had been recovered.
Bandits, who kidnap for ransom and raid villages, have killed thousands in Nigeria's northwest in recent years."""),
    ("Khartoum wire, an armed group's unverified count of enemy dead", "Battles", 0, """KHARTOUM, June 20 (Reuters) - The Rapid Support Forces said on Sunday they had repelled an army attack on their positions in Omdurman and killed more than 100 soldiers, a figure that could not be verified.
The army said in a statement that its troops had advanced in Omdurman on Saturday but gave no casualty figures.
Residents reported heavy gunfire and explosions in the city throughout Saturday.
The war between the army and the RSF that erupted in April has killed thousands and displaced millions."""),
    ("a brief with form fields", REMOTE, 7, """Dead: 7.
KANDAHAR - A bomb planted on a motorbike exploded near a busy market in Kandahar city on Saturday, killing seven people and wounding 19, a provincial spokesman said.
Dead: 7. Wounded: 19.
The spokesman, Jamal Barakzai, said the blast targeted a police vehicle passing by.
No group has claimed responsibility."""),
    ("Cameroonian local report with a Read more line", VIOLENCE, 4, """BUEA, Cameroon - Suspected separatist fighters killed four civilians, including a teacher, in the village of Muyuka in Cameroon's Southwest region on Friday night, local officials said on Sunday.
The gunmen went from house to house asking for identity cards before shooting their victims, said a local chief who asked not to be named for fear of reprisals.
"They accused them of collaborating with the army," he said.
Anglophone separatists have been fighting since 2017 to create an independent state called Ambazonia. The conflict has killed more than 6,000 people, according to the International Crisis Group.
Read more: Cameroon's Anglophone crisis explained"""),
    ("Haitian wire with a displaced mother's words", VIOLENCE, 5, """PORT-AU-PRINCE (AP) — Gang members killed at least five people and set fire to more than a dozen homes in the Martissant neighborhood of Haiti's capital on Saturday, a human rights group said.
The National Human Rights Defense Network said the gunmen, believed to belong to the Grand Ravine gang, also kidnapped two women during the attack.
Hundreds of residents fled to a nearby school and a church. "We left with nothing," said Marie-Claude Joseph, 52, who slept on the floor of the church with her three children.
Police did not respond to requests for comment.
Gangs have grown more powerful since the assassination of President Jovenel Moïse in July 2021."""),
    ("Pakistani military statement, a check post in a district", "Battles", 3, """QUETTA: Three Frontier Corps personnel embraced martyrdom when terrorists attacked a check post in the Kech district of Balochistan late on Saturday night, the ISPR said on Sunday.
According to the military's media wing, the security forces responded effectively and the terrorists fled after an intense exchange of fire.
"Security forces are determined to thwart attempts to sabotage the hard-earned peace in Balochistan," the ISPR statement said.
Prime Minister strongly condemned the attack and paid tribute to the martyred soldiers."""),
    ("Sahel security update with an outlook line", "Battles", 14, """Niger: Security update (19 June 2021)
Summary: On 18 June, an army patrol was ambushed near the village of Tchoma Bangou, Tillaberi region, by suspected Islamic State in the Greater Sahara (ISGS) fighters. Nine soldiers and five assailants were killed, according to the Ministry of Defence.
The ministry said reinforcements were deployed to the area and an air operation was under way.
Context: Tillaberi, bordering Mali and Burkina Faso, has seen a surge in attacks on civilians and security forces since January.
Outlook: Further attacks on army positions in the tri-border area are likely in the coming weeks."""),
    ("Iraq brief, rockets with no casualties", REMOTE, 0, """Iraq Security Brief, 14-20 June
June 19 - Rocket attack on Ain al-Asad air base: Three rockets struck Ain al-Asad air base in Anbar province, which hosts U.S.-led coalition troops. No casualties were reported. A coalition spokesman confirmed the attack on Twitter.
Assessment: The attack follows a pattern of rocket and drone strikes on facilities hosting U.S. forces that Iran-aligned militias have carried out since early 2020. We assess that such attacks will continue ahead of the Iraqi parliamentary elections."""),
    ("Congolese radio brief with a local agency dateline", VIOLENCE, 5, """Ituri: five civilians killed in Djugu
Bunia, 20 June 2021 (Radio Okapi) - Five civilians were killed on Saturday by suspected CODECO militiamen in the village of Pimbo, Djugu territory, local sources said.
The assailants attacked the village at dawn, according to the head of the Bahema Badjere chiefdom, who said the victims included two women.
FARDC soldiers arrived after the attackers had left, he said.
The civil society of Djugu called on the authorities to reinforce security in the area, where several similar attacks have been recorded since May."""),
    ("Sinai wire, the checkpoint's place told after the lead", "Battles", 4, """CAIRO (AP) — Militants attacked a military checkpoint in Egypt's northern Sinai Peninsula on Saturday, killing four soldiers, security officials said.
The officials said the attackers used heavy machine guns and rocket-propelled grenades in the assault on the checkpoint south of Rafah. The army later launched an air and ground search for the attackers.
The officials spoke on condition of anonymity because they were not authorized to brief reporters.
Egypt has been battling an Islamic State-led insurgency in northern Sinai for years."""),
    ("Somali radio, each side's dead and an insurgent's claim", "Battles", 6, """BAIDOA (Radio Dalsan) - At least six people, including four al-Shabaab fighters, were killed in a gunfight between the militants and Somali National Army troops near Bardale town in Bay region on Saturday, residents and officials said.
The fighting began when al-Shabaab fighters attacked an army base on the outskirts of the town, the district commissioner said.
"Our forces repulsed the attack and killed four of the militants," he told Radio Dalsan. Two soldiers also died, he said.
Al-Shabaab claimed on its websites that it had killed 12 soldiers."""),
]

NO_EVENT = [
    ("an anniversary gathering", """Hundreds gather to remember Garissa victims
GARISSA, Kenya - Hundreds of students, parents and officials gathered at Garissa University on Saturday to mark six years since al-Shabaab gunmen killed 148 people at the campus.
Candles were lit and the names of the dead were read out during a service attended by the county governor.
"We will never forget our children," said Mary Wanjiru, whose son died in the attack.
The university reopened in 2016 after being closed for nearly a year."""),
    ("a court sentence for an old bombing", """Court jails three for 2019 church bombing
COLOMBO - A high court in Colombo on Friday sentenced three men to 30 years in prison each for helping plan the 2019 Easter Sunday bombings, in which suicide bombers killed more than 260 people at churches and hotels.
The judges found the men guilty of supplying explosives and sheltering the attackers.
Relatives of the victims said the sentences were too lenient."""),
    ("a forecast", """Analysts warn of more attacks ahead of Mozambique elections
MAPUTO - Insurgents in Cabo Delgado are likely to step up attacks on towns and villages ahead of next month's elections, security analysts warned on Sunday.
"We expect the group to target district headquarters such as Mocimboa da Praia and Macomia," said a researcher with a risk consultancy in Johannesburg.
The conflict has killed more than 4,000 people since 2017."""),
    ("a minister's visit to the scene", """LAHORE - Interior Minister visited the site of last week's blast in Anarkali on Saturday and met the families of the victims.
He announced compensation of one million rupees for each of the families of the dead and said the culprits would be brought to justice.
The minister also visited the injured at Mayo Hospital."""),
    ("a calm bulletin", """Daily situation report, Jonglei State, 19 June
The situation in Bor town and the surrounding counties remained calm over the past 24 hours. No incidents were reported.
Humanitarian flights to Pibor resumed after a two-day suspension due to rain.
Partners continue to distribute food to families displaced by floods in Twic East."""),
    ("an old verdict upheld", """THE HAGUE - The International Criminal Court upheld on Friday the conviction of a former militia commander for murders and rapes committed in Ituri province in 2002 and 2003.
Appeals judges rejected all grounds of his appeal and confirmed his 30-year sentence.
His forces attacked villages and killed hundreds of civilians during the conflict, prosecutors had said."""),
    ("a displacement figure", """GENEVA - Attacks by armed groups in the Sahel have displaced over a million people in Burkina Faso alone, the UN refugee agency said on Friday.
UNHCR spokesman Babar Baloch told reporters in Geneva that funding for the region was less than a quarter of what was needed.
"Families are fleeing violence again and again," he said."""),
    ("a funeral", """Thousands attend funeral of slain journalist
CULIACAN, Mexico - Thousands of people attended the funeral in Culiacan on Saturday of journalist Javier Ramos, who was shot dead outside his home on Tuesday.
Colleagues carried pictures of Ramos, and his coffin was draped in the flag of his newspaper.
Mexico is one of the most dangerous countries in the world for journalists."""),
    ("a rights group's report on a year", """Rights group says security forces killed 300 in crackdown
NAIROBI - Security forces in Ethiopia killed at least 300 people during a crackdown on protests over the past year, Amnesty International said in a report released on Friday.
The group interviewed more than 100 witnesses and relatives and said most of the victims were unarmed.
The government rejected the findings."""),
]


@pytest.mark.parametrize("name,event_type,toll,text", ONE_EVENT, ids=[row[0] for row in ONE_EVENT])
def test_an_article_of_one_incident_gives_one_event_with_its_toll(name, event_type, toll, text):
    events = current_events(text, PUBLISHED)
    assert len(events) == 1, [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in events]
    assert events[0].event_type == event_type
    assert events[0].fatalities == toll


@pytest.mark.parametrize("name,text", NO_EVENT, ids=[row[0] for row in NO_EVENT])
def test_a_piece_that_reports_no_incident_gives_no_event(name, text):
    events = current_events(text, PUBLISHED)
    assert events == [], [(e.sub_event_type, e.location.name if e.location else None, e.evidence[0].text) for e in events]


# ---- the readings one at a time


def test_a_later_sentence_placed_elsewhere_with_its_own_day_or_dead_is_its_own_event():
    lead = "Militants killed two soldiers in an ambush near Kismayo on Saturday. "
    for second in (
        "On Sunday, militants ambushed a convoy near Baidoa.",
        "Militants also ambushed a convoy near Baidoa.",
        "Militants ambushed a convoy near Baidoa, killing three.",
    ):
        assert [e.location.name for e in current_events(lead + second)] == ["Kismayo", "Baidoa"], second


def test_the_dead_told_in_parts_keep_the_lead_figure():
    text = (
        "Gunmen killed four villagers in Kajuru on Saturday. "
        "Two died on the spot and the other two on the way to hospital."
    )
    assert [e.fatalities for e in current_events(text)] == [4]
    text = "Four people were killed in an attack on a bus near Mandera on Sunday. Two of the dead were teachers."
    assert [e.fatalities for e in current_events(text)] == [4]


def test_the_wounded_who_died_later_add_to_the_toll():
    text = (
        "Three people were killed and ten wounded when soldiers fired on protesters in Monywa on Saturday. "
        "Two of the wounded later died in hospital."
    )
    assert [e.fatalities for e in current_events(text)] == [5]


def test_competing_reports_still_give_the_lowest_figure():
    text = (
        "Police said three people were killed in the attack on Kajuru on Saturday. "
        "Residents said seven people died."
    )
    assert [e.fatalities for e in current_events(text)] == [3]


def _counts(sentence: str) -> list[tuple[str, int]]:
    doc = get_nlp()(sentence)
    return [(c.kind, c.count) for sent in doc.sents for c in find_casualties(sent)]


def test_a_range_of_figures_with_a_dash_gives_the_lowest():
    assert _counts("Gunmen kill 20-25 villagers in Zamfara") == [("killed", 20)]


def test_a_count_and_the_next_ordinal_are_one_toll():
    assert _counts("Two died on the spot and a third in hospital, a resident said.") == [("killed", 3)]
    assert _counts("Two people died on the spot and a third died later in hospital.") == [("killed", 3)]


def test_a_field_split_after_its_colon_keeps_its_figure():
    found = _counts("Dead: 7. Wounded: 19.")
    assert ("killed", 7) in found and ("injured", 19) in found and ("injured", 7) not in found


def test_an_ordinal_with_another_fate_is_no_further_dead():
    assert _counts("Two police officers were killed and a third person wounded.") == [("killed", 2), ("injured", 1)]
    assert _counts("One person was killed and a second person was kidnapped in the attack.") == [("killed", 1)]


def test_a_toll_over_two_places_is_split_evenly():
    text = "Security forces killed 10 militants in operations in Kunduz and Baghlan on Sunday, officials said."
    assert sorted(e.fatalities for e in current_events(text)) == [5, 5]
    text = "Clashes in Kunduz and Baghlan on Sunday killed 7 people, officials said."
    assert [e.fatalities for e in current_events(text)] == [4, 3]
    # a town and its district are one event's places: each keeps the whole toll
    text = "Two farmers were killed in a clash between two groups of villagers in Jalalpur, Shamli on Sunday."
    assert {e.fatalities for e in current_events(text)} == {2}
    # a place between two others is one place: no split
    text = "Two policemen were killed in an ambush between Kunduz and Baghlan on Sunday, officials said."
    assert {e.fatalities for e in current_events(text)} == {2}


# ---- single sentences for the readings of happened.py and the unverified figure


def test_an_act_foreseen_is_no_event():
    assert current_events("Militants are expected to attack the town of Dikwa before the rains, officials warned on Sunday.") == []


def test_the_scene_of_a_past_attack_visited_is_no_event_but_a_blast_at_a_scene_is():
    assert current_events("The governor toured the scene of the attack in Dikwa on Sunday.") == []
    found = current_events("Police rushed to the scene of a bomb blast in Quetta that killed five people on Saturday.")
    assert [(e.location.name, e.fatalities) for e in found] == [("Quetta", 5)]


def test_a_figure_that_could_not_be_verified_counts_for_nothing():
    found = current_events(
        "The army said it had killed 40 militants in Sambisa forest on Saturday, a figure that could not be independently verified."
    )
    assert [e.fatalities for e in found] == [0]


def test_a_count_in_the_perfect_over_recent_years_is_a_tally():
    assert current_events("Bandits have killed thousands of villagers in Zamfara in recent years.") == []


def test_a_gathering_to_remember_is_no_protest_unless_it_demands():
    remembered = "Hundreds of relatives gathered in Maiduguri on Saturday to remember the victims of the 2014 bombing"
    assert current_events(remembered + ".") == []
    assert [e.event_type for e in current_events(remembered + " and demanded justice.")] == ["Protests"]
    assert [e.event_type for e in current_events("Thousands rallied in Kigali on Saturday to mark the anniversary of the genocide.")] == ["Protests"]
