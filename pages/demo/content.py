"""Demo content for manage.py load_demo, in six languages."""

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

SITE_SETTINGS = {
    "organisation_name": {
        "en": "European Forum for Urban Security",
        "fr": "Forum européen pour la sécurité urbaine",
        "de": "Europäisches Forum für urbane Sicherheit",
        "it": "Forum europeo per la sicurezza urbana",
        "es": "Foro Europeo para la Seguridad Urbana",
        "pt": "Fórum Europeu para a Segurança Urbana",
    },
    "address": {
        "en": "10, rue des Montiboeufs\n75020 Paris\nFrance",
        "fr": "10, rue des Montiboeufs\n75020 Paris\nFrance",
        "de": "10, rue des Montiboeufs\n75020 Paris\nFrankreich",
        "it": "10, rue des Montiboeufs\n75020 Paris\nFrancia",
        "es": "10, rue des Montiboeufs\n75020 Paris\nFrancia",
        "pt": "10, rue des Montiboeufs\n75020 Paris\nFrança",
    },
    "email": "contact@efus.eu",
    "map_url": (
        "https://www.openstreetmap.org/search?query=10%20rue%20des%20Montiboeufs%2075020%20Paris"
    ),
    "footer_text": {
        "en": (
            "The European network of local and regional authorities for urban security since 1987."
        ),
        "fr": (
            "Le réseau européen des collectivités locales et régionales pour la sécurité urbaine "
            "depuis 1987."
        ),
        "de": "Das europäische Netzwerk der Kommunen und Regionen für urbane Sicherheit seit 1987.",
        "it": "La rete europea degli enti locali e regionali per la sicurezza urbana dal 1987.",
        "es": (
            "La red europea de autoridades locales y regionales para la seguridad urbana "
            "desde 1987."
        ),
        "pt": (
            "A rede europeia de autoridades locais e regionais para a segurança urbana desde 1987."
        ),
    },
}

HOME = {
    "title": {
        "en": "European Forum for Urban Security",
        "fr": "Forum européen pour la sécurité urbaine",
        "de": "Europäisches Forum für urbane Sicherheit",
        "it": "Forum europeo per la sicurezza urbana",
        "es": "Foro Europeo para la Seguridad Urbana",
        "pt": "Fórum Europeu para a Segurança Urbana",
    },
    "slug": dict.fromkeys(LANGUAGES, "home"),
    "intro": {
        "en": (
            "Since 1987, Efus has connected European cities and regions that work together "
            "to build safer, more cohesive communities."
        ),
        "fr": (
            "Depuis 1987, l’Efus relie les villes et régions européennes qui coopèrent pour "
            "bâtir des territoires plus sûrs et plus solidaires."
        ),
        "de": (
            "Seit 1987 vernetzt das Efus europäische Städte und Regionen, die gemeinsam an "
            "sichereren und solidarischeren Gemeinwesen arbeiten."
        ),
        "it": (
            "Dal 1987 l’Efus mette in rete città e regioni europee che collaborano per "
            "costruire comunità più sicure e coese."
        ),
        "es": (
            "Desde 1987, el Efus conecta a ciudades y regiones europeas que colaboran para "
            "construir comunidades más seguras y cohesionadas."
        ),
        "pt": (
            "Desde 1987, o Efus liga cidades e regiões europeias que trabalham em conjunto "
            "para construir comunidades mais seguras e coesas."
        ),
    },
    "search_description": {
        "en": (
            "Efus, founded in 1987, is the European network of local and regional authorities "
            "from 16 countries working together on urban security."
        ),
        "fr": (
            "Fondé en 1987, l’Efus est le réseau européen qui réunit des collectivités "
            "locales et régionales de 16 pays autour de la sécurité urbaine."
        ),
        "de": (
            "Das 1987 gegründete Efus ist das europäische Netzwerk von Kommunen und "
            "Regionen aus 16 Ländern, die für urbane Sicherheit eintreten."
        ),
        "it": (
            "Fondato nel 1987, l’Efus è la rete europea che riunisce enti locali e "
            "regionali di 16 paesi impegnati per la sicurezza urbana."
        ),
        "es": (
            "Fundado en 1987, el Efus es la red europea que reúne a autoridades "
            "locales y regionales de 16 países en torno a la seguridad urbana."
        ),
        "pt": (
            "Fundado em 1987, o Efus é a rede europeia que reúne autoridades "
            "locais e regionais de 16 países empenhadas na segurança urbana."
        ),
    },
    "body": {
        "en": (
            "<p>The <strong>European Forum for Urban Security (Efus)</strong> was set up in "
            "1987 under the auspices of the Council of Europe. To this day, it is the only "
            "network in Europe that brings local and regional authorities together around "
            "urban security and nothing else.</p>"
            "<p>Local and regional authorities from 16 countries now take part in "
            "its work, sharing what succeeds, what falls short and what they are still "
            "testing on the ground.</p>"
            "<p>Everything we do rests on one simple idea: <em>cities helping cities</em>. "
            "Elected officials and their teams learn most from peers who face the same "
            "challenges in their own streets and neighbourhoods.</p>"
        ),
        "fr": (
            "<p>Né en 1987 sous l’égide du Conseil de l’Europe, le <strong>Forum européen "
            "pour la sécurité urbaine (Efus)</strong> demeure le seul réseau européen de "
            "collectivités locales et régionales entièrement tourné vers la sécurité "
            "urbaine.</p>"
            "<p>Des collectivités locales et régionales de 16 pays participent "
            "aujourd’hui à ses travaux. Elles y partagent leurs réussites, leurs difficultés "
            "et les solutions qu’elles expérimentent sur le terrain.</p>"
            "<p>Toute notre action repose sur une idée simple : <em>les villes aident les "
            "villes</em>. Les élus et leurs équipes apprennent avant tout de leurs pairs, "
            "confrontés aux mêmes réalités dans leurs rues et leurs quartiers.</p>"
        ),
        "de": (
            "<p>Das <strong>Europäische Forum für urbane Sicherheit (Efus)</strong> wurde 1987 "
            "unter der Schirmherrschaft des Europarats gegründet. Bis heute ist es das einzige "
            "Netzwerk in Europa, das Kommunen und Regionen ausschließlich zum Thema urbane "
            "Sicherheit zusammenbringt.</p>"
            "<p>Kommunen und Regionen aus 16 Ländern wirken heute an seiner Arbeit mit. "
            "Sie teilen, was gelingt, was an Grenzen stößt und was sie vor Ort noch erproben.</p>"
            "<p>All unsere Arbeit beruht auf einer einfachen Idee: <em>Städte helfen Städten</em>. "
            "Mandatsträgerinnen und Mandatsträger sowie ihre Teams lernen am meisten von "
            "Amtskolleginnen und -kollegen, die in ihren eigenen Straßen und Vierteln vor "
            "denselben Herausforderungen stehen.</p>"
        ),
        "it": (
            "<p>Il <strong>Forum europeo per la sicurezza urbana (Efus)</strong> è nato nel 1987 "
            "sotto l’egida del Consiglio d’Europa. Ancora oggi è l’unica rete in Europa che "
            "riunisce enti locali e regionali attorno alla sola sicurezza urbana.</p>"
            "<p>Enti locali e regionali di 16 paesi partecipano oggi ai suoi lavori, "
            "condividendo ciò che funziona, ciò che non dà i risultati sperati e ciò che stanno "
            "ancora sperimentando sul campo.</p>"
            "<p>Tutto ciò che facciamo si fonda su un’idea semplice: <em>le città aiutano le "
            "città</em>. Gli amministratori locali e i loro team imparano soprattutto dai colleghi "
            "che affrontano le stesse sfide nelle proprie strade e nei propri quartieri.</p>"
        ),
        "es": (
            "<p>El <strong>Foro Europeo para la Seguridad Urbana (Efus)</strong> se creó en 1987 "
            "bajo los auspicios del Consejo de Europa. Hasta hoy sigue siendo la única red de "
            "Europa que reúne a autoridades locales y regionales exclusivamente en torno a la "
            "seguridad urbana.</p>"
            "<p>Autoridades locales y regionales de 16 países participan hoy en su "
            "trabajo y comparten lo que funciona, lo que no da resultado y lo que todavía están "
            "probando sobre el terreno.</p>"
            "<p>Todo lo que hacemos se basa en una idea sencilla: <em>las ciudades ayudan a las "
            "ciudades</em>. Los cargos electos y sus equipos aprenden sobre todo de sus homólogos, "
            "que afrontan los mismos retos en sus propias calles y barrios.</p>"
        ),
        "pt": (
            "<p>O <strong>Fórum Europeu para a Segurança Urbana (Efus)</strong> foi criado em 1987 "
            "sob a égide do Conselho da Europa. Ainda hoje é a única rede na Europa que reúne "
            "autoridades locais e regionais exclusivamente em torno da segurança urbana.</p>"
            "<p>Autoridades locais e regionais de 16 países participam atualmente nos "
            "seus trabalhos, partilhando o que resulta, o que fica aquém e o que ainda estão a "
            "testar no terreno.</p>"
            "<p>Tudo o que fazemos assenta numa ideia simples: <em>as cidades ajudam as "
            "cidades</em>. Os eleitos locais e as suas equipas aprendem sobretudo com os seus "
            "pares, que enfrentam os mesmos desafios nas suas próprias ruas e bairros.</p>"
        ),
    },
    "hero_alt": {
        "en": (
            "Abstract illustration of a city skyline at dusk, with lit windows against a "
            "darkening sky"
        ),
        "fr": (
            "Illustration abstraite de la silhouette d’une ville au crépuscule, fenêtres "
            "éclairées sous un ciel qui s’assombrit"
        ),
        "de": (
            "Abstrakte Illustration einer Stadtsilhouette in der Abenddämmerung, mit erleuchteten "
            "Fenstern vor einem dunkler werdenden Himmel"
        ),
        "it": (
            "Illustrazione astratta dello skyline di una città al crepuscolo, con finestre "
            "illuminate sotto un cielo che si fa scuro"
        ),
        "es": (
            "Ilustración abstracta de la silueta de una ciudad al anochecer, con ventanas "
            "iluminadas bajo un cielo que se oscurece"
        ),
        "pt": (
            "Ilustração abstrata da silhueta de uma cidade ao anoitecer, com janelas iluminadas "
            "sob um céu que escurece"
        ),
    },
}

