"""Demo data for the library, in six languages: the page, the words titles and summaries are
made of, and the labels printed on covers and files.

The publications are illustrative: titles and summaries are composed from a topic of a theme
(``themes.demo.content``), a city (``pages.demo.cities``) and a frame of the kind of
publication; the facts about Efus come from its own description.
"""

from pages.demo.content import SITE_SETTINGS

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

SEED = 2026
YEARS = 15  # publications span the last fifteen years
DOWNLOAD_DAYS = 548  # downloads span the last eighteen months
DOWNLOAD_COUNT = 420
MEMBERS_ONLY_COUNT = 40
AUTHORS_SHARE = 0.4

# How many publications of each kind are written on a theme; the manifesto and the yearly
# activity reports come on top (2 + 14), for 120 in all.
THEMED_KINDS = {
    "report": 24,
    "practice_sheet": 32,
    "guide": 20,
    "position_paper": 16,
    "proceedings": 12,
}
ACTIVITY_REPORTS = 14
# How many languages a themed publication's files come in, with their weights.
FILE_LANGUAGE_COUNTS = {1: 35, 2: 35, 3: 18, 4: 12}
FILE_LANGUAGE_WEIGHTS = {"en": 60, "fr": 40, "it": 16, "es": 16, "de": 14, "pt": 14}

LIBRARY_PAGE = {
    "title": {
        "en": "Publications",
        "fr": "Publications",
        "de": "Publikationen",
        "it": "Pubblicazioni",
        "es": "Publicaciones",
        "pt": "Publicações",
    },
    "slug": {
        "en": "publications",
        "fr": "publications",
        "de": "publikationen",
        "it": "pubblicazioni",
        "es": "publicaciones",
        "pt": "publicacoes",
    },
    "intro": {
        "en": (
            "Reports, practice sheets, guides and position papers from fifteen years of European "
            "cooperation on urban security, in the languages they were published in."
        ),
        "fr": (
            "Rapports, fiches pratiques, guides et notes de position issus de quinze années de "
            "coopération européenne sur la sécurité urbaine, dans les langues où ils ont paru."
        ),
        "de": (
            "Berichte, Praxisblätter, Leitfäden und Positionspapiere aus fünfzehn Jahren "
            "europäischer Zusammenarbeit für urbane Sicherheit, in den Sprachen, in denen sie "
            "erschienen sind."
        ),
        "it": (
            "Rapporti, schede pratiche, guide e documenti di posizione da quindici anni di "
            "cooperazione europea sulla sicurezza urbana, nelle lingue in cui sono stati "
            "pubblicati."
        ),
        "es": (
            "Informes, fichas prácticas, guías y documentos de posición de quince años de "
            "cooperación europea en seguridad urbana, en los idiomas en que se publicaron."
        ),
        "pt": (
            "Relatórios, fichas práticas, guias e documentos de posição de quinze anos de "
            "cooperação europeia em segurança urbana, nas línguas em que foram publicados."
        ),
    },
    "search_description": {
        "en": (
            "The Efus library: publications on urban security and crime prevention, some open "
            "to all, some reserved for members."
        ),
        "fr": (
            "La bibliothèque de l’Efus : publications sur la sécurité urbaine et la prévention "
            "de la délinquance, les unes ouvertes à tous, les autres réservées aux membres."
        ),
        "de": (
            "Die Bibliothek des Efus: Publikationen zu urbaner Sicherheit und "
            "Kriminalprävention, teils für alle offen, teils den Mitgliedern vorbehalten."
        ),
        "it": (
            "La biblioteca dell’Efus: pubblicazioni sulla sicurezza urbana e sulla prevenzione "
            "della criminalità, alcune aperte a tutti, altre riservate ai membri."
        ),
        "es": (
            "La biblioteca del Efus: publicaciones sobre seguridad urbana y prevención de la "
            "delincuencia, unas abiertas a todos, otras reservadas a los miembros."
        ),
        "pt": (
            "A biblioteca do Efus: publicações sobre segurança urbana e prevenção da "
            "criminalidade, umas abertas a todos, outras reservadas aos membros."
        ),
    },
}

