"""The demo events: the events page and 25 events in six languages, past and upcoming.

Dates are set from today at every run, so that the demo always has events to come: an event
is matched by its English slug and updated, never doubled. The host city's member authority
organises a visit or a conference, other demo members are partners; a full study visit shows
the waiting list.
"""

import datetime
import random
import zoneinfo
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from events.models import EventIndexPage, EventPage, Registration
from members.models import MemberAuthority
from pages.bulk import add_live_children
from pages.caching import empty_page_cache
from pages.demo.builder import translated, upsert_page
from themes.models import Theme

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
SEED = 2027
SLUG_LENGTH = 80
ONLINE_ZONE = "Europe/Brussels"

INDEX = {
    "title": {
        "en": "Events",
        "fr": "Événements",
        "de": "Veranstaltungen",
        "it": "Eventi",
        "es": "Eventos",
        "pt": "Eventos",
    },
    "slug": {
        "en": "events",
        "fr": "evenements",
        "de": "veranstaltungen",
        "it": "eventi",
        "es": "eventos",
        "pt": "eventos",
    },
    "intro": {
        "en": "Conferences, webinars, study visits and meetings where the cities and regions "
        "of the network meet, learn from each other and prepare their common work.",
        "fr": "Conférences, webinaires, visites d’étude et réunions où les villes et régions du "
        "réseau se rencontrent, apprennent les unes des autres et préparent leur travail commun.",
        "de": "Konferenzen, Webinare, Studienbesuche und Sitzungen, bei denen sich die Städte "
        "und Regionen des Netzwerks treffen, voneinander lernen und ihre gemeinsame Arbeit "
        "vorbereiten.",
        "it": "Conferenze, webinar, visite di studio e riunioni in cui le città e le regioni "
        "della rete si incontrano, imparano le une dalle altre e preparano il lavoro comune.",
        "es": "Conferencias, seminarios web, visitas de estudio y reuniones en las que las "
        "ciudades y regiones de la red se encuentran, aprenden unas de otras y preparan su "
        "trabajo común.",
        "pt": "Conferências, webinars, visitas de estudo e reuniões em que as cidades e regiões "
        "da rede se encontram, aprendem umas com as outras e preparam o seu trabalho comum.",
    },
}

# Where events take place: the city's name in each language, its country, its time zone and
# the name the demo members give it (its authority organises what happens there).
CITIES = {
    "lisbon": ("PT", "Europe/Lisbon", "Lisbon", "Lisbon Lisbonne Lissabon Lisbona Lisboa Lisboa"),
    "athens": ("GR", "Europe/Athens", "Athens", "Athens Athènes Athen Atene Atenas Atenas"),
    "barcelona": (
        "ES",
        "Europe/Madrid",
        "Barcelona",
        "Barcelona Barcelone Barcelona Barcellona Barcelona Barcelona",
    ),
    "rotterdam": ("NL", "Europe/Amsterdam", "Rotterdam", "Rotterdam " * 6),
    "liege": ("BE", "Europe/Brussels", "Liège", "Liège Liège Lüttich Liegi Lieja Liège"),
    "turin": ("IT", "Europe/Rome", "Turin", "Turin Turin Turin Torino Turín Turim"),
    "nantes": ("FR", "Europe/Paris", "Nantes", "Nantes " * 6),
    "bologna": ("IT", "Europe/Rome", "Bologna", "Bologna Bologne Bologna Bologna Bolonia Bolonha"),
    "brussels": (
        "BE",
        "Europe/Brussels",
        "Brussels",
        "Brussels Bruxelles Brüssel Bruxelles Bruselas Bruxelas",
    ),
    "paris": ("FR", "Europe/Paris", "Paris", "Paris Paris Paris Parigi París Paris"),
    "vienna": ("AT", "Europe/Vienna", "Vienna", "Vienna Vienne Wien Vienna Viena Viena"),
    "porto": ("PT", "Europe/Lisbon", "Porto", "Porto " * 6),
}

CITY_HALL = {
    "en": "City hall",
    "fr": "Hôtel de ville",
    "de": "Rathaus",
    "it": "Municipio",
    "es": "Ayuntamiento",
    "pt": "Câmara Municipal",
}
CONGRESS_CENTRE = {
    "en": "Congress centre",
    "fr": "Centre des congrès",
    "de": "Kongresszentrum",
    "it": "Centro congressi",
    "es": "Palacio de congresos",
    "pt": "Centro de congressos",
}