ABOUT = {
    "title": {
        "en": "About us",
        "fr": "Qui sommes-nous ?",
        "de": "Über uns",
        "it": "Chi siamo",
        "es": "Quiénes somos",
        "pt": "Quem somos",
    },
    "slug": {
        "en": "about",
        "fr": "qui-sommes-nous",
        "de": "ueber-uns",
        "it": "chi-siamo",
        "es": "quienes-somos",
        "pt": "quem-somos",
    },
    "intro": {
        "en": (
            "Efus brings local and regional authorities together to design urban security "
            "policies that are effective, balanced and true to democratic values."
        ),
        "fr": (
            "L’Efus rassemble des collectivités locales et régionales pour concevoir des "
            "politiques de sécurité urbaine efficaces, équilibrées et fidèles aux valeurs "
            "démocratiques."
        ),
        "de": (
            "Das Efus bringt Kommunen und Regionen zusammen, um wirksame, ausgewogene und "
            "demokratischen Werten verpflichtete Strategien für urbane Sicherheit zu "
            "entwickeln."
        ),
        "it": (
            "L’Efus riunisce enti locali e regionali per elaborare politiche di sicurezza "
            "urbana efficaci, equilibrate e fedeli ai valori democratici."
        ),
        "es": (
            "El Efus reúne a autoridades locales y regionales para diseñar políticas de "
            "seguridad urbana eficaces, equilibradas y fieles a los valores democráticos."
        ),
        "pt": (
            "O Efus reúne autoridades locais e regionais para conceber políticas de segurança "
            "urbana eficazes, equilibradas e fiéis aos valores democráticos."
        ),
    },
    "search_description": {
        "en": (
            "Discover the mission, objectives and values of Efus, whose members combine "
            "prevention, sanctions and social cohesion to make cities safer."
        ),
        "fr": (
            "Mission, objectifs et valeurs de l’Efus, dont les membres allient prévention, "
            "sanction et cohésion sociale pour des villes plus sûres."
        ),
        "de": (
            "Auftrag, Ziele und Werte des Efus: wie seine Mitglieder Prävention, Sanktion und "
            "sozialen Zusammenhalt für sicherere Städte verbinden."
        ),
        "it": (
            "Scopri la missione, gli obiettivi e i valori dell’Efus, i cui membri uniscono "
            "prevenzione, sanzione e coesione sociale per città più sicure."
        ),
        "es": (
            "Conozca la misión, los objetivos y los valores del Efus, cuyos miembros combinan "
            "prevención, sanción y cohesión social por ciudades más seguras."
        ),
        "pt": (
            "Conheça a missão, os objetivos e os valores do Efus, cujos membros conjugam "
            "prevenção, sanção e coesão social para cidades mais seguras."
        ),
    },
    "mission": {
        "en": (
            "<p>Efus exists to help local and regional authorities shape security policies "
            "that protect residents while strengthening democracy and the social fabric of "
            "their communities.</p>"
            "<p>Created in 1987 under the auspices of the Council of Europe, the network has "
            "grown to some 250 members in 16 countries. Alongside local, regional and "
            "national authorities, they include crime prevention NGOs and universities.</p>"
            "<p>A multilingual team based in Paris runs and coordinates the association’s "
            "day-to-day activities.</p>"
        ),
        "fr": (
            "<p>L’Efus a pour raison d’être d’aider les collectivités locales et régionales à "
            "bâtir des politiques de sécurité qui protègent les habitants tout en renforçant "
            "la démocratie et le lien social.</p>"
            "<p>Créé en 1987 sous l’égide du Conseil de l’Europe, le réseau compte aujourd’hui "
            "quelque 250 membres dans 16 pays : des autorités locales, régionales et "
            "nationales, mais aussi des ONG actives dans la prévention de la délinquance et "
            "des universités.</p>"
            "<p>Une équipe multilingue basée à Paris assure la gestion et la coordination des "
            "activités de l’association.</p>"
        ),
        "de": (
            "<p>Das Efus hat den Auftrag, Kommunen und Regionen bei der Gestaltung von "
            "Sicherheitsstrategien zu unterstützen, die die Bevölkerung schützen und zugleich die "
            "Demokratie und den sozialen Zusammenhalt vor Ort stärken.</p>"
            "<p>Das 1987 unter der Schirmherrschaft des Europarats gegründete Netzwerk ist "
            "inzwischen auf rund 250 Mitglieder in 16 Ländern angewachsen. Neben lokalen, "
            "regionalen und nationalen Behörden gehören dazu Nichtregierungsorganisationen der "
            "Kriminalprävention und Universitäten.</p>"
            "<p>Ein mehrsprachiges Team mit Sitz in Paris leitet und koordiniert die laufenden "
            "Aktivitäten des Vereins.</p>"
        ),
        "it": (
            "<p>L’Efus ha lo scopo di aiutare gli enti locali e regionali a definire politiche di "
            "sicurezza che proteggano gli abitanti e, al tempo stesso, rafforzino la democrazia e "
            "il tessuto sociale delle loro comunità.</p>"
            "<p>Creata nel 1987 sotto l’egida del Consiglio d’Europa, la rete conta oggi circa 250 "
            "membri in 16 paesi: oltre ad autorità locali, regionali e nazionali, ne fanno parte "
            "ONG attive nella prevenzione della criminalità e università.</p>"
            "<p>Un team multilingue con sede a Parigi gestisce e coordina le attività quotidiane "
            "dell’associazione.</p>"
        ),
        "es": (
            "<p>El Efus tiene como fin ayudar a las autoridades locales y regionales a diseñar "
            "políticas de seguridad que protejan a los habitantes y, al mismo tiempo, refuercen la "
            "democracia y el tejido social de sus comunidades.</p>"
            "<p>Creada en 1987 bajo los auspicios del Consejo de Europa, la red cuenta hoy con "
            "unos 250 miembros en 16 países: además de autoridades locales, regionales y "
            "nacionales, forman parte de ella ONG dedicadas a la prevención de la delincuencia y "
            "universidades.</p>"
            "<p>Un equipo multilingüe con sede en París gestiona y coordina las actividades "
            "cotidianas de la asociación.</p>"
        ),
        "pt": (
            "<p>O Efus existe para ajudar as autoridades locais e regionais a definir políticas de "
            "segurança que protejam os habitantes e, ao mesmo tempo, reforcem a democracia e o "
            "tecido social das suas comunidades.</p>"
            "<p>Criada em 1987 sob a égide do Conselho da Europa, a rede conta hoje com cerca de "
            "250 membros em 16 países: além de autoridades locais, regionais e nacionais, integra "
            "ONG dedicadas à prevenção da criminalidade e universidades.</p>"
            "<p>Uma equipa multilingue sediada em Paris gere e coordena as atividades quotidianas "
            "da associação.</p>"
        ),
    },
    "objectives": [
        {
            "en": (
                "Champion a balanced approach to urban security that brings together "
                "prevention, sanctions and social cohesion."
            ),
            "fr": (
                "Défendre une approche équilibrée de la sécurité urbaine, qui associe "
                "prévention, sanction et cohésion sociale."
            ),
            "de": (
                "Sich für einen ausgewogenen Ansatz urbaner Sicherheit einsetzen, der Prävention, "
                "Sanktion und sozialen Zusammenhalt verbindet."
            ),
            "it": (
                "Promuovere un approccio equilibrato alla sicurezza urbana, che unisca "
                "prevenzione, sanzione e coesione sociale."
            ),
            "es": (
                "Defender un enfoque equilibrado de la seguridad urbana que combine prevención, "
                "sanción y cohesión social."
            ),
            "pt": (
                "Defender uma abordagem equilibrada da segurança urbana que conjugue prevenção, "
                "sanção e coesão social."
            ),
        },
        {
            "en": (
                "Assist local and regional authorities at every stage of their security "
                "policy, from design and delivery through to evaluation."
            ),
            "fr": (
                "Accompagner les collectivités locales et régionales à chaque étape de leur "
                "politique de sécurité, de sa conception à son évaluation en passant par sa "
                "mise en œuvre."
            ),
            "de": (
                "Kommunen und Regionen in jeder Phase ihrer Sicherheitspolitik begleiten – von der "
                "Konzeption über die Umsetzung bis zur Evaluation."
            ),
            "it": (
                "Accompagnare gli enti locali e regionali in ogni fase della loro politica di "
                "sicurezza, dall’ideazione all’attuazione fino alla valutazione."
            ),
            "es": (
                "Acompañar a las autoridades locales y regionales en cada etapa de su política de "
                "seguridad, desde el diseño y la aplicación hasta la evaluación."
            ),
            "pt": (
                "Apoiar as autoridades locais e regionais em cada etapa da sua política de "
                "segurança, da conceção à execução e à avaliação."
            ),
        },
        {
            "en": (
                "Make sure local elected officials are recognised as key players in shaping "
                "and implementing national and European policies."
            ),
            "fr": (
                "Faire reconnaître la place des élus locaux dans l’élaboration et la mise en "
                "œuvre des politiques nationales et européennes."
            ),
            "de": (
                "Dafür sorgen, dass kommunale Mandatsträgerinnen und Mandatsträger als zentrale "
                "Akteure bei der Gestaltung und Umsetzung nationaler und europäischer Politik "
                "anerkannt werden."
            ),
            "it": (
                "Far riconoscere gli amministratori locali come attori chiave nell’elaborazione e "
                "nell’attuazione delle politiche nazionali ed europee."
            ),
            "es": (
                "Lograr que los cargos electos locales sean reconocidos como actores clave en la "
                "elaboración y la aplicación de las políticas nacionales y europeas."
            ),
            "pt": (
                "Garantir que os eleitos locais sejam reconhecidos como atores-chave na elaboração "
                "e na execução das políticas nacionais e europeias."
            ),
        },
    ],
    "values": {
        "en": (
            "<h3>A balanced vision</h3>"
            "<p>Lasting security cannot rest on a single tool. We believe it depends on "
            "<strong>prevention</strong>, <strong>sanctions</strong> and <strong>social "
            "cohesion</strong> working hand in hand.</p>"
            "<h3>Beyond political divides</h3>"
            "<p>Our members come from across the political spectrum. What unites them is the "
            "conviction that long-term security is best achieved by working together.</p>"
            "<h3>Learning from one another</h3>"
            "<p>Exchange of experience is the lifeblood of the network: practices are shared, "
            "discussed and adapted from one authority to the next.</p>"
        ),
        "fr": (
            "<h3>Une vision équilibrée</h3>"
            "<p>Une sécurité durable ne repose jamais sur un seul levier. Nous sommes "
            "convaincus qu’elle exige d’articuler <strong>prévention</strong>, "
            "<strong>sanction</strong> et <strong>cohésion sociale</strong>.</p>"
            "<h3>Au-delà des clivages politiques</h3>"
            "<p>Nos membres sont de toutes sensibilités politiques. Ils partagent la "
            "conviction que la sécurité à long terme se construit d’abord en "
            "coopérant.</p>"
            "<h3>Apprendre les uns des autres</h3>"
            "<p>L’échange d’expériences est au cœur du réseau : les pratiques circulent, se "
            "discutent et s’adaptent d’une collectivité à l’autre.</p>"
        ),
        "de": (
            "<h3>Eine ausgewogene Sicht</h3>"
            "<p>Dauerhafte Sicherheit kann sich nicht auf ein einziges Instrument stützen. Wir "
            "sind überzeugt, dass sie vom Zusammenspiel von <strong>Prävention</strong>, "
            "<strong>Sanktion</strong> und <strong>sozialem Zusammenhalt</strong> abhängt.</p>"
            "<h3>Über politische Grenzen hinweg</h3>"
            "<p>Unsere Mitglieder kommen aus dem gesamten politischen Spektrum. Sie eint die "
            "Überzeugung, dass langfristige Sicherheit am besten gemeinsam erreicht wird.</p>"
            "<h3>Voneinander lernen</h3>"
            "<p>Der Erfahrungsaustausch ist das Herzstück des Netzwerks: Praktiken werden geteilt, "
            "diskutiert und von einer Kommune zur nächsten angepasst.</p>"
        ),
        "it": (
            "<h3>Una visione equilibrata</h3>"
            "<p>Una sicurezza duratura non può basarsi su un solo strumento. Siamo convinti che "
            "dipenda dall’azione congiunta di <strong>prevenzione</strong>, "
            "<strong>sanzione</strong> e <strong>coesione sociale</strong>.</p>"
            "<h3>Al di là delle divisioni politiche</h3>"
            "<p>I nostri membri appartengono a tutto l’arco politico. Li unisce la convinzione che "
            "la sicurezza a lungo termine si ottenga soprattutto lavorando insieme.</p>"
            "<h3>Imparare gli uni dagli altri</h3>"
            "<p>Lo scambio di esperienze è la linfa vitale della rete: le pratiche vengono "
            "condivise, discusse e adattate da un ente all’altro.</p>"
        ),
        "es": (
            "<h3>Una visión equilibrada</h3>"
            "<p>Una seguridad duradera no puede descansar en una sola herramienta. Creemos que "
            "depende de que la <strong>prevención</strong>, la <strong>sanción</strong> y la "
            "<strong>cohesión social</strong> actúen de la mano.</p>"
            "<h3>Más allá de las divisiones políticas</h3>"
            "<p>Nuestros miembros proceden de todo el espectro político. Les une la convicción de "
            "que la seguridad a largo plazo se logra mejor trabajando juntos.</p>"
            "<h3>Aprender unos de otros</h3>"
            "<p>El intercambio de experiencias es la savia de la red: las prácticas se comparten, "
            "se debaten y se adaptan de una autoridad a otra.</p>"
        ),
        "pt": (
            "<h3>Uma visão equilibrada</h3>"
            "<p>Uma segurança duradoura não pode assentar num único instrumento. Acreditamos que "
            "depende da articulação entre <strong>prevenção</strong>, <strong>sanção</strong> e "
            "<strong>coesão social</strong>.</p>"
            "<h3>Para além das divisões políticas</h3>"
            "<p>Os nossos membros provêm de todo o espetro político. O que os une é a convicção de "
            "que a segurança a longo prazo se alcança melhor trabalhando em conjunto.</p>"
            "<h3>Aprender uns com os outros</h3>"
            "<p>A troca de experiências é a força vital da rede: as práticas são partilhadas, "
            "discutidas e adaptadas de uma autoridade para outra.</p>"
        ),
    },
    "label_text": {
        "en": (
            "<p>In 2019, Efus received the <strong>IDEAS Label</strong> for the second time. "
            "The label recognises sound practice in three areas: governance, financial "
            "management and the monitoring of how effective an organisation’s work is.</p>"
            "<p>For funders and donors, it offers an independent assurance of reliability and "
            "a solid reason to place their trust in us.</p>"
        ),
        "fr": (
            "<p>En 2019, l’Efus s’est vu attribuer le <strong>Label IDEAS</strong> pour la "
            "deuxième fois. Ce label atteste de bonnes pratiques dans trois domaines : la "
            "gouvernance, la gestion financière et le suivi de l’efficacité de l’action.</p>"
            "<p>Pour les financeurs et les donateurs, c’est un gage de sérieux et une raison "
            "solide de nous accorder leur confiance.</p>"
        ),
        "de": (
            "<p>2019 erhielt das Efus zum zweiten Mal das <strong>IDEAS-Label</strong>. Das Label "
            "würdigt gute Praxis in drei Bereichen: Governance, Finanzmanagement und die "
            "Überprüfung der Wirksamkeit der eigenen Arbeit.</p>"
            "<p>Geldgebern und Spendern bietet es eine unabhängige Gewähr für Verlässlichkeit und "
            "einen guten Grund, uns ihr Vertrauen zu schenken.</p>"
        ),
        "it": (
            "<p>Nel 2019 l’Efus ha ottenuto per la seconda volta il <strong>Label IDEAS</strong>. "
            "Questo riconoscimento attesta buone pratiche in tre ambiti: la governance, la "
            "gestione finanziaria e il monitoraggio dell’efficacia dell’azione svolta.</p>"
            "<p>Per finanziatori e donatori rappresenta una garanzia indipendente di affidabilità "
            "e un valido motivo per accordarci la loro fiducia.</p>"
        ),
        "es": (
            "<p>En 2019, el Efus obtuvo por segunda vez el <strong>Sello IDEAS</strong>. Este "
            "sello reconoce las buenas prácticas en tres ámbitos: la gobernanza, la gestión "
            "financiera y el seguimiento de la eficacia de la labor de una organización.</p>"
            "<p>Para financiadores y donantes, supone una garantía independiente de fiabilidad y "
            "un motivo sólido para depositar su confianza en nosotros.</p>"
        ),
        "pt": (
            "<p>Em 2019, o Efus recebeu pela segunda vez o <strong>Selo IDEAS</strong>. Este selo "
            "reconhece boas práticas em três domínios: a governação, a gestão financeira e o "
            "acompanhamento da eficácia do trabalho de uma organização.</p>"
            "<p>Para financiadores e doadores, constitui uma garantia independente de fiabilidade "
            "e uma razão sólida para depositarem em nós a sua confiança.</p>"
        ),
    },
    "video_title": {
        "en": "Who we are and how we work",
        "fr": "Qui nous sommes et comment nous travaillons",
        "de": "Wer wir sind und wie wir arbeiten",
        "it": "Chi siamo e come lavoriamo",
        "es": "Quiénes somos y cómo trabajamos",
        "pt": "Quem somos e como trabalhamos",
    },
    "label_alt": {
        "en": "IDEAS Label logo",
        "fr": "Logo du Label IDEAS",
        "de": "Logo des IDEAS-Labels",
        "it": "Logo del Label IDEAS",
        "es": "Logotipo del Sello IDEAS",
        "pt": "Logótipo do Selo IDEAS",
    },
    "poster_alt": {
        "en": "Still from the video introducing Efus and the way it works",
        "fr": "Image extraite de la vidéo de présentation de l’Efus et de ses méthodes de travail",
        "de": "Standbild aus dem Video, das das Efus und seine Arbeitsweise vorstellt",
        "it": "Fotogramma del video di presentazione dell’Efus e del suo modo di lavorare",
        "es": "Fotograma del vídeo de presentación del Efus y de su forma de trabajar",
        "pt": "Fotograma do vídeo de apresentação do Efus e da sua forma de trabalhar",
    },
}

