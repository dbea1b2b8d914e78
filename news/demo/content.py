"""Demo news in six languages: the news and newsletter pages, and the frames articles are
composed from.

The articles are illustrative: each is one kind of Efus news (a conference, a member city's
practice, a project starting, a new publication, a study visit) about a topic of one of the
themes (``themes.demo.content``), in one of the demo cities (``pages.demo.cities``).
``{of_city}`` is "de Lyon" or "d’Anvers" in French.
"""

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

SEED = 1010
ARTICLE_COUNT = 60
DAYS = 730  # articles span the last two years
IMAGE_COUNT = 4

NEWS_PAGE = {
    "title": {
        "en": "News",
        "fr": "Actualités",
        "de": "Nachrichten",
        "it": "Notizie",
        "es": "Noticias",
        "pt": "Notícias",
    },
    "slug": {
        "en": "news",
        "fr": "actualites",
        "de": "nachrichten",
        "it": "notizie",
        "es": "noticias",
        "pt": "noticias",
    },
    "intro": {
        "en": (
            "News from the network: conferences, practices of member cities, European projects "
            "and new publications."
        ),
        "fr": (
            "Les nouvelles du réseau : conférences, pratiques des villes membres, projets "
            "européens et nouvelles publications."
        ),
        "de": (
            "Neues aus dem Netzwerk: Konferenzen, Praxis der Mitgliedsstädte, europäische "
            "Projekte und neue Publikationen."
        ),
        "it": (
            "Le notizie della rete: conferenze, pratiche delle città membri, progetti europei e "
            "nuove pubblicazioni."
        ),
        "es": (
            "Las noticias de la red: conferencias, prácticas de las ciudades miembros, proyectos "
            "europeos y nuevas publicaciones."
        ),
        "pt": (
            "As notícias da rede: conferências, práticas das cidades membros, projetos europeus "
            "e novas publicações."
        ),
    },
    "search_description": {
        "en": "The news of Efus and of the European cities working together on urban security.",
        "fr": (
            "Les actualités de l’Efus et des villes européennes qui travaillent ensemble à la "
            "sécurité urbaine."
        ),
        "de": (
            "Nachrichten des Efus und der europäischen Städte, die gemeinsam für urbane "
            "Sicherheit arbeiten."
        ),
        "it": (
            "Le notizie dell’Efus e delle città europee che lavorano insieme sulla sicurezza "
            "urbana."
        ),
        "es": (
            "Las noticias del Efus y de las ciudades europeas que trabajan juntas por la "
            "seguridad urbana."
        ),
        "pt": (
            "As notícias do Efus e das cidades europeias que trabalham em conjunto pela "
            "segurança urbana."
        ),
    },
}

NEWSLETTER_PAGE = {
    "title": {
        "en": "Newsletter",
        "fr": "Lettre d’information",
        "de": "Newsletter",
        "it": "Newsletter",
        "es": "Boletín",
        "pt": "Newsletter",
    },
    "slug": {
        "en": "newsletter",
        "fr": "lettre-information",
        "de": "newsletter",
        "it": "newsletter",
        "es": "boletin",
        "pt": "newsletter",
    },
    "intro": {
        "en": (
            "Once a month, the news of the network in your language: conferences, practices of "
            "member cities, European projects and publications."
        ),
        "fr": (
            "Une fois par mois, les nouvelles du réseau dans votre langue : conférences, "
            "pratiques des villes membres, projets européens et publications."
        ),
        "de": (
            "Einmal im Monat die Neuigkeiten des Netzwerks in Ihrer Sprache: Konferenzen, Praxis "
            "der Mitgliedsstädte, europäische Projekte und Publikationen."
        ),
        "it": (
            "Una volta al mese, le notizie della rete nella vostra lingua: conferenze, pratiche "
            "delle città membri, progetti europei e pubblicazioni."
        ),
        "es": (
            "Una vez al mes, las noticias de la red en su idioma: conferencias, prácticas de las "
            "ciudades miembros, proyectos europeos y publicaciones."
        ),
        "pt": (
            "Uma vez por mês, as notícias da rede na sua língua: conferências, práticas das "
            "cidades membros, projetos europeus e publicações."
        ),
    },
    "search_description": {
        "en": "Subscribe to the Efus newsletter, in the language of your choice.",
        "fr": "Abonnez-vous à la lettre d’information de l’Efus, dans la langue de votre choix.",
        "de": "Abonnieren Sie den Newsletter des Efus in der Sprache Ihrer Wahl.",
        "it": "Iscrivetevi alla newsletter dell’Efus, nella lingua che preferite.",
        "es": "Suscríbase al boletín del Efus, en el idioma que prefiera.",
        "pt": "Subscreva a newsletter do Efus, na língua da sua escolha.",
    },
}