# What each kind of event says, with {city}, {topic} or {theme} filled in.
CONFERENCE = {
    "title": {
        "en": "Efus annual conference in {city}",
        "fr": "Conférence annuelle de l’Efus à {city}",
        "de": "Jahreskonferenz des Efus in {city}",
        "it": "Conferenza annuale dell’Efus a {city}",
        "es": "Conferencia anual del Efus en {city}",
        "pt": "Conferência anual do Efus em {city}",
    },
    "intro": {
        "en": "Two days in {city} for mayors, elected officials, police and prevention "
        "practitioners of the network to compare what works in urban security.",
        "fr": "Deux jours à {city} pour que maires, élus, policiers et professionnels de la "
        "prévention du réseau comparent ce qui fonctionne en matière de sécurité urbaine.",
        "de": "Zwei Tage in {city}: Bürgermeisterinnen und Bürgermeister, Ratsmitglieder, "
        "Polizei und Fachleute der Prävention vergleichen, was in der urbanen Sicherheit wirkt.",
        "it": "Due giorni a {city} in cui sindaci, amministratori, polizie locali e operatori "
        "della prevenzione della rete confrontano ciò che funziona nella sicurezza urbana.",
        "es": "Dos días en {city} para que alcaldes, cargos electos, policías y profesionales "
        "de la prevención de la red comparen lo que funciona en seguridad urbana.",
        "pt": "Dois dias em {city} para que autarcas, eleitos, polícias e profissionais da "
        "prevenção da rede comparem o que funciona em segurança urbana.",
    },
    "body": {
        "en": "Plenary sessions open each morning. In the afternoon, workshops go into the "
        "themes the network works on, with cities presenting their own projects and what they "
        "learned from them. Interpretation is provided in the languages of the conference.",
        "fr": "Des séances plénières ouvrent chaque matinée. L’après-midi, des ateliers "
        "approfondissent les thèmes de travail du réseau : des villes y présentent leurs "
        "projets et ce qu’elles en ont appris. L’interprétation est assurée dans les langues "
        "de la conférence.",
        "de": "Jeden Morgen beginnt mit einer Plenarsitzung. Am Nachmittag vertiefen Workshops "
        "die Themen des Netzwerks: Städte stellen ihre Projekte vor und berichten, was sie "
        "daraus gelernt haben. In die Sprachen der Konferenz wird gedolmetscht.",
        "it": "Ogni mattina si apre con una sessione plenaria. Il pomeriggio, i laboratori "
        "approfondiscono i temi della rete: le città presentano i loro progetti e ciò che ne "
        "hanno imparato. È prevista l’interpretazione nelle lingue della conferenza.",
        "es": "Cada mañana empieza con una sesión plenaria. Por la tarde, los talleres "
        "profundizan en los temas de la red: las ciudades presentan sus proyectos y lo que "
        "han aprendido de ellos. Hay interpretación en los idiomas de la conferencia.",
        "pt": "Cada manhã abre com uma sessão plenária. À tarde, os workshops aprofundam os "
        "temas da rede: as cidades apresentam os seus projetos e o que aprenderam com eles. "
        "Há interpretação nas línguas da conferência.",
    },
}
WEBINAR = {
    "title": {
        "en": "Webinar: {topic}",
        "fr": "Webinaire : {topic}",
        "de": "Webinar: {topic}",
        "it": "Webinar: {topic}",
        "es": "Seminario web: {topic}",
        "pt": "Webinar: {topic}",
    },
    "intro": {
        "en": "Ninety minutes online with cities that have tried it: short presentations, "
        "then questions from participants.",
        "fr": "Quatre-vingt-dix minutes en ligne avec des villes qui l’ont expérimenté : de "
        "courtes présentations, puis les questions des participants.",
        "de": "Neunzig Minuten online mit Städten, die es erprobt haben: kurze Vorträge, dann "
        "Fragen der Teilnehmenden.",
        "it": "Novanta minuti online con le città che l’hanno sperimentato: brevi "
        "presentazioni, poi le domande dei partecipanti.",
        "es": "Noventa minutos en línea con ciudades que lo han puesto en práctica: breves "
        "presentaciones y, después, preguntas de los participantes.",
        "pt": "Noventa minutos online com cidades que já o experimentaram: apresentações curtas "
        "e, depois, perguntas dos participantes.",
    },
    "body": {
        "en": "The webinar belongs to the network’s work on nightlife. Speakers from member "
        "cities explain what they did, what it cost and what they would do differently; the "
        "recording is shared with participants afterwards.",
        "fr": "Le webinaire fait partie du travail du réseau sur la vie nocturne. Des "
        "intervenants de villes membres expliquent ce qu’ils ont fait, ce que cela a coûté et "
        "ce qu’ils feraient autrement ; l’enregistrement est ensuite envoyé aux participants.",
        "de": "Das Webinar gehört zur Arbeit des Netzwerks zum Nachtleben. Fachleute aus "
        "Mitgliedsstädten berichten, was sie getan haben, was es gekostet hat und was sie "
        "anders machen würden; die Aufzeichnung erhalten die Teilnehmenden danach.",
        "it": "Il webinar fa parte del lavoro della rete sulla vita notturna. Relatori delle "
        "città membri spiegano cosa hanno fatto, quanto è costato e cosa farebbero in modo "
        "diverso; la registrazione viene poi inviata ai partecipanti.",
        "es": "El seminario web forma parte del trabajo de la red sobre el ocio nocturno. "
        "Ponentes de ciudades miembros explican qué hicieron, cuánto costó y qué harían de otra "
        "manera; la grabación se envía después a los participantes.",
        "pt": "O webinar faz parte do trabalho da rede sobre a vida noturna. Oradores de "
        "cidades membros explicam o que fizeram, quanto custou e o que fariam de outra forma; "
        "a gravação é depois enviada aos participantes.",
    },
}
STUDY_VISIT = {
    "title": {
        "en": "Study visit to {city}",
        "fr": "Visite d’étude à {city}",
        "de": "Studienbesuch in {city}",
        "it": "Visita di studio a {city}",
        "es": "Visita de estudio a {city}",
        "pt": "Visita de estudo a {city}",
    },
    "intro": {
        "en": "On the ground in {city}, members meet the teams in charge and see their work "
        "first-hand. Focus of the visit: {topic}.",
        "fr": "Sur le terrain à {city}, les membres rencontrent les équipes en charge et "
        "voient leur travail de près. Thème de la visite : {topic}.",
        "de": "Vor Ort in {city} treffen die Mitglieder die zuständigen Teams und sehen ihre "
        "Arbeit aus der Nähe. Schwerpunkt des Besuchs: {topic}.",
        "it": "Sul posto a {city}, i membri incontrano i gruppi responsabili e ne osservano il "
        "lavoro da vicino. Tema della visita: {topic}.",
        "es": "Sobre el terreno en {city}, los miembros conocen a los equipos responsables y "
        "ven su trabajo de cerca. Tema de la visita: {topic}.",
        "pt": "No terreno, em {city}, os membros encontram as equipas responsáveis e veem o "
        "seu trabalho de perto. Tema da visita: {topic}.",
    },
    "body": {
        "en": "The programme alternates visits of services and projects with working sessions "
        "where the hosts answer questions. Places are limited; travel and accommodation are "
        "paid by the participants’ authorities.",
        "fr": "Le programme alterne visites de services et de projets et séances de travail "
        "où les hôtes répondent aux questions. Les places sont limitées ; le voyage et "
        "l’hébergement sont à la charge des collectivités des participants.",
        "de": "Das Programm wechselt zwischen Besuchen von Diensten und Projekten und "
        "Arbeitssitzungen, in denen die Gastgeber Fragen beantworten. Die Plätze sind begrenzt; "
        "Reise und Unterkunft tragen die Behörden der Teilnehmenden.",
        "it": "Il programma alterna visite a servizi e progetti e sessioni di lavoro in cui "
        "chi ospita risponde alle domande. I posti sono limitati; viaggio e alloggio sono a "
        "carico degli enti dei partecipanti.",
        "es": "El programa alterna visitas a servicios y proyectos con sesiones de trabajo en "
        "las que los anfitriones responden a las preguntas. Las plazas son limitadas; el viaje "
        "y el alojamiento corren a cargo de las instituciones de los participantes.",
        "pt": "O programa alterna visitas a serviços e projetos com sessões de trabalho em que "
        "os anfitriões respondem às perguntas. Os lugares são limitados; a viagem e o "
        "alojamento ficam a cargo das entidades dos participantes.",
    },
}
WORKING_GROUP = {
    "title": {
        "en": "Working group meeting: {theme}",
        "fr": "Réunion du groupe de travail : {theme}",
        "de": "Sitzung der Arbeitsgruppe: {theme}",
        "it": "Riunione del gruppo di lavoro: {theme}",
        "es": "Reunión del grupo de trabajo: {theme}",
        "pt": "Reunião do grupo de trabalho: {theme}",
    },
    "intro": {
        "en": "The members of the working group take stock of their projects and prepare the "
        "network’s next publication on the subject.",
        "fr": "Les membres du groupe de travail font le point sur leurs projets et préparent "
        "la prochaine publication du réseau sur le sujet.",
        "de": "Die Mitglieder der Arbeitsgruppe ziehen Bilanz ihrer Projekte und bereiten die "
        "nächste Veröffentlichung des Netzwerks zum Thema vor.",
        "it": "I membri del gruppo di lavoro fanno il punto sui loro progetti e preparano la "
        "prossima pubblicazione della rete sul tema.",
        "es": "Los miembros del grupo de trabajo hacen balance de sus proyectos y preparan la "
        "próxima publicación de la red sobre el tema.",
        "pt": "Os membros do grupo de trabalho fazem o balanço dos seus projetos e preparam a "
        "próxima publicação da rede sobre o tema.",
    },
    "body": {
        "en": "The meeting is open to the staff of member authorities who take part in the "
        "working group. Each city brings one practice to discuss; the Efus team sends the "
        "minutes within two weeks.",
        "fr": "La réunion est ouverte aux agents des collectivités membres qui participent au "
        "groupe de travail. Chaque ville apporte une pratique à discuter ; l’équipe de l’Efus "
        "envoie le compte rendu sous deux semaines.",
        "de": "Die Sitzung steht den Mitarbeitenden der Mitgliedsbehörden offen, die in der "
        "Arbeitsgruppe mitwirken. Jede Stadt bringt eine Praxis zur Diskussion mit; das "
        "Efus-Team verschickt das Protokoll innerhalb von zwei Wochen.",
        "it": "La riunione è aperta al personale degli enti membri che partecipano al gruppo "
        "di lavoro. Ogni città porta una pratica da discutere; il gruppo dell’Efus invia il "
        "verbale entro due settimane.",
        "es": "La reunión está abierta al personal de las instituciones miembros que "
        "participan en el grupo de trabajo. Cada ciudad aporta una práctica para debatir; el "
        "equipo del Efus envía el acta en un plazo de dos semanas.",
        "pt": "A reunião está aberta ao pessoal das entidades membros que participam no grupo "
        "de trabalho. Cada cidade traz uma prática para discutir; a equipa do Efus envia a ata "
        "no prazo de duas semanas.",
    },
}
GENERAL_ASSEMBLY = {
    "title": {
        "en": "General assembly of Efus in {city}",
        "fr": "Assemblée générale de l’Efus à {city}",
        "de": "Generalversammlung des Efus in {city}",
        "it": "Assemblea generale dell’Efus a {city}",
        "es": "Asamblea general del Efus en {city}",
        "pt": "Assembleia geral do Efus em {city}",
    },
    "intro": {
        "en": "Member authorities vote on the activity report, the accounts and the network’s "
        "priorities for the coming year.",
        "fr": "Les collectivités membres votent le rapport d’activité, les comptes et les "
        "priorités du réseau pour l’année à venir.",
        "de": "Die Mitgliedsbehörden stimmen über den Tätigkeitsbericht, den Abschluss und die "
        "Schwerpunkte des Netzwerks für das kommende Jahr ab.",
        "it": "Gli enti membri votano la relazione di attività, i conti e le priorità della "
        "rete per l’anno a venire.",
        "es": "Las instituciones miembros votan el informe de actividad, las cuentas y las "
        "prioridades de la red para el año próximo.",
        "pt": "As entidades membros votam o relatório de atividades, as contas e as "
        "prioridades da rede para o ano seguinte.",
    },
    "body": {
        "en": "Each member authority has one vote. Members who cannot attend may give a proxy "
        "to another member; the documents are sent a month before the assembly.",
        "fr": "Chaque collectivité membre dispose d’une voix. Un membre empêché peut donner "
        "procuration à un autre membre ; les documents sont envoyés un mois avant l’assemblée.",
        "de": "Jede Mitgliedsbehörde hat eine Stimme. Wer nicht teilnehmen kann, kann ein "
        "anderes Mitglied bevollmächtigen; die Unterlagen werden einen Monat vorher verschickt.",
        "it": "Ogni ente membro dispone di un voto. Chi non può partecipare può delegare un "
        "altro membro; i documenti sono inviati un mese prima dell’assemblea.",
        "es": "Cada institución miembro tiene un voto. Quien no pueda asistir puede delegar en "
        "otro miembro; los documentos se envían un mes antes de la asamblea.",
        "pt": "Cada entidade membro tem um voto. Quem não puder estar presente pode delegar "
        "noutro membro; os documentos são enviados um mês antes da assembleia.",
    },
}

