"""Demo content of the projects app, in six languages: the projects page and eight
European projects. The projects are illustrative: their names, partners and figures are
made up, in the spirit of Efus's work."""

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

# The partner that stands for Efus itself, which is not one of its member authorities.
EFUS = (
    {
        "en": "European Forum for Urban Security (Efus)",
        "fr": "Forum européen pour la sécurité urbaine (Efus)",
        "de": "Europäisches Forum für urbane Sicherheit (Efus)",
        "it": "Forum europeo per la sicurezza urbana (Efus)",
        "es": "Foro Europeo para la Seguridad Urbana (Efus)",
        "pt": "Fórum Europeu para a Segurança Urbana (Efus)",
    },
    "FR",
)

PROJECTS_PAGE = {
    "title": {
        "en": "European projects",
        "fr": "Projets européens",
        "de": "Europäische Projekte",
        "it": "Progetti europei",
        "es": "Proyectos europeos",
        "pt": "Projetos europeus",
    },
    "slug": {
        "en": "projects",
        "fr": "projets",
        "de": "projekte",
        "it": "progetti",
        "es": "proyectos",
        "pt": "projetos",
    },
    "intro": {
        "en": (
            "The European projects Efus runs with its members and partners: what they do, who "
            "takes part, and what they produced."
        ),
        "fr": (
            "Les projets européens que l’Efus mène avec ses membres et ses partenaires : ce "
            "qu’ils font, qui y participe et ce qu’ils ont produit."
        ),
        "de": (
            "Die europäischen Projekte, die der Efus mit seinen Mitgliedern und Partnern "
            "durchführt: was sie tun, wer mitwirkt und was daraus entstanden ist."
        ),
        "it": (
            "I progetti europei che l’Efus conduce con i suoi membri e partner: che cosa fanno, "
            "chi vi partecipa e che cosa hanno prodotto."
        ),
        "es": (
            "Los proyectos europeos que el Efus lleva a cabo con sus miembros y socios: qué "
            "hacen, quién participa y qué han producido."
        ),
        "pt": (
            "Os projetos europeus que o Efus conduz com os seus membros e parceiros: o que "
            "fazem, quem participa e o que produziram."
        ),
    },
    "search_description": {
        "en": (
            "European projects of Efus and its member cities on urban security and crime "
            "prevention, funded by EU programmes."
        ),
        "fr": (
            "Les projets européens de l’Efus et de ses villes membres sur la sécurité urbaine et "
            "la prévention de la délinquance, financés par des programmes de l’UE."
        ),
        "de": (
            "Europäische Projekte des Efus und seiner Mitgliedsstädte zu urbaner Sicherheit und "
            "Kriminalprävention, gefördert aus EU-Programmen."
        ),
        "it": (
            "I progetti europei dell’Efus e delle città membri sulla sicurezza urbana e la "
            "prevenzione della criminalità, finanziati da programmi dell’UE."
        ),
        "es": (
            "Los proyectos europeos del Efus y sus ciudades miembros sobre seguridad urbana y "
            "prevención de la delincuencia, financiados por programas de la UE."
        ),
        "pt": (
            "Os projetos europeus do Efus e das cidades membros sobre segurança urbana e "
            "prevenção da criminalidade, financiados por programas da UE."
        ),
    },
}