AND = {"en": "and", "fr": "et", "de": "und", "it": "e", "es": "y", "pt": "e"}

# Titles: each kind's frames around a topic. ``{of_city}`` is "de Lyon" / "d’Anvers" in French.
TITLE_FRAMES = {
    "report": (
        {
            "en": "{topic}: a European overview",
            "fr": "{topic} : panorama européen",
            "de": "{topic}: ein europäischer Überblick",
            "it": "{topic}: una panoramica europea",
            "es": "{topic}: panorama europeo",
            "pt": "{topic}: panorama europeu",
        },
        {
            "en": "{topic}: findings from {number} European cities",
            "fr": "{topic} : enseignements de {number} villes européennes",
            "de": "{topic}: Erkenntnisse aus {number} europäischen Städten",
            "it": "{topic}: lezioni da {number} città europee",
            "es": "{topic}: lecciones de {number} ciudades europeas",
            "pt": "{topic}: lições de {number} cidades europeias",
        },
    ),
    "practice_sheet": (
        {
            "en": "{topic}: the experience of {city}",
            "fr": "{topic} : l’expérience {of_city}",
            "de": "{topic}: das Beispiel {city}",
            "it": "{topic}: l’esperienza di {city}",
            "es": "{topic}: la experiencia de {city}",
            "pt": "{topic}: a experiência de {city}",
        },
    ),
    "guide": (
        {
            "en": "{topic}: a guide for local authorities",
            "fr": "{topic} : guide à l’usage des collectivités locales",
            "de": "{topic}: ein Leitfaden für Kommunen",
            "it": "{topic}: guida per gli enti locali",
            "es": "{topic}: guía para las autoridades locales",
            "pt": "{topic}: guia para as autoridades locais",
        },
        {
            "en": "{topic}: a handbook for elected officials",
            "fr": "{topic} : manuel à l’usage des élus",
            "de": "{topic}: ein Handbuch für kommunale Mandatsträger",
            "it": "{topic}: manuale per gli amministratori locali",
            "es": "{topic}: manual para cargos electos locales",
            "pt": "{topic}: manual para eleitos locais",
        },
    ),
    "position_paper": (
        {
            "en": "{topic}: the position of European cities",
            "fr": "{topic} : la position des villes européennes",
            "de": "{topic}: die Position der europäischen Städte",
            "it": "{topic}: la posizione delle città europee",
            "es": "{topic}: la posición de las ciudades europeas",
            "pt": "{topic}: a posição das cidades europeias",
        },
        {
            "en": "{topic}: recommendations of Efus to the European Union",
            "fr": "{topic} : recommandations de l’Efus à l’Union européenne",
            "de": "{topic}: Empfehlungen des Efus an die Europäische Union",
            "it": "{topic}: raccomandazioni dell’Efus all’Unione europea",
            "es": "{topic}: recomendaciones del Efus a la Unión Europea",
            "pt": "{topic}: recomendações do Efus à União Europeia",
        },
    ),
    "proceedings": (
        {
            "en": "{topic}: proceedings of the {city} conference",
            "fr": "{topic} : actes de la conférence {of_city}",
            "de": "{topic}: Tagungsband der Konferenz in {city}",
            "it": "{topic}: atti della conferenza di {city}",
            "es": "{topic}: actas de la conferencia de {city}",
            "pt": "{topic}: atas da conferência de {city}",
        },
    ),
}

ACTIVITY_REPORT_TITLE = {
    "en": "Activity report {year}",
    "fr": "Rapport d’activité {year}",
    "de": "Tätigkeitsbericht {year}",
    "it": "Rapporto di attività {year}",
    "es": "Informe de actividades {year}",
    "pt": "Relatório de atividades {year}",
}

