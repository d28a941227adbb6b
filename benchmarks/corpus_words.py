"""The vocabulary generate_corpus.py draws its fictional company's content from (Acme, French
and English)."""

AUDIENCES = ["sales", "hr", "marketing", "recruiting", "engineering", "all"]

TAGS = [
    "atlas", "produit", "lancement", "industrie", "industrie-4-0", "iiot", "maintenance", "maintenance-predictive",
    "jumeau-numerique", "supervision", "trs", "cloud", "cybersecurite", "donnees", "ia", "energie",
    "rse", "climat", "diversite", "handicap", "inclusion", "recrutement", "emploi", "stage", "alternance",
    "devops", "data-science", "design", "support", "partenariat", "acquisition", "resultats", "finance",
    "international", "germany", "belgium", "spain", "lyon", "paris", "nantes", "toulouse", "salon",
    "webinar", "conference", "evenement", "presse", "temoignage", "client", "etude-de-cas", "innovation",
    "brevet", "open-source", "securite", "qualite", "formation", "culture", "bureaux", "automobile",
    "agroalimentaire", "pharma",
]

CAMPAIGNS = [
    "lancement-atlas", "atlas-dach", "recrutement-2026", "recrutement-2027", "marque-employeur", "rse-2026",
    "resultats-trimestriels", "salon-global-industrie", "salon-hannover-messe", "webinars-maintenance",
    "cybersecurite-usines", "partenariat-ouranos", "acquisition-novasense", "semaine-handicap",
    "journee-femmes-ingenieures", "open-source-days", "clients-temoignent", "atlas-energie", "innovation-awards",
    "bureaux-lyon", "alternance-2026", "green-factory", "acme-academy", "support-excellence", "data-summit",
]

FIRST_NAMES = ["Sophie", "Karim", "Camille", "Yann", "Antoine", "Léa", "Julien", "Nadia", "Thomas", "Inès",
               "Mathieu", "Claire", "Hugo", "Amina", "Pierre", "Chloé", "Lucas", "Sarah", "Éric", "Manon"]
LAST_NAMES = ["Lambert", "Benali", "Bernard", "Le Goff", "Moreau", "Martin", "Dubois", "Haddad", "Roux",
              "Fontaine", "Girard", "Lefèvre", "Mercier", "Nguyen", "Rousseau", "Faure", "Chevalier", "Diallo"]
TEAMS_FR = ["marketing produit", "avant-vente", "recrutement", "communication", "équipe plateforme",
            "relations presse", "RSE", "partenariats", "direction financière", "support client"]
TEAMS_EN = ["product marketing", "presales", "talent acquisition", "communications", "platform team",
            "press relations", "sustainability", "partnerships", "finance", "customer support"]

PRODUCTS = ["Atlas", "Atlas Energy", "Atlas Edge", "Novasense", "Atlas Twin", "Atlas Quality"]
CITIES = ["Lyon", "Paris", "Nantes", "Toulouse", "Lille", "Bordeaux", "Munich", "Bruxelles", "Madrid", "Milan"]
PARTNERS = ["Ouranos Cloud", "Brenner Automation", "Helio Systems", "Nordlicht Data", "Vega Robotics",
            "Lumen Analytics", "Iberia Controls", "Castor Energie"]
SECTORS_FR = ["l'automobile", "l'agroalimentaire", "la pharmacie", "l'aéronautique", "la chimie", "la métallurgie"]
SECTORS_EN = ["automotive", "food and beverage", "pharmaceuticals", "aerospace", "chemicals", "metals"]
PUBLICATIONS = [("Les Echos", "https://www.lesechos.example/"), ("L'Usine Nouvelle", "https://www.usinenouvelle.example/"),
                ("Harvard Business Review", "https://hbr.example/"), ("Industrie & Technologies", "https://www.industrie-techno.example/"),
                ("Financial Times", "https://www.ft.example/")]
REFS = ["newsletter", "intranet", "ambassadeurs", "linkedin-page", "x"]