GOVERNANCE = {
    "title": {
        "en": "Governance",
        "fr": "Gouvernance",
        "de": "Organe und Gremien",
        "it": "Governance",
        "es": "Gobernanza",
        "pt": "Governação",
    },
    "slug": {
        "en": "governance",
        "fr": "gouvernance",
        "de": "organe-und-gremien",
        "it": "governance",
        "es": "gobernanza",
        "pt": "governacao",
    },
    "intro": {
        "en": (
            "Efus is run by its members, through a General Assembly open to all of them and "
            "an Executive Committee that also includes the national forums."
        ),
        "fr": (
            "L’Efus est dirigé par ses membres, à travers une assemblée générale ouverte à "
            "tous et un comité exécutif qui associe les forums nationaux."
        ),
        "de": (
            "Das Efus wird von seinen Mitgliedern getragen: durch eine allen offenstehende "
            "Generalversammlung und ein Exekutivkomitee, dem auch die nationalen Foren "
            "angehören."
        ),
        "it": (
            "L’Efus è guidato dai suoi membri, attraverso un’assemblea generale aperta a tutti "
            "e un comitato esecutivo di cui fanno parte anche i forum nazionali."
        ),
        "es": (
            "El Efus está dirigido por sus miembros, a través de una asamblea general abierta "
            "a todos y de un comité ejecutivo en el que participan los foros nacionales."
        ),
        "pt": (
            "O Efus é dirigido pelos seus membros, através de uma assembleia geral aberta a "
            "todos e de um comité executivo que integra os fóruns nacionais."
        ),
    },
    "search_description": {
        "en": (
            "How Efus is run: a General Assembly of all members that meets every year, and an "
            "Executive Committee of 33 local authorities and six national forums."
        ),
        "fr": (
            "Le fonctionnement de l’Efus : une assemblée générale annuelle de tous les membres "
            "et un comité exécutif de 33 collectivités et six forums nationaux."
        ),
        "de": (
            "So ist das Efus organisiert: eine jährliche Generalversammlung aller Mitglieder "
            "und ein Exekutivkomitee mit 33 Kommunen und sechs nationalen Foren."
        ),
        "it": (
            "Come funziona l’Efus: un’assemblea generale annuale di tutti i membri e un "
            "comitato esecutivo con 33 enti locali e sei forum nazionali."
        ),
        "es": (
            "Así funciona el Efus: una asamblea general anual de todos los miembros y un "
            "comité ejecutivo con 33 autoridades locales y seis foros nacionales."
        ),
        "pt": (
            "Como funciona o Efus: uma assembleia geral anual de todos os membros e um comité "
            "executivo com 33 autoridades locais e seis fóruns nacionais."
        ),
    },
    "general_assembly": {
        "en": (
            "<p>The <strong>General Assembly</strong> is made up of every Efus member. It "
            "convenes once a year and is the moment when the whole network comes "
            "together.</p>"
        ),
        "fr": (
            "<p>L’<strong>assemblée générale</strong> rassemble l’ensemble des membres de "
            "l’Efus. Elle se tient une fois par an et constitue le grand rendez-vous de tout "
            "le réseau.</p>"
        ),
        "de": (
            "<p>Die <strong>Generalversammlung</strong> besteht aus allen Mitgliedern des Efus. "
            "Sie tagt einmal im Jahr und ist das große Treffen des gesamten Netzwerks.</p>"
        ),
        "it": (
            "<p>L’<strong>assemblea generale</strong> è composta da tutti i membri dell’Efus. Si "
            "riunisce una volta l’anno ed è il momento in cui l’intera rete si ritrova.</p>"
        ),
        "es": (
            "<p>La <strong>asamblea general</strong> está formada por todos los miembros del Efus. "
            "Se reúne una vez al año y es el momento en que toda la red se da cita.</p>"
        ),
        "pt": (
            "<p>A <strong>assembleia geral</strong> é composta por todos os membros do Efus. "
            "Reúne-se uma vez por ano e é o momento em que toda a rede se encontra.</p>"
        ),
    },
    "executive_committee": {
        "en": (
            "<p>The <strong>Executive Committee</strong> brings together 33 local "
            "authorities, an elected President and six national forums for urban "
            "security.</p>"
            "<p>These national forums represent Germany, France, Italy, Spain, Belgium and "
            "Portugal.</p>"
        ),
        "fr": (
            "<p>Le <strong>comité exécutif</strong> réunit 33 collectivités locales, un "
            "président élu et six forums nationaux pour la sécurité urbaine.</p>"
            "<p>Ces forums nationaux sont ceux d’Allemagne, de France, d’Italie, d’Espagne, "
            "de Belgique et du Portugal.</p>"
        ),
        "de": (
            "<p>Das <strong>Exekutivkomitee</strong> vereint 33 Kommunen, einen gewählten "
            "Präsidenten und sechs nationale Foren für urbane Sicherheit.</p>"
            "<p>Diese nationalen Foren vertreten Deutschland, Frankreich, Italien, Spanien, "
            "Belgien und Portugal.</p>"
        ),
        "it": (
            "<p>Il <strong>comitato esecutivo</strong> riunisce 33 enti locali, un presidente "
            "eletto e sei forum nazionali per la sicurezza urbana.</p>"
            "<p>Questi forum nazionali rappresentano la Germania, la Francia, l’Italia, la Spagna, "
            "il Belgio e il Portogallo.</p>"
        ),
        "es": (
            "<p>El <strong>comité ejecutivo</strong> reúne a 33 autoridades locales, un presidente "
            "electo y seis foros nacionales para la seguridad urbana.</p>"
            "<p>Estos foros nacionales representan a Alemania, Francia, Italia, España, Bélgica y "
            "Portugal.</p>"
        ),
        "pt": (
            "<p>O <strong>comité executivo</strong> reúne 33 autoridades locais, um presidente "
            "eleito e seis fóruns nacionais para a segurança urbana.</p>"
            "<p>Estes fóruns nacionais representam a Alemanha, a França, a Itália, a Espanha, a "
            "Bélgica e Portugal.</p>"
        ),
    },
}