# The first sentence of a summary: what the publication is.
KIND_SENTENCES = {
    "report": {
        "en": (
            "This report takes stock of what European cities and regions have learnt on the "
            "subject, with figures, case studies and recommendations."
        ),
        "fr": (
            "Ce rapport fait le point sur ce que les villes et régions européennes ont appris en "
            "la matière, avec des chiffres, des études de cas et des recommandations."
        ),
        "de": (
            "Dieser Bericht zieht Bilanz aus den Erfahrungen europäischer Städte und Regionen "
            "auf diesem Gebiet, mit Zahlen, Fallstudien und Empfehlungen."
        ),
        "it": (
            "Questo rapporto fa il punto su quanto città e regioni europee hanno imparato in "
            "materia, con dati, casi di studio e raccomandazioni."
        ),
        "es": (
            "Este informe hace balance de lo que las ciudades y regiones europeas han aprendido "
            "en la materia, con cifras, estudios de caso y recomendaciones."
        ),
        "pt": (
            "Este relatório faz o balanço do que as cidades e regiões europeias aprenderam nesta "
            "matéria, com dados, estudos de caso e recomendações."
        ),
    },
    "practice_sheet": {
        "en": (
            "This practice sheet describes, step by step, how {city} designed, ran and evaluated "
            "its local approach."
        ),
        "fr": (
            "Cette fiche pratique décrit pas à pas comment {city} a conçu, mis en œuvre et évalué "
            "son action locale."
        ),
        "de": (
            "Dieses Praxisblatt beschreibt Schritt für Schritt, wie die Stadt {city} ihr "
            "Vorgehen vor Ort geplant, umgesetzt und bewertet hat."
        ),
        "it": (
            "Questa scheda pratica descrive passo dopo passo come {city} ha ideato, realizzato e "
            "valutato la propria azione locale."
        ),
        "es": (
            "Esta ficha práctica describe paso a paso cómo {city} diseñó, puso en marcha y "
            "evaluó su actuación local."
        ),
        "pt": (
            "Esta ficha prática descreve passo a passo como {city} concebeu, executou e avaliou "
            "a sua ação local."
        ),
    },
    "guide": {
        "en": (
            "This guide offers local authorities practical methods, checklists and examples to "
            "build their own policy."
        ),
        "fr": (
            "Ce guide propose aux collectivités locales des méthodes, des listes de contrôle et "
            "des exemples pour construire leur propre politique."
        ),
        "de": (
            "Dieser Leitfaden bietet Kommunen praktische Methoden, Checklisten und Beispiele für "
            "ihre eigene Politik."
        ),
        "it": (
            "Questa guida offre agli enti locali metodi pratici, liste di controllo ed esempi per "
            "costruire la propria politica."
        ),
        "es": (
            "Esta guía ofrece a las autoridades locales métodos prácticos, listas de control y "
            "ejemplos para construir su propia política."
        ),
        "pt": (
            "Este guia oferece às autoridades locais métodos práticos, listas de verificação e "
            "exemplos para construírem a sua própria política."
        ),
    },
    "position_paper": {
        "en": (
            "In this position paper, Efus members set out their recommendations to European and "
            "national decision-makers."
        ),
        "fr": (
            "Dans cette note de position, les membres de l’Efus adressent leurs recommandations "
            "aux décideurs européens et nationaux."
        ),
        "de": (
            "In diesem Positionspapier richten die Mitglieder des Efus ihre Empfehlungen an "
            "europäische und nationale Entscheidungsträger."
        ),
        "it": (
            "In questo documento di posizione i membri dell’Efus rivolgono le loro "
            "raccomandazioni ai decisori europei e nazionali."
        ),
        "es": (
            "En este documento de posición, los miembros del Efus dirigen sus recomendaciones a "
            "los responsables europeos y nacionales."
        ),
        "pt": (
            "Neste documento de posição, os membros do Efus dirigem as suas recomendações aos "
            "decisores europeus e nacionais."
        ),
    },
    "proceedings": {
        "en": (
            "These proceedings gather the talks and workshop conclusions of the conference held "
            "in {city} in {year}."
        ),
        "fr": (
            "Ces actes rassemblent les interventions et les conclusions des ateliers de la "
            "conférence tenue à {city} en {year}."
        ),
        "de": (
            "Dieser Tagungsband versammelt die Beiträge und Workshop-Ergebnisse der Konferenz "
            "{year} in {city}."
        ),
        "it": (
            "Questi atti raccolgono gli interventi e le conclusioni dei laboratori della "
            "conferenza svoltasi a {city} nel {year}."
        ),
        "es": (
            "Estas actas recogen las intervenciones y las conclusiones de los talleres de la "
            "conferencia celebrada en {city} en {year}."
        ),
        "pt": (
            "Estas atas reúnem as intervenções e as conclusões das oficinas da conferência "
            "realizada em {city} em {year}."
        ),
    },
    "activity_report": {
        "en": (
            "The {year} activity report looks back on the network’s year: conferences, European "
            "projects, training and the work of the national forums."
        ),
        "fr": (
            "Le rapport d’activité {year} revient sur l’année du réseau : conférences, projets "
            "européens, formations et travail des forums nationaux."
        ),
        "de": (
            "Der Tätigkeitsbericht {year} blickt auf das Jahr des Netzwerks zurück: Konferenzen, "
            "europäische Projekte, Fortbildungen und die Arbeit der nationalen Foren."
        ),
        "it": (
            "Il rapporto di attività {year} ripercorre l’anno della rete: conferenze, progetti "
            "europei, formazioni e lavoro dei forum nazionali."
        ),
        "es": (
            "El informe de actividades {year} repasa el año de la red: conferencias, proyectos "
            "europeos, formaciones y trabajo de los foros nacionales."
        ),
        "pt": (
            "O relatório de atividades {year} revisita o ano da rede: conferências, projetos "
            "europeus, formações e trabalho dos fóruns nacionais."
        ),
    },
}