IMAGE_ALT = {
    "en": "A city street at dusk, its windows lit",
    "fr": "Une rue de ville au crépuscule, fenêtres éclairées",
    "de": "Eine Stadtstraße in der Abenddämmerung mit erleuchteten Fenstern",
    "it": "Una strada di città al tramonto, con le finestre illuminate",
    "es": "Una calle de ciudad al anochecer, con las ventanas iluminadas",
    "pt": "Uma rua da cidade ao anoitecer, com as janelas iluminadas",
}

# Each kind of article: its title, introduction and the paragraphs before and after the
# theme's own sentence; ``numbers`` is the range its ``{number}`` is drawn from.
KINDS = {
    "conference": {
        "numbers": (80, 300),
        "title": {
            "en": "Conference in {city}: {topic}",
            "fr": "Conférence à {city} : {topic}",
            "de": "Konferenz in {city}: {topic}",
            "it": "Conferenza a {city}: {topic}",
            "es": "Conferencia en {city}: {topic}",
            "pt": "Conferência em {city}: {topic}",
        },
        "intro": {
            "en": (
                "{number} elected officials, practitioners and researchers from across Europe "
                "met in {city} for two days of debates, workshops and site visits."
            ),
            "fr": (
                "{number} élus, professionnels et chercheurs venus de toute l’Europe se sont "
                "réunis à {city} pour deux journées de débats, d’ateliers et de visites."
            ),
            "de": (
                "{number} Mandatsträger, Fachleute und Forschende aus ganz Europa trafen sich in "
                "{city} zu zwei Tagen mit Debatten, Workshops und Besuchen vor Ort."
            ),
            "it": (
                "{number} amministratori, operatori e ricercatori da tutta Europa si sono "
                "riuniti a {city} per due giornate di dibattiti, laboratori e visite."
            ),
            "es": (
                "{number} cargos electos, profesionales e investigadores de toda Europa se "
                "reunieron en {city} durante dos días de debates, talleres y visitas."
            ),
            "pt": (
                "{number} eleitos, profissionais e investigadores de toda a Europa reuniram-se "
                "em {city} para dois dias de debates, oficinas e visitas."
            ),
        },
        "before": {
            "en": (
                "The conference was organised by Efus with the city of {city}. Participants "
                "compared their cities’ policies and the results of recent evaluations, and "
                "heard those most concerned: residents, associations and front-line staff."
            ),
            "fr": (
                "La conférence était organisée par l’Efus avec la ville {of_city}. Les "
                "participants ont comparé les politiques de leurs villes et les résultats "
                "d’évaluations récentes, et entendu les premiers concernés : habitants, "
                "associations et agents de terrain."
            ),
            "de": (
                "Das Efus veranstaltete die Konferenz gemeinsam mit der Stadt {city}. Die "
                "Teilnehmenden verglichen die Politik ihrer Städte und die Ergebnisse jüngster "
                "Evaluationen und hörten die unmittelbar Betroffenen: Bewohner, Vereine und "
                "Fachkräfte vor Ort."
            ),
            "it": (
                "La conferenza è stata organizzata dall’Efus con la città di {city}. I "
                "partecipanti hanno confrontato le politiche delle loro città e i risultati di "
                "valutazioni recenti, e ascoltato i diretti interessati: residenti, associazioni "
                "e operatori sul campo."
            ),
            "es": (
                "El Efus organizó la conferencia con la ciudad de {city}. Los participantes "
                "compararon las políticas de sus ciudades y los resultados de evaluaciones "
                "recientes, y escucharon a los más afectados: vecinos, asociaciones y personal "
                "de primera línea."
            ),
            "pt": (
                "A conferência foi organizada pelo Efus com a cidade de {city}. Os participantes "
                "compararam as políticas das suas cidades e os resultados de avaliações "
                "recentes, e ouviram os mais diretamente envolvidos: moradores, associações e "
                "profissionais no terreno."
            ),
        },
        "after": {
            "en": (
                "The conclusions of the debates will feed the network’s next publications and "
                "the work of its national forums."
            ),
            "fr": (
                "Les conclusions des débats nourriront les prochaines publications du réseau et "
                "les travaux de ses forums nationaux."
            ),
            "de": (
                "Die Ergebnisse der Debatten fließen in die nächsten Publikationen des Netzwerks "
                "und in die Arbeit seiner nationalen Foren ein."
            ),
            "it": (
                "Le conclusioni dei dibattiti alimenteranno le prossime pubblicazioni della rete "
                "e il lavoro dei suoi forum nazionali."
            ),
            "es": (
                "Las conclusiones de los debates alimentarán las próximas publicaciones de la "
                "red y el trabajo de sus foros nacionales."
            ),
            "pt": (
                "As conclusões dos debates vão alimentar as próximas publicações da rede e o "
                "trabalho dos seus fóruns nacionais."
            ),
        },
    },
    "practice": {
        "numbers": (6, 36),
        "title": {
            "en": "{topic}: the experience of {city}",
            "fr": "{topic} : l’expérience {of_city}",
            "de": "{topic}: Erfahrungen aus {city}",
            "it": "{topic}: l’esperienza di {city}",
            "es": "{topic}: la experiencia de {city}",
            "pt": "{topic}: a experiência de {city}",
        },
        "intro": {
            "en": (
                "At a meeting of the network, the team of {city} presented an approach that "
                "other member cities now wish to try."
            ),
            "fr": (
                "Lors d’une réunion du réseau, l’équipe {of_city} a présenté une démarche que "
                "d’autres villes membres souhaitent aujourd’hui essayer."
            ),
            "de": (
                "Bei einem Treffen des Netzwerks stellte das Team aus {city} einen Ansatz vor, "
                "den nun auch andere Mitgliedsstädte erproben möchten."
            ),
            "it": (
                "In una riunione della rete, il gruppo di {city} ha presentato un approccio che "
                "altre città membri vogliono ora sperimentare."
            ),
            "es": (
                "En una reunión de la red, el equipo de {city} presentó un enfoque que otras "
                "ciudades miembros desean ahora probar."
            ),
            "pt": (
                "Numa reunião da rede, a equipa de {city} apresentou uma abordagem que outras "
                "cidades membros querem agora experimentar."
            ),
        },
        "before": {
            "en": (
                "The approach brings municipal services, the police, schools and local "
                "associations together around a shared diagnosis. After {number} months, the "
                "city reports fewer conflicts and residents who feel better informed."
            ),
            "fr": (
                "La démarche réunit les services municipaux, la police, les écoles et les "
                "associations locales autour d’un diagnostic partagé. Après {number} mois, la "
                "ville constate moins de conflits et des habitants mieux informés."
            ),
            "de": (
                "Der Ansatz bringt städtische Dienste, Polizei, Schulen und lokale Vereine um "
                "eine gemeinsame Lagebeurteilung zusammen. Nach {number} Monaten verzeichnet die "
                "Stadt weniger Konflikte und besser informierte Bewohner."
            ),
            "it": (
                "L’approccio riunisce servizi comunali, polizia, scuole e associazioni locali "
                "attorno a una diagnosi condivisa. Dopo {number} mesi, la città registra meno "
                "conflitti e residenti meglio informati."
            ),
            "es": (
                "El enfoque reúne a los servicios municipales, la policía, las escuelas y las "
                "asociaciones locales en torno a un diagnóstico compartido. Tras {number} meses, "
                "la ciudad constata menos conflictos y vecinos mejor informados."
            ),
            "pt": (
                "A abordagem junta os serviços municipais, a polícia, as escolas e as "
                "associações locais em torno de um diagnóstico partilhado. Após {number} meses, "
                "a cidade regista menos conflitos e moradores mais bem informados."
            ),
        },
        "after": {
            "en": (
                "Efus helps member cities to document such practices, to evaluate them and to "
                "adapt them elsewhere."
            ),
            "fr": (
                "L’Efus aide les villes membres à documenter ces pratiques, à les évaluer et à "
                "les adapter ailleurs."
            ),
            "de": (
                "Das Efus unterstützt die Mitgliedsstädte dabei, solche Praktiken zu "
                "dokumentieren, zu evaluieren und anderswo anzupassen."
            ),
            "it": (
                "L’Efus aiuta le città membri a documentare queste pratiche, a valutarle e ad "
                "adattarle altrove."
            ),
            "es": (
                "El Efus ayuda a las ciudades miembros a documentar estas prácticas, a "
                "evaluarlas y a adaptarlas en otros lugares."
            ),
            "pt": (
                "O Efus ajuda as cidades membros a documentar estas práticas, a avaliá-las e a "
                "adaptá-las noutros lugares."
            ),
        },
    },
    "project": {
        "numbers": (6, 14),
        "title": {
            "en": "A new European project starts: {topic}",
            "fr": "Un nouveau projet européen démarre : {topic}",
            "de": "Ein neues europäisches Projekt beginnt: {topic}",
            "it": "Parte un nuovo progetto europeo: {topic}",
            "es": "Arranca un nuevo proyecto europeo: {topic}",
            "pt": "Arranca um novo projeto europeu: {topic}",
        },
        "intro": {
            "en": (
                "Efus and {number} partners, among them the city of {city}, begin two years of "
                "joint work funded by the European Union."
            ),
            "fr": (
                "L’Efus et {number} partenaires, dont la ville {of_city}, entament deux années "
                "de travail commun financées par l’Union européenne."
            ),
            "de": (
                "Das Efus und {number} Partner, darunter die Stadt {city}, beginnen eine "
                "zweijährige Zusammenarbeit, die die Europäische Union finanziert."
            ),
            "it": (
                "L’Efus e {number} partner, tra cui la città di {city}, avviano due anni di "
                "lavoro comune finanziati dall’Unione europea."
            ),
            "es": (
                "El Efus y {number} socios, entre ellos la ciudad de {city}, inician dos años "
                "de trabajo conjunto financiados por la Unión Europea."
            ),
            "pt": (
                "O Efus e {number} parceiros, entre os quais a cidade de {city}, iniciam dois "
                "anos de trabalho conjunto financiados pela União Europeia."
            ),
        },
        "before": {
            "en": (
                "The partners met for the first time in {city} to agree on the work plan: a "
                "review of existing practices, pilot actions in several cities and training "
                "for local staff."
            ),
            "fr": (
                "Les partenaires se sont réunis pour la première fois à {city} pour arrêter le "
                "programme de travail : un état des pratiques existantes, des actions pilotes "
                "dans plusieurs villes et des formations pour les agents locaux."
            ),
            "de": (
                "Die Partner trafen sich zum ersten Mal in {city}, um den Arbeitsplan zu "
                "vereinbaren: eine Bestandsaufnahme bestehender Praktiken, Pilotmaßnahmen in "
                "mehreren Städten und Schulungen für kommunale Fachkräfte."
            ),
            "it": (
                "I partner si sono incontrati per la prima volta a {city} per concordare il "
                "piano di lavoro: una ricognizione delle pratiche esistenti, azioni pilota in "
                "diverse città e formazione per il personale locale."
            ),
            "es": (
                "Los socios se reunieron por primera vez en {city} para acordar el plan de "
                "trabajo: un repaso de las prácticas existentes, acciones piloto en varias "
                "ciudades y formación para el personal local."
            ),
            "pt": (
                "Os parceiros reuniram-se pela primeira vez em {city} para acordar o plano de "
                "trabalho: um levantamento das práticas existentes, ações-piloto em várias "
                "cidades e formação para os profissionais locais."
            ),
        },
        "after": {
            "en": (
                "The results will be published in the Efus library and presented to every "
                "member of the network."
            ),
            "fr": (
                "Les résultats seront publiés dans la bibliothèque de l’Efus et présentés à "
                "tous les membres du réseau."
            ),
            "de": (
                "Die Ergebnisse werden in der Bibliothek des Efus veröffentlicht und allen "
                "Mitgliedern des Netzwerks vorgestellt."
            ),
            "it": (
                "I risultati saranno pubblicati nella biblioteca dell’Efus e presentati a tutti "
                "i membri della rete."
            ),
            "es": (
                "Los resultados se publicarán en la biblioteca del Efus y se presentarán a "
                "todos los miembros de la red."
            ),
            "pt": (
                "Os resultados serão publicados na biblioteca do Efus e apresentados a todos os "
                "membros da rede."
            ),
        },
    },
    "publication": {
        "numbers": (10, 40),
        "title": {
            "en": "Now in the library: {publication}",
            "fr": "Nouveau dans la bibliothèque : {publication}",
            "de": "Neu in der Bibliothek: {publication}",
            "it": "Novità in biblioteca: {publication}",
            "es": "Novedad en la biblioteca: {publication}",
            "pt": "Novidade na biblioteca: {publication}",
        },
        "intro": {
            "en": (
                "A new Efus publication draws on the experience of {number} member cities, "
                "among them {city}."
            ),
            "fr": (
                "Une nouvelle publication de l’Efus s’appuie sur l’expérience de {number} villes "
                "membres, dont {city}."
            ),
            "de": (
                "Eine neue Publikation des Efus stützt sich auf die Erfahrungen von {number} "
                "Mitgliedsstädten, darunter {city}."
            ),
            "it": (
                "Una nuova pubblicazione dell’Efus si basa sull’esperienza di {number} città "
                "membri, tra cui {city}."
            ),
            "es": (
                "Una nueva publicación del Efus se apoya en la experiencia de {number} ciudades "
                "miembros, entre ellas {city}."
            ),
            "pt": (
                "Uma nova publicação do Efus baseia-se na experiência de {number} cidades "
                "membros, entre as quais {city}."
            ),
        },
        "before": {
            "en": (
                "Written with practitioners and researchers, it gathers what cities have "
                "learnt, the questions that remain open and recommendations for local and "
                "regional authorities."
            ),
            "fr": (
                "Rédigée avec des professionnels et des chercheurs, elle rassemble ce que les "
                "villes ont appris, les questions qui restent ouvertes et des recommandations "
                "aux collectivités locales et régionales."
            ),
            "de": (
                "Gemeinsam mit Fachleuten und Forschenden verfasst, fasst sie zusammen, was die "
                "Städte gelernt haben, welche Fragen offen bleiben, und gibt Empfehlungen für "
                "Kommunen und Regionen."
            ),
            "it": (
                "Scritta con operatori e ricercatori, raccoglie ciò che le città hanno "
                "imparato, le questioni ancora aperte e raccomandazioni per gli enti locali e "
                "regionali."
            ),
            "es": (
                "Redactada con profesionales e investigadores, reúne lo que las ciudades han "
                "aprendido, las preguntas que siguen abiertas y recomendaciones para las "
                "autoridades locales y regionales."
            ),
            "pt": (
                "Escrita com profissionais e investigadores, reúne o que as cidades aprenderam, "
                "as questões que continuam em aberto e recomendações para as autoridades locais "
                "e regionais."
            ),
        },
        "after": {
            "en": "It can be read in the library, in the languages it was published in.",
            "fr": "Elle se lit dans la bibliothèque, dans les langues où elle a paru.",
            "de": (
                "Sie steht in der Bibliothek bereit, in den Sprachen, in denen sie erschienen ist."
            ),
            "it": "Si può leggere in biblioteca, nelle lingue in cui è stata pubblicata.",
            "es": "Puede leerse en la biblioteca, en los idiomas en que se publicó.",
            "pt": "Pode ser lida na biblioteca, nas línguas em que foi publicada.",
        },
    },
    "visit": {
        "numbers": (8, 25),
        "title": {
            "en": "Study visit to {city}: {topic}",
            "fr": "Visite d’étude à {city} : {topic}",
            "de": "Studienbesuch in {city}: {topic}",
            "it": "Visita di studio a {city}: {topic}",
            "es": "Visita de estudio a {city}: {topic}",
            "pt": "Visita de estudo a {city}: {topic}",
        },
        "intro": {
            "en": (
                "A delegation of {number} members of the network spent two days in {city} with "
                "the teams who work on the ground."
            ),
            "fr": (
                "Une délégation de {number} membres du réseau a passé deux jours à {city} avec "
                "les équipes qui travaillent sur le terrain."
            ),
            "de": (
                "Eine Delegation von {number} Mitgliedern des Netzwerks verbrachte zwei Tage in "
                "{city} bei den Teams, die vor Ort arbeiten."
            ),
            "it": (
                "Una delegazione di {number} membri della rete ha trascorso due giorni a {city} "
                "con le squadre che lavorano sul campo."
            ),
            "es": (
                "Una delegación de {number} miembros de la red pasó dos días en {city} con los "
                "equipos que trabajan sobre el terreno."
            ),
            "pt": (
                "Uma delegação de {number} membros da rede passou dois dias em {city} com as "
                "equipas que trabalham no terreno."
            ),
        },
        "before": {
            "en": (
                "The visitors met municipal staff, police officers, social workers and "
                "residents, and saw the places where the city’s approach is put into practice."
            ),
            "fr": (
                "Les visiteurs ont rencontré agents municipaux, policiers, travailleurs sociaux "
                "et habitants, et découvert les lieux où la démarche de la ville se concrétise."
            ),
            "de": (
                "Die Besucher trafen städtische Mitarbeitende, Polizei, Sozialarbeit und "
                "Bewohner und sahen die Orte, an denen der Ansatz der Stadt umgesetzt wird."
            ),
            "it": (
                "I visitatori hanno incontrato personale comunale, agenti di polizia, operatori "
                "sociali e residenti, e visto i luoghi in cui l’approccio della città prende "
                "forma."
            ),
            "es": (
                "Los visitantes se reunieron con personal municipal, policías, trabajadores "
                "sociales y vecinos, y conocieron los lugares donde se aplica el enfoque de la "
                "ciudad."
            ),
            "pt": (
                "Os visitantes encontraram funcionários municipais, polícias, assistentes "
                "sociais e moradores, e conheceram os locais onde a abordagem da cidade é posta "
                "em prática."
            ),
        },
        "after": {
            "en": (
                "Study visits are among the services Efus offers its members: seeing a practice "
                "at work before adapting it at home."
            ),
            "fr": (
                "Les visites d’étude font partie des services que l’Efus offre à ses membres : "
                "voir une pratique à l’œuvre avant de l’adapter chez soi."
            ),
            "de": (
                "Studienbesuche gehören zu den Leistungen des Efus für seine Mitglieder: eine "
                "Praxis in Aktion sehen, bevor man sie zu Hause anpasst."
            ),
            "it": (
                "Le visite di studio sono tra i servizi che l’Efus offre ai suoi membri: vedere "
                "una pratica all’opera prima di adattarla a casa propria."
            ),
            "es": (
                "Las visitas de estudio forman parte de los servicios que el Efus ofrece a sus "
                "miembros: ver una práctica en marcha antes de adaptarla en casa."
            ),
            "pt": (
                "As visitas de estudo fazem parte dos serviços que o Efus oferece aos seus "
                "membros: ver uma prática em funcionamento antes de a adaptar em casa."
            ),
        },
    },
}
