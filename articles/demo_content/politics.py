"""Politics demo articles (Brussels and the European institutions), written for this project."""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "politics-night-trains-en",
        "pair": "politics-night-trains-fr",
        "language": "en",
        "section": "politics",
        "kicker": "Analysis",
        "headline": "Night trains win a narrow committee vote on cross-border ticketing",
        "slug": "night-trains-win-narrow-committee-vote-cross-border-ticketing",
        "standfirst": (
            "MEPs on the transport committee backed common booking rules by three votes. "
            "The harder fight, with national governments, starts now."
        ),
        "body": [
            (
                "The transport committee of the European Parliament on Tuesday approved a draft "
                "regulation that would oblige rail operators to sell through tickets for "
                "journeys crossing one or more borders. The text passed by 24 votes to 21, with "
                "several abstentions, after a session that ran two hours beyond schedule and "
                "ended with a last-minute deal on how refunds should be shared between companies."
            ),
            (
                "Supporters say the change is overdue. Today a passenger travelling overnight "
                "from one capital to another often needs two or three separate tickets, and "
                "loses every right to compensation if a first connection runs late. “People are "
                "told to take the train and then punished for doing so,” said Annelies "
                "Verhoeven, the Dutch member who steered the file through the committee."
            ),
            (
                "Opponents, mostly from groups close to the large incumbent operators, argued "
                "that the rules would push up costs for smaller lines and could lead some "
                "companies to drop unprofitable routes rather than take on liability for delays "
                "caused elsewhere. An amendment that would have exempted services running fewer "
                "than four times a week was rejected by a single vote."
            ),
            "## What happens next",
            (
                "The committee's position still has to be confirmed in plenary next month before "
                "negotiations can open with the Council, where several member states have "
                "signalled reservations about the refund mechanism. Officials following the file "
                "expect those talks to be long. A diplomat from one of the sceptical capitals "
                "described Tuesday's vote as “a starting point, not a landing point”."
            ),
        ],
        "tags": ["transport", "european parliament"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -6,
        "image": {
            "caption": "A sleeper train waits at the platform before its overnight departure.",
            "alt": "A blue sleeper train standing at a dimly lit station platform at dusk.",
            "creator": "Jules Marchand",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#1d3557", "#f1c453"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "politics-night-trains-fr",
        "pair": "politics-night-trains-en",
        "language": "fr",
        "section": "politics",
        "kicker": "Décryptage",
        "headline": "Les trains de nuit remportent de justesse un vote en commission",
        "slug": "trains-de-nuit-remportent-de-justesse-vote-en-commission",
        "standfirst": (
            "Les eurodéputés de la commission des transports ont adopté des règles communes "
            "de réservation à trois voix près. Le plus dur, face aux gouvernements, commence."
        ),
        "body": [
            (
                "La commission des transports du Parlement européen a approuvé mardi un projet "
                "de règlement qui obligerait les opérateurs ferroviaires à vendre des billets "
                "uniques pour les trajets franchissant une ou plusieurs frontières. Le texte a "
                "été adopté par 24 voix contre 21, avec plusieurs abstentions, au terme d’une "
                "séance prolongée de deux heures et conclue par un compromis de dernière minute "
                "sur le partage des remboursements entre compagnies."
            ),
            (
                "Pour ses partisans, cette évolution n’a que trop tardé. Aujourd’hui, un "
                "voyageur qui relie deux capitales de nuit doit souvent acheter deux ou trois "
                "billets distincts, et perd tout droit à indemnisation si sa première "
                "correspondance prend du retard. « On demande aux gens de prendre le train, "
                "puis on les pénalise pour l’avoir fait », résume Annelies Verhoeven, l’élue "
                "néerlandaise qui a piloté le dossier en commission."
            ),
            (
                "Les opposants, issus pour la plupart des groupes proches des grands opérateurs "
                "historiques, estiment que ces règles alourdiraient les coûts des petites lignes "
                "et pourraient pousser certaines compagnies à abandonner des liaisons peu "
                "rentables plutôt que d’assumer des retards survenus ailleurs. Un amendement "
                "visant à exempter les services circulant moins de quatre fois par semaine a été "
                "rejeté à une voix près."
            ),
            "## Et maintenant ?",
            (
                "La position de la commission doit encore être confirmée en séance plénière le "
                "mois prochain avant l’ouverture des négociations avec le Conseil, où plusieurs "
                "États membres ont exprimé des réserves sur le mécanisme de remboursement. Les "
                "fonctionnaires qui suivent le dossier s’attendent à des discussions longues. Un "
                "diplomate d’une des capitales sceptiques voit dans le vote de mardi « un point "
                "de départ, pas un point d’arrivée »."
            ),
        ],
        "tags": ["transport", "parlement européen"],
        "bylines": [["claire-fontaine", "text"], ["marc-lefevre", "translation"]],
        "hours_offset": -6,
        "image": {
            "caption": "Un train de nuit à quai, avant son départ pour un trajet transfrontalier.",
            "alt": "Un train-couchettes bleu à l’arrêt le long d’un quai faiblement éclairé.",
            "creator": "Jules Marchand",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#1d3557", "#f1c453"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "politics-presidency-files-en",
        "pair": "politics-presidency-files-fr",
        "language": "en",
        "section": "politics",
        "kicker": "Explainer",
        "headline": "Five files the incoming Council presidency wants closed before summer",
        "slug": "five-files-incoming-council-presidency-wants-closed-before-summer",
        "standfirst": (
            "A six-month presidency is short. Here is what the next one has put at the top of "
            "its programme, and where it is most likely to stall."
        ),
        "body": [
            (
                "Every six months a different member state takes over the rotating presidency of "
                "the Council of the EU, chairing ministerial meetings and brokering compromises "
                "between governments. The role carries little formal power, but a determined "
                "presidency can decide which files move and which gather dust. The programme "
                "published by the incoming team runs to some forty pages; five files stand out."
            ),
            (
                "The first is the rail ticketing regulation just approved in committee by the "
                "Parliament, which the presidency wants to take into negotiations quickly. The "
                "second is a long-stalled revision of the rules on professional qualifications, "
                "which would make it easier for nurses, electricians and teachers to work in "
                "another member state without repeating years of training."
            ),
            (
                "The third and fourth are budgetary: a review of how unspent cohesion funds can "
                "be redirected, and a simplification package for research grants that "
                "universities have requested for years. Both sound technical, but they touch "
                "money that regions count on, which usually means long nights in Council working "
                "groups and careful wording in the final texts."
            ),
            (
                "The fifth is the most delicate: a common framework for processing asylum "
                "applications at the external border, on which governments remain divided. "
                "Diplomats privately expect a partial agreement at best. “If we close three of "
                "the five, we will call it a success,” said one official involved in preparing "
                "the programme, who asked not to be named."
            ),
            (
                "The programme will be presented formally to ambassadors this week. We will "
                "follow each of the five files through the semester and report on where they "
                "stand when the presidency hands over at the start of the summer, including the "
                "ones that quietly disappear from the agenda along the way."
            ),
        ],
        "tags": ["council", "european parliament", "migration"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": 3,
        "image": {
            "caption": "Five files, six months: the presidency's priorities at a glance.",
            "alt": "An illustration of five overlapping circles in dark teal and yellow.",
            "creator": "Mathilde Roux",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#264653", "#e9c46a"],
            "motif": "circles",
        },
        "corrections": [],
    },
    {
        "key": "politics-presidency-files-fr",
        "pair": "politics-presidency-files-en",
        "language": "fr",
        "section": "politics",
        "kicker": "Décryptage",
        "headline": "Cinq dossiers que la future présidence du Conseil veut boucler avant l’été",
        "slug": "cinq-dossiers-future-presidence-conseil-veut-boucler-avant-ete",
        "standfirst": (
            "Six mois de présidence, c’est court. Voici ce que la prochaine a placé en tête "
            "de son programme, et là où elle risque de buter."
        ),
        "body": [
            (
                "Tous les six mois, un État membre différent prend la présidence tournante du "
                "Conseil de l’UE : il préside les réunions ministérielles et cherche des "
                "compromis entre gouvernements. Le rôle confère peu de pouvoir formel, mais une "
                "présidence déterminée peut décider des dossiers qui avancent et de ceux qui "
                "dorment. Le programme publié par l’équipe entrante compte une quarantaine de "
                "pages ; cinq dossiers s’en détachent."
            ),
            (
                "Le premier est le règlement sur la billetterie ferroviaire que vient "
                "d’approuver la commission compétente du Parlement, et que la présidence veut "
                "porter rapidement en négociation. Le deuxième est une révision longtemps "
                "bloquée des règles sur les qualifications professionnelles, qui permettrait aux "
                "infirmiers, électriciens ou enseignants de travailler dans un autre État membre "
                "sans refaire des années de formation."
            ),
            (
                "Les troisième et quatrième sont budgétaires : une révision des conditions de "
                "réaffectation des fonds de cohésion non dépensés, et un paquet de "
                "simplification des subventions de recherche que les universités réclament "
                "depuis des années. Des sujets techniques en apparence, mais qui touchent à "
                "l’argent sur lequel comptent les régions, ce qui promet de longues nuits en "
                "groupes de travail."
            ),
            (
                "Le cinquième est le plus délicat : un cadre commun pour l’examen des demandes "
                "d’asile à la frontière extérieure, sur lequel les gouvernements restent "
                "divisés. En privé, les diplomates n’attendent au mieux qu’un accord partiel. "
                "« Si nous en bouclons trois sur cinq, nous parlerons de succès », glisse un "
                "responsable associé à la préparation du programme, sous couvert d’anonymat."
            ),
            (
                "Le programme sera présenté officiellement aux ambassadeurs cette semaine. Nous "
                "suivrons chacun de ces cinq dossiers tout au long du semestre et ferons le point "
                "lors de la passation de pouvoir, au début de l’été, y compris sur ceux, sans "
                "doute nombreux, qui auront discrètement disparu de l’ordre du jour en chemin."
            ),
        ],
        "tags": ["conseil", "parlement européen", "migrations"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": 3,
        "image": {
            "caption": "Cinq dossiers, six mois : les priorités de la présidence en un coup d’œil.",
            "alt": "Une illustration de cinq cercles qui se chevauchent, en bleu canard et jaune.",
            "creator": "Mathilde Roux",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#264653", "#e9c46a"],
            "motif": "circles",
        },
        "corrections": [],
    },
    {
        "key": "politics-lobby-register-en",
        "pair": "politics-lobby-register-fr",
        "language": "en",
        "section": "politics",
        "kicker": "Exclusive",
        "headline": "One lobby meeting in five is missing from the transparency register",
        "slug": "one-lobby-meeting-in-five-missing-from-transparency-register",
        "standfirst": (
            "We compared officials' public diaries with the register's entries over six "
            "months. Hundreds of meetings left no trace on the lobbying side."
        ),
        "body": [
            (
                "Over six months, this newspaper compared the published diaries of senior "
                "officials in four Commission departments with the entries that interest groups "
                "must make in the EU transparency register. Of 1,140 meetings listed in the "
                "diaries, 231 had no matching record on the lobbying side, either because the "
                "organisation was not registered or because its declared activities did not "
                "mention the topic discussed."
            ),
            (
                "The gaps were not evenly spread. Meetings on financial services and digital "
                "regulation were the best documented, while those on agriculture and fisheries "
                "were the most likely to be missing. In several cases, the same consultancy met "
                "officials on behalf of different clients without those clients being named in "
                "either the diary or the register."
            ),
            "## No sanction in sight",
            (
                "The register's secretariat can suspend an organisation that provides "
                "misleading information, but it cannot investigate meetings on its own "
                "initiative and relies largely on complaints. A spokesperson told us the "
                "secretariat “takes every discrepancy seriously” and would examine the cases we "
                "shared. Three of the organisations we contacted updated their entries within "
                "days of our questions."
            ),
            (
                "Transparency campaigners say the findings confirm a long-standing weakness. "
                "“The register shows who knocks on the door, not what happens once they are "
                "inside,” said Ruth Åkerlund, who coordinates a small network of watchdog "
                "groups. She argues that registration should be a condition for any meeting, "
                "not a formality completed afterwards, if at all."
            ),
        ],
        "tags": ["transparency", "lobbying"],
        "bylines": [["claire-fontaine", "text"], ["tomas-novak", "additional_reporting"]],
        "hours_offset": -52,
        "image": {
            "caption": "Visitors queue at the entrance of a Commission building in Brussels.",
            "alt": "People wearing visitor badges lining up at a glass-fronted office entrance.",
            "creator": "Lena Hofmann",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#3a3a3a", "#c0392b"],
            "motif": "bars",
        },
        "corrections": [
            {
                "kind": "correction",
                "text": (
                    "An earlier version of this article misstated the number of meetings we "
                    "reviewed as 1,400. The correct figure is 1,140."
                ),
                "hours_after": 6,
            }
        ],
    },
    {
        "key": "politics-lobby-register-fr",
        "pair": "politics-lobby-register-en",
        "language": "fr",
        "section": "politics",
        "kicker": "Enquête",
        "headline": "Un rendez-vous de lobbyiste sur cinq absent du registre de transparence",
        "slug": "rendez-vous-lobbyiste-sur-cinq-absent-registre-transparence",
        "standfirst": (
            "Nous avons comparé, sur six mois, les agendas publics de hauts fonctionnaires et "
            "le registre. Des centaines de réunions n’y laissent aucune trace."
        ),
        "body": [
            (
                "Pendant six mois, notre journal a comparé les agendas publiés par les hauts "
                "fonctionnaires de quatre directions de la Commission avec les déclarations que "
                "les représentants d’intérêts doivent faire dans le registre de transparence de "
                "l’UE. Sur 1 140 réunions inscrites dans les agendas, 231 n’avaient aucune "
                "contrepartie côté lobbyistes : soit l’organisation n’était pas enregistrée, "
                "soit ses activités déclarées ne mentionnaient pas le sujet abordé."
            ),
            (
                "Les lacunes ne sont pas réparties uniformément. Les réunions consacrées aux "
                "services financiers et à la régulation du numérique sont les mieux "
                "documentées ; celles qui portent sur l’agriculture et la pêche sont les plus "
                "souvent absentes. Dans plusieurs cas, un même cabinet de conseil a rencontré "
                "des fonctionnaires pour le compte de différents clients, sans que ceux-ci "
                "soient nommés ni dans l’agenda ni dans le registre."
            ),
            "## Aucune sanction en vue",
            (
                "Le secrétariat du registre peut suspendre une organisation qui fournit des "
                "informations trompeuses, mais il ne peut pas enquêter de sa propre initiative "
                "et dépend largement des plaintes. Un porte-parole nous a assuré que le "
                "secrétariat « prend chaque incohérence au sérieux » et examinera les cas que "
                "nous lui avons transmis. Trois des organisations contactées ont mis à jour "
                "leur fiche dans les jours suivant nos questions."
            ),
            (
                "Pour les militants de la transparence, ces résultats confirment une faiblesse "
                "ancienne. « Le registre montre qui frappe à la porte, pas ce qui se passe une "
                "fois à l’intérieur », souligne Ruth Åkerlund, qui coordonne un petit réseau "
                "d’associations de vigilance. Selon elle, l’inscription devrait être une "
                "condition préalable à toute réunion, et non une formalité accomplie après "
                "coup, quand elle l’est."
            ),
        ],
        "tags": ["transparence", "lobbying"],
        "bylines": [
            ["claire-fontaine", "text"],
            ["tomas-novak", "additional_reporting"],
            ["marc-lefevre", "translation"],
        ],
        "hours_offset": -52,
        "image": {
            "caption": "Des visiteurs font la queue à l’entrée d’un bâtiment de la Commission.",
            "alt": "Des personnes munies de badges visiteurs attendent devant une entrée vitrée.",
            "creator": "Lena Hofmann",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#3a3a3a", "#c0392b"],
            "motif": "bars",
        },
        "corrections": [],
    },
    {
        "key": "politics-border-towns-en",
        "pair": "politics-border-towns-fr",
        "language": "en",
        "section": "politics",
        "kicker": "Report",
        "headline": "Border towns want a direct say over how cohesion money is spent",
        "slug": "border-towns-want-direct-say-over-cohesion-money",
        "standfirst": (
            "Mayors from a dozen cross-border areas met in Luxembourg to ask for funding that "
            "does not have to pass through two national capitals first."
        ),
        "body": [
            (
                "For the mayor of a small town on an internal border, a new bus line can take "
                "longer to negotiate than to build. Funding usually flows through national or "
                "regional authorities on each side, with different calendars, different rules "
                "and different priorities. On Friday, elected officials from a dozen "
                "cross-border areas met in Luxembourg to ask the European institutions for "
                "something simpler."
            ),
            (
                "Their proposal is modest in scale: a small share of cohesion funding, set aside "
                "for projects run jointly by municipalities on both sides of a border, with a "
                "single application and a single audit. “We share a river, a hospital and a "
                "labour market, but we need two ministries to agree before we can repair a "
                "footbridge,” said Hélène Wagner, who runs a town of 9,000 people on the Moselle."
            ),
            (
                "Regional governments are less enthusiastic. Several argue that they already "
                "coordinate closely with their neighbours and that carving out a separate "
                "envelope would fragment programmes that are hard enough to manage. Officials in "
                "one national ministry also pointed out that small municipalities often lack "
                "the staff to handle European grants, whatever the procedure."
            ),
            (
                "The Commission, which is preparing its proposals for the next long-term budget, "
                "says it is listening to all levels of government. The mayors left Luxembourg "
                "with a signed declaration and an invitation to present it to the Parliament's "
                "regional development committee. Whether the idea survives the budget talks, "
                "where national governments hold the pen, is another matter."
            ),
        ],
        "tags": ["regions", "budget"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -130,
        "image": {
            "caption": "A footbridge links two towns across the river that forms the border.",
            "alt": "A narrow pedestrian bridge over a calm river, with houses on both banks.",
            "creator": "Karin Vos",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2a9d8f", "#f4f1de"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "politics-border-towns-fr",
        "pair": "politics-border-towns-en",
        "language": "fr",
        "section": "politics",
        "kicker": "Reportage",
        "headline": "Les villes frontalières veulent leur mot à dire sur les fonds de cohésion",
        "slug": "villes-frontalieres-veulent-mot-a-dire-fonds-de-cohesion",
        "standfirst": (
            "Des maires d’une douzaine de territoires transfrontaliers se sont réunis à "
            "Luxembourg pour réclamer des fonds qui ne transitent pas d’abord par deux capitales."
        ),
        "body": [
            (
                "Pour le maire d’une petite ville située sur une frontière intérieure, une "
                "nouvelle ligne de bus peut prendre plus de temps à négocier qu’à mettre en "
                "service. Les financements passent généralement par les autorités nationales ou "
                "régionales de chaque côté, avec des calendriers, des règles et des priorités "
                "différents. Vendredi, des élus d’une douzaine de territoires transfrontaliers "
                "ont demandé à Luxembourg un système plus simple."
            ),
            (
                "Leur proposition reste modeste : une petite part des fonds de cohésion réservée "
                "aux projets portés conjointement par des communes des deux côtés d’une "
                "frontière, avec un dossier unique et un contrôle unique. « Nous partageons une "
                "rivière, un hôpital et un bassin d’emploi, mais il faut l’accord de deux "
                "ministères pour réparer une passerelle », résume Hélène Wagner, maire d’une "
                "commune de 9 000 habitants au bord de la Moselle."
            ),
            (
                "Les exécutifs régionaux se montrent plus réservés. Plusieurs font valoir qu’ils "
                "coopèrent déjà étroitement avec leurs voisins et qu’une enveloppe distincte "
                "fragmenterait des programmes déjà difficiles à gérer. Dans un ministère "
                "national, des fonctionnaires rappellent aussi que les petites communes "
                "manquent souvent de personnel pour monter des dossiers européens, quelle que "
                "soit la procédure."
            ),
            (
                "La Commission, qui prépare ses propositions pour le prochain budget pluriannuel, "
                "assure être à l’écoute de tous les échelons. Les maires sont repartis de "
                "Luxembourg avec une déclaration signée et une invitation à la présenter devant "
                "la commission du développement régional du Parlement. Reste à savoir si l’idée "
                "survivra aux négociations budgétaires, où les gouvernements tiennent la plume."
            ),
        ],
        "tags": ["régions", "budget"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -130,
        "image": {
            "caption": "Une passerelle relie deux villes de part et d’autre de la rivière.",
            "alt": "Une passerelle piétonne au-dessus d’une rivière calme, bordée de maisons.",
            "creator": "Karin Vos",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2a9d8f", "#f4f1de"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "politics-researcher-visas-en",
        "pair": "politics-researcher-visas-fr",
        "language": "en",
        "section": "politics",
        "kicker": "",
        "headline": "Commission proposes a fast track for visiting researchers' visas",
        "slug": "commission-proposes-fast-track-visiting-researchers-visas",
        "standfirst": (
            "Universities have long complained that short research stays are lost to "
            "paperwork. The new proposal promises a decision within 30 days."
        ),
        "body": [
            (
                "The European Commission on Wednesday proposed a fast-track procedure for "
                "researchers from outside the EU who are invited for stays of up to a year. "
                "Under the plan, host institutions approved in advance could sponsor a visa "
                "application directly, and national authorities would have to decide within 30 "
                "days instead of the 60 or 90 days that are common today."
            ),
            (
                "The proposal responds to a complaint heard in almost every university. "
                "Laboratories describe missed conferences, delayed projects and, in some cases, "
                "visiting scientists who gave up and went elsewhere. A survey of research "
                "institutions cited by the Commission found that roughly one invitation in eight "
                "for a short stay had been cancelled or postponed because of visa delays."
            ),
            (
                "As with most migration files, the difficulty will lie with member states, which "
                "guard their control over who enters their territory. Several interior "
                "ministries have already indicated that they want to keep their own security "
                "checks, whatever the deadline. The Commission insists the proposal leaves those "
                "checks untouched and only changes the order in which the paperwork is done."
            ),
            (
                "University associations welcomed the plan while warning against excessive "
                "expectations. “Thirty days on paper is good news; thirty days in practice is "
                "what we need,” said Marek Dvořák, who manages international mobility at a large "
                "research university. The text now goes to the Parliament and the Council and "
                "is unlikely to apply for at least two years."
            ),
        ],
        "tags": ["research", "migration"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -240,
        "image": {
            "caption": (
                "A Commission spokesperson presents the proposal at the midday briefing, in a "
                "frame from the live stream."
            ),
            "alt": "A speaker at a lectern in front of a blue backdrop, seen in a video frame.",
            "creator": "",
            "source": "European Commission",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#003399", "#ffcc00"],
            "motif": "sun",
        },
        "corrections": [],
    },
    {
        "key": "politics-researcher-visas-fr",
        "pair": "politics-researcher-visas-en",
        "language": "fr",
        "section": "politics",
        "kicker": "",
        "headline": "La Commission propose une procédure accélérée pour les visas des chercheurs",
        "slug": "commission-propose-procedure-acceleree-visas-chercheurs",
        "standfirst": (
            "Les universités se plaignent depuis longtemps de séjours de recherche perdus dans "
            "la paperasse. La nouvelle proposition promet une décision en 30 jours."
        ),
        "body": [
            (
                "La Commission européenne a proposé mercredi une procédure accélérée pour les "
                "chercheurs non européens invités pour des séjours d’un an au plus. Les "
                "établissements d’accueil agréés à l’avance pourraient parrainer directement une "
                "demande de visa, et les autorités nationales devraient se prononcer dans un "
                "délai de 30 jours, contre 60 ou 90 jours couramment aujourd’hui."
            ),
            (
                "La proposition répond à une plainte entendue dans presque toutes les "
                "universités. Les laboratoires racontent des colloques manqués, des projets "
                "retardés et parfois des scientifiques invités qui ont renoncé pour aller "
                "ailleurs. Selon une enquête auprès d’établissements de recherche citée par la "
                "Commission, environ une invitation sur huit pour un séjour court a été annulée "
                "ou reportée en raison des délais de visa."
            ),
            (
                "Comme souvent en matière de migrations, la difficulté viendra des États "
                "membres, jaloux de leur contrôle sur l’entrée dans leur territoire. Plusieurs "
                "ministères de l’intérieur ont déjà fait savoir qu’ils entendaient conserver "
                "leurs propres vérifications de sécurité, quel que soit le délai. La Commission "
                "assure que ces contrôles restent intacts : seul l’ordre des démarches changerait."
            ),
            (
                "Les associations d’universités saluent le projet tout en appelant à la "
                "prudence. « Trente jours sur le papier, c’est une bonne nouvelle ; trente jours "
                "dans les faits, c’est ce dont nous avons besoin », relève Marek Dvořák, chargé "
                "de la mobilité internationale dans une grande université de recherche. Le texte "
                "part maintenant au Parlement et au Conseil ; il ne s’appliquera pas avant deux "
                "ans au moins."
            ),
        ],
        "tags": ["recherche", "migrations"],
        "bylines": [["claire-fontaine", "text"]],
        "hours_offset": -240,
        "image": {
            "caption": (
                "Un porte-parole de la Commission présente la proposition lors du point presse "
                "de midi, capture de la retransmission en direct."
            ),
            "alt": "Un orateur à un pupitre devant un fond bleu, vu sur une image vidéo.",
            "creator": "",
            "source": "European Commission",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#003399", "#ffcc00"],
            "motif": "sun",
        },
        "corrections": [
            {
                "kind": "clarification",
                "text": (
                    "Cet article a été précisé : le délai de 30 jours s’applique à la décision "
                    "sur la demande de visa, et non à la délivrance du document lui-même."
                ),
                "hours_after": 4,
            }
        ],
    },
]
