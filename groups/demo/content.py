"""The demo working groups and their page, in six languages."""

GROUPS_PAGE = {
    "title": {
        "en": "Working groups",
        "fr": "Groupes de travail",
        "de": "Arbeitsgruppen",
        "it": "Gruppi di lavoro",
        "es": "Grupos de trabajo",
        "pt": "Grupos de trabalho",
    },
    "slug": {
        "en": "groups",
        "fr": "groupes",
        "de": "arbeitsgruppen",
        "it": "gruppi",
        "es": "grupos",
        "pt": "grupos",
    },
    "intro": {
        "en": (
            "Member cities working together on one subject, led by some of them: "
            "the people of member authorities may ask to join."
        ),
        "fr": (
            "Des villes membres qui travaillent ensemble sur un sujet, animées par certaines "
            "d'entre elles : les personnes des collectivités membres peuvent demander à les "
            "rejoindre."
        ),
        "de": (
            "Mitgliedsstädte, die gemeinsam an einem Thema arbeiten, geleitet von einigen von "
            "ihnen: Die Mitarbeitenden der Mitgliedskommunen können um Aufnahme bitten."
        ),
        "it": (
            "Città socie che lavorano insieme su un tema, guidate da alcune di loro: le persone "
            "degli enti soci possono chiedere di partecipare."
        ),
        "es": (
            "Ciudades miembro que trabajan juntas en un tema, coordinadas por algunas de ellas: "
            "las personas de las autoridades miembro pueden solicitar unirse."
        ),
        "pt": (
            "Cidades membro que trabalham em conjunto sobre um tema, coordenadas por algumas "
            "delas: as pessoas das autoridades membro podem pedir para aderir."
        ),
    },
    "search_description": {
        "en": "Efus working groups: member cities exchanging on urban security.",
        "fr": (
            "Les groupes de travail de l'Efus : "
            "des villes membres échangent sur la sécurité urbaine."
        ),
        "de": "Die Arbeitsgruppen des Efus: Mitgliedsstädte im Austausch über urbane Sicherheit.",
        "it": "I gruppi di lavoro dell'Efus: città socie a confronto sulla sicurezza urbana.",
        "es": (
            "Los grupos de trabajo del Efus: ciudades miembro intercambian sobre seguridad urbana."
        ),
        "pt": (
            "Os grupos de trabalho do Efus: "
            "cidades membro trocam experiências sobre segurança urbana."
        ),
    },
}

# Each group: its slug, status, themes, lead authorities (slugs), name and description.
GROUPS = [
    {
        "slug": "organised-crime",
        "status": "active",
        "themes": ("social-cohesion", "youth"),
        "leads": ("rome", "barcelona"),
        "name": {
            "en": "Local responses to organised crime",
            "fr": "Réponses locales à la criminalité organisée",
            "de": "Lokale Antworten auf organisierte Kriminalität",
            "it": "Risposte locali alla criminalità organizzata",
            "es": "Respuestas locales a la delincuencia organizada",
            "pt": "Respostas locais ao crime organizado",
        },
        "description": {
            "en": "Cities compare how they keep criminal groups out of public contracts, "
            "support young people approached by them and work with the police and courts.",
            "fr": "Les villes comparent comment elles tiennent les groupes criminels à l'écart "
            "des marchés publics, soutiennent les jeunes qu'ils approchent et travaillent avec "
            "la police et la justice.",
            "de": "Städte vergleichen, wie sie kriminelle Gruppen von öffentlichen Aufträgen "
            "fernhalten, von ihnen angesprochene Jugendliche unterstützen und mit Polizei und "
            "Justiz zusammenarbeiten.",
            "it": "Le città confrontano come tengono i gruppi criminali lontani dagli appalti "
            "pubblici, sostengono i giovani che avvicinano e collaborano con polizia e giustizia.",
            "es": "Las ciudades comparan cómo mantienen a los grupos criminales fuera de la "
            "contratación pública, apoyan a los jóvenes a los que se acercan y trabajan con la "
            "policía y la justicia.",
            "pt": "As cidades comparam como afastam os grupos criminosos da contratação pública, "
            "apoiam os jovens por eles abordados e trabalham com a polícia e a justiça.",
        },
    },
    {
        "slug": "nightlife",
        "status": "active",
        "themes": ("nightlife", "drugs-and-addictions"),
        "leads": ("paris", "berlin"),
        "name": {
            "en": "Nightlife and safer nights",
            "fr": "Vie nocturne et nuits plus sûres",
            "de": "Nachtleben und sichere Nächte",
            "it": "Vita notturna e notti più sicure",
            "es": "Ocio nocturno y noches más seguras",
            "pt": "Vida noturna e noites mais seguras",
        },
        "description": {
            "en": "Night mayors, venues and prevention teams share how to keep nights lively "
            "and safe: mediation, harm reduction and transport home.",
            "fr": "Maires de nuit, établissements et équipes de prévention partagent comment "
            "garder des nuits animées et sûres : médiation, réduction des risques et retour "
            "à domicile.",
            "de": "Nachtbürgermeister, Clubs und Präventionsteams teilen, wie Nächte lebendig "
            "und sicher bleiben: Vermittlung, Schadensminderung und der Weg nach Hause.",
            "it": "Sindaci della notte, locali e squadre di prevenzione condividono come rendere "
            "le notti vivaci e sicure: mediazione, riduzione del danno e rientro a casa.",
            "es": "Alcaldes de la noche, locales y equipos de prevención comparten cómo mantener "
            "noches animadas y seguras: mediación, reducción de riesgos y regreso a casa.",
            "pt": "Presidentes da noite, espaços e equipas de prevenção partilham como manter as "
            "noites animadas e seguras: mediação, redução de riscos e regresso a casa.",
        },
    },
    {
        "slug": "radicalisation",
        "status": "active",
        "themes": ("prevention-of-radicalisation", "online-safety"),
        "leads": ("lyon",),
        "name": {
            "en": "Preventing radicalisation",
            "fr": "Prévenir la radicalisation",
            "de": "Radikalisierung vorbeugen",
            "it": "Prevenire la radicalizzazione",
            "es": "Prevenir la radicalización",
            "pt": "Prevenir a radicalização",
        },
        "description": {
            "en": "Local prevention of violent extremism: multi-agency panels, support for "
            "families, exit work and what happens online.",
            "fr": "La prévention locale de l'extrémisme violent : cellules partenariales, "
            "soutien aux familles, accompagnement à la sortie et ce qui se passe en ligne.",
            "de": "Lokale Prävention von gewaltbereitem Extremismus: behördenübergreifende "
            "Runden, Unterstützung der Familien, Ausstiegsarbeit und das Geschehen im Netz.",
            "it": "La prevenzione locale dell'estremismo violento: tavoli multi-agenzia, "
            "sostegno alle famiglie, percorsi di uscita e ciò che accade in rete.",
            "es": "La prevención local del extremismo violento: mesas multiagencia, apoyo a "
            "las familias, programas de salida y lo que ocurre en línea.",
            "pt": "A prevenção local do extremismo violento: equipas multiagência, apoio às "
            "famílias, programas de saída e o que acontece online.",
        },
    },
    {
        "slug": "public-spaces",
        "status": "closed",
        "themes": ("public-spaces", "urban-technology"),
        "leads": ("lisbon", "turin"),
        "name": {
            "en": "Safe and inclusive public spaces",
            "fr": "Des espaces publics sûrs et inclusifs",
            "de": "Sichere und inklusive öffentliche Räume",
            "it": "Spazi pubblici sicuri e inclusivi",
            "es": "Espacios públicos seguros e inclusivos",
            "pt": "Espaços públicos seguros e inclusivos",
        },
        "description": {
            "en": "Design, lighting, events and the people who use squares and parks: the group "
            "published its recommendations and has finished its work.",
            "fr": "Aménagement, éclairage, événements et usagers des places et des parcs : le "
            "groupe a publié ses recommandations et a terminé ses travaux.",
            "de": "Gestaltung, Beleuchtung, Veranstaltungen und die Menschen auf Plätzen und in "
            "Parks: Die Gruppe hat ihre Empfehlungen veröffentlicht und ihre Arbeit beendet.",
            "it": "Progettazione, illuminazione, eventi e chi vive piazze e parchi: il gruppo ha "
            "pubblicato le sue raccomandazioni e ha concluso i lavori.",
            "es": "Diseño, iluminación, eventos y quienes usan plazas y parques: el grupo publicó "
            "sus recomendaciones y ha terminado su trabajo.",
            "pt": "Desenho, iluminação, eventos e quem usa praças e parques: o grupo publicou as "
            "suas recomendações e terminou o seu trabalho.",
        },
    },
]