# The topics of the webinars and the focus of the study visits.
TOPICS = {
    "night-mayors": {
        "en": "night mayors and night councils",
        "fr": "maires de nuit et conseils de la nuit",
        "de": "Nachtbürgermeister und Nachträte",
        "it": "sindaci della notte e consigli della notte",
        "es": "alcaldes de la noche y consejos nocturnos",
        "pt": "presidentes da noite e conselhos da noite",
    },
    "festivals": {
        "en": "harm reduction at festivals",
        "fr": "réduction des risques dans les festivals",
        "de": "Schadensminderung auf Festivals",
        "it": "riduzione del danno nei festival",
        "es": "reducción de riesgos en los festivales",
        "pt": "redução de riscos nos festivais",
    },
    "night-transport": {
        "en": "getting home safely by public transport at night",
        "fr": "rentrer en sécurité en transports publics la nuit",
        "de": "nachts sicher mit Bus und Bahn nach Hause",
        "it": "tornare a casa sicuri con i mezzi pubblici di notte",
        "es": "volver a casa seguros en transporte público de noche",
        "pt": "voltar para casa em segurança de transportes públicos à noite",
    },
    "noise": {
        "en": "noise, neighbours and night-time venues",
        "fr": "bruit, riverains et établissements de nuit",
        "de": "Lärm, Anwohner und Nachtlokale",
        "it": "rumore, residenti e locali notturni",
        "es": "ruido, vecinos y locales nocturnos",
        "pt": "ruído, vizinhos e espaços noturnos",
    },
    "women-at-night": {
        "en": "women’s safety in the night-time economy",
        "fr": "la sécurité des femmes dans la vie nocturne",
        "de": "die Sicherheit von Frauen im Nachtleben",
        "it": "la sicurezza delle donne nella vita notturna",
        "es": "la seguridad de las mujeres en el ocio nocturno",
        "pt": "a segurança das mulheres na vida noturna",
    },
    "drink-spiking": {
        "en": "drink spiking, and how to help victims",
        "fr": "la soumission chimique, et comment aider les victimes",
        "de": "K.-o.-Tropfen und wie man Betroffenen hilft",
        "it": "le sostanze nei drink, e come aiutare le vittime",
        "es": "la sumisión química, y cómo ayudar a las víctimas",
        "pt": "as drogas na bebida, e como ajudar as vítimas",
    },
    "community-policing": {
        "en": "community policing",
        "fr": "la police de proximité",
        "de": "bürgernahe Polizeiarbeit",
        "it": "la polizia di prossimità",
        "es": "la policía de proximidad",
        "pt": "o policiamento de proximidade",
    },
    "public-spaces": {
        "en": "safety in public spaces",
        "fr": "la sécurité dans les espaces publics",
        "de": "Sicherheit im öffentlichen Raum",
        "it": "la sicurezza negli spazi pubblici",
        "es": "la seguridad en los espacios públicos",
        "pt": "a segurança nos espaços públicos",
    },
    "night-economy": {
        "en": "the night-time economy",
        "fr": "l’économie de la nuit",
        "de": "die Nachtökonomie",
        "it": "l’economia della notte",
        "es": "la economía nocturna",
        "pt": "a economia noturna",
    },
    "youth-violence": {
        "en": "preventing youth violence",
        "fr": "la prévention de la violence des jeunes",
        "de": "Prävention von Jugendgewalt",
        "it": "la prevenzione della violenza giovanile",
        "es": "la prevención de la violencia juvenil",
        "pt": "a prevenção da violência juvenil",
    },
    "drug-policy": {
        "en": "drug policy and harm reduction",
        "fr": "la politique des drogues et la réduction des risques",
        "de": "Drogenpolitik und Schadensminderung",
        "it": "la politica sulle droghe e la riduzione del danno",
        "es": "la política de drogas y la reducción de riesgos",
        "pt": "a política de drogas e a redução de riscos",
    },
    "victims": {
        "en": "supporting victims of crime",
        "fr": "l’aide aux victimes",
        "de": "Unterstützung von Opfern von Straftaten",
        "it": "il sostegno alle vittime di reato",
        "es": "la atención a las víctimas",
        "pt": "o apoio às vítimas de crime",
    },
    "partnerships": {
        "en": "local safety partnerships",
        "fr": "les partenariats locaux de sécurité",
        "de": "lokale Sicherheitspartnerschaften",
        "it": "i partenariati locali per la sicurezza",
        "es": "las alianzas locales de seguridad",
        "pt": "as parcerias locais de segurança",
    },
}