# The last sentence of a report's or proceedings' summary: the cities it draws on.
CITIES_SENTENCE = {
    "en": "{cities} are among the cities that share their experience here.",
    "fr": "{cities} font partie des villes qui y partagent leur expérience.",
    "de": "{cities} gehören zu den Städten, die hier ihre Erfahrungen teilen.",
    "it": "{cities} sono tra le città che vi condividono la loro esperienza.",
    "es": "{cities} figuran entre las ciudades que comparten aquí su experiencia.",
    "pt": "{cities} estão entre as cidades que aqui partilham a sua experiência.",
}

# Efus in one sentence, from its own description.
ABOUT_EFUS = {
    "en": (
        "Efus, founded in 1987 under the auspices of the Council of Europe, brings together "
        "nearly 250 local and regional authorities from 16 countries."
    ),
    "fr": (
        "Fondé en 1987 sous l’égide du Conseil de l’Europe, l’Efus réunit près de 250 "
        "collectivités locales et régionales de 16 pays."
    ),
    "de": (
        "Das 1987 unter der Schirmherrschaft des Europarats gegründete Efus vereint fast 250 "
        "Kommunen und Regionen aus 16 Ländern."
    ),
    "it": (
        "Fondato nel 1987 sotto l’egida del Consiglio d’Europa, l’Efus riunisce quasi 250 enti "
        "locali e regionali di 16 paesi."
    ),
    "es": (
        "Fundado en 1987 bajo los auspicios del Consejo de Europa, el Efus reúne a cerca de 250 "
        "autoridades locales y regionales de 16 países."
    ),
    "pt": (
        "Fundado em 1987 sob a égide do Conselho da Europa, o Efus reúne cerca de 250 "
        "autoridades locais e regionais de 16 países."
    ),
}