# How many of the demo's member accounts take part in each group, and how many ask to join.
MEMBERS_PER_GROUP = 6
REQUESTS_PER_GROUP = 2

# The discussions of the demo groups: each thread's title, then its posts (the first opens
# it) as (language, text), written by the group's members in turn, an hour apart.
DISCUSSIONS = {
    "nightlife": [
        (
            "Night mayors: who pays for them?",
            [
                (
                    "en",
                    "We are setting up a night council and wonder how other cities fund the "
                    "night mayor's post: city budget, venues, or both?",
                ),
                (
                    "fr",
                    "À Paris, le poste est financé par la ville ; les établissements "
                    "participent aux actions de prévention, pas au salaire.",
                ),
                (
                    "de",
                    "In Berlin trägt die Clubcommission einen Teil der Kosten. Das hilft beim "
                    "Vertrauen der Betreiber, verlangt aber klare Regeln.",
                ),
            ],
        ),
        (
            "Harm reduction at festivals",
            [
                (
                    "es",
                    "¿Alguien ha evaluado los puntos de análisis de sustancias en festivales? "
                    "Buscamos datos para convencer al pleno municipal.",
                ),
                (
                    "pt",
                    "Em Lisboa fizemos uma avaliação em 2024: partilharei o relatório nos "
                    "ficheiros do grupo.",
                ),
            ],
        ),
    ],
    "organised-crime": [
        (
            "Screening public contracts",
            [
                (
                    "it",
                    "A Roma verifichiamo i subappalti con la prefettura. Come fate negli altri "
                    "paesi, senza un'autorità come la nostra?",
                ),
                (
                    "en",
                    "We use the company register and a short questionnaire for every bidder "
                    "over a threshold. Happy to share it.",
                ),
            ],
        ),
    ],
    "radicalisation": [
        (
            "Working with families",
            [
                (
                    "fr",
                    "Notre cellule reçoit surtout des parents inquiets. Comment organisez-vous "
                    "le premier entretien ?",
                ),
                (
                    "de",
                    "Wir laden immer zu zweit ein: eine Fachkraft der Stadt und eine Person "
                    "aus einer Beratungsstelle.",
                ),
            ],
        ),
    ],
    "public-spaces": [
        (
            "Our final recommendations",
            [
                (
                    "pt",
                    "As recomendações finais do grupo estão publicadas. Obrigado a todas as "
                    "cidades pela participação.",
                ),
            ],
        ),
    ],
}