Kind = EventPage.Kind


@dataclass(frozen=True)
class Demo:
    """One demo event: what it is, where, when (days from today, local start time, hours it
    lasts) and what it links to."""

    texts: dict
    kind: str
    days_from_today: int
    starts: tuple[int, int]
    hours: float
    city: str = ""  # a key of CITIES; none: online
    topic: str = ""  # a key of TOPICS
    theme: str = ""  # a theme's slug, named in the title (working groups)
    themes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en", "fr")
    capacity: int | None = None
    registration_open: bool = False
    registrants: int = 0
    venue: dict = field(default_factory=lambda: CITY_HALL)


EVENTS = [
    Demo(CONFERENCE, Kind.CONFERENCE, -400, (9, 0), 32.5, city="lisbon",
         themes=("public-spaces", "youth", "social-cohesion"), languages=("en", "fr", "pt"),
         venue=CONGRESS_CENTRE),
    Demo(CONFERENCE, Kind.CONFERENCE, -35, (9, 0), 32.5, city="athens",
         themes=("prevention-of-radicalisation", "victims", "urban-technology"),
         languages=("en", "fr", "de"), venue=CONGRESS_CENTRE),
    Demo(CONFERENCE, Kind.CONFERENCE, 150, (9, 30), 32, city="barcelona",
         themes=("nightlife", "gender-based-violence", "online-safety"),
         languages=("en", "fr", "es"), capacity=250, registration_open=True, registrants=4,
         venue=CONGRESS_CENTRE),
    Demo(GENERAL_ASSEMBLY, Kind.MEETING, -380, (14, 0), 4, city="paris",
         languages=("en", "fr", "de", "it", "es", "pt")),
    Demo(GENERAL_ASSEMBLY, Kind.MEETING, 40, (14, 0), 4, city="brussels",
         languages=("en", "fr", "de", "it", "es", "pt"), registration_open=True, registrants=3),
    Demo(WEBINAR, Kind.WEBINAR, -250, (14, 0), 1.5, topic="night-mayors",
         themes=("nightlife",), languages=("en",)),
    Demo(WEBINAR, Kind.WEBINAR, -120, (14, 0), 1.5, topic="festivals",
         themes=("nightlife", "drugs-and-addictions"), languages=("en", "fr")),
    Demo(WEBINAR, Kind.WEBINAR, -20, (11, 0), 1.5, topic="night-transport",
         themes=("nightlife", "public-spaces"), languages=("en",)),
    Demo(WEBINAR, Kind.WEBINAR, 12, (14, 0), 1.5, topic="noise",
         themes=("nightlife",), languages=("en", "fr"), registration_open=True, registrants=2),
    Demo(WEBINAR, Kind.WEBINAR, 45, (14, 0), 1.5, topic="women-at-night",
         themes=("nightlife", "gender-based-violence"), languages=("en", "es")),
    Demo(WEBINAR, Kind.WEBINAR, 95, (10, 0), 1.5, topic="drink-spiking",
         themes=("nightlife", "victims"), languages=("en", "it")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, -300, (9, 30), 30.5, city="porto",
         topic="community-policing", themes=("public-spaces",), languages=("en", "pt")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, -180, (9, 30), 30.5, city="liege",
         topic="drug-policy", themes=("drugs-and-addictions",), languages=("en", "fr")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, -90, (9, 30), 30.5, city="nantes",
         topic="partnerships", themes=("social-cohesion",), languages=("en", "fr")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, -50, (9, 30), 30.5, city="lisbon",
         topic="public-spaces", themes=("public-spaces",), languages=("en", "pt")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, 25, (9, 30), 30.5, city="rotterdam",
         topic="youth-violence", themes=("youth",), languages=("en",), capacity=3,
         registration_open=True, registrants=5),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, 70, (9, 30), 30.5, city="turin",
         topic="victims", themes=("victims",), languages=("en", "it")),
    Demo(STUDY_VISIT, Kind.STUDY_VISIT, 120, (9, 30), 30.5, city="barcelona",
         topic="night-economy", themes=("nightlife",), languages=("en", "es")),
    Demo(WORKING_GROUP, Kind.MEETING, -230, (10, 0), 6.5, city="brussels",
         theme="prevention-of-radicalisation", languages=("en", "fr")),
    Demo(WORKING_GROUP, Kind.MEETING, -140, (10, 0), 6.5, theme="online-safety",
         languages=("en",)),
    Demo(WORKING_GROUP, Kind.MEETING, -60, (10, 0), 6.5, city="vienna",
         theme="drugs-and-addictions", languages=("en", "de")),
    Demo(WORKING_GROUP, Kind.MEETING, -8, (10, 0), 6.5, city="bologna",
         theme="gender-based-violence", languages=("en", "it")),
    Demo(WORKING_GROUP, Kind.MEETING, 18, (10, 0), 6.5, theme="urban-technology",
         languages=("en",)),
    Demo(WORKING_GROUP, Kind.MEETING, 60, (10, 0), 6.5, city="paris", theme="youth",
         languages=("en", "fr"), capacity=20, registration_open=True, registrants=6),
    Demo(WORKING_GROUP, Kind.MEETING, 200, (10, 0), 6.5, city="athens", theme="victims",
         languages=("en", "fr")),
]  # fmt: skip