INTERNATIONAL = {
    "title": {
        "en": "International influence",
        "fr": "Rayonnement international",
        "de": "Internationale Präsenz",
        "it": "Presenza internazionale",
        "es": "Proyección internacional",
        "pt": "Projeção internacional",
    },
    "slug": {
        "en": "international",
        "fr": "rayonnement-international",
        "de": "internationale-praesenz",
        "it": "presenza-internazionale",
        "es": "proyeccion-internacional",
        "pt": "projecao-internacional",
    },
    "intro": {
        "en": (
            "Beyond its member cities, Efus works alongside European and international "
            "institutions so that local authorities are heard on security matters."
        ),
        "fr": (
            "Au-delà de ses villes membres, l’Efus travaille aux côtés d’institutions "
            "européennes et internationales pour que la voix des collectivités compte en "
            "matière de sécurité."
        ),
        "de": (
            "Über seine Mitgliedsstädte hinaus arbeitet das Efus mit europäischen und "
            "internationalen Institutionen zusammen, damit Kommunen in Sicherheitsfragen "
            "Gehör finden."
        ),
        "it": (
            "Oltre alle città aderenti, l’Efus collabora con istituzioni europee e "
            "internazionali affinché gli enti locali abbiano voce in materia di sicurezza."
        ),
        "es": (
            "Más allá de sus ciudades miembro, el Efus colabora con instituciones europeas e "
            "internacionales para que las autoridades locales tengan voz en materia de "
            "seguridad."
        ),
        "pt": (
            "Para além das cidades membro, o Efus colabora com instituições europeias e "
            "internacionais para que as autoridades locais tenham voz em matéria de "
            "segurança."
        ),
    },
    "search_description": {
        "en": (
            "Efus works with the Council of Europe, the European Commission, UN-Habitat and "
            "other international bodies to give cities a voice on security."
        ),
        "fr": (
            "L’Efus collabore avec le Conseil de l’Europe, la Commission européenne, "
            "ONU-Habitat et d’autres instances pour faire entendre la voix des villes."
        ),
        "de": (
            "Das Efus arbeitet mit dem Europarat, der Europäischen Kommission, UN-Habitat und "
            "weiteren Institutionen, um Städten Gehör zu verschaffen."
        ),
        "it": (
            "L’Efus collabora con il Consiglio d’Europa, la Commissione europea, UN-Habitat e "
            "altri organismi internazionali per dare voce alle città."
        ),
        "es": (
            "El Efus colabora con el Consejo de Europa, la Comisión Europea, ONU-Hábitat y "
            "otros organismos internacionales para dar voz a las ciudades."
        ),
        "pt": (
            "O Efus colabora com o Conselho da Europa, a Comissão Europeia, a ONU-Habitat e "
            "outros organismos internacionais para dar voz às cidades."
        ),
    },
    "statuses": [
        {
            "kind": "status",
            "title": {
                "en": "Participatory status with the Council of Europe",
                "fr": "Statut participatif auprès du Conseil de l’Europe",
                "de": "Teilnehmerstatus beim Europarat",
                "it": "Status partecipativo presso il Consiglio d’Europa",
                "es": "Estatuto participativo ante el Consejo de Europa",
                "pt": "Estatuto participativo junto do Conselho da Europa",
            },
            "partner": "Council of Europe",
            "year": None,
        },
        {
            "kind": "status",
            "title": {
                "en": "Consultative status with the European Commission",
                "fr": "Statut consultatif auprès de la Commission européenne",
                "de": "Beraterstatus bei der Europäischen Kommission",
                "it": "Status consultivo presso la Commissione europea",
                "es": "Estatuto consultivo ante la Comisión Europea",
                "pt": "Estatuto consultivo junto da Comissão Europeia",
            },
            "partner": "European Commission",
            "year": None,
        },
        {
            "kind": "membership",
            "title": {
                "en": "Member of the Civil Society Forum on Drugs and the European Migration Forum",
                "fr": (
                    "Membre du Forum de la société civile sur la drogue et du Forum européen "
                    "sur la migration"
                ),
                "de": (
                    "Mitglied des Forums der Zivilgesellschaft zur Drogenpolitik und des "
                    "Europäischen Migrationsforums"
                ),
                "it": (
                    "Membro del Forum della società civile sulla droga e del Forum europeo sulla "
                    "migrazione"
                ),
                "es": (
                    "Miembro del Foro de la Sociedad Civil sobre Drogas y del Foro Europeo de la "
                    "Migración"
                ),
                "pt": (
                    "Membro do Fórum da Sociedade Civil sobre a Droga e do Fórum Europeu das "
                    "Migrações"
                ),
            },
            "partner": "Civil Society Forum on Drugs / European Migration Forum",
            "year": None,
        },
        {
            "kind": "agreement",
            "title": {
                "en": (
                    "Memorandum of understanding with the Congress of Local and Regional "
                    "Authorities of the Council of Europe"
                ),
                "fr": (
                    "Protocole d’accord avec le Congrès des pouvoirs locaux et régionaux du "
                    "Conseil de l’Europe"
                ),
                "de": (
                    "Absichtserklärung mit dem Kongress der Gemeinden und Regionen des Europarats"
                ),
                "it": (
                    "Protocollo d’intesa con il Congresso dei poteri locali e regionali del "
                    "Consiglio d’Europa"
                ),
                "es": (
                    "Memorando de entendimiento con el Congreso de Poderes Locales y Regionales "
                    "del Consejo de Europa"
                ),
                "pt": (
                    "Memorando de entendimento com o Congresso dos Poderes Locais e Regionais do "
                    "Conselho da Europa"
                ),
            },
            "partner": "Congress of Local and Regional Authorities of the Council of Europe",
            "year": None,
        },
        {
            "kind": "agreement",
            "title": {
                "en": "Memorandum of understanding with UN-Habitat",
                "fr": "Protocole d’accord avec ONU-Habitat",
                "de": "Absichtserklärung mit UN-Habitat",
                "it": "Protocollo d’intesa con UN-Habitat",
                "es": "Memorando de entendimiento con ONU-Hábitat",
                "pt": "Memorando de entendimento com a ONU-Habitat",
            },
            "partner": "UN-Habitat",
            "year": None,
        },
        {
            "kind": "membership",
            "title": {
                "en": "Regional Vice-President of the Global Network on Safer Cities",
                "fr": "Vice-présidence régionale du Réseau mondial pour des villes plus sûres",
                "de": "Regionale Vizepräsidentschaft im Global Network on Safer Cities",
                "it": "Vicepresidenza regionale della Rete globale per città più sicure",
                "es": "Vicepresidencia regional de la Red Mundial de Ciudades más Seguras",
                "pt": "Vice-presidência regional da Rede Global para Cidades mais Seguras",
            },
            "partner": "Global Network on Safer Cities",
            "year": None,
        },
        {
            "kind": "membership",
            "title": {
                "en": (
                    "Co-founder and Secretary of the International Centre for the Prevention "
                    "of Crime"
                ),
                "fr": (
                    "Cofondateur et secrétaire du Centre international pour la prévention de "
                    "la criminalité"
                ),
                "de": (
                    "Mitbegründer und Sekretär des Internationalen Zentrums für Kriminalprävention"
                ),
                "it": (
                    "Cofondatore e segretario del Centro internazionale per la prevenzione della "
                    "criminalità"
                ),
                "es": (
                    "Cofundador y secretario del Centro Internacional para la Prevención de la "
                    "Criminalidad"
                ),
                "pt": (
                    "Cofundador e secretário do Centro Internacional para a Prevenção da "
                    "Criminalidade"
                ),
            },
            "partner": "International Centre for the Prevention of Crime",
            "year": None,
        },
        {
            "kind": "status",
            "title": {
                "en": (
                    "Civil society organisation recognised by the Organization of American States"
                ),
                "fr": (
                    "Organisation de la société civile reconnue par l’Organisation des États "
                    "américains"
                ),
                "de": (
                    "Von der Organisation Amerikanischer Staaten anerkannte zivilgesellschaftliche "
                    "Organisation"
                ),
                "it": (
                    "Organizzazione della società civile riconosciuta dall’Organizzazione degli "
                    "Stati americani"
                ),
                "es": (
                    "Organización de la sociedad civil reconocida por la Organización de los "
                    "Estados Americanos"
                ),
                "pt": (
                    "Organização da sociedade civil reconhecida pela Organização dos Estados "
                    "Americanos"
                ),
            },
            "partner": "Organization of American States",
            "year": None,
        },
        {
            "kind": "membership",
            "title": {
                "en": (
                    "Seat on the Advisory Board of the Global Parliament of Mayors, held by "
                    "the executive director"
                ),
                "fr": (
                    "Siège au conseil consultatif du Parlement mondial des maires, occupé par "
                    "la direction exécutive"
                ),
                "de": (
                    "Sitz im Beirat des Global Parliament of Mayors, wahrgenommen von der "
                    "Geschäftsführung"
                ),
                "it": (
                    "Seggio nel comitato consultivo del Parlamento mondiale dei sindaci, occupato "
                    "dalla direzione esecutiva"
                ),
                "es": (
                    "Puesto en el Consejo Asesor del Parlamento Mundial de Alcaldes, ocupado por "
                    "la dirección ejecutiva"
                ),
                "pt": (
                    "Lugar no Conselho Consultivo do Parlamento Mundial de Presidentes de Câmara, "
                    "ocupado pela direção executiva"
                ),
            },
            "partner": "Global Parliament of Mayors",
            "year": None,
        },
        {
            "kind": "agreement",
            "title": {
                "en": "Regional partner for Europe of the Strong Cities Network",
                "fr": "Partenaire régional pour l’Europe du Strong Cities Network",
                "de": "Regionalpartner für Europa des Strong Cities Network",
                "it": "Partner regionale per l’Europa dello Strong Cities Network",
                "es": "Socio regional para Europa de la Strong Cities Network",
                "pt": "Parceiro regional para a Europa da Strong Cities Network",
            },
            "partner": "Strong Cities Network",
            "year": None,
        },
        {
            "kind": "distinction",
            "title": {
                "en": "Scroll of Honour awarded by UN-Habitat",
                "fr": "Parchemin d’honneur (Scroll of Honour) décerné par ONU-Habitat",
                "de": "Ehrenurkunde (Scroll of Honour), verliehen von UN-Habitat",
                "it": "Pergamena d’onore (Scroll of Honour) conferita da UN-Habitat",
                "es": "Pergamino de Honor (Scroll of Honour) otorgado por ONU-Hábitat",
                "pt": "Pergaminho de Honra (Scroll of Honour) atribuído pela ONU-Habitat",
            },
            "partner": "UN-Habitat",
            "year": 1998,
        },
    ],
}