# The manifesto in brief and in full, published together; the full text comes last, so that
# it is the newest publication of the kind (the one the manifesto page links to).
MANIFESTO_AGE = 13  # years before this one
MANIFESTOS = (
    {
        "slug": "cities-manifesto-in-brief",
        "languages": ("en", "fr"),
        "title": {
            "en": "The Cities’ Manifesto in brief",
            "fr": "Le Manifeste des villes en bref",
            "de": "Das Manifest der Städte in Kürze",
            "it": "Il Manifesto delle città in breve",
            "es": "El Manifiesto de las ciudades en resumen",
            "pt": "O Manifesto das Cidades em resumo",
        },
        "summary": {
            "en": (
                "A short edition of the Cities’ Manifesto for elected officials and their teams: "
                "its principles on security, democracy and cities, one page each."
            ),
            "fr": (
                "Une édition courte du Manifeste des villes pour les élus et leurs équipes : ses "
                "principes sur la sécurité, la démocratie et les villes, une page pour chacun."
            ),
            "de": (
                "Eine Kurzfassung des Manifests der Städte für gewählte Vertreter und ihre "
                "Teams: seine Grundsätze zu Sicherheit, Demokratie und Städten, je eine Seite."
            ),
            "it": (
                "Un’edizione breve del Manifesto delle città per gli eletti e i loro "
                "collaboratori: i suoi principi su sicurezza, democrazia e città, una pagina "
                "ciascuno."
            ),
            "es": (
                "Una edición breve del Manifiesto de las ciudades para los cargos electos y sus "
                "equipos: sus principios sobre seguridad, democracia y ciudades, una página para "
                "cada uno."
            ),
            "pt": (
                "Uma edição breve do Manifesto das Cidades para os eleitos e as suas equipas: os "
                "seus princípios sobre segurança, democracia e cidades, uma página para cada um."
            ),
        },
    },
    {
        "slug": "cities-manifesto-security-democracy-and-cities",
        "languages": ("en", "fr", "it", "es"),
        "title": {
            "en": "The Cities’ Manifesto: Security, Democracy and Cities",
            "fr": "Le Manifeste des villes : sécurité, démocratie et villes",
            "de": "Das Manifest der Städte: Sicherheit, Demokratie und Städte",
            "it": "Il Manifesto delle città: sicurezza, democrazia e città",
            "es": "El Manifiesto de las ciudades: seguridad, democracia y ciudades",
            "pt": "O Manifesto das Cidades: segurança, democracia e cidades",
        },
        "summary": {
            "en": (
                "In the Cities’ Manifesto, the elected officials of the Efus network set out the "
                "values they share: prevention as a rational, strategic and cost-efficient "
                "choice, citizen participation in every security policy, a full place for young "
                "people and the promotion of women’s rights and equality between the sexes."
            ),
            "fr": (
                "Dans le Manifeste des villes, les élus du réseau de l’Efus affirment les valeurs "
                "qu’ils partagent : la prévention comme choix rationnel, stratégique et économe, "
                "la participation des citoyens à toute politique de sécurité, une pleine place "
                "pour les jeunes et la promotion des droits des femmes et de l’égalité entre les "
                "sexes."
            ),
            "de": (
                "Im Manifest der Städte bekennen sich die gewählten Vertreterinnen und Vertreter "
                "des Efus-Netzwerks zu gemeinsamen Werten: Prävention als rationale, strategische "
                "und kosteneffiziente Wahl, Bürgerbeteiligung in jeder Sicherheitspolitik, ein "
                "voller Platz für junge Menschen und die Förderung der Rechte von Frauen und der "
                "Gleichstellung der Geschlechter."
            ),
            "it": (
                "Nel Manifesto delle città gli eletti della rete dell’Efus affermano i valori che "
                "condividono: la prevenzione come scelta razionale, strategica ed efficiente, la "
                "partecipazione dei cittadini a ogni politica di sicurezza, un posto pieno per i "
                "giovani e la promozione dei diritti delle donne e della parità tra i sessi."
            ),
            "es": (
                "En el Manifiesto de las ciudades, los cargos electos de la red del Efus afirman "
                "los valores que comparten: la prevención como opción racional, estratégica y "
                "eficiente, la participación ciudadana en toda política de seguridad, un lugar "
                "pleno para los jóvenes y la promoción de los derechos de las mujeres y de la "
                "igualdad entre los sexos."
            ),
            "pt": (
                "No Manifesto das Cidades, os eleitos da rede do Efus afirmam os valores que "
                "partilham: a prevenção como opção racional, estratégica e eficiente, a "
                "participação dos cidadãos em todas as políticas de segurança, um lugar pleno "
                "para os jovens e a promoção dos direitos das mulheres e da igualdade entre os "
                "sexos."
            ),
        },
    },
)