# Title templates: {p} product, {c} city, {n} number, {s} sector, {q} quarter, {y} year, {partner}.
TITLES_FR = [
    "{p} : {n} nouvelles usines clientes en {y}",
    "Lancement de {p} dans le secteur de {s}",
    "On recrute : ingénieur·e {role} à {c} (CDI)",
    "Nouveaux bureaux à {c} : visite en images",
    "Résultats du {q} {y} : une croissance de {n} %",
    "Partenariat avec {partner} pour accélérer {p}",
    "Webinar : la maintenance prédictive dans {s}",
    "Portrait : l'équipe {team} de {c}",
    "Salon de l'industrie connectée {y} : retrouvez-nous à {c}",
    "Étude de cas : comment {p} a réduit les arrêts de {n} %",
    "Notre rapport RSE {y} est en ligne",
    "Semaine de l'emploi des personnes handicapées à {c}",
    "Cybersécurité des usines : nos {n} conseils",
    "Alternance {y} : {n} postes ouverts à {c}",
    "{p} obtient la certification ISO 27001",
    "Journée portes ouvertes du site de {c}",
    "Tribune : pourquoi l'industrie a besoin de jumeaux numériques",
    "Acme rejoint le programme French Tech {y}",
]
TITLES_EN = [
    "{p} now serves {n} plants across Europe",
    "{p} launches in {s}",
    "We are hiring: {role} engineer in {c}",
    "Meet the {team} team in {c}",
    "Q{qn} {y} results: revenue up {n}%",
    "Partnership with {partner} brings {p} to new markets",
    "Webinar: predictive maintenance in {s}",
    "Case study: how {p} cut downtime by {n}%",
    "Our {y} sustainability report is out",
    "Join us at the Connected Industry Show {y} in {c}",
    "{p} earns ISO 27001 certification",
    "Open day at our {c} site",
    "Why manufacturing needs digital twins",
]
ROLES = ["DevOps", "data", "logiciel embarqué", "cybersécurité", "full-stack", "support", "cloud", "QA"]
ROLES_EN = ["DevOps", "data", "embedded software", "security", "full-stack", "support", "cloud", "QA"]

SENTENCES_FR = [
    "{p} collecte les données des automates et des capteurs sans développement spécifique.",
    "Le projet a été mené avec des équipes de production, directement en usine.",
    "Nos clients de {s} voient le taux de rendement de chaque ligne en temps réel.",
    "L'équipe de {c} a travaillé pendant {n} mois sur cette nouvelle version.",
    "Ce résultat est d'abord celui des équipes terrain, qui ont fait remonter chaque irritant.",
    "Les données restent hébergées en France, ou dans l'usine du client pour les sites sensibles.",
    "Nous avons déjà formé {n} techniciens de maintenance à ces nouveaux outils.",
    "Le pilote, mené dans quatre usines partenaires, a duré dix-huit mois.",
    "Chaque arrêt de ligne est désormais classé automatiquement par cause.",
    "La prochaine étape sera l'ouverture du service à nos clients de {c}.",
    "Les candidatures sont étudiées au fil de l'eau, sans date limite.",
    "L'équipe compte aujourd'hui {n} personnes et continue de grandir.",
    "Vous pouvez en parler librement : toutes les informations de cette page sont publiques.",
    "Merci de ne pas citer les noms de nos clients, même quand vous les connaissez.",
    "Le plus efficace n'est pas de recopier la fiche produit, mais de raconter ce que vous avez vu.",
    "Une démonstration qui vous a marqué vaut mieux qu'une liste de fonctionnalités.",
    "Nos commerciaux constatent que les prospects ont souvent déjà vu passer ces publications.",
    "Le marché de {s} représente désormais {n} % de notre chiffre d'affaires.",
    "La consommation d'énergie des lignes a baissé de {n} % chez les premiers clients.",
    "Cette annonce s'inscrit dans notre feuille de route pour {y}.",
    "Le télétravail reste possible deux jours par semaine pour l'ensemble de l'équipe.",
    "Les bureaux de {c} accueilleront aussi nos clients pour des démonstrations.",
    "Notre partenaire {partner} apporte son expérience de l'intégration en usine.",
    "Les retours des premiers utilisateurs sont très encourageants.",
    "Nous publierons un bilan détaillé à la fin du trimestre.",
    "Vos questions sont les bienvenues sur le canal #ambassadeurs.",
]
SENTENCES_EN = [
    "{p} collects data from controllers and sensors without custom development.",
    "The project was built together with production teams, on the factory floor.",
    "Our customers in {s} see the efficiency of every line in real time.",
    "The {c} team spent {n} months on this new release.",
    "This result belongs first to the field teams, who reported every pain point.",
    "Data stays hosted in Europe, or on site for the most sensitive plants.",
    "We have already trained {n} maintenance technicians on the new tools.",
    "The pilot ran for eighteen months in four partner plants.",
    "Every line stop is now classified by cause automatically.",
    "The next step is opening the service to our customers in {c}.",
    "Applications are reviewed as they arrive, with no deadline.",
    "The team has {n} people today and keeps growing.",
    "Feel free to talk about it: everything on this page is public.",
    "Please do not name our customers, even when you know them.",
    "What works best is not copying the product sheet but telling what you saw.",
    "A demo that impressed you is worth more than a list of features.",
    "Our sales teams notice that prospects have often seen these posts already.",
    "The {s} market now accounts for {n}% of our revenue.",
    "Energy use on the lines dropped by {n}% for the first customers.",
    "This announcement is part of our roadmap for {y}.",
    "Remote work remains possible two days a week for the whole team.",
    "Our partner {partner} brings its experience of plant integration.",
    "Feedback from the first users is very encouraging.",
    "We will publish a detailed review at the end of the quarter.",
    "Questions are welcome in the #ambassadors channel.",
]
HEADINGS_FR = ["Ce qu'il faut retenir", "Comment en parler", "Le contexte", "Les chiffres clés", "Ce qui change",
               "Le poste", "Le profil recherché", "Pourquoi c'est important", "Les prochaines étapes",
               "Questions fréquentes", "Ce qu'en disent nos clients", "À ne pas dire"]