TEAM = {
    "title": {
        "en": "Our team",
        "fr": "L’équipe",
        "de": "Unser Team",
        "it": "Il nostro team",
        "es": "Nuestro equipo",
        "pt": "A nossa equipa",
    },
    "slug": {
        "en": "team",
        "fr": "equipe",
        "de": "team",
        "it": "team",
        "es": "equipo",
        "pt": "equipa",
    },
    "intro": {
        "en": (
            "A multilingual team based in Paris runs and coordinates the association’s "
            "activities on behalf of its members."
        ),
        "fr": (
            "Une équipe multilingue installée à Paris gère et coordonne les activités de "
            "l’association au service de ses membres."
        ),
        "de": (
            "Ein mehrsprachiges Team mit Sitz in Paris leitet und koordiniert die Aktivitäten "
            "des Vereins im Auftrag seiner Mitglieder."
        ),
        "it": (
            "Un team multilingue con sede a Parigi gestisce e coordina le attività "
            "dell’associazione al servizio dei suoi membri."
        ),
        "es": (
            "Un equipo multilingüe con sede en París gestiona y coordina las actividades de la "
            "asociación al servicio de sus miembros."
        ),
        "pt": (
            "Uma equipa multilingue sediada em Paris gere e coordena as atividades da "
            "associação ao serviço dos seus membros."
        ),
    },
    "search_description": {
        "en": (
            "Meet the multilingual Efus team in Paris, who run the network’s projects, "
            "training, communications and day-to-day activities for members."
        ),
        "fr": (
            "Découvrez l’équipe multilingue de l’Efus à Paris, qui anime les projets, les "
            "formations, la communication et la vie quotidienne du réseau."
        ),
        "de": (
            "Lernen Sie das mehrsprachige Efus-Team in Paris kennen, das Projekte, "
            "Fortbildungen, Kommunikation und den Alltag des Netzwerks betreut."
        ),
        "it": (
            "Conosci il team multilingue dell’Efus a Parigi, che segue i progetti, la "
            "formazione, la comunicazione e le attività quotidiane della rete."
        ),
        "es": (
            "Conozca al equipo multilingüe del Efus en París, que gestiona los proyectos, la "
            "formación, la comunicación y el día a día de la red europea."
        ),
        "pt": (
            "Conheça a equipa multilingue do Efus em Paris, que gere os projetos, a formação, "
            "a comunicação e o dia a dia da rede europeia de cidades."
        ),
    },
    "people": [
        {
            "name": "Julie Moreau",
            "role": {
                "en": "Project manager – prevention of radicalisation",
                "fr": "Chargée de projet – prévention de la radicalisation",
                "de": "Projektleiterin – Radikalisierungsprävention",
                "it": "Responsabile di progetto – prevenzione della radicalizzazione",
                "es": "Responsable de proyecto – prevención de la radicalización",
                "pt": "Gestora de projeto – prevenção da radicalização",
            },
            "languages": ["fr", "en", "de"],
        },
        {
            "name": "Marco Rossi",
            "role": {
                "en": "Communications officer",
                "fr": "Chargé de communication",
                "de": "Referent für Kommunikation",
                "it": "Responsabile della comunicazione",
                "es": "Responsable de comunicación",
                "pt": "Responsável pela comunicação",
            },
            "languages": ["it", "fr", "en"],
        },
        {
            "name": "Ana Ferreira",
            "role": {
                "en": "European projects officer",
                "fr": "Chargée de projets européens",
                "de": "Referentin für europäische Projekte",
                "it": "Responsabile dei progetti europei",
                "es": "Responsable de proyectos europeos",
                "pt": "Responsável por projetos europeus",
            },
            "languages": ["pt", "es", "fr", "en"],
        },
        {
            "name": "Thomas Weber",
            "role": {
                "en": "Training coordinator",
                "fr": "Coordinateur des formations",
                "de": "Koordinator für Fortbildungen",
                "it": "Coordinatore della formazione",
                "es": "Coordinador de formación",
                "pt": "Coordenador de formação",
            },
            "languages": ["de", "en", "fr"],
        },
        {
            "name": "Lucía Navarro",
            "role": {
                "en": "Research and resources officer",
                "fr": "Chargée d’études et de ressources",
                "de": "Referentin für Studien und Ressourcen",
                "it": "Responsabile di studi e risorse",
                "es": "Responsable de estudios y recursos",
                "pt": "Responsável por estudos e recursos",
            },
            "languages": ["es", "fr", "en"],
        },
        {
            "name": "Sophie Martin",
            "role": {
                "en": "Office manager",
                "fr": "Responsable administrative",
                "de": "Büroleiterin",
                "it": "Responsabile amministrativa",
                "es": "Responsable administrativa",
                "pt": "Responsável administrativa",
            },
            "languages": ["fr", "en"],
        },
    ],
}

