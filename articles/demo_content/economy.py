"""Economy demo articles (trade, labour and public money), written for this project."""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "economy-frontier-tax-en",
        "pair": "economy-frontier-tax-fr",
        "language": "en",
        "section": "economy",
        "kicker": "Explainer",
        "headline": "Why cross-border workers pay tax twice before they are paid back",
        "slug": "why-cross-border-workers-pay-tax-twice-before-paid-back",
        "standfirst": (
            "Tax treaties are meant to prevent double taxation. In practice, many commuters "
            "across internal borders advance money to two treasuries for months."
        ),
        "body": [
            (
                "Hundreds of thousands of people in the EU live in one country and work in "
                "another. Most of them are covered by bilateral tax treaties designed to ensure "
                "that each euro of income is taxed only once. In the end, the treaties generally "
                "achieve that. The problem, commuters say, is how long it takes to get there, "
                "and who carries the cost in the meantime."
            ),
            (
                "The mechanism is simple on paper. An employer withholds tax in the country "
                "where the work is done, while the country of residence may also collect "
                "advance payments based on the household's total income. The second country is "
                "supposed to grant a credit for tax already paid abroad, but that credit often "
                "arrives only once the annual return has been processed, sometimes more than a "
                "year later."
            ),
            "## An interest-free loan to the state",
            (
                "For someone on a modest salary, the sums can be significant. Lucie Hoffmann, "
                "who crosses the border every morning to work as a nurse in a hospital, "
                "estimates that she advanced around 3,800 euros last year before receiving a "
                "refund. “It is money I simply do not have for eighteen months,” she said. “I "
                "have effectively lent it to the state without interest.”"
            ),
            (
                "Tax administrations acknowledge the delays but point to the difficulty of "
                "checking income declared in another jurisdiction. Some neighbouring countries "
                "have begun exchanging payroll data automatically, which allows credits to be "
                "applied during the year. The Commission has encouraged such arrangements, but "
                "they remain bilateral and voluntary, so a commuter's experience still depends "
                "on which border they happen to cross."
            ),
        ],
        "tags": ["tax", "labour"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -3,
        "image": {
            "caption": "Commuters cross a border bridge on their way to work in the early morning.",
            "alt": "A line of cars and cyclists crossing a river bridge in low morning light.",
            "creator": "Ana Ribeiro",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#14213d", "#fca311"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "economy-frontier-tax-fr",
        "pair": "economy-frontier-tax-en",
        "language": "fr",
        "section": "economy",
        "kicker": "Décryptage",
        "headline": "Pourquoi les frontaliers paient l’impôt deux fois avant d’être remboursés",
        "slug": "pourquoi-frontaliers-paient-impot-deux-fois-avant-remboursement",
        "standfirst": (
            "Les conventions fiscales doivent éviter la double imposition. Dans les faits, "
            "beaucoup de frontaliers avancent de l’argent à deux Trésors pendant des mois."
        ),
        "body": [
            (
                "Des centaines de milliers de personnes vivent dans un pays de l’UE et "
                "travaillent dans un autre. La plupart relèvent de conventions fiscales "
                "bilatérales censées garantir que chaque euro de revenu n’est imposé qu’une "
                "fois. Au bout du compte, c’est généralement le cas. Le problème, disent les "
                "frontaliers, c’est le temps qu’il faut pour y parvenir, et celui qui en "
                "supporte le coût entre-temps."
            ),
            (
                "Sur le papier, le mécanisme est simple. L’employeur prélève l’impôt dans le "
                "pays où le travail est effectué, tandis que le pays de résidence peut aussi "
                "réclamer des acomptes calculés sur l’ensemble des revenus du foyer. Ce second "
                "pays est censé accorder un crédit pour l’impôt déjà payé à l’étranger, mais ce "
                "crédit n’arrive souvent qu’après le traitement de la déclaration annuelle, "
                "parfois plus d’un an plus tard."
            ),
            "## Un prêt sans intérêt à l’État",
            (
                "Pour un salaire modeste, les montants peuvent être lourds. Lucie Hoffmann, qui "
                "passe la frontière chaque matin pour travailler comme infirmière dans un "
                "hôpital, estime avoir avancé environ 3 800 euros l’an dernier avant d’être "
                "remboursée. « C’est de l’argent dont je suis privée pendant dix-huit mois », "
                "explique-t-elle. « En réalité, je l’ai prêté à l’État, sans intérêts. »"
            ),
            (
                "Les administrations fiscales reconnaissent ces délais, mais invoquent la "
                "difficulté de vérifier des revenus déclarés dans un autre pays. Certains États "
                "voisins ont commencé à échanger automatiquement les données de paie, ce qui "
                "permet d’appliquer le crédit en cours d’année. La Commission encourage ces "
                "accords, mais ils restent bilatéraux et facultatifs : l’expérience d’un "
                "frontalier dépend encore de la frontière qu’il franchit."
            ),
        ],
        "tags": ["fiscalité", "travail"],
        "bylines": [["tomas-novak", "text"], ["marc-lefevre", "translation"]],
        "hours_offset": -3,
        "image": {
            "caption": "Des frontaliers traversent un pont sur la frontière, tôt le matin.",
            "alt": "Une file de voitures et de cyclistes sur un pont, dans la lumière du matin.",
            "creator": "Ana Ribeiro",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#14213d", "#fca311"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "economy-budget-review-en",
        "pair": "economy-budget-review-fr",
        "language": "en",
        "section": "economy",
        "kicker": "Analysis",
        "headline": "The EU budget review, line by line: what moved and who paid for it",
        "slug": "eu-budget-review-line-by-line-what-moved-who-paid",
        "standfirst": (
            "Behind the headline figure of the mid-term review, several programmes lost money "
            "to new priorities. We went through the annexes."
        ),
        "body": [
            (
                "When budget negotiators announce an agreement, the headline is usually a single "
                "figure. The detail sits in annexes that few people read. We went through the "
                "tables attached to the latest mid-term review of the EU's long-term budget to "
                "see which programmes gained, which lost, and how much of the new spending is "
                "genuinely new money rather than funds moved from one heading to another."
            ),
            (
                "The answer is that a large share of the increase comes from redeployment. "
                "Industrial programmes linked to defence and support for neighbouring countries "
                "received the biggest top-ups. Part of that was financed by trimming research, "
                "student exchange and health programmes, each by a few per cent, and by drawing "
                "on margins that had been held in reserve for unforeseen events."
            ),
            (
                "Individually, the cuts look small. Taken together, they mean several "
                "programmes will fund fewer projects in the final years of the period than "
                "planned. University networks calculate that the research reduction alone "
                "corresponds to several hundred grants that will not be awarded. The Commission "
                "disputes that estimate and says efficiency gains will absorb part of the "
                "difference."
            ),
            (
                "Members of the Parliament's budget committee, who questioned officials at a "
                "hearing streamed online last week, pressed for a clearer account of how the "
                "reserves would be replenished if a new emergency arose. “We have spent the "
                "cushion,” said Erik Lindqvist, a member of the committee. “That is a legitimate "
                "choice, but it should be presented as one.”"
            ),
            (
                "None of this changes the overall ceiling agreed by governments, which remains "
                "fixed. But it shows how much of the budget's flexibility has already been used, "
                "well before negotiations on the next long-term framework reach their decisive "
                "phase, and how little room is left should the coming years bring another "
                "unexpected shock."
            ),
        ],
        "tags": ["budget", "public spending"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -27,
        "image": {
            "caption": (
                "Members of the budget committee question Commission officials, in a frame from "
                "the hearing's live stream."
            ),
            "alt": "A committee room with members seated at curved desks, seen in a video frame.",
            "creator": "",
            "source": "European Parliament",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#0b3d91", "#e0e0e0"],
            "motif": "bars",
        },
        "corrections": [
            {
                "kind": "update",
                "text": (
                    "This article was updated to include the Commission's response to the "
                    "university networks' estimate of research grants."
                ),
                "hours_after": 5,
            }
        ],
    },
    {
        "key": "economy-budget-review-fr",
        "pair": "economy-budget-review-en",
        "language": "fr",
        "section": "economy",
        "kicker": "Analyse",
        "headline": "La révision du budget européen, ligne par ligne : qui a gagné, qui a payé",
        "slug": "revision-budget-europeen-ligne-par-ligne-qui-a-gagne-qui-a-paye",
        "standfirst": (
            "Derrière le chiffre mis en avant lors de la révision à mi-parcours, plusieurs "
            "programmes ont perdu des crédits au profit de nouvelles priorités. Nous avons "
            "épluché les annexes."
        ),
        "body": [
            (
                "Quand les négociateurs budgétaires annoncent un accord, le titre se résume "
                "souvent à un seul chiffre. Le détail se trouve dans des annexes que peu de gens "
                "lisent. Nous avons parcouru les tableaux joints à la dernière révision à "
                "mi-parcours du budget pluriannuel de l’UE pour voir quels programmes gagnent, "
                "lesquels perdent, et quelle part des nouvelles dépenses relève d’argent frais "
                "plutôt que de simples transferts."
            ),
            (
                "Réponse : une large part de la hausse provient de redéploiements. Les "
                "programmes industriels liés à la défense et le soutien aux pays voisins "
                "bénéficient des plus fortes rallonges. Celles-ci sont financées en partie par "
                "des coupes de quelques pour cent dans la recherche, les échanges étudiants et "
                "la santé, et par le recours à des marges réservées aux imprévus."
            ),
            (
                "Prises une à une, les coupes paraissent modestes. Cumulées, elles signifient "
                "que plusieurs programmes financeront moins de projets que prévu d’ici la fin "
                "de la période. Selon les réseaux universitaires, la seule réduction des crédits "
                "de recherche correspond à plusieurs centaines de bourses qui ne seront pas "
                "attribuées. La Commission conteste cette estimation et affirme que des gains "
                "d’efficacité compenseront une partie de l’écart."
            ),
            (
                "Les membres de la commission des budgets du Parlement, qui ont interrogé des "
                "fonctionnaires lors d’une audition retransmise en ligne la semaine dernière, "
                "ont réclamé des explications sur la manière de reconstituer les réserves en "
                "cas de nouvelle urgence. « Nous avons entamé le matelas de sécurité », "
                "observe Erik Lindqvist, membre de la commission. « C’est un choix légitime, "
                "mais il faut le présenter comme tel. »"
            ),
            (
                "Rien de tout cela ne modifie le plafond global fixé par les gouvernements, qui "
                "reste inchangé. Mais l’exercice montre à quel point la flexibilité du budget a "
                "déjà été utilisée, bien avant que les négociations sur le prochain cadre "
                "pluriannuel n’entrent dans leur phase décisive, et combien la marge est mince "
                "si un nouveau choc survenait."
            ),
        ],
        "tags": ["budget", "dépenses publiques"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -27,
        "image": {
            "caption": (
                "Des membres de la commission des budgets interrogent des fonctionnaires, "
                "capture de la retransmission de l’audition."
            ),
            "alt": "Une salle de commission avec des élus assis en hémicycle, sur une image vidéo.",
            "creator": "",
            "source": "European Parliament",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#0b3d91", "#e0e0e0"],
            "motif": "bars",
        },
        "corrections": [],
    },
    {
        "key": "economy-no-successor-en",
        "pair": "economy-no-successor-fr",
        "language": "en",
        "section": "economy",
        "kicker": "Investigation",
        "headline": "Healthy small firms are closing because their retiring owners find no buyer",
        "slug": "healthy-small-firms-closing-retiring-owners-find-no-buyer",
        "standfirst": (
            "A generation of founders is reaching retirement age. In rural areas especially, "
            "viable businesses are closing simply because nobody takes them over."
        ),
        "body": [
            (
                "Jean-Paul Rémond has run a joinery workshop in the same village for "
                "thirty-four years. His order book is full, his six employees are skilled and "
                "his accounts are healthy. He is sixty-seven, and for three years he has been "
                "trying to sell the business. “I have had two visits and no offer,” he said. “If "
                "nothing changes by next spring, I will close the doors.”"
            ),
            (
                "His situation is far from unusual. Chambers of commerce in several member "
                "states report a steady rise in the number of owners looking for a successor, "
                "as the generation that founded businesses in the 1980s retires. Many of these "
                "firms are small, profitable and rooted in their local economy, but too modest "
                "to attract investment funds and too remote to tempt young entrepreneurs."
            ),
            "## Employees as buyers",
            (
                "One solution gaining ground is the transfer of a business to its employees, "
                "often as a cooperative. Specialist advisers say such takeovers have a good "
                "survival rate, but they require time, training and access to credit that banks "
                "are often reluctant to provide. Some regions now guarantee part of the loan, "
                "an approach the Commission has cited as good practice."
            ),
            (
                "Rémond's employees have discussed the idea without committing. “They are "
                "excellent craftsmen, but none of them wanted to become a manager,” he said. A "
                "regional support programme has offered to pay for a feasibility study. For "
                "now, the workshop keeps working, and the “for sale” notice in the local paper "
                "runs every Thursday."
            ),
        ],
        "tags": ["small business", "labour"],
        "bylines": [["tomas-novak", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -75,
        "image": {
            "caption": "A joiner at work in a village workshop that has long been up for sale.",
            "alt": "An older craftsman planing a wooden board in a workshop full of hand tools.",
            "creator": "Mathias Keller",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#6b4226", "#e9d8a6"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "economy-no-successor-fr",
        "pair": "economy-no-successor-en",
        "language": "fr",
        "section": "economy",
        "kicker": "Enquête",
        "headline": "Faute de repreneur, des petites entreprises rentables ferment leurs portes",
        "slug": "faute-de-repreneur-petites-entreprises-rentables-ferment",
        "standfirst": (
            "Toute une génération de fondateurs arrive à l’âge de la retraite. Dans les "
            "campagnes surtout, des entreprises viables ferment faute de repreneur."
        ),
        "body": [
            (
                "Jean-Paul Rémond dirige une menuiserie dans le même village depuis trente-quatre "
                "ans. Son carnet de commandes est plein, ses six salariés sont qualifiés et ses "
                "comptes sont sains. À soixante-sept ans, il cherche depuis trois ans à céder "
                "l’entreprise. « J’ai eu deux visites et aucune offre », raconte-t-il. « Si rien "
                "ne bouge d’ici au printemps prochain, je ferme. »"
            ),
            (
                "Son cas est loin d’être isolé. Dans plusieurs États membres, les chambres de "
                "commerce constatent une hausse régulière du nombre de dirigeants en quête d’un "
                "successeur, à mesure que la génération qui a créé son entreprise dans les "
                "années 1980 part à la retraite. Beaucoup de ces sociétés sont petites, "
                "rentables et ancrées dans l’économie locale, mais trop modestes pour les fonds "
                "d’investissement et trop isolées pour attirer de jeunes entrepreneurs."
            ),
            "## Les salariés comme repreneurs",
            (
                "Une solution gagne du terrain : la reprise par les salariés, souvent sous forme "
                "de coopérative. Les conseillers spécialisés soulignent le bon taux de survie de "
                "ces reprises, mais elles exigent du temps, de la formation et un accès au "
                "crédit que les banques accordent souvent à contrecœur. Certaines régions "
                "garantissent désormais une partie du prêt, une démarche que la Commission cite "
                "en exemple."
            ),
            (
                "Les salariés de Jean-Paul Rémond ont évoqué l’idée, sans s’engager. « Ce sont "
                "d’excellents artisans, mais aucun n’avait envie de devenir patron », dit-il. Un "
                "programme régional d’accompagnement propose de financer une étude de "
                "faisabilité. En attendant, l’atelier tourne, et l’annonce « à vendre » paraît "
                "chaque jeudi dans le journal local."
            ),
        ],
        "tags": ["pme", "travail"],
        "bylines": [
            ["tomas-novak", "text"],
            ["agence-lumen", "photos"],
            ["marc-lefevre", "translation"],
        ],
        "hours_offset": -75,
        "image": {
            "caption": "Un menuisier dans un atelier de village à vendre depuis des années.",
            "alt": "Un artisan âgé rabote une planche dans un atelier rempli d’outils.",
            "creator": "Mathias Keller",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#6b4226", "#e9d8a6"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "economy-tenders-smes-en",
        "pair": "economy-tenders-smes-fr",
        "language": "en",
        "section": "economy",
        "kicker": "Analysis",
        "headline": "Public tenders still shut out small firms, auditors say",
        "slug": "public-tenders-still-shut-out-small-firms-auditors-say",
        "standfirst": (
            "Rules meant to open public procurement to smaller companies have had little "
            "effect, according to a review of contracts in five member states."
        ),
        "body": [
            (
                "Public authorities in the EU spend a considerable share of economic output on "
                "goods, works and services, and for more than a decade the rules have "
                "encouraged them to split contracts into lots so that smaller companies can "
                "compete. A review published this week by a group of national audit "
                "institutions suggests that the encouragement has not gone very far."
            ),
            (
                "The auditors examined several thousand contracts awarded over three years in "
                "five member states. In most categories, the share of contracts won by small and "
                "medium-sized firms barely moved over the period. In construction and IT "
                "services, a growing proportion of tenders received a single bid, a pattern the "
                "report describes as a warning sign for competition and value for money."
            ),
            (
                "Contracting authorities interviewed by the auditors gave practical reasons. "
                "Dividing a contract into lots multiplies the workload of procurement teams that "
                "are often understaffed, and a single large supplier is seen as less risky. "
                "Small firms, for their part, cite the cost of preparing bids, late payments and "
                "turnover requirements that exclude them before they have a chance to compete."
            ),
            (
                "The report's recommendations are modest: simpler standard documents, shorter "
                "payment terms enforced in practice, and better data. On the last point, the "
                "auditors were blunt. In two of the five countries, they could not reliably "
                "establish how many contracts had been awarded, let alone to whom, because the "
                "national databases were incomplete."
            ),
        ],
        "tags": ["public procurement", "small business"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -168,
        "image": {
            "caption": "Tender documents piled on a desk in a municipal procurement office.",
            "alt": "Stacks of ring binders and paper folders on a cluttered office desk.",
            "creator": "",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "archive",
            "palette": ["#4a4e69", "#f2e9e4"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "economy-tenders-smes-fr",
        "pair": "economy-tenders-smes-en",
        "language": "fr",
        "section": "economy",
        "kicker": "Analyse",
        "headline": "Les marchés publics restent fermés aux PME, selon les auditeurs",
        "slug": "marches-publics-restent-fermes-aux-pme-selon-auditeurs",
        "standfirst": (
            "Les règles censées ouvrir la commande publique aux petites entreprises n’ont guère "
            "eu d’effet, selon un examen des contrats passés dans cinq États membres."
        ),
        "body": [
            (
                "Les pouvoirs publics de l’UE consacrent une part considérable de la richesse "
                "produite à l’achat de biens, de travaux et de services, et depuis plus de dix "
                "ans les règles les incitent à découper les contrats en lots pour permettre aux "
                "petites entreprises de concourir. Un rapport publié cette semaine par un groupe "
                "d’institutions nationales de contrôle suggère que l’incitation n’a pas porté "
                "ses fruits."
            ),
            (
                "Les auditeurs ont examiné plusieurs milliers de contrats attribués sur trois "
                "ans dans cinq États membres. Dans la plupart des catégories, la part remportée "
                "par les PME a à peine bougé. Dans le bâtiment et les services informatiques, "
                "une proportion croissante d’appels d’offres n’a reçu qu’une seule candidature, "
                "ce que le rapport qualifie de signal d’alerte pour la concurrence et le bon "
                "usage de l’argent public."
            ),
            (
                "Les acheteurs publics interrogés avancent des raisons pratiques. Le découpage "
                "en lots alourdit la charge de services souvent en sous-effectif, et un grand "
                "fournisseur unique paraît moins risqué. Les petites entreprises, elles, "
                "invoquent le coût de préparation des offres, les retards de paiement et des "
                "exigences de chiffre d’affaires qui les écartent avant même la compétition."
            ),
            (
                "Les recommandations du rapport restent modestes : des documents types "
                "simplifiés, des délais de paiement plus courts et réellement respectés, et de "
                "meilleures données. Sur ce dernier point, les auditeurs sont sévères. Dans deux "
                "des cinq pays, ils n’ont pas pu établir de façon fiable combien de contrats "
                "avaient été attribués, et encore moins à qui, faute de bases nationales "
                "complètes."
            ),
        ],
        "tags": ["marchés publics", "pme"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -168,
        "image": {
            "caption": "Des dossiers d’appels d’offres empilés dans un service municipal.",
            "alt": "Des piles de classeurs et de chemises cartonnées sur un bureau encombré.",
            "creator": "",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "archive",
            "palette": ["#4a4e69", "#f2e9e4"],
            "motif": "grid",
        },
        "corrections": [
            {
                "kind": "correction",
                "text": (
                    "Une version précédente de cet article indiquait que l’examen portait sur "
                    "six États membres. Il en concerne cinq."
                ),
                "hours_after": 9,
            }
        ],
    },
    {
        "key": "economy-freight-prices-en",
        "pair": "economy-freight-prices-fr",
        "language": "en",
        "section": "economy",
        "kicker": "Explainer",
        "headline": "Shipping costs have fallen. Why haven't shop prices followed?",
        "slug": "shipping-costs-have-fallen-why-havent-shop-prices-followed",
        "standfirst": (
            "Freight rates have come down from their peak, yet importers say the savings take "
            "months to reach consumers, if they arrive at all."
        ),
        "body": [
            (
                "The cost of moving a container from Asia to a northern European port has fallen "
                "a long way from its peak, according to the freight indices that importers "
                "follow. For consumers, however, the change is hard to detect. Prices of many "
                "imported goods have stopped rising quickly, but few have actually come down. "
                "Economists and traders point to several reasons for the lag."
            ),
            (
                "The first is contracts. Large retailers usually negotiate freight rates for a "
                "year or more, so lower spot prices only filter through when those agreements "
                "are renewed. The second is that transport, even at its peak, represented a "
                "modest share of the final price of most goods. Wages, energy, rent and margins "
                "along the chain weigh far more on what appears on the shelf."
            ),
            (
                "The third explanation is the most contested. Consumer organisations argue that "
                "some distributors used the confusion of recent years to rebuild margins, and "
                "that falling costs are being absorbed rather than passed on. Retail federations "
                "reject the charge, saying their margins remain thin and that they are still "
                "catching up on earlier increases in wages and energy bills."
            ),
            (
                "Competition authorities in several countries have opened sector inquiries into "
                "how prices are formed along the food and consumer goods chains. Their "
                "conclusions are not expected for months. In the meantime, a logistics manager "
                "at a mid-sized importer of household goods summed up the mood: “The boats got "
                "cheaper. Everything around them did not.”"
            ),
        ],
        "tags": ["trade", "prices"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -330,
        "image": {
            "caption": "Containers stacked on the quay of a North Sea port.",
            "alt": "Rows of coloured shipping containers beside gantry cranes under a grey sky.",
            "creator": "Sven Aalto",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#0a9396", "#ee9b00"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "economy-freight-prices-fr",
        "pair": "economy-freight-prices-en",
        "language": "fr",
        "section": "economy",
        "kicker": "Décryptage",
        "headline": "Le fret maritime a baissé. Pourquoi les prix en rayon ne suivent-ils pas ?",
        "slug": "fret-maritime-a-baisse-pourquoi-prix-en-rayon-ne-suivent-pas",
        "standfirst": (
            "Les tarifs du fret ont reculé depuis leur pic, mais les importateurs expliquent "
            "qu’il faut des mois pour que les consommateurs en profitent, quand ils en "
            "profitent."
        ),
        "body": [
            (
                "Le coût d’acheminement d’un conteneur depuis l’Asie vers un port du nord de "
                "l’Europe a nettement reculé depuis son pic, selon les indices de fret que "
                "suivent les importateurs. Pour les consommateurs, le changement reste pourtant "
                "difficile à percevoir. Les prix de nombreux produits importés ont cessé de "
                "flamber, mais rares sont ceux qui ont réellement baissé. Économistes et "
                "négociants avancent plusieurs explications."
            ),
            (
                "La première tient aux contrats. Les grands distributeurs négocient "
                "généralement leurs tarifs de fret pour un an ou davantage : la baisse des prix "
                "au comptant ne se répercute qu’au renouvellement. La deuxième, c’est que le "
                "transport, même au plus fort de la crise, ne pesait qu’une part modeste du prix "
                "final. Salaires, énergie, loyers et marges pèsent bien davantage sur "
                "l’étiquette."
            ),
            (
                "La troisième explication est la plus contestée. Les associations de "
                "consommateurs estiment que certains distributeurs ont profité de la confusion "
                "des dernières années pour reconstituer leurs marges, et que la baisse des coûts "
                "est absorbée au lieu d’être répercutée. Les fédérations du commerce rejettent "
                "l’accusation : leurs marges restent faibles, disent-elles, et elles "
                "rattrapent encore les hausses passées des salaires et de l’énergie."
            ),
            (
                "Dans plusieurs pays, les autorités de la concurrence ont ouvert des enquêtes "
                "sectorielles sur la formation des prix dans l’alimentaire et les biens de "
                "consommation. Leurs conclusions ne sont pas attendues avant des mois. En "
                "attendant, le responsable logistique d’un importateur d’articles ménagers "
                "résume l’ambiance : « Les bateaux sont devenus moins chers. Tout le reste, "
                "non. »"
            ),
        ],
        "tags": ["commerce", "prix"],
        "bylines": [["tomas-novak", "text"]],
        "hours_offset": -330,
        "image": {
            "caption": "Des conteneurs empilés sur le quai d’un port de la mer du Nord.",
            "alt": "Des rangées de conteneurs colorés au pied de portiques, sous un ciel gris.",
            "creator": "Sven Aalto",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#0a9396", "#ee9b00"],
            "motif": "waves",
        },
        "corrections": [],
    },
]