HEADINGS_EN = ["Key points", "How to talk about it", "Background", "Key figures", "What changes", "The role",
               "Who we are looking for", "Why it matters", "Next steps", "Frequently asked questions",
               "What our customers say", "What not to say"]
BULLETS_FR = [
    "**Supervision en temps réel** : les données de toutes les machines remontent sans délai.",
    "**TRS automatique**, calculé en continu pour chaque ligne.",
    "un *jumeau numérique* pour simuler un changement de cadence.",
    "**Hébergé en France**, ou installé chez le client.",
    "{n} postes ouverts, en CDI, à {c}.",
    "deux jours de télétravail par semaine.",
    "une équipe de {n} personnes, *bienveillante* et exigeante.",
    "des astreintes rémunérées, une semaine sur huit.",
    "un budget formation de {n} heures par an.",
    "des données *chiffrées* et vérifiées par la direction financière.",
    "**pas de nom de client** dans vos messages.",
    "le hashtag #AcmeAmbassadors, ajouté automatiquement.",
]
BULLETS_EN = [
    "**Real-time monitoring**: data from every machine, with no delay.",
    "**Automatic OEE**, computed continuously for each line.",
    "a *digital twin* to simulate a change of pace.",
    "**Hosted in Europe**, or installed on site.",
    "{n} open positions in {c}.",
    "two days of remote work a week.",
    "a team of {n} people, *friendly* and demanding.",
    "paid on-call, one week in eight.",
    "{n} hours of training a year.",
    "figures *checked* by the finance team.",
    "**no customer names** in your posts.",
    "the #AcmeAmbassadors hashtag, added automatically.",
]
LINK_TEXT_FR = ["la présentation complète", "le communiqué", "la fiche produit", "l'annonce", "le replay", "le rapport"]
LINK_TEXT_EN = ["the full presentation", "the press release", "the product page", "the job ad", "the replay", "the report"]
SEE_ALSO_FR = ["voir", "à lire aussi", "l'annonce précédente", "notre article sur le sujet"]
SEE_ALSO_EN = ["see", "also worth reading", "the previous announcement", "our earlier post"]

LINKEDIN_OPENERS_FR = ["Je suis fier de partager cette nouvelle !", "Une belle étape pour nous.", "Mon équipe recrute !",
                       "Après des mois de travail, c'est officiel.", "Une nouvelle qui me tient à cœur."]
LINKEDIN_OPENERS_EN = ["Proud to share this news!", "A big milestone for us.", "My team is hiring!",
                       "After months of work, it is official.", "News that matters to me."]
LINKEDIN_CLOSERS_FR = ["Si vous travaillez dans l'industrie, je serais ravi d'avoir votre avis.",
                       "Vous connaissez la bonne personne ? Écrivez-moi.", "N'hésitez pas à partager autour de vous."]
LINKEDIN_CLOSERS_EN = ["If you work in manufacturing, I would love your feedback.",
                       "Know the right person? Send me a message.", "Feel free to pass it on."]
BLUESKY_FR = ["Belle nouvelle chez Acme !", "On recrute, faites passer !", "Fiers de cette étape.", "À lire et partager.",
              "Nouveau chez Acme cette semaine.", "Une étape de plus pour {p}."]
BLUESKY_EN = ["Big news at Acme!", "We are hiring, pass it on!", "Proud of this milestone.", "Worth a read.",
              "New at Acme this week.", "One more step for {p}."]