ACTIVITIES = {
    "title": {
        "en": "Activities & services",
        "fr": "Activités et services",
        "de": "Aktivitäten und Leistungen",
        "it": "Attività e servizi",
        "es": "Actividades y servicios",
        "pt": "Atividades e serviços",
    },
    "slug": {
        "en": "activities",
        "fr": "activites",
        "de": "aktivitaeten",
        "it": "attivita",
        "es": "actividades",
        "pt": "atividades",
    },
    "intro": {
        "en": (
            "Efus offers its members practical support, shared knowledge and a network of "
            "peers to help them tackle every major urban security issue."
        ),
        "fr": (
            "L’Efus apporte à ses membres un soutien concret, des connaissances partagées et "
            "un réseau de pairs pour relever tous les grands défis de la sécurité urbaine."
        ),
        "de": (
            "Das Efus bietet seinen Mitgliedern praktische Unterstützung, geteiltes Wissen und "
            "ein Netzwerk von Fachleuten für alle zentralen Fragen urbaner Sicherheit."
        ),
        "it": (
            "L’Efus offre ai suoi membri un sostegno concreto, conoscenze condivise e una rete "
            "di pari per affrontare tutte le principali questioni di sicurezza urbana."
        ),
        "es": (
            "El Efus ofrece a sus miembros apoyo práctico, conocimientos compartidos y una red "
            "de homólogos para abordar todas las grandes cuestiones de seguridad urbana."
        ),
        "pt": (
            "O Efus oferece aos seus membros apoio prático, conhecimento partilhado e uma rede "
            "de pares para enfrentar todas as grandes questões de segurança urbana."
        ),
    },
    "search_description": {
        "en": (
            "Networking, European projects, training, study visits, funding advice and shared "
            "resources: what Efus offers its member cities and regions."
        ),
        "fr": (
            "Mise en réseau, projets européens, formations, visites d’étude, conseil sur les "
            "financements et ressources : ce que l’Efus offre à ses membres."
        ),
        "de": (
            "Vernetzung, EU-Projekte, Fortbildungen, Studienreisen, Förderberatung und "
            "gemeinsame Ressourcen: das Angebot des Efus für seine Mitglieder."
        ),
        "it": (
            "Rete, progetti europei, formazione, visite di studio, consulenza sui "
            "finanziamenti e risorse condivise: ciò che l’Efus offre ai suoi membri."
        ),
        "es": (
            "Trabajo en red, proyectos europeos, formación, visitas de estudio, asesoría sobre "
            "financiación y recursos: lo que el Efus ofrece a sus miembros."
        ),
        "pt": (
            "Trabalho em rede, projetos europeus, formação, visitas de estudo, apoio ao "
            "financiamento e recursos: o que o Efus oferece aos seus membros."
        ),
    },
    "services": [
        {
            "title": {
                "en": "A European network of peers",
                "fr": "Un réseau européen de pairs",
                "de": "Ein europäisches Netzwerk auf Augenhöhe",
                "it": "Una rete europea di pari",
                "es": "Una red europea de homólogos",
                "pt": "Uma rede europeia de pares",
            },
            "description": {
                "en": (
                    "Connect with local authorities across Europe and draw on a wide "
                    "circle of international partners and experts."
                ),
                "fr": (
                    "Échangez avec des collectivités de toute l’Europe et profitez d’un "
                    "vivier de partenaires et d’experts internationaux."
                ),
                "de": (
                    "Tauschen Sie sich mit Kommunen aus ganz Europa aus und profitieren "
                    "Sie von einem breiten Kreis internationaler Partner und Fachleute."
                ),
                "it": (
                    "Entra in contatto con enti locali di tutta Europa e attingi a un’ampia rete "
                    "di partner ed esperti internazionali."
                ),
                "es": (
                    "Conecte con autoridades locales de toda Europa y recurra a un amplio "
                    "círculo de socios y expertos internacionales."
                ),
                "pt": (
                    "Estabeleça contacto com autoridades locais de toda a Europa e tire "
                    "partido de um vasto círculo de parceiros e especialistas internacionais."
                ),
            },
        },
        {
            "title": {
                "en": "European cooperation projects",
                "fr": "Projets de coopération européens",
                "de": "Europäische Kooperationsprojekte",
                "it": "Progetti di cooperazione europei",
                "es": "Proyectos europeos de cooperación",
                "pt": "Projetos europeus de cooperação",
            },
            "description": {
                "en": (
                    "Efus carries out and steers European cooperation projects and working "
                    "groups in which its members take part."
                ),
                "fr": (
                    "L’Efus met en œuvre et pilote des projets de coopération européens et des "
                    "groupes de travail auxquels participent ses membres."
                ),
                "de": (
                    "Das Efus führt europäische Kooperationsprojekte und Arbeitsgruppen durch und "
                    "steuert sie; seine Mitglieder wirken daran mit."
                ),
                "it": (
                    "L’Efus realizza e coordina progetti di cooperazione europei e gruppi di "
                    "lavoro a cui partecipano i suoi membri."
                ),
                "es": (
                    "El Efus ejecuta y dirige proyectos europeos de cooperación y grupos de "
                    "trabajo en los que participan sus miembros."
                ),
                "pt": (
                    "O Efus executa e coordena projetos europeus de cooperação e grupos de "
                    "trabalho em que participam os seus membros."
                ),
            },
        },
        {
            "title": {
                "en": "Support for local policies",
                "fr": "Appui aux politiques locales",
                "de": "Unterstützung kommunaler Politik",
                "it": "Sostegno alle politiche locali",
                "es": "Apoyo a las políticas locales",
                "pt": "Apoio às políticas locais",
            },
            "description": {
                "en": (
                    "Authorities receive support as they develop, strengthen and review their "
                    "own local security policies."
                ),
                "fr": (
                    "Les collectivités sont accompagnées dans l’élaboration, le renforcement "
                    "et l’évaluation de leurs politiques locales de sécurité."
                ),
                "de": (
                    "Kommunen und Regionen werden bei der Entwicklung, Stärkung und Überprüfung "
                    "ihrer eigenen lokalen Sicherheitspolitik begleitet."
                ),
                "it": (
                    "Gli enti vengono accompagnati nell’elaborazione, nel rafforzamento e nella "
                    "revisione delle proprie politiche locali di sicurezza."
                ),
                "es": (
                    "Las autoridades reciben apoyo para elaborar, reforzar y revisar sus propias "
                    "políticas locales de seguridad."
                ),
                "pt": (
                    "As autoridades recebem apoio para desenvolver, reforçar e rever as suas "
                    "próprias políticas locais de segurança."
                ),
            },
        },
        {
            "title": {
                "en": "European funding",
                "fr": "Financements européens",
                "de": "EU-Fördermittel",
                "it": "Finanziamenti europei",
                "es": "Financiación europea",
                "pt": "Financiamento europeu",
            },
            "description": {
                "en": (
                    "Members get information and technical help to find European subsidies and "
                    "prepare their applications."
                ),
                "fr": (
                    "Les membres bénéficient d’informations et d’une assistance technique pour "
                    "repérer les subventions européennes et y candidater."
                ),
                "de": (
                    "Die Mitglieder erhalten Informationen und technische Unterstützung, um "
                    "europäische Fördermittel zu finden und ihre Anträge vorzubereiten."
                ),
                "it": (
                    "I membri ricevono informazioni e assistenza tecnica per individuare i "
                    "contributi europei e preparare le loro candidature."
                ),
                "es": (
                    "Los miembros reciben información y asistencia técnica para encontrar "
                    "subvenciones europeas y preparar sus solicitudes."
                ),
                "pt": (
                    "Os membros recebem informação e assistência técnica para identificar "
                    "subvenções europeias e preparar as suas candidaturas."
                ),
            },
        },
        {
            "title": {
                "en": "Training",
                "fr": "Formation",
                "de": "Fortbildung",
                "it": "Formazione",
                "es": "Formación",
                "pt": "Formação",
            },
            "description": {
                "en": (
                    "Training sessions help elected officials and practitioners build their "
                    "skills in urban security."
                ),
                "fr": (
                    "Des sessions de formation permettent aux élus et aux professionnels de "
                    "renforcer leurs compétences en sécurité urbaine."
                ),
                "de": (
                    "In Fortbildungen bauen Mandatsträgerinnen und Mandatsträger sowie Fachleute "
                    "ihre Kompetenzen im Bereich urbane Sicherheit aus."
                ),
                "it": (
                    "Sessioni di formazione aiutano amministratori e operatori a rafforzare le "
                    "proprie competenze in materia di sicurezza urbana."
                ),
                "es": (
                    "Las sesiones de formación ayudan a cargos electos y profesionales a reforzar "
                    "sus competencias en seguridad urbana."
                ),
                "pt": (
                    "Sessões de formação ajudam eleitos e profissionais a desenvolver as suas "
                    "competências em segurança urbana."
                ),
            },
        },
        {
            "title": {
                "en": "Study visits",
                "fr": "Visites d’étude",
                "de": "Studienreisen",
                "it": "Visite di studio",
                "es": "Visitas de estudio",
                "pt": "Visitas de estudo",
            },
            "description": {
                "en": (
                    "Visits and trips let members see first-hand how other cities tackle "
                    "their security challenges."
                ),
                "fr": (
                    "Des visites et des déplacements permettent d’observer sur place comment "
                    "d’autres villes répondent à leurs enjeux de sécurité."
                ),
                "de": (
                    "Bei Besuchen und Reisen erleben die Mitglieder aus erster Hand, wie andere "
                    "Städte ihre Sicherheitsprobleme angehen."
                ),
                "it": (
                    "Visite e viaggi permettono ai membri di osservare da vicino come altre città "
                    "affrontano le proprie sfide in materia di sicurezza."
                ),
                "es": (
                    "Las visitas y los viajes permiten a los miembros ver de primera mano cómo "
                    "otras ciudades afrontan sus retos de seguridad."
                ),
                "pt": (
                    "Visitas e deslocações permitem aos membros ver em primeira mão como outras "
                    "cidades enfrentam os seus desafios de segurança."
                ),
            },
        },
        {
            "title": {
                "en": "Conferences and seminars",
                "fr": "Conférences et séminaires",
                "de": "Konferenzen und Seminare",
                "it": "Conferenze e seminari",
                "es": "Conferencias y seminarios",
                "pt": "Conferências e seminários",
            },
            "description": {
                "en": (
                    "Members are invited to Efus conferences and seminars to meet their peers "
                    "and follow current debates."
                ),
                "fr": (
                    "Les membres sont invités aux conférences et séminaires de l’Efus pour "
                    "rencontrer leurs pairs et suivre les débats du moment."
                ),
                "de": (
                    "Die Mitglieder werden zu den Konferenzen und Seminaren des Efus eingeladen, "
                    "um Kolleginnen und Kollegen zu treffen und aktuelle Debatten zu verfolgen."
                ),
                "it": (
                    "I membri sono invitati alle conferenze e ai seminari dell’Efus per incontrare "
                    "i colleghi e seguire i dibattiti in corso."
                ),
                "es": (
                    "Los miembros están invitados a las conferencias y seminarios del Efus para "
                    "encontrarse con sus homólogos y seguir los debates de actualidad."
                ),
                "pt": (
                    "Os membros são convidados para as conferências e seminários do Efus para se "
                    "encontrarem com os seus pares e acompanharem os debates atuais."
                ),
            },
        },
        {
            "title": {
                "en": "Resources and Efus Network",
                "fr": "Ressources et Efus Network",
                "de": "Ressourcen und Efus Network",
                "it": "Risorse ed Efus Network",
                "es": "Recursos y Efus Network",
                "pt": "Recursos e Efus Network",
            },
            "description": {
                "en": (
                    "Members have full access to Efus publications and practice sheets, and to "
                    "Efus Network, a members-only platform for sharing experience and "
                    "information on urban security."
                ),
                "fr": (
                    "Les membres accèdent à toutes les publications et fiches pratiques de "
                    "l’Efus ainsi qu’à Efus Network, plateforme collaborative qui leur est "
                    "réservée pour échanger expériences et informations sur la sécurité "
                    "urbaine."
                ),
                "de": (
                    "Die Mitglieder haben vollen Zugang zu den Publikationen und Praxisblättern "
                    "des Efus sowie zu Efus Network, einer Plattform nur für Mitglieder zum "
                    "Austausch von Erfahrungen und Informationen über urbane Sicherheit."
                ),
                "it": (
                    "I membri hanno pieno accesso alle pubblicazioni e alle schede pratiche "
                    "dell’Efus, nonché a Efus Network, piattaforma riservata ai membri per lo "
                    "scambio di esperienze e informazioni sulla sicurezza urbana."
                ),
                "es": (
                    "Los miembros tienen acceso completo a las publicaciones y fichas prácticas "
                    "del Efus, así como a Efus Network, una plataforma reservada a los miembros "
                    "para compartir experiencias e información sobre seguridad urbana."
                ),
                "pt": (
                    "Os membros têm acesso total às publicações e fichas práticas do Efus e à Efus "
                    "Network, uma plataforma reservada aos membros para a partilha de experiências "
                    "e informação sobre segurança urbana."
                ),
            },
        },
    ],
    "body": {
        "en": (
            "<p>Efus is there for elected officials and their teams who believe that "
            "long-term security is built together, whatever their political differences. It "
            "offers them both practical support and fresh ideas.</p>"
            "<p>Our way of working follows the principle of <strong>cities helping "
            "cities</strong>: authorities share their experience with one another, so that a "
            "solution tried in one place can inspire others.</p>"
            "<p>The network covers all the major questions of urban safety and security, from "
            "prevention to social cohesion.</p>"
        ),
        "fr": (
            "<p>L’Efus accompagne et inspire les élus locaux et leurs équipes qui sont "
            "convaincus que la sécurité se construit dans la durée et à plusieurs, au-delà "
            "des divergences politiques.</p>"
            "<p>Notre méthode suit le principe selon lequel <strong>les villes aident les "
            "villes</strong> : les collectivités partagent leurs expériences, afin qu’une "
            "solution éprouvée ici puisse inspirer ailleurs.</p>"
            "<p>Le réseau aborde l’ensemble des grandes questions de sécurité urbaine, de la "
            "prévention à la cohésion sociale.</p>"
        ),
        "de": (
            "<p>Das Efus steht Mandatsträgerinnen und Mandatsträgern und ihren Teams zur Seite, "
            "die überzeugt sind, dass langfristige Sicherheit über politische Unterschiede hinweg "
            "gemeinsam entsteht. Es bietet ihnen praktische Unterstützung ebenso wie neue "
            "Ideen.</p>"
            "<p>Unsere Arbeitsweise folgt dem Grundsatz <strong>Städte helfen Städten</strong>: "
            "Kommunen teilen ihre Erfahrungen miteinander, damit eine an einem Ort erprobte Lösung "
            "anderswo Anregungen geben kann.</p>"
            "<p>Das Netzwerk befasst sich mit allen wichtigen Fragen urbaner Sicherheit, von der "
            "Prävention bis zum sozialen Zusammenhalt.</p>"
        ),
        "it": (
            "<p>L’Efus è al fianco degli amministratori locali e dei loro team convinti che la "
            "sicurezza a lungo termine si costruisca insieme, al di là delle differenze politiche. "
            "Offre loro sia un sostegno concreto sia nuove idee.</p>"
            "<p>Il nostro metodo segue il principio secondo cui <strong>le città aiutano le "
            "città</strong>: gli enti condividono le proprie esperienze, affinché una soluzione "
            "sperimentata in un luogo possa ispirarne altri.</p>"
            "<p>La rete affronta tutte le grandi questioni della sicurezza urbana, dalla "
            "prevenzione alla coesione sociale.</p>"
        ),
        "es": (
            "<p>El Efus acompaña a los cargos electos y a sus equipos convencidos de que la "
            "seguridad a largo plazo se construye entre todos, más allá de las diferencias "
            "políticas. Les ofrece tanto apoyo práctico como nuevas ideas.</p>"
            "<p>Nuestra forma de trabajar sigue el principio de que <strong>las ciudades ayudan a "
            "las ciudades</strong>: las autoridades comparten sus experiencias para que una "
            "solución probada en un lugar pueda inspirar a otros.</p>"
            "<p>La red aborda todas las grandes cuestiones de la seguridad urbana, desde la "
            "prevención hasta la cohesión social.</p>"
        ),
        "pt": (
            "<p>O Efus está ao lado dos eleitos locais e das suas equipas que acreditam que a "
            "segurança a longo prazo se constrói em conjunto, independentemente das diferenças "
            "políticas. Oferece-lhes apoio prático e também novas ideias.</p>"
            "<p>A nossa forma de trabalhar segue o princípio de que <strong>as cidades ajudam as "
            "cidades</strong>: as autoridades partilham as suas experiências, para que uma solução "
            "testada num lugar possa inspirar outros.</p>"
            "<p>A rede aborda todas as grandes questões da segurança urbana, da prevenção à coesão "
            "social.</p>"
        ),
    },
}