REGISTRANTS = [
    ("Ana Ferreira", "Câmara Municipal de Lisboa", "pt"),
    ("Jan de Vries", "Gemeente Rotterdam", "en"),
    ("Claire Martin", "Ville de Nantes", "fr"),
    ("Giulia Rossi", "Città di Torino", "it"),
    ("Lukas Becker", "Stadt Köln", "de"),
    ("Marta García", "Ajuntament de Barcelona", "es"),
]


def city_names(city: str) -> dict[str, str]:
    return dict(zip(LANGUAGES, CITIES[city][3].split(), strict=True))


def theme_name(theme: Theme, language: str) -> str:
    return getattr(theme, f"name_{language}") or theme.name_en


def texts_of(demo: Demo, themes: dict[str, Theme]) -> dict[str, dict[str, str]]:
    """Title, intro and body of ``demo`` in every language."""
    texts = {}
    for language in LANGUAGES:
        words = {
            "city": city_names(demo.city)[language] if demo.city else "",
            "topic": TOPICS[demo.topic][language] if demo.topic else "",
            "theme": theme_name(themes[demo.theme], language) if demo.theme in themes else "",
        }
        title = demo.texts["title"][language].format(**words)
        if demo.kind == Kind.WEBINAR:  # "Webinar: night mayors…" → "Webinar: Night mayors…"
            head, _sep, topic = title.partition(": ")
            title = f"{head}: {topic[:1].upper()}{topic[1:]}" if topic else title
        texts[language] = {
            "title": title,
            "intro": demo.texts["intro"][language].format(**words),
            "body": demo.texts["body"][language],
        }
    return texts