# Each project: its dates as (years from this year, month, day), so that four are ongoing
# and four closed whenever the demo is built; its coordinator (``EFUS`` or a member's slug),
# its member partners (slugs of demo members) and other partners (name, country); its themes
# (slugs of the demo themes), the first one its main theme, on which its outcomes are.
PROJECTS = (
    {
        "acronym": "SAFE-NIGHTS",
        "programme": "isf",
        "start": (-1, 1, 15),
        "end": (1, 12, 31),
        "budget": 1_850_000,
        "eu_contribution": 1_665_000,
        "coordinator": EFUS,
        "members": ["barcelona", "lisbon", "antwerp", "bologna", "lyon"],
        "others": [("Nightlife Safety Institute", "NL"), ("Fundación Noche Segura", "ES")],
        "themes": ["nightlife", "drugs-and-addictions", "public-spaces"],
        "title": {
            "en": "Safer nights in European cities",
            "fr": "Des nuits plus sûres dans les villes européennes",
            "de": "Sicherere Nächte in europäischen Städten",
            "it": "Notti più sicure nelle città europee",
            "es": "Noches más seguras en las ciudades europeas",
            "pt": "Noites mais seguras nas cidades europeias",
        },
        "intro": {
            "en": (
                "Cities test shared tools to manage their nightlife districts together with "
                "residents, venue owners, night mayors and the police."
            ),
            "fr": (
                "Des villes testent des outils communs pour gérer leurs quartiers festifs avec "
                "les habitants, les établissements, les maires de la nuit et la police."
            ),
            "de": (
                "Städte erproben gemeinsame Werkzeuge, um ihre Ausgehviertel mit Anwohnern, "
                "Betreibern, Nachtbürgermeistern und der Polizei zu gestalten."
            ),
            "it": (
                "Le città sperimentano strumenti comuni per gestire i quartieri della movida "
                "con residenti, locali, sindaci della notte e polizia."
            ),
            "es": (
                "Las ciudades prueban herramientas comunes para gestionar sus barrios de ocio "
                "nocturno con vecinos, locales, alcaldes de la noche y policía."
            ),
            "pt": (
                "As cidades testam ferramentas comuns para gerir os seus bairros de vida "
                "noturna com moradores, estabelecimentos, presidentes da noite e polícia."
            ),
        },
        "body": {
            "en": (
                "<p>Nightlife brings jobs, culture and visitors, but also noise, alcohol-related "
                "violence and harassment. SAFE-NIGHTS helps partner cities map their night-time "
                "economy, agree on local charters with venues and train staff to prevent "
                "incidents and respond to them.</p><p>Each city runs a pilot in one district, "
                "from welcome teams in the streets to better late-night transport. The results "
                "feed a European guide and a peer-review programme open to every Efus "
                "member.</p>"
            ),
            "fr": (
                "<p>La vie nocturne crée des emplois, de la culture et attire des visiteurs, mais "
                "elle s’accompagne aussi de bruit, de violences liées à l’alcool et de "
                "harcèlement. SAFE-NIGHTS aide les villes partenaires à cartographier leur "
                "économie de la nuit, à signer des chartes locales avec les établissements et à "
                "former les personnels pour prévenir les incidents et y répondre.</p><p>Chaque "
                "ville mène une expérimentation dans un quartier, des équipes d’accueil dans la "
                "rue à de meilleurs transports de nuit. Les résultats nourrissent un guide "
                "européen et un programme d’évaluation par les pairs ouvert à tous les membres "
                "de l’Efus.</p>"
            ),
            "de": (
                "<p>Das Nachtleben schafft Arbeitsplätze und Kultur und zieht Besucher an, bringt "
                "aber auch Lärm, alkoholbedingte Gewalt und Belästigung mit sich. SAFE-NIGHTS "
                "hilft den Partnerstädten, ihre Nachtökonomie zu erfassen, lokale Vereinbarungen "
                "mit den Betrieben zu schließen und Personal in Prävention und Intervention zu "
                "schulen.</p><p>Jede Stadt führt in einem Viertel ein Pilotprojekt durch, von "
                "Straßenteams bis zu besseren Nachtverbindungen im Nahverkehr. Die Ergebnisse "
                "fließen in einen europäischen Leitfaden und ein Peer-Review-Programm ein, das "
                "allen Mitgliedern des Efus offensteht.</p>"
            ),
            "it": (
                "<p>La vita notturna porta lavoro, cultura e visitatori, ma anche rumore, "
                "violenze legate all’alcol e molestie. SAFE-NIGHTS aiuta le città partner a "
                "mappare la loro economia notturna, a stipulare carte locali con i locali e a "
                "formare il personale per prevenire gli incidenti e intervenire.</p><p>Ogni "
                "città conduce una sperimentazione in un quartiere, dalle squadre di accoglienza "
                "in strada a migliori trasporti notturni. I risultati confluiscono in una guida "
                "europea e in un programma di valutazione tra pari aperto a tutti i membri "
                "dell’Efus.</p>"
            ),
            "es": (
                "<p>El ocio nocturno genera empleo, cultura y visitantes, pero también ruido, "
                "violencia ligada al alcohol y acoso. SAFE-NIGHTS ayuda a las ciudades socias a "
                "cartografiar su economía nocturna, a firmar cartas locales con los locales y a "
                "formar al personal para prevenir incidentes y responder a ellos.</p><p>Cada "
                "ciudad realiza una experiencia piloto en un barrio, desde equipos de acogida en "
                "la calle hasta un mejor transporte nocturno. Los resultados alimentan una guía "
                "europea y un programa de revisión entre pares abierto a todos los miembros del "
                "Efus.</p>"
            ),
            "pt": (
                "<p>A vida noturna traz emprego, cultura e visitantes, mas também ruído, "
                "violência associada ao álcool e assédio. O SAFE-NIGHTS ajuda as cidades "
                "parceiras a mapear a sua economia noturna, a celebrar cartas locais com os "
                "estabelecimentos e a formar o pessoal para prevenir incidentes e responder-"
                "lhes.</p><p>Cada cidade realiza um projeto-piloto num bairro, desde equipas de "
                "acolhimento na rua até melhores transportes noturnos. Os resultados alimentam "
                "um guia europeu e um programa de avaliação entre pares aberto a todos os "
                "membros do Efus.</p>"
            ),
        },
    },
    {
        "acronym": "LOCAL-PREVENT",
        "programme": "isf",
        "start": (-4, 2, 1),
        "end": (-2, 1, 31),
        "budget": 2_400_000,
        "eu_contribution": 2_160_000,
        "coordinator": EFUS,
        "members": ["molenbeek-saint-jean", "rotterdam", "malmo", "berlin", "toulouse"],
        "others": [("Nordic Centre for Dialogue and Prevention", "SE")],
        "themes": ["prevention-of-radicalisation", "youth", "social-cohesion"],
        "title": {
            "en": "Local partnerships against violent radicalisation",
            "fr": "Partenariats locaux contre la radicalisation violente",
            "de": "Lokale Partnerschaften gegen gewaltbereite Radikalisierung",
            "it": "Partenariati locali contro la radicalizzazione violenta",
            "es": "Alianzas locales contra la radicalización violenta",
            "pt": "Parcerias locais contra a radicalização violenta",
        },
        "intro": {
            "en": (
                "Cities built multi-agency teams that bring together schools, social workers, "
                "families and the police to detect and prevent violent radicalisation early."
            ),
            "fr": (
                "Des villes ont mis en place des équipes pluridisciplinaires réunissant écoles, "
                "travailleurs sociaux, familles et police pour repérer et prévenir tôt la "
                "radicalisation violente."
            ),
            "de": (
                "Städte haben behördenübergreifende Teams aufgebaut, in denen Schulen, "
                "Sozialarbeit, Familien und Polizei gewaltbereite Radikalisierung früh erkennen "
                "und verhindern."
            ),
            "it": (
                "Le città hanno creato équipe multidisciplinari che riuniscono scuole, operatori "
                "sociali, famiglie e polizia per individuare e prevenire per tempo la "
                "radicalizzazione violenta."
            ),
            "es": (
                "Las ciudades crearon equipos multidisciplinares que reúnen a escuelas, "
                "trabajadores sociales, familias y policía para detectar y prevenir a tiempo la "
                "radicalización violenta."
            ),
            "pt": (
                "As cidades criaram equipas multidisciplinares que reúnem escolas, técnicos "
                "sociais, famílias e polícia para detetar e prevenir cedo a radicalização "
                "violenta."
            ),
        },
        "body": {
            "en": (
                "<p>Over two years, LOCAL-PREVENT helped five cities set up or strengthen local "
                "prevention teams, with clear rules for sharing information while respecting "
                "privacy. Front-line workers followed a common training course on the early "
                "signs of radicalisation and on how to refer a person to support.</p><p>The "
                "project closed with a handbook on multi-agency work and a set of case studies, "
                "now used by other members of the network to start their own teams.</p>"
            ),
            "fr": (
                "<p>Pendant deux ans, LOCAL-PREVENT a aidé cinq villes à créer ou renforcer des "
                "équipes locales de prévention, avec des règles claires pour partager "
                "l’information dans le respect de la vie privée. Les professionnels de terrain "
                "ont suivi une formation commune sur les premiers signes de radicalisation et "
                "sur l’orientation des personnes vers un accompagnement.</p><p>Le projet s’est "
                "conclu par un manuel sur le travail pluridisciplinaire et une série d’études de "
                "cas, dont s’inspirent aujourd’hui d’autres membres du réseau pour lancer leurs "
                "propres équipes.</p>"
            ),
            "de": (
                "<p>Zwei Jahre lang half LOCAL-PREVENT fünf Städten, lokale Präventionsteams "
                "aufzubauen oder zu stärken, mit klaren Regeln für den Informationsaustausch "
                "unter Wahrung des Datenschutzes. Fachkräfte aus der Praxis absolvierten eine "
                "gemeinsame Schulung zu frühen Anzeichen von Radikalisierung und zur Vermittlung "
                "an Unterstützungsangebote.</p><p>Zum Abschluss entstanden ein Handbuch zur "
                "behördenübergreifenden Zusammenarbeit und eine Reihe von Fallstudien, mit denen "
                "weitere Mitglieder des Netzwerks heute eigene Teams aufbauen.</p>"
            ),
            "it": (
                "<p>In due anni LOCAL-PREVENT ha aiutato cinque città a creare o rafforzare "
                "équipe locali di prevenzione, con regole chiare per condividere le informazioni "
                "nel rispetto della privacy. Gli operatori sul campo hanno seguito una "
                "formazione comune sui primi segnali di radicalizzazione e su come indirizzare "
                "una persona verso un sostegno.</p><p>Il progetto si è concluso con un manuale "
                "sul lavoro multidisciplinare e una serie di casi di studio, oggi utilizzati da "
                "altri membri della rete per avviare le proprie équipe.</p>"
            ),
            "es": (
                "<p>Durante dos años, LOCAL-PREVENT ayudó a cinco ciudades a crear o reforzar "
                "equipos locales de prevención, con reglas claras para compartir información "
                "respetando la privacidad. Los profesionales de primera línea siguieron una "
                "formación común sobre las primeras señales de radicalización y sobre cómo "
                "derivar a una persona hacia un acompañamiento.</p><p>El proyecto concluyó con "
                "un manual sobre el trabajo multidisciplinar y una serie de estudios de caso, "
                "que hoy utilizan otros miembros de la red para poner en marcha sus propios "
                "equipos.</p>"
            ),
            "pt": (
                "<p>Durante dois anos, o LOCAL-PREVENT ajudou cinco cidades a criar ou reforçar "
                "equipas locais de prevenção, com regras claras para partilhar informação no "
                "respeito pela privacidade. Os profissionais no terreno seguiram uma formação "
                "comum sobre os primeiros sinais de radicalização e sobre o encaminhamento de "
                "pessoas para apoio.</p><p>O projeto terminou com um manual sobre o trabalho "
                "multidisciplinar e um conjunto de estudos de caso, hoje usados por outros "
                "membros da rede para criar as suas próprias equipas.</p>"
            ),
        },
    },
    {
        "acronym": "CITYLINK",
        "programme": "horizon_europe",
        "start": (-1, 9, 1),
        "end": (2, 8, 31),
        "budget": 3_200_000,
        "eu_contribution": 3_200_000,
        "coordinator": "generalitat-de-catalunya",
        "members": ["liege", "porto", "gent", "universidade-de-coimbra", "region-ile-de-france"],
        "others": [("European Centre for Community Policing", "NL")],
        "themes": ["public-spaces", "urban-technology", "social-cohesion"],
        "title": {
            "en": "Cities and police: building local security partnerships",
            "fr": "Villes et police : construire des partenariats locaux de sécurité",
            "de": "Städte und Polizei: lokale Sicherheitspartnerschaften aufbauen",
            "it": "Città e polizia: costruire partenariati locali per la sicurezza",
            "es": "Ciudades y policía: construir alianzas locales de seguridad",
            "pt": "Cidades e polícia: construir parcerias locais de segurança",
        },
        "intro": {
            "en": (
                "Researchers, city services and police forces study what makes cooperation "
                "between local authorities and the police work, and how residents can take "
                "part."
            ),
            "fr": (
                "Chercheurs, services municipaux et forces de police étudient ce qui fait "
                "réussir la coopération entre collectivités locales et police, et comment les "
                "habitants peuvent y prendre part."
            ),
            "de": (
                "Forschende, städtische Dienste und Polizei untersuchen, was die Zusammenarbeit "
                "zwischen Kommunen und Polizei gelingen lässt und wie sich die Bevölkerung "
                "beteiligen kann."
            ),
            "it": (
                "Ricercatori, servizi comunali e forze di polizia studiano che cosa fa "
                "funzionare la cooperazione tra enti locali e polizia, e come possono "
                "parteciparvi i cittadini."
            ),
            "es": (
                "Investigadores, servicios municipales y cuerpos policiales estudian qué hace "
                "funcionar la cooperación entre autoridades locales y policía, y cómo pueden "
                "participar los vecinos."
            ),
            "pt": (
                "Investigadores, serviços municipais e forças policiais estudam o que faz "
                "funcionar a cooperação entre autarquias e polícia, e como os moradores podem "
                "participar."
            ),
        },
        "body": {
            "en": (
                "<p>CITYLINK compares local security partnerships in five countries: how tasks "
                "are shared between municipal and national police, how data is exchanged, and "
                "how trust with residents is built in neighbourhoods where it is low.</p><p>"
                "Living labs in each partner city test new ways of working, such as joint "
                "neighbourhood teams and public safety dashboards, and assess them against "
                "common indicators. Findings are discussed with national ministries at yearly "
                "policy roundtables.</p>"
            ),
            "fr": (
                "<p>CITYLINK compare les partenariats locaux de sécurité dans cinq pays : la "
                "répartition des missions entre police municipale et police nationale, "
                "l’échange de données, et la manière de construire la confiance avec les "
                "habitants dans les quartiers où elle fait défaut.</p><p>Des laboratoires vivants "
                "dans chaque ville partenaire expérimentent de nouvelles façons de travailler, "
                "comme des équipes de quartier communes ou des tableaux de bord de la sécurité "
                "publique, évaluées selon des indicateurs partagés. Les résultats sont discutés "
                "chaque année avec les ministères nationaux lors de tables rondes.</p>"
            ),
            "de": (
                "<p>CITYLINK vergleicht lokale Sicherheitspartnerschaften in fünf Ländern: wie "
                "Aufgaben zwischen kommunaler und staatlicher Polizei verteilt sind, wie Daten "
                "ausgetauscht werden und wie in Vierteln mit geringem Vertrauen eine Beziehung "
                "zur Bevölkerung entsteht.</p><p>Reallabore in jeder Partnerstadt erproben neue "
                "Arbeitsweisen, etwa gemeinsame Quartiersteams und Lagebilder zur öffentlichen "
                "Sicherheit, und bewerten sie anhand gemeinsamer Indikatoren. Die Ergebnisse "
                "werden jährlich an runden Tischen mit den zuständigen Ministerien erörtert.</p>"
            ),
            "it": (
                "<p>CITYLINK confronta i partenariati locali per la sicurezza in cinque paesi: "
                "come si ripartiscono i compiti tra polizia locale e nazionale, come si "
                "scambiano i dati e come si costruisce la fiducia dei cittadini nei quartieri "
                "dove è scarsa.</p><p>Laboratori urbani in ogni città partner sperimentano nuovi "
                "modi di lavorare, come squadre di quartiere congiunte e cruscotti sulla "
                "sicurezza pubblica, valutati secondo indicatori comuni. I risultati sono "
                "discussi ogni anno con i ministeri nazionali in tavole rotonde.</p>"
            ),
            "es": (
                "<p>CITYLINK compara las alianzas locales de seguridad en cinco países: cómo se "
                "reparten las tareas entre policía municipal y nacional, cómo se intercambian "
                "los datos y cómo se construye la confianza con los vecinos en los barrios donde "
                "escasea.</p><p>Laboratorios urbanos en cada ciudad socia prueban nuevas formas "
                "de trabajar, como equipos de barrio conjuntos y paneles de seguridad pública, "
                "evaluados con indicadores comunes. Los resultados se debaten cada año con los "
                "ministerios nacionales en mesas redondas.</p>"
            ),
            "pt": (
                "<p>O CITYLINK compara as parcerias locais de segurança em cinco países: como se "
                "repartem as tarefas entre polícia municipal e nacional, como se trocam dados e "
                "como se constrói a confiança dos moradores nos bairros onde ela falta.</p><p>"
                "Laboratórios vivos em cada cidade parceira testam novas formas de trabalhar, "
                "como equipas de bairro conjuntas e painéis de segurança pública, avaliadas "
                "segundo indicadores comuns. Os resultados são debatidos todos os anos com os "
                "ministérios nacionais em mesas-redondas.</p>"
            ),
        },
    },
    {
        "acronym": "VOICES",
        "programme": "justice",
        "start": (-3, 1, 1),
        "end": (-1, 6, 30),
        "budget": 820_000,
        "eu_contribution": 738_000,
        "coordinator": EFUS,
        "members": ["madrid", "turin", "strasbourg", "vila-nova-de-gaia"],
        "others": [
            ("Associação de Apoio à Vítima do Norte", "PT"),
            ("Opferhilfe Rhein-Main", "DE"),
        ],
        "themes": ["victims", "gender-based-violence"],
        "title": {
            "en": "Victims at the centre: local support for victims of crime",
            "fr": "Les victimes au centre : l’aide locale aux victimes d’infractions",
            "de": "Opfer im Mittelpunkt: lokale Unterstützung für Opfer von Straftaten",
            "it": "Le vittime al centro: il sostegno locale alle vittime di reato",
            "es": "Las víctimas en el centro: apoyo local a las víctimas de delitos",
            "pt": "As vítimas no centro: apoio local às vítimas de crime",
        },
        "intro": {
            "en": (
                "Cities improved how victims of crime are received, informed and referred, from "
                "the first contact at a police station to long-term support."
            ),
            "fr": (
                "Des villes ont amélioré l’accueil, l’information et l’orientation des victimes "
                "d’infractions, du premier contact au commissariat jusqu’à l’accompagnement dans "
                "la durée."
            ),
            "de": (
                "Städte haben verbessert, wie Opfer von Straftaten empfangen, informiert und "
                "weitervermittelt werden, vom ersten Kontakt auf der Wache bis zur langfristigen "
                "Begleitung."
            ),
            "it": (
                "Le città hanno migliorato l’accoglienza, l’informazione e l’orientamento delle "
                "vittime di reato, dal primo contatto in commissariato al sostegno nel lungo "
                "periodo."
            ),
            "es": (
                "Las ciudades mejoraron la acogida, la información y la derivación de las "
                "víctimas de delitos, desde el primer contacto en comisaría hasta el "
                "acompañamiento a largo plazo."
            ),
            "pt": (
                "As cidades melhoraram o acolhimento, a informação e o encaminhamento das "
                "vítimas de crime, desde o primeiro contacto na esquadra até ao apoio a longo "
                "prazo."
            ),
        },
        "body": {
            "en": (
                "<p>The EU Victims’ Rights Directive gives every victim the right to information "
                "and support, but in practice much depends on local services. VOICES mapped the "
                "path of a victim in each partner city and found where people were lost between "
                "the police, the courts, health services and associations.</p><p>The partners "
                "trained reception staff, opened shared local help desks and wrote protocols for "
                "victims of domestic and sexual violence. A toolkit of practical sheets sums up "
                "what other cities can do at little cost.</p>"
            ),
            "fr": (
                "<p>La directive européenne sur les droits des victimes garantit à chacune le "
                "droit à l’information et au soutien, mais dans les faits beaucoup dépend des "
                "services locaux. VOICES a retracé le parcours d’une victime dans chaque ville "
                "partenaire et repéré les moments où les personnes se perdaient entre police, "
                "justice, services de santé et associations.</p><p>Les partenaires ont formé les "
                "personnels d’accueil, ouvert des guichets locaux communs et rédigé des "
                "protocoles pour les victimes de violences conjugales et sexuelles. Une boîte à "
                "outils de fiches pratiques résume ce que d’autres villes peuvent faire à moindre "
                "coût.</p>"
            ),
            "de": (
                "<p>Die EU-Opferschutzrichtlinie gibt jedem Opfer ein Recht auf Information und "
                "Unterstützung, doch in der Praxis hängt viel von den Diensten vor Ort ab. VOICES "
                "hat den Weg eines Opfers in jeder Partnerstadt nachgezeichnet und die Stellen "
                "gefunden, an denen Menschen zwischen Polizei, Justiz, Gesundheitsdiensten und "
                "Vereinen verloren gingen.</p><p>Die Partner schulten das Personal in der "
                "Erstaufnahme, eröffneten gemeinsame lokale Anlaufstellen und verfassten Abläufe "
                "für Opfer häuslicher und sexualisierter Gewalt. Eine Sammlung von Praxisblättern "
                "fasst zusammen, was andere Städte mit geringem Aufwand tun können.</p>"
            ),
            "it": (
                "<p>La direttiva europea sui diritti delle vittime riconosce a ogni vittima il "
                "diritto all’informazione e al sostegno, ma nella pratica molto dipende dai "
                "servizi locali. VOICES ha ricostruito il percorso di una vittima in ogni città "
                "partner e individuato i punti in cui le persone si perdevano tra polizia, "
                "giustizia, servizi sanitari e associazioni.</p><p>I partner hanno formato il "
                "personale di accoglienza, aperto sportelli locali condivisi e redatto protocolli "
                "per le vittime di violenza domestica e sessuale. Una raccolta di schede pratiche "
                "riassume ciò che altre città possono fare con costi contenuti.</p>"
            ),
            "es": (
                "<p>La directiva europea sobre los derechos de las víctimas reconoce a toda "
                "víctima el derecho a la información y al apoyo, pero en la práctica mucho "
                "depende de los servicios locales. VOICES reconstruyó el recorrido de una víctima "
                "en cada ciudad socia y detectó los momentos en que las personas se perdían entre "
                "policía, justicia, servicios de salud y asociaciones.</p><p>Los socios formaron "
                "al personal de acogida, abrieron oficinas locales compartidas y redactaron "
                "protocolos para las víctimas de violencia doméstica y sexual. Un conjunto de "
                "fichas prácticas resume lo que otras ciudades pueden hacer con poco coste.</p>"
            ),
            "pt": (
                "<p>A diretiva europeia sobre os direitos das vítimas reconhece a todas as "
                "vítimas o direito à informação e ao apoio, mas na prática muito depende dos "
                "serviços locais. O VOICES reconstituiu o percurso de uma vítima em cada cidade "
                "parceira e identificou os momentos em que as pessoas se perdiam entre polícia, "
                "justiça, serviços de saúde e associações.</p><p>Os parceiros formaram o pessoal "
                "de atendimento, abriram balcões locais partilhados e redigiram protocolos para "
                "vítimas de violência doméstica e sexual. Um conjunto de fichas práticas resume o "
                "que outras cidades podem fazer com poucos custos.</p>"
            ),
        },
    },
    {
        "acronym": "AUDIT-LAB",
        "programme": "erasmus",
        "start": (-3, 9, 1),
        "end": (-1, 8, 31),
        "budget": 390_000,
        "eu_contribution": 312_000,
        "coordinator": "nantes",
        "members": ["leuven", "graz", "evora"],
        "others": [("Urban Safety Training Centre", "IE")],
        "themes": ["public-spaces", "social-cohesion"],
        "title": {
            "en": "Local safety audits: a shared European method",
            "fr": "Diagnostics locaux de sécurité : une méthode européenne commune",
            "de": "Lokale Sicherheitsanalysen: eine gemeinsame europäische Methode",
            "it": "Audit locali della sicurezza: un metodo europeo condiviso",
            "es": "Diagnósticos locales de seguridad: un método europeo común",
            "pt": "Diagnósticos locais de segurança: um método europeu comum",
        },
        "intro": {
            "en": (
                "A training programme taught city staff how to run a local safety audit: "
                "gathering data, hearing residents and turning findings into a prevention "
                "strategy."
            ),
            "fr": (
                "Un programme de formation a appris aux agents municipaux à conduire un "
                "diagnostic local de sécurité : recueillir les données, entendre les habitants "
                "et traduire les constats en stratégie de prévention."
            ),
            "de": (
                "Ein Schulungsprogramm hat städtischen Mitarbeitenden vermittelt, wie eine "
                "lokale Sicherheitsanalyse gelingt: Daten sammeln, Bewohner anhören und "
                "Ergebnisse in eine Präventionsstrategie übersetzen."
            ),
            "it": (
                "Un programma di formazione ha insegnato al personale comunale a condurre un "
                "audit locale della sicurezza: raccogliere dati, ascoltare i residenti e "
                "tradurre i risultati in una strategia di prevenzione."
            ),
            "es": (
                "Un programa de formación enseñó al personal municipal a realizar un diagnóstico "
                "local de seguridad: reunir datos, escuchar a los vecinos y convertir los "
                "resultados en una estrategia de prevención."
            ),
            "pt": (
                "Um programa de formação ensinou técnicos municipais a realizar um diagnóstico "
                "local de segurança: recolher dados, ouvir os moradores e transformar as "
                "conclusões numa estratégia de prevenção."
            ),
        },
        "body": {
            "en": (
                "<p>A safety audit is the first step of any local prevention policy, yet few "
                "cities have staff trained to carry one out. AUDIT-LAB brought together trainers "
                "and practitioners from five countries to write a common curriculum, tested in "
                "three training weeks hosted by the partner cities.</p><p>Participants practised "
                "exploratory walks, victimisation surveys and the analysis of police and social "
                "data. The course materials are available in six languages and are reused in "
                "Efus training sessions.</p>"
            ),
            "fr": (
                "<p>Le diagnostic de sécurité est la première étape de toute politique locale de "
                "prévention, mais peu de villes disposent d’agents formés pour le conduire. "
                "AUDIT-LAB a réuni des formateurs et des praticiens de cinq pays pour rédiger un "
                "programme commun, expérimenté lors de trois semaines de formation accueillies "
                "par les villes partenaires.</p><p>Les participants se sont exercés aux marches "
                "exploratoires, aux enquêtes de victimation et à l’analyse des données policières "
                "et sociales. Les supports de formation existent en six langues et sont "
                "réutilisés lors des formations de l’Efus.</p>"
            ),
            "de": (
                "<p>Eine Sicherheitsanalyse ist der erste Schritt jeder lokalen "
                "Präventionspolitik, doch nur wenige Städte verfügen über geschultes Personal "
                "dafür. AUDIT-LAB hat Fachleute für Aus- und Weiterbildung und Praxis aus fünf "
                "Ländern zusammengebracht, um einen gemeinsamen Lehrplan zu schreiben, der in "
                "drei Schulungswochen in den Partnerstädten erprobt wurde.</p><p>Die "
                "Teilnehmenden übten Erkundungsspaziergänge, Opferbefragungen und die Auswertung "
                "polizeilicher und sozialer Daten. Die Kursmaterialien liegen in sechs Sprachen "
                "vor und werden in Schulungen des Efus weiterverwendet.</p>"
            ),
            "it": (
                "<p>L’audit della sicurezza è il primo passo di ogni politica locale di "
                "prevenzione, ma poche città dispongono di personale formato per condurlo. "
                "AUDIT-LAB ha riunito formatori e operatori di cinque paesi per scrivere un "
                "programma comune, sperimentato in tre settimane di formazione ospitate dalle "
                "città partner.</p><p>I partecipanti si sono esercitati con le passeggiate "
                "esplorative, le indagini di vittimizzazione e l’analisi dei dati di polizia e "
                "sociali. I materiali del corso sono disponibili in sei lingue e vengono "
                "riutilizzati nelle formazioni dell’Efus.</p>"
            ),
            "es": (
                "<p>El diagnóstico de seguridad es el primer paso de toda política local de "
                "prevención, pero pocas ciudades cuentan con personal formado para realizarlo. "
                "AUDIT-LAB reunió a formadores y profesionales de cinco países para redactar un "
                "programa común, probado en tres semanas de formación organizadas por las "
                "ciudades socias.</p><p>Los participantes practicaron marchas exploratorias, "
                "encuestas de victimización y el análisis de datos policiales y sociales. Los "
                "materiales del curso están disponibles en seis idiomas y se reutilizan en las "
                "formaciones del Efus.</p>"
            ),
            "pt": (
                "<p>O diagnóstico de segurança é o primeiro passo de qualquer política local de "
                "prevenção, mas poucas cidades dispõem de técnicos formados para o realizar. O "
                "AUDIT-LAB reuniu formadores e profissionais de cinco países para redigir um "
                "programa comum, testado em três semanas de formação organizadas pelas cidades "
                "parceiras.</p><p>Os participantes praticaram marchas exploratórias, inquéritos "
                "de vitimação e a análise de dados policiais e sociais. Os materiais do curso "
                "estão disponíveis em seis línguas e são reutilizados nas formações do Efus.</p>"
            ),
        },
    },
    {
        "acronym": "ONLINE-SAFE",
        "programme": "cerv",
        "start": (-1, 3, 1),
        "end": (1, 2, 28),
        "budget": 650_000,
        "eu_contribution": 585_000,
        "coordinator": EFUS,
        "members": ["vienna", "milan", "stockholm", "lille"],
        "others": [("Forum Digitale Jugend", "DE")],
        "themes": ["online-safety", "youth", "prevention-of-radicalisation"],
        "title": {
            "en": "Online hate and young people: what cities can do",
            "fr": "Haine en ligne et jeunes : ce que peuvent faire les villes",
            "de": "Hass im Netz und junge Menschen: was Städte tun können",
            "it": "Odio online e giovani: che cosa possono fare le città",
            "es": "Odio en línea y jóvenes: lo que pueden hacer las ciudades",
            "pt": "Ódio online e jovens: o que as cidades podem fazer",
        },
        "intro": {
            "en": (
                "Youth workers, schools and city services learn to recognise online hate and "
                "harassment, support the young people targeted and answer with campaigns of "
                "their own."
            ),
            "fr": (
                "Animateurs jeunesse, écoles et services municipaux apprennent à reconnaître la "
                "haine et le harcèlement en ligne, à soutenir les jeunes visés et à y répondre "
                "par leurs propres campagnes."
            ),
            "de": (
                "Jugendarbeit, Schulen und städtische Dienste lernen, Hass und Belästigung im "
                "Netz zu erkennen, betroffene junge Menschen zu unterstützen und mit eigenen "
                "Kampagnen zu antworten."
            ),
            "it": (
                "Educatori, scuole e servizi comunali imparano a riconoscere l’odio e le "
                "molestie online, a sostenere i giovani presi di mira e a rispondere con "
                "campagne proprie."
            ),
            "es": (
                "Educadores juveniles, escuelas y servicios municipales aprenden a reconocer el "
                "odio y el acoso en línea, a apoyar a los jóvenes afectados y a responder con "
                "campañas propias."
            ),
            "pt": (
                "Animadores juvenis, escolas e serviços municipais aprendem a reconhecer o ódio "
                "e o assédio online, a apoiar os jovens visados e a responder com campanhas "
                "próprias."
            ),
        },
        "body": {
            "en": (
                "<p>Hate speech and harassment online often spill over into schools and streets. "
                "ONLINE-SAFE gives local professionals the knowledge to act: how platforms "
                "moderate content, where to report, and how to talk with young people about what "
                "they see and share.</p><p>In each partner city, groups of young people design "
                "counter-narrative campaigns with local media and artists. A city network for "
                "online safety will continue the exchange once the project ends.</p>"
            ),
            "fr": (
                "<p>Les discours de haine et le harcèlement en ligne débordent souvent dans les "
                "écoles et dans la rue. ONLINE-SAFE donne aux professionnels locaux les "
                "connaissances pour agir : la modération des contenus par les plateformes, les "
                "moyens de signalement, et la manière de parler avec les jeunes de ce qu’ils "
                "voient et partagent.</p><p>Dans chaque ville partenaire, des groupes de jeunes "
                "conçoivent des campagnes de contre-discours avec des médias et des artistes "
                "locaux. Un réseau de villes pour la sécurité en ligne poursuivra les échanges "
                "après la fin du projet.</p>"
            ),
            "de": (
                "<p>Hassrede und Belästigung im Netz greifen oft auf Schulen und Straßen über. "
                "ONLINE-SAFE vermittelt Fachkräften vor Ort das nötige Wissen: wie Plattformen "
                "Inhalte moderieren, wo man Vorfälle meldet und wie man mit jungen Menschen über "
                "das spricht, was sie sehen und teilen.</p><p>In jeder Partnerstadt entwerfen "
                "Gruppen junger Menschen Gegenkampagnen mit lokalen Medien und Kunstschaffenden. "
                "Ein Städtenetzwerk für Sicherheit im Netz soll den Austausch nach Projektende "
                "fortführen.</p>"
            ),
            "it": (
                "<p>I discorsi d’odio e le molestie online spesso si riversano nelle scuole e "
                "nelle strade. ONLINE-SAFE fornisce ai professionisti locali le conoscenze per "
                "agire: come le piattaforme moderano i contenuti, dove segnalare e come parlare "
                "con i giovani di ciò che vedono e condividono.</p><p>In ogni città partner "
                "gruppi di giovani ideano campagne di contro-narrazione con media e artisti "
                "locali. Una rete di città per la sicurezza online proseguirà lo scambio dopo la "
                "fine del progetto.</p>"
            ),
            "es": (
                "<p>El discurso de odio y el acoso en línea a menudo se trasladan a las escuelas "
                "y a la calle. ONLINE-SAFE da a los profesionales locales los conocimientos para "
                "actuar: cómo moderan las plataformas los contenidos, dónde denunciar y cómo "
                "hablar con los jóvenes de lo que ven y comparten.</p><p>En cada ciudad socia, "
                "grupos de jóvenes diseñan campañas de contranarrativa con medios y artistas "
                "locales. Una red de ciudades por la seguridad en línea continuará el "
                "intercambio cuando termine el proyecto.</p>"
            ),
            "pt": (
                "<p>O discurso de ódio e o assédio online passam muitas vezes para as escolas e "
                "para a rua. O ONLINE-SAFE dá aos profissionais locais os conhecimentos para "
                "agir: como as plataformas moderam os conteúdos, onde denunciar e como falar com "
                "os jovens sobre o que veem e partilham.</p><p>Em cada cidade parceira, grupos de "
                "jovens concebem campanhas de contranarrativa com meios de comunicação e artistas "
                "locais. Uma rede de cidades para a segurança online continuará o intercâmbio "
                "depois do fim do projeto.</p>"
            ),
        },
    },
    {
        "acronym": "STREETS4ALL",
        "programme": "urbact",
        "start": (-2, 6, 1),
        "end": (1, 5, 31),
        "budget": 750_000,
        "eu_contribution": 600_000,
        "coordinator": "valencia",
        "members": ["bordeaux", "krakow", "bristol", "vienna"],
        "others": [("Observatório Género e Cidade", "PT")],
        "themes": ["gender-based-violence", "public-spaces"],
        "title": {
            "en": "Streets for all: public spaces designed with women and girls",
            "fr": (
                "Des rues pour toutes et tous : des espaces publics conçus avec les femmes et "
                "les filles"
            ),
            "de": "Straßen für alle: öffentliche Räume, gestaltet mit Frauen und Mädchen",
            "it": "Strade per tutti: spazi pubblici progettati con donne e ragazze",
            "es": "Calles para todas y todos: espacios públicos diseñados con mujeres y niñas",
            "pt": "Ruas para todos: espaços públicos desenhados com mulheres e raparigas",
        },
        "intro": {
            "en": (
                "A network of cities redesigns streets, parks and stations with the women and "
                "girls who use them, so that everyone feels safe at every hour."
            ),
            "fr": (
                "Un réseau de villes réaménage rues, parcs et gares avec les femmes et les "
                "filles qui les fréquentent, pour que chacun s’y sente en sécurité à toute "
                "heure."
            ),
            "de": (
                "Ein Städtenetzwerk gestaltet Straßen, Parks und Bahnhöfe mit den Frauen und "
                "Mädchen um, die sie nutzen, damit sich alle zu jeder Stunde sicher fühlen."
            ),
            "it": (
                "Una rete di città ridisegna strade, parchi e stazioni con le donne e le ragazze "
                "che li frequentano, perché tutti vi si sentano sicuri a ogni ora."
            ),
            "es": (
                "Una red de ciudades rediseña calles, parques y estaciones con las mujeres y "
                "niñas que los usan, para que todo el mundo se sienta seguro a cualquier hora."
            ),
            "pt": (
                "Uma rede de cidades redesenha ruas, parques e estações com as mulheres e "
                "raparigas que os utilizam, para que todos se sintam seguros a qualquer hora."
            ),
        },
        "body": {
            "en": (
                "<p>Poor lighting, empty underpasses and deserted stops keep many women and "
                "girls away from public spaces after dark. STREETS4ALL cities run exploratory "
                "walks with residents, map the places people avoid and agree on changes with "
                "planners, transport operators and the police.</p><p>Each city writes an "
                "integrated action plan and carries out small, fast improvements, from lighting "
                "to seating and signage, whose effect is measured with repeated surveys.</p>"
            ),
            "fr": (
                "<p>Un éclairage insuffisant, des passages souterrains vides et des arrêts "
                "déserts éloignent beaucoup de femmes et de filles de l’espace public une fois "
                "la nuit tombée. Les villes de STREETS4ALL organisent des marches exploratoires "
                "avec les habitantes et habitants, cartographient les lieux évités et conviennent "
                "des changements avec les urbanistes, les transporteurs et la police.</p><p>"
                "Chaque ville rédige un plan d’action intégré et réalise des améliorations "
                "rapides et modestes, de l’éclairage au mobilier et à la signalétique, dont "
                "l’effet est mesuré par des enquêtes répétées.</p>"
            ),
            "de": (
                "<p>Schlechte Beleuchtung, leere Unterführungen und verlassene Haltestellen "
                "halten viele Frauen und Mädchen nach Einbruch der Dunkelheit vom öffentlichen "
                "Raum fern. Die Städte von STREETS4ALL unternehmen Erkundungsspaziergänge mit "
                "Bewohnerinnen und Bewohnern, kartieren gemiedene Orte und vereinbaren "
                "Änderungen mit Planung, Verkehrsbetrieben und Polizei.</p><p>Jede Stadt erstellt "
                "einen integrierten Aktionsplan und setzt kleine, schnelle Verbesserungen um, von "
                "Beleuchtung über Sitzgelegenheiten bis zur Beschilderung, deren Wirkung mit "
                "wiederholten Befragungen gemessen wird.</p>"
            ),
            "it": (
                "<p>Illuminazione scarsa, sottopassi vuoti e fermate deserte tengono molte donne "
                "e ragazze lontane dallo spazio pubblico dopo il tramonto. Le città di "
                "STREETS4ALL organizzano passeggiate esplorative con i residenti, mappano i "
                "luoghi evitati e concordano i cambiamenti con urbanisti, aziende di trasporto e "
                "polizia.</p><p>Ogni città redige un piano d’azione integrato e realizza piccoli "
                "interventi rapidi, dall’illuminazione alle sedute e alla segnaletica, il cui "
                "effetto viene misurato con indagini ripetute.</p>"
            ),
            "es": (
                "<p>La mala iluminación, los pasos subterráneos vacíos y las paradas desiertas "
                "alejan a muchas mujeres y niñas del espacio público al caer la noche. Las "
                "ciudades de STREETS4ALL organizan marchas exploratorias con vecinas y vecinos, "
                "cartografían los lugares que se evitan y acuerdan cambios con urbanistas, "
                "operadores de transporte y policía.</p><p>Cada ciudad redacta un plan de acción "
                "integrado y realiza mejoras pequeñas y rápidas, del alumbrado al mobiliario y "
                "la señalización, cuyo efecto se mide con encuestas repetidas.</p>"
            ),
            "pt": (
                "<p>A má iluminação, as passagens subterrâneas vazias e as paragens desertas "
                "afastam muitas mulheres e raparigas do espaço público depois de escurecer. As "
                "cidades do STREETS4ALL organizam marchas exploratórias com moradoras e "
                "moradores, cartografam os locais evitados e acordam mudanças com urbanistas, "
                "operadores de transportes e polícia.</p><p>Cada cidade elabora um plano de ação "
                "integrado e realiza melhorias pequenas e rápidas, da iluminação ao mobiliário e "
                "à sinalética, cujo efeito é medido com inquéritos repetidos.</p>"
            ),
        },
    },
    {
        "acronym": "CITYDRUGS",
        "programme": "horizon_2020",
        "start": (-6, 1, 1),
        "end": (-3, 12, 31),
        "budget": 2_950_000,
        "eu_contribution": 2_950_000,
        "coordinator": EFUS,
        "members": [
            "zurich",
            "amsterdam",
            "frankfurt-am-main",
            "marseille",
            "universitat-de-barcelona",
        ],
        "others": [("Centro de Estudos sobre Dependências", "PT")],
        "themes": ["drugs-and-addictions", "nightlife", "youth"],
        "title": {
            "en": "Drug policies in the city: prevention, care and public order",
            "fr": "Les politiques des drogues en ville : prévention, soins et ordre public",
            "de": "Drogenpolitik in der Stadt: Prävention, Hilfe und öffentliche Ordnung",
            "it": "Le politiche sulle droghe in città: prevenzione, cura e ordine pubblico",
            "es": "Políticas de drogas en la ciudad: prevención, atención y orden público",
            "pt": "Políticas de drogas na cidade: prevenção, cuidados e ordem pública",
        },
        "intro": {
            "en": (
                "Research with cities on how local drug policies balance prevention, harm "
                "reduction, care and the concerns of residents about open drug scenes."
            ),
            "fr": (
                "Une recherche menée avec les villes sur la manière dont les politiques locales "
                "des drogues concilient prévention, réduction des risques, soins et inquiétudes "
                "des habitants face aux scènes ouvertes."
            ),
            "de": (
                "Forschung mit Städten dazu, wie lokale Drogenpolitik Prävention, "
                "Schadensminderung, Hilfe und die Sorgen der Anwohnerschaft über offene "
                "Drogenszenen in Einklang bringt."
            ),
            "it": (
                "Una ricerca con le città su come le politiche locali sulle droghe conciliano "
                "prevenzione, riduzione del danno, cura e preoccupazioni dei residenti per le "
                "scene aperte di consumo."
            ),
            "es": (
                "Una investigación con las ciudades sobre cómo las políticas locales de drogas "
                "concilian prevención, reducción de daños, atención y las preocupaciones de los "
                "vecinos ante las escenas abiertas de consumo."
            ),
            "pt": (
                "Uma investigação com as cidades sobre a forma como as políticas locais de "
                "drogas conciliam prevenção, redução de riscos, cuidados e as preocupações dos "
                "moradores com os cenários abertos de consumo."
            ),
        },
        "body": {
            "en": (
                "<p>CITYDRUGS studied drug policies in five European cities over four years, "
                "comparing drug consumption rooms, outreach work, policing strategies and "
                "prevention in schools and nightlife. Residents, users and professionals were "
                "interviewed in each city.</p><p>The project’s recommendations, presented at a "
                "final conference in Brussels, call for local strategies that join health, "
                "social and security services, with data shared between them. They have since "
                "informed the drug plans of several members.</p>"
            ),
            "fr": (
                "<p>CITYDRUGS a étudié pendant quatre ans les politiques des drogues de cinq "
                "villes européennes, en comparant salles de consommation, travail de rue, "
                "stratégies policières et prévention à l’école et en milieu festif. Des "
                "habitants, des usagers et des professionnels ont été interrogés dans chaque "
                "ville.</p><p>Les recommandations du projet, présentées lors d’une conférence "
                "finale à Bruxelles, appellent à des stratégies locales qui associent services de "
                "santé, sociaux et de sécurité, avec des données partagées entre eux. Elles ont "
                "depuis inspiré les plans drogues de plusieurs membres.</p>"
            ),
            "de": (
                "<p>CITYDRUGS hat vier Jahre lang die Drogenpolitik von fünf europäischen Städten "
                "untersucht und Konsumräume, aufsuchende Arbeit, polizeiliche Strategien sowie "
                "Prävention in Schulen und im Nachtleben verglichen. In jeder Stadt wurden "
                "Anwohner, Konsumierende und Fachleute befragt.</p><p>Die Empfehlungen des "
                "Projekts, vorgestellt auf einer Abschlusskonferenz in Brüssel, fordern lokale "
                "Strategien, die Gesundheits-, Sozial- und Sicherheitsdienste verbinden und Daten "
                "untereinander teilen. Sie flossen seither in die Drogenpläne mehrerer "
                "Mitglieder ein.</p>"
            ),
            "it": (
                "<p>CITYDRUGS ha studiato per quattro anni le politiche sulle droghe di cinque "
                "città europee, confrontando stanze del consumo, lavoro di strada, strategie di "
                "polizia e prevenzione nelle scuole e nella vita notturna. In ogni città sono "
                "stati intervistati residenti, consumatori e professionisti.</p><p>Le "
                "raccomandazioni del progetto, presentate in una conferenza finale a Bruxelles, "
                "chiedono strategie locali che uniscano servizi sanitari, sociali e di sicurezza, "
                "con dati condivisi tra loro. Da allora hanno ispirato i piani sulle droghe di "
                "diversi membri.</p>"
            ),
            "es": (
                "<p>CITYDRUGS estudió durante cuatro años las políticas de drogas de cinco "
                "ciudades europeas, comparando salas de consumo, trabajo de calle, estrategias "
                "policiales y prevención en las escuelas y el ocio nocturno. En cada ciudad se "
                "entrevistó a vecinos, usuarios y profesionales.</p><p>Las recomendaciones del "
                "proyecto, presentadas en una conferencia final en Bruselas, piden estrategias "
                "locales que unan los servicios de salud, sociales y de seguridad, con datos "
                "compartidos entre ellos. Desde entonces han inspirado los planes de drogas de "
                "varios miembros.</p>"
            ),
            "pt": (
                "<p>O CITYDRUGS estudou durante quatro anos as políticas de drogas de cinco "
                "cidades europeias, comparando salas de consumo, trabalho de rua, estratégias "
                "policiais e prevenção nas escolas e na vida noturna. Em cada cidade foram "
                "entrevistados moradores, utilizadores e profissionais.</p><p>As recomendações "
                "do projeto, apresentadas numa conferência final em Bruxelas, defendem "
                "estratégias locais que juntem serviços de saúde, sociais e de segurança, com "
                "dados partilhados entre eles. Desde então inspiraram os planos de drogas de "
                "vários membros.</p>"
            ),
        },
    },
)