MANIFESTO = {
    "title": {
        "en": "The Cities’ Manifesto",
        "fr": "Le Manifeste des villes",
        "de": "Das Manifest der Städte",
        "it": "Il Manifesto delle città",
        "es": "El Manifiesto de las ciudades",
        "pt": "O Manifesto das Cidades",
    },
    "slug": {
        "en": "manifesto",
        "fr": "manifeste",
        "de": "manifest",
        "it": "manifesto",
        "es": "manifiesto",
        "pt": "manifesto",
    },
    "intro": {
        "en": (
            "The Cities’ Manifesto sets out the values and principles that Efus members share "
            "on security, democracy and life in cities."
        ),
        "fr": (
            "Le Manifeste des villes réunit les valeurs et les principes que partagent les "
            "membres de l’Efus en matière de sécurité, de démocratie et de vie urbaine."
        ),
        "de": (
            "Das Manifest der Städte hält die Werte und Grundsätze fest, die die "
            "Efus-Mitglieder in Bezug auf Sicherheit, Demokratie und städtisches Leben teilen."
        ),
        "it": (
            "Il Manifesto delle città raccoglie i valori e i principi condivisi dai membri "
            "dell’Efus in materia di sicurezza, democrazia e vita urbana."
        ),
        "es": (
            "El Manifiesto de las ciudades recoge los valores y principios que comparten los "
            "miembros del Efus en materia de seguridad, democracia y vida urbana."
        ),
        "pt": (
            "O Manifesto das Cidades reúne os valores e princípios partilhados pelos membros "
            "do Efus em matéria de segurança, democracia e vida urbana."
        ),
    },
    "search_description": {
        "en": (
            "The Cities’ Manifesto sets out the shared values of Efus members: prevention, "
            "citizen participation, youth involvement and women’s rights."
        ),
        "fr": (
            "Le Manifeste des villes réunit les valeurs des membres de l’Efus : prévention, "
            "participation citoyenne, place des jeunes et égalité femmes-hommes."
        ),
        "de": (
            "Das Manifest der Städte bündelt die Werte der Efus-Mitglieder: Prävention, "
            "Bürgerbeteiligung, Einbindung junger Menschen und Gleichstellung."
        ),
        "it": (
            "Il Manifesto delle città riunisce i valori dei membri dell’Efus: prevenzione, "
            "partecipazione dei cittadini, ruolo dei giovani e parità di genere."
        ),
        "es": (
            "El Manifiesto de las ciudades recoge los valores de los miembros del Efus: "
            "prevención, participación ciudadana, juventud e igualdad de género."
        ),
        "pt": (
            "O Manifesto das Cidades reúne os valores dos membros do Efus: prevenção, "
            "participação dos cidadãos, envolvimento dos jovens e igualdade de género."
        ),
    },
    "preamble": {
        "en": (
            "<p>The values and principles on which Efus members found their action are "
            "brought together in the <strong>Cities’ Manifesto: Security, Democracy and "
            "Cities</strong>.</p>"
            "<p>In this text, local officials set out the commitments that guide their "
            "security policies and the way they want to share them with residents.</p>"
        ),
        "fr": (
            "<p>Les valeurs et les principes sur lesquels les membres de l’Efus fondent leur "
            "action sont réunis dans le <strong>Manifeste des villes : Sécurité, démocratie "
            "et villes</strong>.</p>"
            "<p>Dans ce texte, les élus locaux énoncent les engagements qui orientent leurs "
            "politiques de sécurité et la manière dont ils entendent les partager avec les "
            "habitants.</p>"
        ),
        "de": (
            "<p>Die Werte und Grundsätze, auf denen die Mitglieder des Efus ihr Handeln aufbauen, "
            "sind im <strong>Manifest der Städte: Sicherheit, Demokratie und Städte</strong> "
            "zusammengefasst.</p>"
            "<p>Darin legen die kommunalen Verantwortlichen die Verpflichtungen dar, die ihre "
            "Sicherheitspolitik leiten, und wie sie diese mit den Einwohnerinnen und Einwohnern "
            "teilen wollen.</p>"
        ),
        "it": (
            "<p>I valori e i principi su cui i membri dell’Efus fondano la propria azione sono "
            "raccolti nel <strong>Manifesto delle città: Sicurezza, democrazia e "
            "città</strong>.</p>"
            "<p>In questo testo gli amministratori locali enunciano gli impegni che orientano le "
            "loro politiche di sicurezza e il modo in cui intendono condividerli con gli "
            "abitanti.</p>"
        ),
        "es": (
            "<p>Los valores y principios en los que los miembros del Efus basan su acción se "
            "recogen en el <strong>Manifiesto de las ciudades: Seguridad, democracia y "
            "ciudades</strong>.</p>"
            "<p>En este texto, los responsables locales exponen los compromisos que orientan sus "
            "políticas de seguridad y la manera en que desean compartirlos con los habitantes.</p>"
        ),
        "pt": (
            "<p>Os valores e princípios em que os membros do Efus fundamentam a sua ação estão "
            "reunidos no <strong>Manifesto das Cidades: Segurança, Democracia e "
            "Cidades</strong>.</p>"
            "<p>Neste texto, os eleitos locais enunciam os compromissos que orientam as suas "
            "políticas de segurança e a forma como pretendem partilhá-los com os habitantes.</p>"
        ),
    },
    "commitments": [
        {
            "title": {
                "en": "Prevention as a deliberate choice",
                "fr": "La prévention, un choix assumé",
                "de": "Prävention als bewusste Entscheidung",
                "it": "La prevenzione, una scelta consapevole",
                "es": "La prevención, una elección deliberada",
                "pt": "A prevenção, uma escolha assumida",
            },
            "text": {
                "en": (
                    "Opting for prevention is rational, strategic and cost-efficient, and it "
                    "is an intelligent way of applying criminal law."
                ),
                "fr": (
                    "Choisir la prévention est une option rationnelle, stratégique et "
                    "économe, ainsi qu’une façon intelligente d’appliquer le droit pénal."
                ),
                "de": (
                    "Sich für Prävention zu entscheiden ist rational, strategisch und "
                    "kosteneffizient – und eine kluge Art, das Strafrecht anzuwenden."
                ),
                "it": (
                    "Scegliere la prevenzione è un’opzione razionale, strategica ed efficiente in "
                    "termini di costi, oltre che un modo intelligente di applicare il diritto "
                    "penale."
                ),
                "es": (
                    "Optar por la prevención es racional, estratégico y rentable, además de una "
                    "forma inteligente de aplicar el derecho penal."
                ),
                "pt": (
                    "Apostar na prevenção é racional, estratégico e economicamente eficiente, além "
                    "de ser uma forma inteligente de aplicar o direito penal."
                ),
            },
        },
        {
            "title": {
                "en": "Security for future generations",
                "fr": "La sécurité des générations futures",
                "de": "Sicherheit für künftige Generationen",
                "it": "La sicurezza delle generazioni future",
                "es": "La seguridad de las generaciones futuras",
                "pt": "A segurança das gerações futuras",
            },
            "text": {
                "en": (
                    "Prevention should come first so that the security of future generations, "
                    "essential to quality of life in cities, is guaranteed as a basic right "
                    "for everyone."
                ),
                "fr": (
                    "La prévention doit primer pour que la sécurité des générations futures, "
                    "essentielle à la qualité de vie en ville, soit garantie comme un droit "
                    "fondamental pour tous."
                ),
                "de": (
                    "Prävention sollte Vorrang haben, damit die Sicherheit künftiger Generationen, "
                    "die für die Lebensqualität in den Städten unverzichtbar ist, als Grundrecht "
                    "für alle gewährleistet wird."
                ),
                "it": (
                    "La prevenzione deve avere la priorità affinché la sicurezza delle generazioni "
                    "future, essenziale per la qualità della vita nelle città, sia garantita come "
                    "diritto fondamentale di tutti."
                ),
                "es": (
                    "La prevención debe ser prioritaria para que la seguridad de las generaciones "
                    "futuras, esencial para la calidad de vida en las ciudades, quede garantizada "
                    "como un derecho fundamental de todas las personas."
                ),
                "pt": (
                    "A prevenção deve estar em primeiro lugar para que a segurança das gerações "
                    "futuras, essencial à qualidade de vida nas cidades, seja garantida como um "
                    "direito fundamental de todos."
                ),
            },
        },
        {
            "title": {
                "en": "Citizen participation",
                "fr": "La participation citoyenne",
                "de": "Bürgerbeteiligung",
                "it": "La partecipazione dei cittadini",
                "es": "La participación ciudadana",
                "pt": "A participação dos cidadãos",
            },
            "text": {
                "en": (
                    "Involving citizens should be a cross-cutting principle that runs through "
                    "every aspect of security policy."
                ),
                "fr": (
                    "La participation des citoyens doit être un principe transversal, présent "
                    "dans tous les volets des politiques de sécurité."
                ),
                "de": (
                    "Die Beteiligung der Bürgerinnen und Bürger sollte ein Querschnittsprinzip "
                    "sein, das alle Bereiche der Sicherheitspolitik durchzieht."
                ),
                "it": (
                    "Il coinvolgimento dei cittadini deve essere un principio trasversale, "
                    "presente in ogni aspetto delle politiche di sicurezza."
                ),
                "es": (
                    "La implicación de la ciudadanía debe ser un principio transversal, presente "
                    "en todos los ámbitos de la política de seguridad."
                ),
                "pt": (
                    "O envolvimento dos cidadãos deve ser um princípio transversal, presente em "
                    "todas as vertentes das políticas de segurança."
                ),
            },
        },
        {
            "title": {
                "en": "Young people as full partners",
                "fr": "Les jeunes, partenaires à part entière",
                "de": "Junge Menschen als vollwertige Partner",
                "it": "I giovani, partner a pieno titolo",
                "es": "Los jóvenes, socios de pleno derecho",
                "pt": "Os jovens, parceiros de pleno direito",
            },
            "text": {
                "en": (
                    "Young people, who are too often stigmatised and themselves victims of "
                    "violence, must be fully involved."
                ),
                "fr": (
                    "Les jeunes, trop souvent stigmatisés et eux-mêmes victimes de violences, "
                    "doivent être pleinement associés."
                ),
                "de": (
                    "Junge Menschen, die allzu oft stigmatisiert werden und selbst Opfer von "
                    "Gewalt sind, müssen umfassend einbezogen werden."
                ),
                "it": (
                    "I giovani, troppo spesso stigmatizzati e loro stessi vittime di violenza, "
                    "devono essere pienamente coinvolti."
                ),
                "es": (
                    "Los jóvenes, con demasiada frecuencia estigmatizados y ellos mismos víctimas "
                    "de la violencia, deben participar plenamente."
                ),
                "pt": (
                    "Os jovens, demasiadas vezes estigmatizados e eles próprios vítimas de "
                    "violência, devem ser plenamente envolvidos."
                ),
            },
        },
        {
            "title": {
                "en": "Women’s rights and equality",
                "fr": "Droits des femmes et égalité",
                "de": "Frauenrechte und Gleichstellung",
                "it": "Diritti delle donne e uguaglianza",
                "es": "Derechos de las mujeres e igualdad",
                "pt": "Direitos das mulheres e igualdade",
            },
            "text": {
                "en": (
                    "Promoting women’s rights and equality between the sexes is an integral "
                    "part of any security policy."
                ),
                "fr": (
                    "La promotion des droits des femmes et de l’égalité entre les sexes fait "
                    "partie intégrante de toute politique de sécurité."
                ),
                "de": (
                    "Die Förderung der Rechte von Frauen und der Gleichstellung der Geschlechter "
                    "ist fester Bestandteil jeder Sicherheitspolitik."
                ),
                "it": (
                    "La promozione dei diritti delle donne e della parità tra i sessi è parte "
                    "integrante di ogni politica di sicurezza."
                ),
                "es": (
                    "La promoción de los derechos de las mujeres y de la igualdad entre los sexos "
                    "forma parte integral de toda política de seguridad."
                ),
                "pt": (
                    "A promoção dos direitos das mulheres e da igualdade entre os sexos é parte "
                    "integrante de qualquer política de segurança."
                ),
            },
        },
    ],
}