# Printed on covers and files.
KIND_NAMES = {
    "report": {
        "en": "Report",
        "fr": "Rapport",
        "de": "Bericht",
        "it": "Rapporto",
        "es": "Informe",
        "pt": "Relatório",
    },
    "practice_sheet": {
        "en": "Practice sheet",
        "fr": "Fiche pratique",
        "de": "Praxisblatt",
        "it": "Scheda pratica",
        "es": "Ficha práctica",
        "pt": "Ficha prática",
    },
    "guide": {
        "en": "Guide",
        "fr": "Guide",
        "de": "Leitfaden",
        "it": "Guida",
        "es": "Guía",
        "pt": "Guia",
    },
    "position_paper": {
        "en": "Position paper",
        "fr": "Note de position",
        "de": "Positionspapier",
        "it": "Documento di posizione",
        "es": "Documento de posición",
        "pt": "Documento de posição",
    },
    "manifesto": {
        "en": "Manifesto",
        "fr": "Manifeste",
        "de": "Manifest",
        "it": "Manifesto",
        "es": "Manifiesto",
        "pt": "Manifesto",
    },
    "activity_report": {
        "en": "Activity report",
        "fr": "Rapport d’activité",
        "de": "Tätigkeitsbericht",
        "it": "Rapporto di attività",
        "es": "Informe de actividades",
        "pt": "Relatório de atividades",
    },
    "proceedings": {
        "en": "Conference proceedings",
        "fr": "Actes de conférence",
        "de": "Tagungsband",
        "it": "Atti del convegno",
        "es": "Actas de congreso",
        "pt": "Atas de conferência",
    },
}

ORGANISATION_NAME = SITE_SETTINGS["organisation_name"]

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pt": "Português",
}

COVER_ALT = {
    "en": "Cover of “{title}”",
    "fr": "Couverture de « {title} »",
    "de": "Titelseite von „{title}“",
    "it": "Copertina di «{title}»",
    "es": "Portada de «{title}»",
    "pt": "Capa de «{title}»",
}

THEMES_HEADING = {
    "en": "Themes",
    "fr": "Thèmes",
    "de": "Themen",
    "it": "Temi",
    "es": "Temas",
    "pt": "Temas",
}

SAMPLE_NOTE = {
    "en": "This document is sample content made for the demonstration of the Efus website.",
    "fr": "Ce document est un contenu d’exemple créé pour la démonstration du site de l’Efus.",
    "de": "Dieses Dokument ist Beispielinhalt für die Vorführung der Website des Efus.",
    "it": "Questo documento è un contenuto di esempio creato per la dimostrazione del sito "
    "dell’Efus.",
    "es": "Este documento es un contenido de ejemplo creado para la demostración del sitio web "
    "del Efus.",
    "pt": "Este documento é um conteúdo de exemplo criado para a demonstração do sítio web do "
    "Efus.",
}

# Cover colours, one per kind: (background, accent).
COVER_COLOURS = {
    "report": ((11, 60, 111), (240, 164, 98)),
    "practice_sheet": ((46, 94, 74), (214, 234, 200)),
    "guide": ((120, 40, 90), (250, 210, 225)),
    "position_paper": ((179, 38, 30), (255, 226, 200)),
    "manifesto": ((20, 20, 40), (230, 190, 80)),
    "activity_report": ((88, 60, 120), (215, 200, 240)),
    "proceedings": ((0, 105, 120), (190, 235, 235)),
}