def slug_of(title: str) -> str:
    slug = slugify(title)
    return slug if len(slug) <= SLUG_LENGTH else slug[:SLUG_LENGTH].rsplit("-", 1)[0]


def planned_event(demo: Demo, themes: dict[str, Theme], today: datetime.date) -> EventPage:
    texts = texts_of(demo, themes)
    country, zone, _member_city, _names = CITIES[demo.city] if demo.city else ("", "", "", "")
    zone = zoneinfo.ZoneInfo(zone or ONLINE_ZONE)
    day = today + datetime.timedelta(days=demo.days_from_today)
    starts_at = datetime.datetime.combine(day, datetime.time(*demo.starts), tzinfo=zone)
    event = EventPage(
        kind=demo.kind,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=demo.hours),
        time_zone=zone.key,
        is_online=not demo.city,
        city=city_names(demo.city)["en"] if demo.city else "",
        country=country,
        languages=list(demo.languages),
        registration_open=demo.registration_open,
        capacity=demo.capacity,
        show_in_menus=False,
        **(translated("venue", demo.venue) if demo.city else {}),
    )
    for language, text in texts.items():
        setattr(event, f"title_{language}", text["title"])
        setattr(event, f"slug_{language}", slug_of(text["title"]))
        setattr(event, f"intro_{language}", text["intro"])
        setattr(event, f"search_description_{language}", text["intro"])
        body = [{"type": "paragraph", "value": f"<p>{text['body']}</p>"}]
        setattr(event, f"body_{language}", body)
    event.title, event.slug = event.title_en, event.slug_en
    return event