CONTACT = {
    "title": {
        "en": "Contact",
        "fr": "Contact",
        "de": "Kontakt",
        "it": "Contatti",
        "es": "Contacto",
        "pt": "Contacto",
    },
    "slug": {
        "en": "contact",
        "fr": "contact",
        "de": "kontakt",
        "it": "contatti",
        "es": "contacto",
        "pt": "contacto",
    },
    "intro": {
        "en": "Our team is based in Paris. The simplest way to reach us is by email.",
        "fr": (
            "Notre équipe est installée à Paris. Le plus simple pour nous joindre est de nous "
            "écrire par courriel."
        ),
        "de": "Unser Team sitzt in Paris. Am einfachsten erreichen Sie uns per E-Mail.",
        "it": (
            "Il nostro team ha sede a Parigi. Il modo più semplice per contattarci è "
            "scriverci via e-mail."
        ),
        "es": (
            "Nuestro equipo tiene su sede en París. La forma más sencilla de contactarnos es "
            "por correo electrónico."
        ),
        "pt": (
            "A nossa equipa está sediada em Paris. A forma mais simples de nos contactar é por "
            "e-mail."
        ),
    },
    "search_description": {
        "en": (
            "Get in touch with the European Forum for Urban Security: our office is at 10, rue "
            "des Montiboeufs in Paris, or write to contact@efus.eu."
        ),
        "fr": (
            "Contactez le Forum européen pour la sécurité urbaine : nos bureaux sont au 10, "
            "rue des Montiboeufs à Paris. Écrivez-nous à contact@efus.eu."
        ),
        "de": (
            "Kontakt zum Europäischen Forum für urbane Sicherheit: Büro in der 10, rue des "
            "Montiboeufs in Paris, E-Mail an contact@efus.eu."
        ),
        "it": (
            "Contatta il Forum europeo per la sicurezza urbana: la sede è al 10, rue des "
            "Montiboeufs a Parigi; scrivici a contact@efus.eu."
        ),
        "es": (
            "Contacte con el Foro Europeo para la Seguridad Urbana: oficina en el 10, rue des "
            "Montiboeufs de París; escríbanos a contact@efus.eu."
        ),
        "pt": (
            "Contacte o Fórum Europeu para a Segurança Urbana: escritório no 10, rue des "
            "Montiboeufs, em Paris; escreva para contact@efus.eu."
        ),
    },
    "how_to_reach": {
        "en": (
            "<p>Our office is in the <strong>20th arrondissement of Paris</strong>, at 10, "
            "rue des Montiboeufs.</p>"
            "<p>The easiest way to contact the team is to write to "
            "<strong>contact@efus.eu</strong>; we will make sure your message reaches the "
            "right person.</p>"
            "<p>The east of Paris is well served by metro and bus. Use the city’s public "
            "transport journey planner to find the best route from where you are, and let "
            "us know by email before you visit.</p>"
        ),
        "fr": (
            "<p>Nos bureaux se trouvent dans le <strong>20e arrondissement de Paris</strong>, "
            "au 10, rue des Montiboeufs.</p>"
            "<p>Le plus simple pour joindre l’équipe est d’écrire à "
            "<strong>contact@efus.eu</strong> ; nous veillerons à transmettre votre message "
            "à la bonne personne.</p>"
            "<p>L’est parisien est bien desservi par le métro et le bus. Consultez un "
            "calculateur d’itinéraire des transports en commun pour trouver le meilleur "
            "trajet, et prévenez-nous par courriel avant votre visite.</p>"
        ),
        "de": (
            "<p>Unser Büro befindet sich im <strong>20. Arrondissement von Paris</strong>, 10, rue "
            "des Montiboeufs.</p>"
            "<p>Am einfachsten erreichen Sie das Team per E-Mail an "
            "<strong>contact@efus.eu</strong>; wir sorgen dafür, dass Ihre Nachricht die richtige "
            "Person erreicht.</p>"
            "<p>Der Osten von Paris ist mit Metro und Bus gut angebunden. Nutzen Sie den "
            "Routenplaner des Pariser Nahverkehrs, um die beste Verbindung von Ihrem Standort aus "
            "zu finden, und kündigen Sie Ihren Besuch bitte vorab per E-Mail an.</p>"
        ),
        "it": (
            "<p>La nostra sede si trova nel <strong>20° arrondissement di Parigi</strong>, al 10, "
            "rue des Montiboeufs.</p>"
            "<p>Il modo più semplice per contattare il team è scrivere a "
            "<strong>contact@efus.eu</strong>: ci assicureremo che il tuo messaggio arrivi alla "
            "persona giusta.</p>"
            "<p>La zona est di Parigi è ben servita da metropolitana e autobus. Usa il calcolatore "
            "di percorso dei trasporti pubblici della città per trovare il tragitto migliore dal "
            "luogo in cui ti trovi, e avvisaci via e-mail prima della tua visita.</p>"
        ),
        "es": (
            "<p>Nuestra oficina está en el <strong>distrito 20 de París</strong>, en el 10, rue "
            "des Montiboeufs.</p>"
            "<p>La forma más sencilla de contactar con el equipo es escribir a "
            "<strong>contact@efus.eu</strong>; nos aseguraremos de que su mensaje llegue a la "
            "persona adecuada.</p>"
            "<p>El este de París está bien comunicado en metro y autobús. Utilice el planificador "
            "de trayectos del transporte público de la ciudad para encontrar la mejor ruta desde "
            "donde se encuentre y avísenos por correo electrónico antes de su visita.</p>"
        ),
        "pt": (
            "<p>O nosso escritório fica no <strong>20.º arrondissement de Paris</strong>, no 10, "
            "rue des Montiboeufs.</p>"
            "<p>A forma mais simples de contactar a equipa é escrever para "
            "<strong>contact@efus.eu</strong>; faremos com que a sua mensagem chegue à pessoa "
            "certa.</p>"
            "<p>O leste de Paris é bem servido por metro e autocarro. Utilize o planeador de "
            "viagens dos transportes públicos da cidade para encontrar o melhor percurso a partir "
            "do local onde se encontra e avise-nos por e-mail antes da sua visita.</p>"
        ),
    },
}
