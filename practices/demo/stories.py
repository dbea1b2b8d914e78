"""The demo's practices: twelve stories of urban security, each written in the language of the
city that first told it, some translated into English or French.

A story is told again by the other cities it lists (``cities``, the first wrote it), with
``{city}`` standing for the city's name in the text's language. A text is written as a block:
its first line is the title, then each section starts with its field's name and a colon;
lines that follow continue it, and a blank line starts a new paragraph. The reasons given for
the criteria of evidence (``described_because`` …) are written for those the story meets
(``evidence``, from 0 to 4).

The practices are illustrative: the cities are members of the demo, the figures invented.
"""

STORIES = (
    {
        "key": "night-mediation",
        "original": "it",
        "cities": ("turin", "rome", "milan", "paris", "genoa"),
        "adapted_by": ("milan", "genoa"),
        "themes": ("nightlife", "public-spaces"),
        "started_in": 2016,
        "ended_in": None,
        "evidence": 4,
        "members_only": False,
        "texts": {
            "it": """
Mediatori notturni nelle piazze della movida di {city}

summary: Dal giovedì al sabato, coppie di mediatori formati percorrono le piazze della vita
notturna di {city} dalle dieci di sera alle tre del mattino. Parlano con i gruppi di giovani,
con i gestori dei locali e con i residenti, e intervengono prima che il rumore o una lite
diventino un caso per la polizia.

problem: Nei quartieri della movida, le notti del fine settimana portano migliaia di persone
in poche strade. I residenti denunciavano rumore, rifiuti e risse; i gestori si sentivano
additati; le chiamate alla polizia municipale crescevano senza che nulla cambiasse.
Le ordinanze di chiusura anticipata spostavano soltanto il problema nella via accanto.

objectives: Ridurre i conflitti tra chi abita il quartiere e chi lo frequenta di notte, senza
spegnerne la vita. Offrire ai giovani un interlocutore che non indossi una divisa. Dare ai
residenti un ascolto rapido e all’amministrazione informazioni affidabili su ciò che accade
dopo mezzanotte.

actions: Il Comune ha affidato a una cooperativa sociale un servizio di mediazione notturna:
dodici mediatori, sempre in coppia, presenti tre notti alla settimana. Ricordano gli orari e
il rispetto del sonno altrui, distribuiscono acqua, accompagnano chi sta male verso i servizi
sanitari e chiamano la polizia municipale solo davanti a un pericolo.

Ogni lunedì un breve rapporto arriva agli uffici comunali, con i luoghi e le ore più tese
della settimana.

participation: Il servizio è guidato da un tavolo che riunisce comitati di residenti,
associazioni di commercianti, gestori dei locali, polizia municipale e servizi per le
dipendenze. Il tavolo si incontra ogni due mesi e decide insieme i luoghi e gli orari di
presenza.

resources: Circa 180.000 euro l’anno, metà dal Comune e metà da un fondo regionale per la
sicurezza integrata. Giubbotti riconoscibili, un telefono di servizio per coppia e una
formazione iniziale di quaranta ore sulla gestione dei conflitti e sulla riduzione del danno.

results: Nei primi due anni le chiamate notturne per disturbo nelle zone coperte sono
diminuite di un terzo. Due residenti su tre conoscono il servizio e lo giudicano utile. I
mediatori registrano oltre 4.000 contatti l’anno, in gran parte conversazioni che non hanno
richiesto altri interventi.

transfer: Servono una cooperativa con esperienza di lavoro di strada, un accordo scritto con
la polizia locale su chi fa che cosa e la pazienza di conquistare la fiducia dei residenti
nei primi mesi. Il servizio rende di più se accompagnato da interventi sulla pulizia e
sull’illuminazione.

described_because: Il rapporto del progetto descrive il contesto, i turni, i compiti dei
mediatori e il funzionamento del tavolo, con i moduli di segnalazione usati ogni notte.

plausible_because: Adulti formati e disarmati abbassano la tensione prima che degeneri: il
meccanismo è coerente con gli studi sulla mediazione sociale e sulla gestione della vita
notturna.

evaluated_because: Un’università ha confrontato per due anni le chiamate nelle zone coperte
e in zone simili non coperte, e ha intervistato seicento residenti.

transferred_because: Altre città italiane hanno avviato servizi simili partendo dai documenti
del progetto e riferiscono ogni anno al tavolo della rete.
""",
            "en": """
Night mediators in the nightlife squares of {city}

summary: From Thursday to Saturday, pairs of trained mediators walk the nightlife squares of
{city} from ten in the evening until three in the morning. They talk with groups of young
people, bar owners and residents, and step in before noise or a quarrel becomes a matter for
the police.

problem: In the nightlife districts, weekend nights bring thousands of people into a few
streets. Residents complained of noise, litter and fights; bar owners felt blamed; calls to
the municipal police kept rising and nothing changed. Earlier closing times only moved the
trouble to the next street.

objectives: Reduce the conflicts between those who live in the district and those who go
out there at night, without killing its life. Give young people someone to talk to who does
not wear a uniform. Give residents a quick hearing, and the city reliable information on what
happens after midnight.

actions: The city commissioned a social cooperative to run a night mediation service: twelve
mediators, always in pairs, out three nights a week. They remind people of closing times and
of the neighbours' sleep, hand out water, walk those who feel unwell to health services and
call the municipal police only when someone is in danger.

Every Monday a short report reaches the city's offices, with the places and hours that were
tense that week.

participation: A round table steers the service: residents' committees, traders'
associations, bar owners, the municipal police and the addiction services. It meets every two
months and decides together where and when the mediators are out.

resources: About 180,000 euros a year, half from the city and half from a regional fund for
integrated security. Recognisable jackets, a work phone for each pair and forty hours of
initial training in conflict handling and harm reduction.

results: In the first two years, night-time noise calls in the areas covered fell by a third.
Two residents in three know the service and find it useful. The mediators record more than
4,000 contacts a year, mostly conversations that needed nothing more.

transfer: You need a cooperative with experience of street work, a written agreement with
the local police on who does what, and patience to win the residents' trust in the first
months. The service does more when street cleaning and lighting improve at the same time.

described_because: The project report describes the context, the shifts, the mediators' tasks
and how the round table works, with the forms filled in every night.

plausible_because: Trained, unarmed adults lower tension before it escalates: the mechanism
agrees with research on social mediation and on managing the night-time economy.

evaluated_because: A university compared calls in the areas covered and in similar areas
without mediators for two years, and surveyed six hundred residents.

transferred_because: Other Italian cities set up similar services from the project's
documents and report on them every year to the network's round table.
""",
            "fr": """
Des médiateurs de nuit sur les places festives de {city}

summary: Du jeudi au samedi, des binômes de médiateurs formés parcourent les places de la
vie nocturne à {city} de vingt-deux heures à trois heures du matin. Ils parlent avec les
groupes de jeunes, les exploitants de bars et les riverains, et interviennent avant que le
bruit ou une dispute ne devienne une affaire de police.

problem: Dans les quartiers festifs, les nuits de week-end amènent des milliers de personnes
dans quelques rues. Les riverains se plaignaient du bruit, des déchets et des bagarres ; les
exploitants se sentaient montrés du doigt ; les appels à la police municipale augmentaient
sans que rien ne change. Les fermetures avancées ne faisaient que déplacer le problème dans
la rue voisine.

objectives: Réduire les conflits entre ceux qui habitent le quartier et ceux qui y sortent
la nuit, sans en éteindre la vie. Offrir aux jeunes un interlocuteur qui ne porte pas
d’uniforme. Donner aux riverains une écoute rapide, et à la ville des informations fiables sur
ce qui se passe après minuit.

actions: La ville a confié à une coopérative sociale un service de médiation de nuit : douze
médiateurs, toujours en binôme, présents trois nuits par semaine. Ils rappellent les horaires
et le sommeil des voisins, distribuent de l’eau, accompagnent ceux qui se sentent mal vers les
services de santé et n’appellent la police municipale qu’en cas de danger.

Chaque lundi, un court rapport parvient aux services de la ville, avec les lieux et les
heures les plus tendus de la semaine.

participation: Une table ronde pilote le service : comités de riverains, associations de
commerçants, exploitants de bars, police municipale et services d’addictologie. Elle se
réunit tous les deux mois et décide ensemble des lieux et des horaires de présence.

resources: Environ 180 000 euros par an, pour moitié de la ville et pour moitié d’un fonds
régional pour la sécurité intégrée. Des gilets reconnaissables, un téléphone de service par
binôme et quarante heures de formation initiale à la gestion des conflits et à la réduction
des risques.

results: Pendant les deux premières années, les appels nocturnes pour tapage dans les zones
couvertes ont baissé d’un tiers. Deux riverains sur trois connaissent le service et le
jugent utile. Les médiateurs enregistrent plus de 4 000 contacts par an, pour la plupart des
conversations qui n’ont rien demandé de plus.

transfer: Il faut une coopérative rompue au travail de rue, un accord écrit avec la police
locale sur le rôle de chacun, et de la patience pour gagner la confiance des riverains les
premiers mois. Le service porte davantage quand la propreté et l’éclairage s’améliorent en
même temps.

described_because: Le rapport du projet décrit le contexte, les tournées, les missions des
médiateurs et le fonctionnement de la table ronde, avec les fiches remplies chaque nuit.

plausible_because: Des adultes formés et non armés font baisser la tension avant qu’elle ne
dégénère : le mécanisme rejoint les travaux sur la médiation sociale et sur la gestion de la
vie nocturne.

evaluated_because: Une université a comparé pendant deux ans les appels dans les zones
couvertes et dans des zones semblables sans médiateurs, et a interrogé six cents riverains.

transferred_because: D’autres villes italiennes ont lancé des services semblables à partir
des documents du projet et en rendent compte chaque année à la table ronde du réseau.
""",
        },
    },
    {
        "key": "exploratory-walks",
        "original": "fr",
        "cities": ("lyon", "paris", "nantes", "grenoble", "namur"),
        "adapted_by": ("nantes",),
        "themes": ("gender-based-violence", "public-spaces"),
        "started_in": 2014,
        "ended_in": 2019,
        "evidence": 3,
        "members_only": False,
        "texts": {
            "fr": """
Marches exploratoires de femmes dans les quartiers de {city}

summary: Des groupes de femmes habitant un quartier le parcourent de jour et de nuit avec des
agents de la ville, relèvent ce qui les gêne ou les inquiète, et proposent des changements.
La ville s’engage à répondre à chaque proposition et à rendre compte de ce qu’elle a fait.

problem: Les enquêtes de victimation montraient que beaucoup de femmes évitaient certaines
rues, certains arrêts de bus ou certains parcs après la tombée de la nuit. Ces lieux ne
figuraient pourtant pas parmi ceux que les services jugeaient prioritaires, faute de plaintes
et de chiffres.

objectives: Faire des habitantes des expertes de leur quartier. Repérer ce qui, dans
l’aménagement, l’éclairage ou l’entretien, fait naître le sentiment d’insécurité. Obtenir des
changements concrets et visibles dans l’année.

actions: Dans chaque quartier, une association recrute une dizaine de femmes de tous âges.
Après deux séances de préparation, le groupe choisit un parcours et le marche deux fois, un
après-midi et un soir, avec les services de la voirie, de l’éclairage et de la police
municipale. Les observations sont consignées sur une grille commune.

Trois mois plus tard, une réunion publique présente les réponses de la ville, point par
point, puis une seconde marche vérifie les travaux.

participation: Les habitantes sont au cœur de la démarche ; les bailleurs sociaux, les
transporteurs et les commerçants du parcours sont invités à la restitution. Les élues et élus
de quartier signent les engagements.

resources: Une coordinatrice à mi-temps à la ville, une subvention de 8 000 euros par
quartier à l’association qui anime les marches, et une ligne du budget d’investissement
réservée aux petits travaux demandés.

results: En cinq ans, quatorze marches ont produit 310 propositions, dont 70 % ont été
réalisées : éclairage renforcé, haies taillées, arrêts déplacés, toilettes publiques
rouvertes. Les participantes déclarent fréquenter davantage les lieux réaménagés, et deux
groupes ont continué à se réunir après la fin du projet.

transfer: La démarche demande l’engagement des services techniques dès le départ : sans
réponses, les habitantes ne reviennent pas. Une association de quartier de confiance et un
budget réservé aux petits travaux sont indispensables.

described_because: Un guide méthodologique détaille le recrutement, la grille d’observation,
le déroulé des marches et le modèle de restitution publique.

plausible_because: L’aménagement des lieux influe sur le sentiment de sécurité et sur l’usage
qu’en font les femmes ; associer les usagères aux diagnostics est recommandé par la
prévention situationnelle.

evaluated_because: Une évaluation externe a suivi la réalisation des propositions et
interrogé les participantes avant et après les travaux.
""",
            "en": """
Women's exploratory walks in the neighbourhoods of {city}

summary: Groups of women who live in a neighbourhood walk it by day and by night with city
staff, note what bothers or worries them, and propose changes. The city undertakes to answer
each proposal and to report on what it has done.

problem: Victimisation surveys showed that many women avoided certain streets, bus stops or
parks after dark. Yet these places were not among those the city's services saw as
priorities, for want of complaints and figures.

objectives: Make the women who live there the experts on their neighbourhood. Find what, in
the layout, lighting or upkeep, makes people feel unsafe. Obtain concrete, visible changes
within the year.

actions: In each neighbourhood, an association recruits about ten women of all ages. After
two preparatory sessions, the group chooses a route and walks it twice, one afternoon and one
evening, with the roads, lighting and municipal police services. Observations are recorded
on a shared grid.

Three months later, a public meeting presents the city's answers point by point, and a
second walk checks the work done.

participation: The women who live there are at the heart of it; social landlords, transport
operators and shopkeepers along the route are invited to the public meeting. Neighbourhood
councillors sign the commitments.

resources: A half-time coordinator at the city, a grant of 8,000 euros per neighbourhood to
the association leading the walks, and a line of the capital budget kept for the small works
requested.

results: In five years, fourteen walks produced 310 proposals, 70% of which were carried out:
brighter lighting, hedges cut back, bus stops moved, public toilets reopened. The women taking
part say they use the improved places more, and two groups kept meeting after the project
ended.

transfer: The approach needs the technical services on board from the start: without
answers, the residents do not come back. A trusted neighbourhood association and a budget set
aside for small works are essential.

described_because: A method guide details the recruitment, the observation grid, how the
walks run and the template for the public meeting.

plausible_because: How a place is designed affects how safe women feel there and how they use
it; involving users in safety audits is recommended by situational prevention.

evaluated_because: An external evaluation followed up the proposals and surveyed the women
taking part before and after the works.
""",
        },
    },
    {
        "key": "safe-school-routes",
        "original": "es",
        "cities": ("barcelona", "madrid", "valencia", "bilbao", "zaragoza"),
        "adapted_by": ("valencia", "bilbao", "coimbra"),
        "themes": ("youth", "public-spaces"),
        "started_in": 2012,
        "ended_in": None,
        "evidence": 4,
        "members_only": False,
        "texts": {
            "es": """
Caminos escolares seguros en los barrios de {city}

summary: Los niños y niñas van solos a la escuela por itinerarios señalizados que han
diseñado con sus familias, el profesorado y los comercios del barrio. Las tiendas adheridas
muestran un distintivo y ofrecen ayuda a cualquier menor que la pida.

problem: Cada vez menos menores iban a pie a la escuela: las familias temían el tráfico, los
cruces peligrosos y los lugares solitarios. Las puertas de los colegios se llenaban de coches
a la entrada y a la salida, y los niños perdían autonomía y contacto con su barrio.

objectives: Devolver a los niños y niñas la autonomía de ir solos a la escuela. Hacer más
seguros los recorridos, tanto frente al tráfico como frente al aislamiento. Implicar al
vecindario en el cuidado de los menores que pasan por su calle.

actions: Con cada escuela, el Ayuntamiento estudia los recorridos habituales a partir de
mapas dibujados por el alumnado. Se ensanchan aceras, se pintan pasos de cebra, se reduce la
velocidad a 30 km/h y se señalizan los itinerarios con marcas en el suelo.

Los comercios del recorrido se adhieren con un distintivo en el escaparate; su personal
recibe una breve formación sobre cómo atender a un menor perdido o asustado. La policía de
barrio acompaña los primeros días.

participation: Las asociaciones de familias coordinan el proyecto en cada escuela; el
alumnado participa en el diagnóstico y en la evaluación. Más de 600 comercios están
adheridos.

resources: Unos 40.000 euros por escuela para las obras de calle, a cargo del presupuesto de
movilidad, y dos técnicos municipales que acompañan a las escuelas. Los distintivos y las
guías para comercios se imprimen en todas las lenguas del barrio.

results: En las escuelas participantes, la proporción de alumnos de 10 a 12 años que van
solos pasó del 18 % al 41 %. No se ha registrado ningún atropello grave en los itinerarios
señalizados, y las familias declaran sentir más confianza en el barrio.

transfer: Hacen falta una concejalía de movilidad dispuesta a tocar la calle, asociaciones
de familias activas y tiempo: el primer itinerario de una escuela tarda un curso escolar.
Empezar por dos o tres escuelas voluntarias convence a las demás.

described_because: Una guía pública explica paso a paso el diagnóstico con el alumnado, las
obras tipo y la adhesión de comercios, con ejemplos de mapas.

plausible_because: Más presencia de adultos atentos y calles adaptadas a la velocidad de un
niño reducen tanto los riesgos del tráfico como el aislamiento, según la literatura sobre
prevención situacional y movilidad infantil.

evaluated_because: Una evaluación encargada a una universidad midió la autonomía y la
percepción de seguridad en treinta escuelas antes y después, con escuelas de comparación.

transferred_because: Otras ciudades españolas y portuguesas han adaptado el método y lo
documentan en informes publicados.
""",
            "en": """
Safe routes to school in the neighbourhoods of {city}

summary: Children walk to school on their own along signposted routes they designed with
their families, teachers and local shops. The shops taking part display a sticker and help
any child who asks.

problem: Fewer and fewer children walked to school: families feared the traffic, dangerous
crossings and lonely places. School gates filled with cars at drop-off and pick-up, and
children lost their independence and their ties with the neighbourhood.

objectives: Give children back the independence of going to school on their own. Make the
routes safer, against traffic and against isolation alike. Involve neighbours in looking out
for the children who pass their door.

actions: With each school, the city studies the usual routes from maps drawn by the pupils.
Pavements are widened, crossings painted, the speed limit lowered to 30 km/h and the routes
marked on the ground.

Shops along the way join with a sticker in the window; their staff receive short training on
how to look after a lost or frightened child. Neighbourhood police officers walk with the
children for the first days.

participation: Parents' associations run the project in each school; pupils take part in the
diagnosis and the evaluation. More than 600 shops have joined.

resources: About 40,000 euros per school for street works, from the mobility budget, and two
city officers who support the schools. Stickers and shop guides are printed in every
language spoken in the neighbourhood.

results: In the schools taking part, the share of ten- to twelve-year-olds who walk alone
rose from 18% to 41%. No serious accident has occurred on the marked routes, and families say
they trust their neighbourhood more.

transfer: It takes a mobility department willing to change the street, active parents'
associations and time: a school's first route takes a school year. Starting with two or
three volunteer schools convinces the others.

described_because: A public guide explains step by step the diagnosis with pupils, the
standard street works and how shops join, with sample maps.

plausible_because: More attentive adults about and streets suited to a child's pace reduce
both traffic risks and isolation, according to research on situational prevention and
children's mobility.

evaluated_because: An evaluation commissioned from a university measured independence and
feelings of safety in thirty schools before and after, against comparison schools.

transferred_because: Other Spanish and Portuguese cities have adapted the method and document
it in published reports.
""",
        },
    },
    {
        "key": "consumption-room-dialogue",
        "original": "de",
        "cities": ("berlin", "hamburg", "frankfurt-am-main", "vienna", "zurich"),
        "adapted_by": (),
        "themes": ("drugs-and-addictions", "social-cohesion"),
        "started_in": 2019,
        "ended_in": None,
        "evidence": 2,
        "members_only": False,
        "texts": {
            "de": """
Nachbarschaftsdialog rund um den Drogenkonsumraum in {city}

summary: Bevor und nachdem ein Drogenkonsumraum eröffnet, treffen sich Anwohnende,
Gewerbetreibende, Schulen, Polizei und der Träger regelmäßig an einem Tisch. Beschwerden
werden binnen einer Woche beantwortet, und ein Team aus Sozialarbeit und Reinigung kümmert
sich um die Straßen ringsum.

problem: Offener Drogenkonsum in Hauseingängen, auf Spielplätzen und an Bahnhöfen belastete
das Viertel: gebrauchte Spritzen, Angst bei Eltern, Ärger bei Geschäftsleuten. Die geplante
Einrichtung eines Konsumraums stieß zunächst auf heftigen Widerstand, weil viele eine
Verschärfung der Lage befürchteten.

objectives: Den Konsumraum so einführen, dass das Viertel ihn mitträgt. Den öffentlichen
Konsum und die Spritzenfunde im Umfeld senken. Konflikte früh erkennen und lösen, bevor sie
eskalieren.

actions: Ein Jahr vor der Eröffnung lud der Bezirk zu Informationsabenden und Besuchen in
bestehenden Einrichtungen ein. Seitdem tagt jeden Monat ein Nachbarschaftsbeirat; eine
Telefonnummer nimmt Beschwerden rund um die Uhr an.

Ein Team aus zwei Sozialarbeitenden und einer Reinigungskraft geht täglich die Umgebung ab,
sammelt Spritzen ein und spricht Konsumierende an. Die Öffnungszeiten wurden nach den
Hinweisen des Beirats angepasst.

participation: Im Beirat sitzen gewählte Vertretungen der Anwohnenden, zwei Schulen, der
Einzelhandel, die Polizei, der Träger und das Gesundheitsamt. Die Protokolle sind
öffentlich.

resources: Der Bezirk finanziert den Dialog und das Umfeldteam mit rund 150.000 Euro im
Jahr; der Betrieb des Konsumraums wird vom Land getragen.

results: Im ersten Jahr sank die Zahl der gemeldeten Spritzenfunde im Umkreis von 500 Metern
um 45 Prozent. Die Beschwerden gingen von 30 im Monat auf weniger als zehn zurück, und der
Beirat ist mit allen Mitgliedern geblieben.

transfer: Der Dialog muss vor der Eröffnung beginnen und darf nicht enden, wenn es ruhig
wird. Eine Person, die Beschwerden zuverlässig beantwortet, ist wichtiger als jede Broschüre.

described_because: Die Konzeption des Bezirks beschreibt den Beirat, das Beschwerdeverfahren
und die Aufgaben des Umfeldteams.

plausible_because: Beteiligung und schnelle Antworten bauen Vertrauen auf; Studien zu
Konsumräumen zeigen, dass begleitende Umfeldarbeit den öffentlichen Konsum verringert.
""",
            "en": """
Neighbourhood dialogue around the drug consumption room in {city}

summary: Before and after a drug consumption room opens, residents, shopkeepers, schools, the
police and the organisation running it meet regularly around one table. Complaints are
answered within a week, and a team of social and cleaning workers looks after the streets
around it.

problem: Open drug use in doorways, playgrounds and stations weighed on the neighbourhood:
used needles, worried parents, angry shopkeepers. Plans for a consumption room first met
strong opposition, as many feared it would make things worse.

objectives: Open the consumption room in a way the neighbourhood supports. Reduce public drug
use and needles found in the surroundings. Spot conflicts early and settle them before they
escalate.

actions: A year before the opening, the district held information evenings and visits to
existing rooms. Since then, a neighbourhood board has met every month, and a phone line takes
complaints day and night.

A team of two social workers and a cleaner walks the surroundings daily, picks up needles and
talks with people who use drugs. Opening hours were changed on the board's advice.

participation: The board brings together elected residents' representatives, two schools,
local traders, the police, the organisation running the room and the public health office.
Its minutes are public.

resources: The district funds the dialogue and the outreach team with about 150,000 euros a
year; the regional government pays for running the room.

results: In the first year, needles reported within 500 metres fell by 45%. Complaints went
down from 30 a month to fewer than ten, and every member of the board has stayed.

transfer: The dialogue must start before the opening and must not stop when things calm
down. Someone who reliably answers complaints matters more than any leaflet.

described_because: The district's concept paper describes the board, the complaints procedure
and the outreach team's tasks.

plausible_because: Involvement and quick answers build trust; studies of consumption rooms
show that outreach in the surroundings reduces public drug use.
""",
        },
    },
    {
        "key": "participatory-budget",
        "original": "pt",
        "cities": ("lisbon", "coimbra", "setubal", "loures", "odivelas"),
        "adapted_by": ("coimbra",),
        "themes": ("social-cohesion", "public-spaces"),
        "started_in": 2017,
        "ended_in": None,
        "evidence": 3,
        "members_only": False,
        "texts": {
            "pt": """
Orçamento participativo para a segurança nos bairros de {city}

summary: Todos os anos, uma parte do orçamento municipal é decidida pelos moradores para
projetos que tornem os seus bairros mais seguros e acolhedores. As propostas são discutidas
em assembleias de bairro, analisadas pelos serviços e votadas por quem lá vive.

problem: Os moradores de vários bairros sentiam que as decisões sobre o espaço público eram
tomadas longe deles. Pedidos de iluminação, de reparação de caminhos ou de atividades para
jovens ficavam anos sem resposta, e a confiança nas instituições diminuía.

objectives: Dar aos moradores poder real de decisão sobre a segurança do seu bairro.
Financiar depressa pequenas obras e atividades que as pessoas consideram prioritárias.
Aproximar os serviços municipais, a polícia e as associações locais.

actions: A Câmara Municipal de {city} reserva todos os anos um montante para a segurança de
proximidade. Na primavera, realizam-se assembleias em cada bairro, onde qualquer morador pode
apresentar uma proposta. Os serviços verificam a viabilidade e o custo, e no outono os
moradores votam, em papel ou na internet.

Os projetos vencedores são executados no ano seguinte, com um painel público que mostra o
seu andamento.

participation: Associações de moradores, escolas, juntas de freguesia e a polícia municipal
participam nas assembleias. Jovens a partir dos dezasseis anos podem votar.

resources: Um milhão de euros por ano para os projetos votados, uma equipa de três técnicos
que acompanha o processo e uma plataforma de votação partilhada com o orçamento participativo
geral.

results: Em seis edições, foram executados 58 projetos: iluminação de escadinhas, hortas
comunitárias em terrenos abandonados, desporto noturno para jovens, mediadores em
equipamentos municipais. A participação passou de 3.000 para mais de 11.000 votantes, e os
inquéritos de bairro mostram uma melhoria da confiança nos serviços municipais.

transfer: O processo só funciona se os projetos votados forem de facto executados e se o
acompanhamento for público. É útil começar com um montante modesto e poucos bairros, e
alargar depois.

described_because: O regulamento municipal e o guia do participante descrevem cada etapa,
do calendário aos critérios de viabilidade.

plausible_because: A participação nas decisões reforça a coesão e o controlo social
informal, fatores reconhecidos de prevenção da insegurança.

evaluated_because: Um centro de investigação universitário avaliou as três primeiras
edições, com inquéritos aos moradores e análise dos projetos executados.
""",
            "en": """
Participatory budgeting for safety in the neighbourhoods of {city}

summary: Every year, residents decide how part of the city budget is spent on projects that
make their neighbourhoods safer and more welcoming. Proposals are discussed in neighbourhood
assemblies, checked by the city's services and put to the vote of those who live there.

problem: Residents of several neighbourhoods felt that decisions on public space were made
far from them. Requests for lighting, for paths to be repaired or for activities for young
people went unanswered for years, and trust in institutions was falling.

objectives: Give residents real power to decide on their neighbourhood's safety. Quickly fund
the small works and activities people see as priorities. Bring the city's services, the
police and local associations closer together.

actions: The city of {city} sets aside an amount every year for community safety. In spring,
assemblies are held in each neighbourhood, where any resident may put forward a proposal.
The services check feasibility and cost, and in autumn residents vote, on paper or online.

The winning projects are carried out the following year, with a public board showing how
they are progressing.

participation: Residents' associations, schools, parish councils and the municipal police
take part in the assemblies. Young people from sixteen may vote.

resources: One million euros a year for the projects voted, a team of three officers running
the process and a voting platform shared with the city's general participatory budget.

results: Over six rounds, 58 projects were carried out: lighting for stepped lanes, community
gardens on abandoned plots, late-night sport for young people, mediators in municipal
facilities. Turnout rose from 3,000 to more than 11,000 voters, and neighbourhood surveys show
greater trust in the city's services.

transfer: The process works only if the projects voted are actually carried out and their
progress is public. It helps to start with a modest amount and a few neighbourhoods, then
widen.

described_because: The municipal regulation and the participant's guide describe every step,
from the calendar to the feasibility criteria.

plausible_because: Taking part in decisions strengthens cohesion and informal social control,
both recognised factors in preventing insecurity.

evaluated_because: A university research centre evaluated the first three rounds, with
resident surveys and an analysis of the projects carried out.
""",
        },
    },
    {
        "key": "restorative-circles",
        "original": "en",
        "cities": ("rotterdam", "amsterdam", "paris", "glasgow", "utrecht"),
        "adapted_by": ("amsterdam", "glasgow"),
        "themes": ("victims", "social-cohesion"),
        "started_in": 2015,
        "ended_in": None,
        "evidence": 4,
        "members_only": False,
        "texts": {
            "en": """
Restorative circles for neighbourhood conflicts in {city}

summary: When a conflict between neighbours or minor offence hurts a street, trained
facilitators bring together those who caused the harm, those who suffered it and the people
around them. Together they agree on how to repair it, often without going to court.

problem: Disputes over noise, vandalism or harassment between neighbours dragged on for
years, poisoning whole streets. Police and housing officers were called again and again;
fines and evictions rarely settled anything, and victims felt unheard.

objectives: Give victims a voice and an answer. Make those responsible understand the harm
and repair it. Restore peaceful relations in the street, and take pressure off the police
and the courts.

actions: The city trained forty facilitators, professionals and volunteers, in restorative
practice. The police, housing associations and schools refer cases; facilitators meet each
party separately before bringing them together in a circle with family members or
neighbours.

The circle ends with a written agreement: an apology, repairs, a change of behaviour. The
facilitator checks, three months later, that it has been kept.

participation: Housing associations, the police, the public prosecutor's office and
neighbourhood centres refer cases and sit on the steering group. Volunteer facilitators come
from the neighbourhoods themselves.

resources: A coordinating team of four, training for the facilitators and a small budget for
repairs agreed in circles; about 300,000 euros a year in all.

results: Around 250 circles are held every year. Agreements are reached in four cases out of
five and kept in most of them. Victims who took part say they feel safer and more respected
than those whose case went through the usual channels.

transfer: Referring partners must trust the approach and not see it as soft; a few
well-prepared first cases help. Facilitators need supervision, and taking part must stay
voluntary for everyone.

described_because: The programme manual describes the referral criteria, the preparation of
each party and how a circle is run.

plausible_because: Restorative justice research shows that meeting face to face and agreeing
on repairs reduce victims' fear and reoffending.

evaluated_because: A criminology department compared outcomes for participants with similar
cases handled by the usual procedures.

transferred_because: Cities in the Netherlands and in Scotland have set up restorative
circles from the programme manual, with exchanges between facilitators.
""",
            "fr": """
Cercles restauratifs pour les conflits de voisinage à {city}

summary: Quand un conflit entre voisins ou une petite infraction abîme une rue, des
facilitateurs formés réunissent ceux qui ont causé le tort, ceux qui l’ont subi et leur
entourage. Ensemble, ils conviennent de la manière de le réparer, souvent sans passer par le
tribunal.

problem: Des querelles de bruit, de dégradations ou de harcèlement entre voisins duraient des
années et empoisonnaient des rues entières. La police et les bailleurs étaient appelés encore
et encore ; amendes et expulsions réglaient rarement quoi que ce soit, et les victimes ne se
sentaient pas entendues.

objectives: Donner aux victimes une voix et une réponse. Faire comprendre aux auteurs le tort
causé et le leur faire réparer. Rétablir des relations apaisées dans la rue, et soulager la
police et les tribunaux.

actions: La ville a formé quarante facilitateurs, professionnels et bénévoles, aux pratiques
restauratives. La police, les bailleurs et les écoles leur adressent des situations ; les
facilitateurs rencontrent chaque partie séparément avant de les réunir en cercle avec des
proches ou des voisins.

Le cercle se conclut par un accord écrit : des excuses, une réparation, un changement de
comportement. Trois mois plus tard, le facilitateur vérifie qu’il a été tenu.

participation: Les bailleurs sociaux, la police, le parquet et les maisons de quartier
adressent des situations et siègent au comité de pilotage. Les facilitateurs bénévoles
viennent des quartiers eux-mêmes.

resources: Une équipe de coordination de quatre personnes, la formation des facilitateurs et
un petit budget pour les réparations convenues en cercle ; environ 300 000 euros par an au
total.

results: Environ 250 cercles ont lieu chaque année. Un accord est trouvé quatre fois sur cinq
et respecté dans la plupart des cas. Les victimes qui y ont participé se disent plus en
sécurité et plus respectées que celles dont l’affaire a suivi la voie habituelle.

transfer: Les partenaires qui orientent les situations doivent faire confiance à la démarche
et ne pas la croire laxiste ; quelques premiers cas bien préparés y aident. Les
facilitateurs ont besoin de supervision, et la participation doit rester volontaire pour
tous.

described_because: Le manuel du programme décrit les critères d’orientation, la préparation
de chaque partie et le déroulement d’un cercle.

plausible_because: Les recherches sur la justice restaurative montrent que la rencontre et
l’accord sur une réparation réduisent la peur des victimes et la récidive.

evaluated_because: Un département de criminologie a comparé les suites pour les participants
avec des affaires semblables traitées par les procédures habituelles.

transferred_because: Des villes des Pays-Bas et d’Écosse ont créé des cercles restauratifs à
partir du manuel du programme, avec des échanges entre facilitateurs.
""",
        },
    },
    {
        "key": "victim-support-desk",
        "original": "it",
        "cities": ("bologna", "rome", "verona", "padua", "trieste"),
        "adapted_by": (),
        "themes": ("victims",),
        "started_in": 2018,
        "ended_in": None,
        "evidence": 1,
        "members_only": False,
        "texts": {
            "it": """
Uno sportello comunale per le vittime di reato a {city}

summary: Chi ha subito un furto, una truffa, un’aggressione o un atto vandalico trova in
municipio uno sportello che lo ascolta, lo aiuta a sporgere denuncia e lo accompagna verso
i servizi di cui ha bisogno: assistenza legale, sostegno psicologico, aiuti per riparare i
danni.

problem: Molte vittime, soprattutto anziane o straniere, non sapevano a chi rivolgersi dopo
un reato. Rinunciavano a denunciare, restavano sole con la paura e perdevano fiducia nelle
istituzioni. I servizi esistenti erano frammentati tra comune, azienda sanitaria e
associazioni.

objectives: Offrire un unico punto di accesso, gratuito e vicino, a chiunque abbia subito un
reato in città. Ridurre le conseguenze del reato sulla vita quotidiana delle vittime e
incoraggiare la denuncia.

actions: Lo sportello è aperto quattro giorni alla settimana in municipio e una mattina nei
quartieri periferici. Due operatrici accolgono le persone, le aiutano a compilare la
denuncia, prenotano un colloquio con un avvocato volontario o con una psicologa e, per chi
ha subito un furto in casa, attivano un piccolo contributo per cambiare la serratura.

Le forze dell’ordine consegnano a ogni persona che denuncia un biglietto con i recapiti
dello sportello.

participation: Collaborano la polizia locale, i carabinieri, l’ordine degli avvocati,
l’azienda sanitaria e tre associazioni di volontariato, che firmano un protocollo rinnovato
ogni tre anni.

resources: Due operatrici a tempo pieno, un fondo di 30.000 euro l’anno per i piccoli aiuti
materiali e la rete di professionisti volontari.

results: Lo sportello accoglie circa 900 persone l’anno, per un terzo con più di settant’anni.
Quasi tutte dichiarano di essersi sentite ascoltate; una su cinque è stata accompagnata a
sporgere una denuncia a cui aveva rinunciato.

transfer: È essenziale un accordo con le forze dell’ordine perché informino le vittime
dell’esistenza dello sportello. Il servizio richiede operatrici formate all’ascolto e una
rete di professionisti disponibili.

described_because: Il protocollo d’intesa e la carta dei servizi descrivono chi fa che cosa,
gli orari, i percorsi di accompagnamento e gli aiuti disponibili.
""",
        },
    },
    {
        "key": "families-against-radicalisation",
        "original": "fr",
        "cities": ("brussels", "paris", "charleroi", "strasbourg", "toulouse"),
        "adapted_by": (),
        "themes": ("prevention-of-radicalisation", "youth"),
        "started_in": 2016,
        "ended_in": None,
        "evidence": 2,
        "members_only": True,
        "texts": {
            "fr": """
Une cellule d’accompagnement des familles face à la radicalisation à {city}

summary: Les parents, les proches et les professionnels inquiets de voir un jeune s’enfermer
dans un discours extrémiste peuvent appeler une cellule de la ville. Une équipe
pluridisciplinaire les écoute, évalue la situation avec eux et construit un accompagnement
sur mesure, en lien avec l’école, les services sociaux et, si nécessaire, la justice.

problem: Des familles voyaient leur enfant changer, rompre avec ses amis, passer ses nuits
sur des forums violents, sans savoir à qui en parler. Alerter la police leur paraissait
disproportionné ou dangereux pour l’enfant ; les professionnels de terrain, de leur côté,
manquaient de repères pour distinguer une crise d’adolescence d’un basculement.

objectives: Offrir aux familles et aux professionnels un interlocuteur de confiance, hors du
champ policier. Intervenir tôt, avant tout passage à l’acte. Maintenir ou renouer le lien
entre le jeune, sa famille et la société.

actions: La cellule réunit une psychologue, un éducateur spécialisé, une assistante sociale
et un référent de la ville. Après un premier appel, l’équipe rencontre la famille, puis le
jeune s’il l’accepte. Chaque situation fait l’objet d’un plan d’accompagnement :
soutien psychologique, reprise de la scolarité ou d’une formation, activités sportives ou
culturelles, médiation familiale.

Une réunion mensuelle, sous le secret professionnel partagé, examine les situations les plus
préoccupantes avec les partenaires concernés.

participation: Les écoles, les missions locales, les clubs sportifs, les maisons de jeunes et
les représentants des cultes sont formés à repérer les signaux et à orienter vers la cellule.
Les familles accompagnées sont associées à l’évaluation de la démarche.

resources: Quatre postes à temps plein financés par la ville et un fonds national de
prévention, soit environ 260 000 euros par an, et un budget de formation des partenaires.

results: En six ans, la cellule a accompagné 190 jeunes et leurs familles. Dans la grande
majorité des cas, les signes d’inquiétude se sont atténués au bout d’un an ; une dizaine de
situations ont été signalées à la justice. Les partenaires formés orientent plus tôt, ce qui
raccourcit l’accompagnement.

transfer: La confidentialité et l’indépendance vis-à-vis de la police sont la condition de la
confiance des familles ; elles doivent être écrites dans une charte. Il faut aussi du temps
pour former les partenaires de première ligne.

described_because: La charte de la cellule, ses procédures et ses outils de repérage sont
décrits dans un document remis aux partenaires.

plausible_because: L’accompagnement précoce, global et centré sur les liens du jeune
correspond à ce que la recherche identifie comme protecteur face à la radicalisation.
""",
        },
    },
    {
        "key": "nightlife-charter",
        "original": "en",
        "cities": ("manchester", "leeds", "liverpool", "edinburgh", "cardiff"),
        "adapted_by": ("liverpool",),
        "themes": ("nightlife", "gender-based-violence"),
        "started_in": 2013,
        "ended_in": None,
        "evidence": 3,
        "members_only": False,
        "texts": {
            "en": """
A safer nightlife charter for the venues of {city}

summary: Bars, clubs, late-night takeaways and taxi firms sign a charter with the city:
their staff are trained to spot and stop harassment, look after customers who are
vulnerable, and work with street pastors and the police. Venues that keep their commitments
display the charter's mark.

problem: The city centre drew tens of thousands of people on weekend nights. Assaults, sexual
harassment and people left alone in a vulnerable state were reported every weekend, while
venues and the authorities blamed each other. Licensing reviews came only after serious
incidents.

objectives: Make the night-time economy a shared responsibility of those who run it. Prevent
harassment and violence rather than react to them. Help anyone in difficulty get home safely.

actions: The charter sets twelve commitments, from training door and bar staff on harassment
and drink spiking to water, phone charging and a quiet space for customers in difficulty.
A code word lets anyone ask staff for discreet help.

Venues are visited twice a year by an assessor; those that meet the commitments keep the
mark. On weekend nights a safe haven staffed by volunteers and paramedics opens near the
busiest streets.

participation: Venue owners, the licensing authority, the police, the ambulance service,
universities, taxi firms and a women's organisation sit on the charter's board. Students'
unions promote the code word.

resources: Membership fees from venues cover the assessor and the training; the city and the
police fund the safe haven, at about 120,000 euros a year in all.

results: More than 200 venues have signed. Over five years, reported assaults in the
centre at night fell by a quarter, and the safe haven sees around 1,500 people a year, many
of whom would otherwise have ended up in the emergency department.

transfer: The charter works when venues see it as theirs: let them write the commitments with
the authorities. Independent assessment keeps the mark credible.

described_because: The charter, the assessment grid and the training modules are published
with the board's annual reports.

plausible_because: Guardianship by trained staff, quick help for vulnerable people and
cooperation between venues and services are recognised ways of reducing night-time
violence.

evaluated_because: The police and a university analysed five years of incident data in the
centre, and surveyed customers and staff of charter venues.
""",
        },
    },
    {
        "key": "camera-ethics-board",
        "original": "en",
        "cities": ("stockholm", "malmo", "uppsala", "oslo", "bergen"),
        "adapted_by": (),
        "themes": ("urban-technology",),
        "started_in": 2020,
        "ended_in": None,
        "evidence": 2,
        "members_only": True,
        "texts": {
            "en": """
An ethics board for the public cameras of {city}

summary: Before the city installs a camera in a public place, or keeps one running, an
independent board of residents and experts examines whether it is needed, what it may film,
who may see the images and for how long. Its opinions and the map of every camera are
public.

problem: Requests for CCTV multiplied after every incident, and cameras were installed
street by street without anyone checking whether they worked, who watched the images or how
long they were kept. Residents did not know where they were filmed, and trust suffered.

objectives: Use cameras only where they serve a clear purpose that other means cannot.
Protect privacy and respect data protection law. Give residents a say and keep them
informed.

actions: Every request, whether from the police, a department or a neighbourhood, is sent to
the board with a statement of the problem, the alternatives considered and the planned
settings. The board visits the site, hears residents and gives an opinion within two months.

Existing cameras are reviewed every three years; those that no longer serve their purpose
are removed. An online map shows each camera, its purpose and its opinion.

participation: The board has nine members: four residents drawn by lot, a lawyer, a data
protection expert, a criminologist, a youth worker and a representative of the disability
council. The police take part without a vote.

resources: A secretary at the city and about 40,000 euros a year for the board's work and
the map, compared with the millions spent on the cameras themselves.

results: In its first four years, the board examined 130 requests and advised against a
third of them, often proposing better lighting or a different layout instead. Eighteen old
cameras were removed. Surveys show that most residents know the map exists and trust the
process.

transfer: The board must be independent and its opinions public, or it becomes a rubber
stamp. It needs the cooperation of the police, who must explain their requests in detail.

described_because: The board's rules of procedure, its assessment template and all its
opinions are published.

plausible_because: Reviewing each camera against its purpose avoids installations that do not
work and preserves the legitimacy of those that do, as research on CCTV recommends.
""",
        },
    },
    {
        "key": "youth-council",
        "original": "en",
        "cities": ("warsaw", "gdansk", "wroclaw", "thessaloniki", "birmingham"),
        "adapted_by": (),
        "themes": ("youth", "social-cohesion"),
        "started_in": 2021,
        "ended_in": None,
        "evidence": 1,
        "members_only": False,
        "texts": {
            "en": """
A youth council for prevention in {city}

summary: Thirty young people aged fifteen to twenty-four, elected in schools and youth clubs,
advise the city on prevention: they review its plans, run their own projects with a small
budget, and meet the mayor and the police twice a year.

problem: The city's prevention plans were written about young people but never with them.
Many young people saw the police and the city only as sources of control, and the
activities offered to them were poorly attended.

objectives: Involve young people in designing the prevention policies that concern them.
Build trust between young people, the police and the city. Support young people's own ideas
for safer neighbourhoods.

actions: The council is elected every two years. It meets monthly, with support from two
youth workers, and gives an opinion on every prevention measure aimed at young people.

Each year it runs its own projects with a budget of 25,000 euros: so far, a campaign
against harassment on public transport, a football tournament with police officers and a
map of the places young people find unsafe.

participation: Schools, youth clubs and the police are partners; the council reports to the
city council each year.

resources: Two part-time youth workers, the council's project budget and training for the
young members in public speaking and project management.

results: The council has given opinions on eleven measures, and the city changed six of them
as a result. Its own projects reached about 3,000 young people. An evaluation is under way.

transfer: Young people must see that their opinions change things, or they leave. Support by
youth workers is essential, as is a budget they really control.

described_because: The council's statutes, election rules and annual reports describe how it
works and what it has done.
""",
        },
    },
    {
        "key": "online-harassment-support",
        "original": "en",
        "cities": ("gothenburg", "trondheim", "groningen", "sheffield", "belfast"),
        "adapted_by": (),
        "themes": ("online-safety", "youth"),
        "started_in": 2022,
        "ended_in": None,
        "evidence": 0,
        "members_only": False,
        "texts": {
            "en": """
Help against online harassment for the pupils of {city}

summary: Pupils who are harassed, threatened or shamed online can turn to trained older
pupils and a team at the city, by chat or in person, to get the content removed, keep
evidence and decide whether to report it. Schools run workshops on online safety for every
year group.

problem: Teachers and parents were seeing more cases of online harassment, sharing of
intimate images and threats between pupils. Victims rarely spoke to adults, for fear of
losing their phone or making things worse, and the content kept spreading.

objectives: Give young people someone they trust to turn to quickly. Get harmful content
removed and protect victims. Teach every pupil how to react, as a target or as a witness.

actions: In each secondary school, a dozen volunteer pupils are trained as peer supporters.
A chat line run by the city's youth services answers in the evenings and at weekends. The
team helps victims to report content to platforms, to keep screenshots and, where a crime
may have been committed, to go to the police with an adult.

Workshops in every class show how harassment spreads and what witnesses can do.

participation: Schools, the youth services, the police, a children's rights organisation and
two platforms that have agreed to handle the team's reports quickly.

resources: Three youth workers at the city, training for peer supporters and teachers, and
the chat software, at about 150,000 euros a year.

results: In its first year, the chat line answered 600 conversations, and the team had
content removed in most of the cases it reported. The method has not yet been described in
detail or evaluated.

transfer: Agreements with the platforms make a real difference to how fast content comes
down. Peer supporters need regular supervision by adults.
""",
        },
    },
)