# Fields a rerun brings up to date on an event that exists already.
UPDATED_FIELDS = [
    "kind", "starts_at", "ends_at", "time_zone", "is_online", "city", "country", "languages",
    "registration_open", "capacity", "title", "slug",
    *(f"{name}_{code}" for name in ("title", "slug", "intro", "search_description", "body",
                                    "venue") for code in LANGUAGES),
]  # fmt: skip


def save_events(index: EventIndexPage, planned: list[EventPage]) -> list[EventPage]:
    """Add the new events under ``index`` in bulk, update those there already; all of
    them, in the order of ``planned``."""
    existing = {page.slug_en: page for page in EventPage.objects.child_of(index)}
    new = [event for event in planned if event.slug_en not in existing]
    add_live_children(index, new)
    saved = []
    for event in planned:
        page = existing.get(event.slug_en)
        if page is not None:
            for name in UPDATED_FIELDS:
                setattr(page, name, getattr(event, name))
            page.save()
        saved.append(page or event)
    return saved


def link(relation, events: list[EventPage], rows: list[tuple[EventPage, object]]) -> None:
    """Make ``rows`` (event, related row) the links of ``relation`` for ``events``."""
    through = relation.through
    target = next(f.name for f in through._meta.fields if f.name not in ("id", "eventpage"))
    through.objects.filter(eventpage__in=[event.pk for event in events]).delete()
    through.objects.bulk_create([through(eventpage=event, **{target: row}) for event, row in rows])


