"""Tech & Society section demo articles: invented stories in English and French pairs."""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "tech-rural-fibre-en",
        "pair": "tech-rural-fibre-fr",
        "language": "en",
        "section": "tech",
        "kicker": "Report",
        "headline": (
            "Villages promised fibre years ago are still waiting, and some have stopped asking"
        ),
        "slug": "villages-promised-fibre-years-ago-still-waiting",
        "standfirst": (
            "Subsidised broadband roll-outs have reached most of rural Europe. The last few per "
            "cent, scattered across hills and valleys, are proving the slowest and most expensive."
        ),
        "body": [
            (
                "In Haute-Combe, a village of 400 people, the fibre cabinet was installed three "
                "years ago. No cables run from it yet. Residents who work from home drive to the "
                "library in the next town to join video calls, and the local carpenter sends his "
                "invoices from a café car park where the mobile signal is stronger."
            ),
            (
                "Such stories have become rarer. National roll-out plans, backed by public money "
                "and European recovery funds, have brought fast connections to the large majority "
                "of rural homes. But operators say the remaining addresses, isolated farms and "
                "hamlets at the end of long roads, cost several times the average to connect, and "
                "contracts signed a decade ago rarely anticipated the delays."
            ),
            "## Who pays for the last mile",
            (
                "Regional authorities and operators now argue over who should cover the "
                "overruns. “Every year the price per household goes up, and every year someone "
                "proposes to wait for satellite,” said Bernard Coly, the mayor of Haute-Combe, "
                "who has written to the regional council four times. Satellite internet is "
                "available in the village, but it costs residents more each month than a fibre "
                "subscription would."
            ),
            (
                "The operator responsible for the area said works would resume in the spring, "
                "once permission to lay cables along a departmental road had been granted. It "
                "declined to give a date for the first connections. Mr Coly says the village will "
                "believe it when the first household is online; until then, the café car park "
                "remains the busiest office in the commune."
            ),
        ],
        "tags": ["connectivity", "rural areas", "public services"],
        "bylines": [["tomas-novak", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -3,
        "image": {
            "caption": "An unconnected fibre cabinet at the entrance to Haute-Combe.",
            "alt": (
                "A grey street cabinet beside a country road, with a hill and scattered houses "
                "in the background."
            ),
            "creator": "Jonas Weber",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2d6a4f", "#b7e4c7"],
            "motif": "sun",
        },
        "corrections": [],
    },
    {
        "key": "tech-rural-fibre-fr",
        "pair": "tech-rural-fibre-en",
        "language": "fr",
        "section": "tech",
        "kicker": "Reportage",
        "headline": (
            "Des villages attendent toujours la fibre promise, et certains ont cessé de la réclamer"
        ),
        "slug": "villages-attendent-toujours-fibre-promise",
        "standfirst": (
            "Les déploiements subventionnés du haut débit ont atteint la majeure partie de "
            "l’Europe rurale. Les derniers pour cent, dispersés entre collines et vallées, sont "
            "les plus lents et les plus coûteux à raccorder."
        ),
        "body": [
            (
                "À Haute-Combe, village de 400 habitants, l’armoire de fibre a été installée il y "
                "a trois ans. Aucun câble n’en part encore. Les habitants en télétravail se "
                "rendent à la bibliothèque de la ville voisine pour participer à leurs "
                "visioconférences, et le menuisier du village envoie ses factures depuis le "
                "parking d’un café, où le signal mobile est meilleur."
            ),
            (
                "Ces situations se font plus rares. Les plans nationaux de déploiement, soutenus "
                "par l’argent public et les fonds européens de relance, ont apporté une connexion "
                "rapide à la grande majorité des foyers ruraux. Mais les opérateurs expliquent que "
                "les adresses restantes, fermes isolées et hameaux au bout de longues routes, "
                "coûtent plusieurs fois la moyenne à raccorder, et que les contrats signés il y a "
                "dix ans avaient rarement anticipé les retards."
            ),
            "## Qui paie le dernier kilomètre",
            (
                "Collectivités régionales et opérateurs se disputent désormais la prise en charge "
                "des surcoûts. « Chaque année, le prix par foyer augmente, et chaque année "
                "quelqu’un propose d’attendre le satellite », déplore Bernard Coly, maire de "
                "Haute-Combe, qui a écrit quatre fois au conseil régional. L’internet par "
                "satellite est disponible au village, mais il coûte chaque mois plus cher aux "
                "habitants qu’un abonnement à la fibre."
            ),
            (
                "L’opérateur chargé du secteur indique que les travaux reprendront au printemps, "
                "une fois obtenue l’autorisation de poser des câbles le long d’une route "
                "départementale. Il n’a pas souhaité avancer de date pour les premiers "
                "raccordements. Bernard Coly assure que le village y croira quand le premier foyer "
                "sera connecté ; d’ici là, le parking du café reste le bureau le plus fréquenté de "
                "la commune."
            ),
        ],
        "tags": ["connectivité", "territoires ruraux", "services publics"],
        "bylines": [["tomas-novak", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -3,
        "image": {
            "caption": "Une armoire de fibre encore inutilisée à l’entrée de Haute-Combe.",
            "alt": (
                "Une armoire technique grise au bord d’une route de campagne, avec une colline et "
                "des maisons éparses à l’arrière-plan."
            ),
            "creator": "Jonas Weber",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2d6a4f", "#b7e4c7"],
            "motif": "sun",
        },
        "corrections": [],
    },
    {
        "key": "tech-ai-hiring-en",
        "pair": "tech-ai-hiring-fr",
        "language": "en",
        "section": "tech",
        "kicker": "Explainer",
        "headline": "Screened by software: what Europe's AI rules change for job applicants",
        "slug": "screened-by-software-ai-rules-job-applicants",
        "standfirst": (
            "Recruitment tools that sort CVs or score interviews are treated as high-risk under "
            "the EU's artificial intelligence rules. Here is what that means for people applying "
            "for work."
        ),
        "body": [
            (
                "Many large employers no longer read every application. Software ranks CVs, "
                "filters out candidates who lack a keyword and, in some cases, analyses recorded "
                "video interviews. Applicants rarely know which step was taken by a person and "
                "which by a program. The European Union's rules on artificial intelligence try to "
                "change that by placing systems used for recruitment among high-risk uses."
            ),
            (
                "In practice, most of the obligations fall on the companies that build and deploy "
                "such tools. They must document how the system was trained, test it for errors "
                "and bias, keep logs, and ensure that a human being can oversee and override its "
                "decisions. These requirements are being phased in over several years, and "
                "national authorities are still organising how they will check compliance."
            ),
            "## What applicants can ask",
            (
                "For candidates, the most useful rights are older than the AI rules. Under "
                "European data protection law, a person can ask an employer what personal data it "
                "holds and, where a decision with significant effects is taken solely by "
                "automated means, request human review. “Most people never ask, because they "
                "assume the answer will be a form letter,” said Judith Aalto, an employment "
                "lawyer in Helsinki."
            ),
            (
                "Trade unions say the new framework will only matter if workers know it exists. "
                "Several are preparing guides for members, and some collective agreements now "
                "require employers to disclose which recruitment tools they use. Employers' "
                "groups, for their part, say clear rules will help them choose suppliers with "
                "confidence and avoid disputes later."
            ),
        ],
        "tags": ["artificial intelligence", "employment", "privacy"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -52,
        "image": {
            "caption": (
                "Recruitment software increasingly decides which applications a person reads."
            ),
            "alt": (
                "Illustration of rows of identical document icons, a few of them highlighted in "
                "yellow."
            ),
            "creator": "Nora Lindqvist",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#003049", "#fcbf49"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "tech-ai-hiring-fr",
        "pair": "tech-ai-hiring-en",
        "language": "fr",
        "section": "tech",
        "kicker": "Décryptage",
        "headline": (
            "Recrutement : ce que les règles européennes sur l’IA changent pour les candidats"
        ),
        "slug": "recrutement-regles-europeennes-ia-candidats",
        "standfirst": (
            "Les outils de recrutement qui trient les CV ou notent les entretiens sont classés à "
            "haut risque par les règles de l’Union européenne sur l’intelligence artificielle. "
            "Voici ce que cela signifie pour les personnes en recherche d’emploi."
        ),
        "body": [
            (
                "De nombreux grands employeurs ne lisent plus toutes les candidatures. Des "
                "logiciels classent les CV, écartent ceux auxquels il manque un mot-clé et, "
                "parfois, analysent des entretiens vidéo enregistrés. Les candidats savent "
                "rarement quelle étape a été franchie par une personne et laquelle par un "
                "programme. Les règles de l’Union européenne sur l’intelligence artificielle "
                "entendent y remédier en classant les systèmes de recrutement parmi les usages à "
                "haut risque."
            ),
            (
                "Concrètement, l’essentiel des obligations pèse sur les entreprises qui conçoivent "
                "et déploient ces outils. Elles doivent documenter la manière dont le système a "
                "été entraîné, le tester pour détecter erreurs et biais, conserver des journaux et "
                "garantir qu’un être humain puisse superviser et corriger ses décisions. Ces "
                "exigences entrent en vigueur progressivement sur plusieurs années, et les "
                "autorités nationales organisent encore leurs contrôles."
            ),
            "## Ce que les candidats peuvent demander",
            (
                "Pour les candidats, les droits les plus utiles sont antérieurs aux règles sur "
                "l’IA. En vertu du droit européen de la protection des données, chacun peut "
                "demander à un employeur quelles données personnelles il détient et, lorsqu’une "
                "décision aux effets importants est prise de manière entièrement automatisée, "
                "obtenir un réexamen humain. « La plupart des gens ne demandent jamais rien, parce "
                "qu’ils s’attendent à une lettre type », observe Judith Aalto, avocate en droit "
                "du travail à Helsinki."
            ),
            (
                "Les syndicats estiment que le nouveau cadre ne changera les choses que si les "
                "salariés en connaissent l’existence. Plusieurs préparent des guides pour leurs "
                "adhérents, et certaines conventions collectives obligent désormais les employeurs "
                "à indiquer quels outils de recrutement ils utilisent. Les organisations "
                "patronales, de leur côté, jugent que des règles claires les aideront à choisir "
                "leurs fournisseurs en confiance et à éviter des litiges."
            ),
        ],
        "tags": ["intelligence artificielle", "emploi", "vie privée"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -52,
        "image": {
            "caption": (
                "Les logiciels de recrutement décident de plus en plus des candidatures lues par "
                "un humain."
            ),
            "alt": (
                "Illustration de rangées d’icônes de documents identiques, dont quelques-unes "
                "surlignées en jaune."
            ),
            "creator": "Nora Lindqvist",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#003049", "#fcbf49"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "tech-parking-app-en",
        "pair": "tech-parking-app-fr",
        "language": "en",
        "section": "tech",
        "kicker": "Analysis",
        "headline": (
            "After two years of app-only parking, a mid-sized city brings back pay machines"
        ),
        "slug": "app-only-parking-city-brings-back-pay-machines",
        "standfirst": (
            "Vauclair replaced its parking meters with a smartphone app to save money. Complaints "
            "from older residents and visitors, and a smaller saving than expected, have changed "
            "its mind."
        ),
        "body": [
            (
                "When the town hall of Vauclair removed its 140 parking meters, the argument was "
                "simple: the machines were expensive to maintain, often broken, and most drivers "
                "already had a smartphone. From then on, parking in the centre could only be paid "
                "through an app or by text message. Two years later, the council has voted to "
                "install sixty new pay stations that accept coins and cards."
            ),
            (
                "The reversal followed a steady stream of complaints. Older residents said they "
                "had been fined after failing to register, visitors from across the border could "
                "not install an app tied to a national phone number, and shopkeepers reported "
                "customers driving on to an out-of-town retail park instead. The local ombudsman "
                "received more letters about parking than about any other municipal service."
            ),
            (
                "The savings were also smaller than planned. The app operator charges the city a "
                "fee on each transaction, and enforcement officers spent more time handling "
                "disputes. “We counted the cost of the meters, but not the cost of the people we "
                "left out,” said Anke Dubois, the deputy mayor responsible for mobility, who voted "
                "for the original plan."
            ),
            (
                "Consumer groups say Vauclair's experience is common. Across Europe, public "
                "services from train tickets to swimming-pool bookings have moved online, often "
                "with an offline option kept only in principle. Several national ombudsmen have "
                "recommended that essential services remain payable without a smartphone. "
                "Vauclair's app will stay, but from next month drivers will again have a choice."
            ),
        ],
        "tags": ["public services", "digital inclusion", "cities"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -200,
        "image": {
            "caption": "A new pay station being installed on Vauclair's market square.",
            "alt": (
                "A worker bolts a grey parking pay station to the pavement beside a row of "
                "parked cars."
            ),
            "creator": "",
            "source": "City of Vauclair",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#6d597a", "#eaac8b"],
            "motif": "bars",
        },
        "corrections": [
            {
                "kind": "correction",
                "text": (
                    "An earlier version of this article gave the wrong number of new pay "
                    "stations. The council voted for sixty, not eighty."
                ),
                "hours_after": 8,
            }
        ],
    },
    {
        "key": "tech-parking-app-fr",
        "pair": "tech-parking-app-en",
        "language": "fr",
        "section": "tech",
        "kicker": "Analyse",
        "headline": (
            "Après deux ans de stationnement payable par appli, une ville réinstalle des "
            "horodateurs"
        ),
        "slug": "stationnement-appli-ville-reinstalle-horodateurs",
        "standfirst": (
            "Vauclair avait remplacé ses parcmètres par une application pour smartphone afin de "
            "faire des économies. Les plaintes des habitants âgés et des visiteurs, et des "
            "économies moindres que prévu, l’ont fait changer d’avis."
        ),
        "body": [
            (
                "Quand la mairie de Vauclair a retiré ses 140 parcmètres, l’argument était simple "
                ": les machines coûtaient cher à entretenir, tombaient souvent en panne, et la "
                "plupart des automobilistes avaient déjà un smartphone. Dès lors, le stationnement "
                "en centre-ville ne pouvait plus se payer que par application ou par SMS. Deux ans "
                "plus tard, le conseil municipal a voté l’installation de soixante nouveaux "
                "horodateurs acceptant pièces et cartes bancaires."
            ),
            (
                "Ce revirement fait suite à un flot continu de plaintes. Des habitants âgés disent "
                "avoir reçu des amendes faute d’avoir réussi à s’inscrire, des visiteurs venus de "
                "l’autre côté de la frontière ne pouvaient pas installer une application liée à un "
                "numéro de téléphone national, et des commerçants ont vu des clients filer vers "
                "une zone commerciale en périphérie. Le médiateur municipal a reçu plus de "
                "courriers sur le stationnement que sur tout autre service."
            ),
            (
                "Les économies ont aussi été plus faibles que prévu. L’opérateur de l’application "
                "prélève une commission sur chaque transaction, et les agents de contrôle ont "
                "passé davantage de temps à gérer des litiges. « Nous avions compté le coût des "
                "parcmètres, mais pas celui des gens que nous laissions de côté », reconnaît Anke "
                "Dubois, adjointe au maire chargée de la mobilité, qui avait voté le projet "
                "initial."
            ),
            (
                "Selon les associations de consommateurs, l’expérience de Vauclair n’a rien "
                "d’exceptionnel. Partout en Europe, des services publics, du billet de train à la "
                "réservation de piscine, sont passés en ligne, l’option hors ligne n’étant souvent "
                "maintenue qu’en principe. Plusieurs médiateurs nationaux ont recommandé que les "
                "services essentiels restent payables sans smartphone. L’application de Vauclair "
                "est conservée, mais dès le mois prochain, les automobilistes auront de nouveau "
                "le choix."
            ),
        ],
        "tags": ["services publics", "inclusion numérique", "villes"],
        "bylines": [["tomas-novak", "text"], ["claire-fontaine", "translation"]],
        "hours_offset": -200,
        "image": {
            "caption": "Installation d’un nouvel horodateur sur la place du marché de Vauclair.",
            "alt": (
                "Un ouvrier fixe un horodateur gris sur le trottoir, à côté d’une rangée de "
                "voitures garées."
            ),
            "creator": "",
            "source": "City of Vauclair",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#6d597a", "#eaac8b"],
            "motif": "bars",
        },
        "corrections": [],
    },
    {
        "key": "tech-social-media-age-en",
        "pair": "tech-social-media-age-fr",
        "language": "en",
        "section": "tech",
        "kicker": "",
        "headline": (
            "MEPs hear parents, teachers and doctors on age limits for social media accounts"
        ),
        "slug": "meps-hear-parents-teachers-doctors-social-media-age-limits",
        "standfirst": (
            "A committee hearing in the European Parliament set out the arguments for and against "
            "a common minimum age for social networks. Age verification was the sticking point."
        ),
        "body": [
            (
                "For three hours on Tuesday, a committee of the European Parliament heard "
                "witnesses on a question several member states have already tried to answer on "
                "their own: at what age should children be allowed to open an account on a social "
                "network? Some national governments have proposed limits of fifteen or sixteen; "
                "others prefer to rely on parental controls and design rules for platforms."
            ),
            (
                "The doctors who testified described rising demand for consultations on sleep and "
                "anxiety among younger teenagers, while cautioning that the research does not "
                "point to a single cause. “We see the effects of the phone in the waiting room, "
                "but we do not see the whole child,” said Dr Sabine Hollander, a paediatrician "
                "from Utrecht. A teachers' representative asked for clearer rules on phones in "
                "schools rather than a new age limit."
            ),
            (
                "Age verification dominated the questions from members. A common minimum age "
                "would mean little, several said, if a child could get around it by typing a "
                "different year of birth. Privacy specialists warned that checking identity "
                "documents at scale would create new databases of sensitive information, and "
                "urged that any system confirm only whether a user is above an age threshold, "
                "nothing more."
            ),
            (
                "No vote was held. The hearing feeds into a report the committee is preparing on "
                "the protection of minors online, which will be debated in plenary later in the "
                "year. Parents' associations that attended said they would keep pressing for a "
                "single European rule, arguing that platforms operate across borders and that "
                "national limits are easily ignored."
            ),
        ],
        "tags": ["children", "platforms", "privacy"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -330,
        "image": {
            "caption": "Witnesses addressed the committee in a hearing broadcast live.",
            "alt": (
                "Video still of a parliamentary committee room, with a woman speaking at a "
                "witness table and members seated in a semicircle."
            ),
            "creator": "",
            "source": "European Parliament",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#023e8a", "#ffd166"],
            "motif": "circles",
        },
        "corrections": [],
    },
    {
        "key": "tech-social-media-age-fr",
        "pair": "tech-social-media-age-en",
        "language": "fr",
        "section": "tech",
        "kicker": "",
        "headline": (
            "Réseaux sociaux : le Parlement européen entend parents, enseignants et médecins"
        ),
        "slug": "reseaux-sociaux-parlement-europeen-audition-age-minimum",
        "standfirst": (
            "Une audition en commission au Parlement européen a exposé les arguments pour et "
            "contre un âge minimum commun pour les réseaux sociaux. La vérification de l’âge a "
            "cristallisé les débats."
        ),
        "body": [
            (
                "Pendant trois heures mardi, une commission du Parlement européen a entendu des "
                "témoins sur une question à laquelle plusieurs États membres ont déjà tenté de "
                "répondre seuls : à quel âge un enfant devrait-il pouvoir ouvrir un compte sur un "
                "réseau social ? Certains gouvernements ont proposé un seuil de quinze ou seize "
                "ans ; d’autres préfèrent miser sur le contrôle parental et sur des règles de "
                "conception imposées aux plateformes."
            ),
            (
                "Les médecins entendus ont décrit une hausse des consultations pour troubles du "
                "sommeil et anxiété chez les jeunes adolescents, tout en soulignant que la "
                "recherche ne désigne pas une cause unique. « Nous voyons les effets du téléphone "
                "dans la salle d’attente, mais nous ne voyons pas l’enfant tout entier », a "
                "expliqué la docteure Sabine Hollander, pédiatre à Utrecht. Un représentant des "
                "enseignants a plaidé pour des règles plus claires sur les téléphones à l’école "
                "plutôt que pour un nouvel âge minimum."
            ),
            (
                "La vérification de l’âge a dominé les questions des députés. Un âge minimum "
                "commun n’aurait guère de sens, ont relevé plusieurs d’entre eux, si un enfant "
                "pouvait le contourner en saisissant une autre année de naissance. Des "
                "spécialistes de la vie privée ont averti que le contrôle de pièces d’identité à "
                "grande échelle créerait de nouvelles bases de données sensibles, et ont demandé "
                "que tout dispositif se borne à confirmer qu’un utilisateur a dépassé un certain "
                "âge, rien de plus."
            ),
            (
                "Aucun vote n’a eu lieu. L’audition alimente un rapport que la commission prépare "
                "sur la protection des mineurs en ligne, qui sera débattu en séance plénière dans "
                "le courant de l’année. Les associations de parents présentes ont annoncé "
                "qu’elles continueraient à plaider pour une règle européenne unique, faisant "
                "valoir que les plateformes opèrent par-delà les frontières et que les seuils "
                "nationaux sont facilement contournés."
            ),
        ],
        "tags": ["enfance", "plateformes", "vie privée"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -330,
        "image": {
            "caption": (
                "Les témoins se sont exprimés devant la commission lors d’une audition "
                "retransmise en direct."
            ),
            "alt": (
                "Image extraite d’une vidéo montrant une salle de commission parlementaire, où une "
                "femme s’exprime à la table des témoins face aux députés assis en demi-cercle."
            ),
            "creator": "",
            "source": "European Parliament",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#023e8a", "#ffd166"],
            "motif": "circles",
        },
        "corrections": [
            {
                "kind": "update",
                "text": (
                    "Mise à jour : cet article a été complété par la réaction des associations de "
                    "parents présentes à l’audition."
                ),
                "hours_after": 30,
            }
        ],
    },
    {
        "key": "tech-city-open-source-en",
        "pair": "tech-city-open-source-fr",
        "language": "en",
        "section": "tech",
        "kicker": "Open source",
        "headline": "A dozen European cities agree to share the code behind their online services",
        "slug": "dozen-european-cities-share-code-online-services",
        "standfirst": (
            "Instead of each buying its own software for permits, bookings and complaints, the "
            "cities will develop common tools and publish them under an open licence."
        ),
        "body": [
            (
                "Every town hall in Europe needs roughly the same software: a form to report a "
                "broken streetlight, a calendar to book a sports hall, a portal for building "
                "permits. Most buy these tools separately from private suppliers, on contracts "
                "that make switching costly. Twelve municipalities from five countries will sign "
                "an agreement on Thursday to build them together instead, and to publish the code "
                "under an open licence."
            ),
            (
                "The cities, ranging from a regional capital of 300,000 people to a coastal town "
                "of 25,000, will each contribute developers or budget to a shared team. Each city "
                "remains free to adapt the tools, but improvements must be offered back to the "
                "group. The agreement covers an initial three years and six services, starting "
                "with appointment booking and the reporting of problems in public spaces."
            ),
            (
                "“We were paying four times for the same button,” said Karel Wouters, the chief "
                "digital officer of one of the participating cities, who led the negotiations. He "
                "argues that shared code also makes services easier to audit for accessibility "
                "and security, because more people look at it. Translation into each city's "
                "languages will be built in from the start."
            ),
            (
                "Software suppliers have reacted cautiously, noting that open-source projects "
                "still need long-term maintenance and that public bodies have abandoned similar "
                "efforts before when funding dried up. The cities say they have learned from "
                "those cases and will set aside a fixed share of their budgets for upkeep. Other "
                "municipalities will be able to join after the first year."
            ),
        ],
        "tags": ["open source", "cities", "public services"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": 50,
        "image": {
            "caption": (
                "Developers from several of the participating cities at a preparatory workshop."
            ),
            "alt": (
                "A group of people around a long table covered with laptops and sticky notes in "
                "a bright meeting room."
            ),
            "creator": "Léa Marchetti",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#14213d", "#fca311"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "tech-city-open-source-fr",
        "pair": "tech-city-open-source-en",
        "language": "fr",
        "section": "tech",
        "kicker": "Logiciel libre",
        "headline": (
            "Une douzaine de villes européennes vont partager le code de leurs services en ligne"
        ),
        "slug": "douzaine-villes-europeennes-partager-code-services-en-ligne",
        "standfirst": (
            "Plutôt que d’acheter chacune leur logiciel pour les permis, les réservations et les "
            "signalements, ces villes développeront des outils communs publiés sous licence libre."
        ),
        "body": [
            (
                "Toutes les mairies d’Europe ont besoin à peu près des mêmes logiciels : un "
                "formulaire pour signaler un lampadaire en panne, un agenda pour réserver un "
                "gymnase, un portail pour les permis de construire. La plupart les achètent "
                "séparément auprès de prestataires privés, avec des contrats qui rendent tout "
                "changement coûteux. Douze communes de cinq pays signeront jeudi un accord pour "
                "les développer ensemble et en publier le code sous licence libre."
            ),
            (
                "Ces villes, d’une capitale régionale de 300 000 habitants à une commune littorale "
                "de 25 000, fourniront chacune des développeurs ou un budget à une équipe commune. "
                "Chacune restera libre d’adapter les outils, mais les améliorations devront être "
                "proposées au groupe. L’accord porte dans un premier temps sur trois ans et six "
                "services, à commencer par la prise de rendez-vous et le signalement de problèmes "
                "dans l’espace public."
            ),
            (
                "« Nous payions quatre fois le même bouton », résume Karel Wouters, directeur du "
                "numérique de l’une des villes participantes, qui a mené les négociations. Selon "
                "lui, un code partagé rend aussi les services plus faciles à auditer en matière "
                "d’accessibilité et de sécurité, parce que davantage de personnes l’examinent. La "
                "traduction dans les langues de chaque ville sera prévue dès la conception."
            ),
            (
                "Les éditeurs de logiciels réagissent avec prudence, rappelant que les projets "
                "libres exigent une maintenance de long terme et que des organismes publics ont "
                "déjà abandonné des initiatives comparables faute de financement. Les villes "
                "disent avoir tiré les leçons de ces échecs et réserveront une part fixe de leur "
                "budget à l’entretien. D’autres communes pourront rejoindre le projet après la "
                "première année."
            ),
        ],
        "tags": ["logiciel libre", "villes", "services publics"],
        "bylines": [["claire-fontaine", "text"], ["tomas-novak", "translation"]],
        "hours_offset": 50,
        "image": {
            "caption": (
                "Des développeurs de plusieurs villes participantes lors d’un atelier préparatoire."
            ),
            "alt": (
                "Un groupe de personnes autour d’une longue table couverte d’ordinateurs portables "
                "et de notes autocollantes, dans une salle de réunion lumineuse."
            ),
            "creator": "Léa Marchetti",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#14213d", "#fca311"],
            "motif": "skyline",
        },
        "corrections": [],
    },
]