def relate(events: list[EventPage], themes: dict[str, Theme]) -> None:
    """Themes, organisers (the host city's authority), partners and projects."""
    rng = random.Random(SEED)  # noqa: S311 - illustrative data, not security
    members = list(MemberAuthority.objects.active().order_by("slug"))
    hosts = {member.city: member for member in members}
    theme_rows, organiser_rows, partner_rows = [], [], []
    for demo, event in zip(EVENTS, events, strict=True):
        slugs = demo.themes or (demo.theme,)
        theme_rows += [(event, themes[slug]) for slug in slugs if slug in themes]
        host = hosts.get(CITIES[demo.city][2]) if demo.city else None
        if host is not None:
            organiser_rows.append((event, host))
        others = [member for member in members if member != host]
        partner_rows += [(event, member) for member in rng.sample(others, min(2, len(others)))]
    link(EventPage.themes, events, theme_rows)
    link(EventPage.organisers, events, organiser_rows)
    link(EventPage.partners, events, partner_rows)
    link_projects(events)


def link_projects(events: list[EventPage]) -> None:
    """A few webinars and working-group meetings belong to a European project, when the demo
    has projects."""
    if not apps.is_installed("projects"):
        return
    projects = list(apps.get_model("projects", "ProjectPage").objects.live().order_by("path"))
    if not projects:
        return
    linked = [
        event
        for demo, event in zip(EVENTS, events, strict=True)
        if demo.texts in (WEBINAR, WORKING_GROUP)
    ]
    for number, event in enumerate(linked[::2]):
        EventPage.objects.filter(pk=event.pk).update(project=projects[number % len(projects)])


def register_people(events: list[EventPage]) -> None:
    """A few registrations where registration is open: the full study visit gets more people
    than places, which puts the last ones on the waiting list."""
    for demo, event in zip(EVENTS, events, strict=True):
        for number in range(demo.registrants):
            name, organisation, language = REGISTRANTS[number % len(REGISTRANTS)]
            email = f"{slugify(name)}.{number}@example.org"
            if not Registration.objects.filter(event=event).with_email(email).exists():
                Registration.register(
                    event, name=name, organisation=organisation, email=email, language=language
                )


@transaction.atomic
def build_demo_events(home) -> None:
    """The events page and its 25 events, their themes, authorities and registrations."""
    index = upsert_page(home, EventIndexPage, {**INDEX, "search_description": INDEX["intro"]})
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    today = timezone.localdate()
    events = save_events(index, [planned_event(demo, themes, today) for demo in EVENTS])
    relate(events, themes)
    register_people(events)
    empty_page_cache()
