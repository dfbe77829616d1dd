"""Climate demo articles (climate policy, energy and science), written for this project."""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "climate-heat-nights-en",
        "pair": "climate-heat-nights-fr",
        "language": "en",
        "section": "climate",
        "kicker": "Analysis",
        "headline": "After a summer of tropical nights, cities rewrite their heat plans",
        "slug": "after-summer-tropical-nights-cities-rewrite-heat-plans",
        "standfirst": (
            "Daytime peaks drew the attention, but it was the heat after dark that filled "
            "emergency rooms. Municipal plans are starting to reflect that."
        ),
        "body": [
            (
                "When a city council in south-eastern France debated its revised heat plan this "
                "week, in a session broadcast live on the city's channel, the discussion barely "
                "touched on afternoon temperatures. Councillors spent most of the evening on "
                "nights instead: how many in a row stayed above twenty degrees last summer, "
                "which neighbourhoods cooled least, and who was most at risk when they did not."
            ),
            (
                "Doctors have been pointing in that direction for years. Hot nights prevent the "
                "body from recovering after a hot day, and the effect accumulates, particularly "
                "among older people living alone on upper floors. “The peak at four in the "
                "afternoon is what people remember,” said Dr Camille Besson, an emergency "
                "physician who advised the council. “The admissions come after the third or "
                "fourth night without relief.”"
            ),
            (
                "The new plan reflects that shift. It maps the streets where surfaces stay "
                "warmest after sunset and commits to planting shade trees there first. It "
                "extends the opening hours of cooled public buildings, including libraries and "
                "some schools, into the late evening during alerts, and asks social services to "
                "call registered vulnerable residents in the evening as well as the morning."
            ),
            (
                "Similar revisions are under way in cities from Seville to Vienna, often drawing "
                "on the same research networks. Their limits are budgetary: trees take years to "
                "grow, and late opening hours require staff. The plan adopted this week came "
                "with a modest envelope, and several councillors said openly that it would have "
                "to grow if the coming summers follow the pattern of the last."
            ),
        ],
        "tags": ["heat", "cities", "health"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -11,
        "image": {
            "caption": (
                "Councillors debate the revised heat plan, in a frame from the session's live "
                "broadcast."
            ),
            "alt": "A council chamber with members seated in rows, seen in a video frame.",
            "creator": "",
            "source": "Municipal council",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#d62828", "#fcbf49"],
            "motif": "sun",
        },
        "corrections": [],
    },
    {
        "key": "climate-heat-nights-fr",
        "pair": "climate-heat-nights-en",
        "language": "fr",
        "section": "climate",
        "kicker": "Analyse",
        "headline": "Après un été de nuits tropicales, les villes revoient leurs plans canicule",
        "slug": "apres-ete-nuits-tropicales-villes-revoient-plans-canicule",
        "standfirst": (
            "Les pics de l’après-midi ont retenu l’attention, mais c’est la chaleur nocturne "
            "qui a rempli les urgences. Les plans municipaux commencent à en tenir compte."
        ),
        "body": [
            (
                "Lorsque le conseil municipal d’une ville du sud-est de la France a débattu "
                "cette semaine de son plan canicule révisé, lors d’une séance retransmise en "
                "direct sur la chaîne de la ville, il a à peine été question des températures "
                "de l’après-midi. Les élus ont surtout parlé des nuits : combien sont restées "
                "au-dessus de vingt degrés l’été dernier, quels quartiers se rafraîchissent le "
                "moins, et qui est alors le plus exposé."
            ),
            (
                "Les médecins insistent sur ce point depuis des années. Les nuits chaudes "
                "empêchent l’organisme de récupérer après une journée de chaleur, et l’effet "
                "s’accumule, en particulier chez les personnes âgées vivant seules dans les "
                "étages élevés. « On retient le pic de seize heures », observe la docteure "
                "Camille Besson, urgentiste qui a conseillé la municipalité. « Mais les "
                "admissions arrivent après la troisième ou la quatrième nuit sans répit. »"
            ),
            (
                "Le nouveau plan traduit ce changement de regard. Il cartographie les rues dont "
                "les surfaces restent les plus chaudes après le coucher du soleil et s’engage à "
                "y planter en priorité des arbres d’ombrage. Il prolonge jusqu’en soirée, lors "
                "des alertes, l’ouverture de bâtiments publics rafraîchis, dont des "
                "bibliothèques et certaines écoles, et demande aux services sociaux d’appeler "
                "les personnes vulnérables inscrites le soir comme le matin."
            ),
            (
                "Des révisions comparables sont en cours de Séville à Vienne, souvent nourries "
                "par les mêmes réseaux de recherche. Leur limite est budgétaire : les arbres "
                "mettent des années à pousser, et les ouvertures tardives exigent du personnel. "
                "Le plan adopté cette semaine s’accompagne d’une enveloppe modeste, et plusieurs "
                "élus ont reconnu qu’elle devra augmenter si les prochains étés ressemblent au "
                "dernier."
            ),
        ],
        "tags": ["chaleur", "villes", "santé"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -11,
        "image": {
            "caption": (
                "Les élus débattent du plan canicule révisé, capture de la retransmission de la "
                "séance."
            ),
            "alt": "Une salle du conseil avec des élus assis en rangs, sur une image vidéo.",
            "creator": "",
            "source": "Municipal council",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#d62828", "#fcbf49"],
            "motif": "sun",
        },
        "corrections": [],
    },
    {
        "key": "climate-battery-queue-en",
        "pair": "climate-battery-queue-fr",
        "language": "en",
        "section": "climate",
        "kicker": "Explainer",
        "headline": "Battery projects are piling up in the queue for a grid connection",
        "slug": "battery-projects-piling-up-in-queue-for-grid-connection",
        "standfirst": (
            "Storage is meant to make solar power usable after sunset. But developers say "
            "waiting for a connection now takes longer than building the site."
        ),
        "body": [
            (
                "On a plot of dry farmland on the Alentejo plain, a developer has secured "
                "permits, financing and equipment for a battery site able to store several "
                "hours of output from the solar farms nearby. What it does not have is a date. "
                "The grid operator has told the company it may have to wait up to four years "
                "for a connection."
            ),
            (
                "The project is one of many in the same position. Across southern Europe, "
                "requests to connect storage facilities have multiplied as falling battery "
                "prices and frequent midday surpluses of solar power make the business case "
                "attractive. Grid operators, whose procedures were designed for a small number "
                "of large power stations, are struggling to process hundreds of applications, "
                "many of which will never be built."
            ),
            "## First come, first served",
            (
                "Part of the problem is the queue itself. Connections are largely allocated in "
                "order of application, which encourages speculative projects to reserve "
                "capacity they may never use. Several regulators are considering stricter "
                "conditions, such as financial guarantees or proof of land rights, to clear the "
                "queue of what one engineer called “paper projects that block real ones”."
            ),
            (
                "Developers argue that storage should be treated differently from generation, "
                "because a battery can relieve congestion rather than add to it if it charges "
                "and discharges at the right times. “We are treated as part of the problem when "
                "we could be part of the solution,” said Rui Tavares Mendes, whose company is "
                "behind the Alentejo project. Regulators say they are studying the argument."
            ),
        ],
        "tags": ["energy", "grid"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -44,
        "image": {
            "caption": "Solar panels next to a site earmarked for battery storage in Portugal.",
            "alt": "Rows of solar panels on dry, reddish ground under a clear blue sky.",
            "creator": "Ana Ribeiro",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2b9348", "#f9c74f"],
            "motif": "grid",
        },
        "corrections": [
            {
                "kind": "correction",
                "text": (
                    "An earlier version of this article said the grid operator had mentioned a "
                    "wait of up to six years. The figure given to the company was four years."
                ),
                "hours_after": 3,
            }
        ],
    },
    {
        "key": "climate-battery-queue-fr",
        "pair": "climate-battery-queue-en",
        "language": "fr",
        "section": "climate",
        "kicker": "Décryptage",
        "headline": "Les projets de batteries s’entassent dans la file d’attente du réseau",
        "slug": "projets-de-batteries-file-attente-raccordement-reseau",
        "standfirst": (
            "Le stockage doit permettre d’utiliser l’électricité solaire après le coucher du "
            "soleil. Mais attendre un raccordement prend désormais plus de temps que de "
            "construire le site."
        ),
        "body": [
            (
                "Sur une parcelle de terres sèches de la plaine de l’Alentejo, un développeur a "
                "obtenu permis, financement et équipements pour un site de batteries capable de "
                "stocker plusieurs heures de production des centrales solaires voisines. Il lui "
                "manque une date. Le gestionnaire du réseau a prévenu l’entreprise qu’elle "
                "pourrait attendre jusqu’à quatre ans avant d’être raccordée."
            ),
            (
                "Le projet est loin d’être le seul dans ce cas. Dans tout le sud de l’Europe, "
                "les demandes de raccordement d’installations de stockage se sont multipliées, "
                "la baisse du prix des batteries et les fréquents surplus solaires de la "
                "mi-journée rendant le modèle économique attrayant. Les gestionnaires de "
                "réseau, dont les procédures ont été conçues pour quelques grandes centrales, "
                "peinent à traiter des centaines de dossiers, dont beaucoup ne verront jamais "
                "le jour."
            ),
            "## Premier arrivé, premier servi",
            (
                "Une partie du problème tient à la file d’attente elle-même. Les raccordements "
                "sont largement attribués par ordre d’arrivée, ce qui pousse des projets "
                "spéculatifs à réserver des capacités qu’ils n’utiliseront peut-être jamais. "
                "Plusieurs régulateurs envisagent des conditions plus strictes, comme des "
                "garanties financières ou la preuve de la maîtrise du terrain, pour écarter ce "
                "qu’un ingénieur appelle « des projets de papier qui bloquent les vrais »."
            ),
            (
                "Les développeurs font valoir que le stockage ne devrait pas être traité comme "
                "la production, car une batterie peut soulager les congestions au lieu de les "
                "aggraver si elle se charge et se décharge au bon moment. « On nous traite comme "
                "une partie du problème alors que nous pourrions faire partie de la solution », "
                "regrette Rui Tavares Mendes, dont l’entreprise porte le projet de l’Alentejo. "
                "Les régulateurs disent étudier l’argument."
            ),
        ],
        "tags": ["énergie", "réseau électrique"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -44,
        "image": {
            "caption": "Des panneaux solaires près d’un futur site de stockage au Portugal.",
            "alt": "Des rangées de panneaux solaires sur un sol sec, sous un ciel bleu dégagé.",
            "creator": "Ana Ribeiro",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#2b9348", "#f9c74f"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "climate-marsh-restored-en",
        "pair": "climate-marsh-restored-fr",
        "language": "en",
        "section": "climate",
        "kicker": "Report",
        "headline": "A drained marsh is flooding again, and the neighbouring farmers are watching",
        "slug": "drained-marsh-flooding-again-neighbouring-farmers-watching",
        "standfirst": (
            "Sixty years after it was drained for crops, a wetland in western France is being "
            "restored. The birds came back first. Trust is taking longer."
        ),
        "body": [
            (
                "The first sign is the sound. Where maize grew until five years ago, frogs now "
                "call from shallow pools at dusk, and flocks of lapwings rise from the reeds "
                "when a car passes on the embankment road. The Marais de la Vergne, drained in "
                "the 1960s to make way for crops, is being allowed to flood again as part of a "
                "restoration project led by a regional conservation trust."
            ),
            (
                "The work itself was modest: a few drainage channels blocked, two pumps switched "
                "off, sluice gates adjusted to hold water through the winter. The effects were "
                "rapid. Ecologists monitoring the site have recorded more than ninety bird "
                "species in the past year, against around thirty before the project began, and "
                "the wetland now stores water that used to be pumped straight into the river."
            ),
            (
                "Not everyone nearby is convinced. Farmers whose fields border the marsh worry "
                "that higher water levels will seep into their land, and that protected species "
                "will bring new restrictions. “Nobody asked us whether we wanted to live next to "
                "a nature reserve,” said Bernard Guillet, who grows cereals on the edge of the "
                "site. “They tell us the water will stay where it is. We will see in a wet year.”"
            ),
            (
                "The trust has installed monitoring wells along the boundary and publishes the "
                "readings every month. Its director, Sandrine Morel, admits the project started "
                "with too little dialogue. “We were right on the ecology and slow on the "
                "people,” she said. Two local farmers now sit on the site's management "
                "committee, and a grazing agreement allows one of them to keep cattle on the "
                "drier meadows."
            ),
        ],
        "tags": ["biodiversity", "agriculture", "water"],
        "bylines": [["ines-duarte", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -98,
        "image": {
            "caption": "Restored pools in the Marais de la Vergne, where maize once grew.",
            "alt": "Shallow pools fringed with reeds under a pale evening sky, birds in flight.",
            "creator": "Lena Hofmann",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#386641", "#a7c957"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "climate-marsh-restored-fr",
        "pair": "climate-marsh-restored-en",
        "language": "fr",
        "section": "climate",
        "kicker": "Reportage",
        "headline": "Un marais asséché retrouve ses eaux, sous l’œil des agriculteurs voisins",
        "slug": "marais-asseche-retrouve-ses-eaux-sous-oeil-agriculteurs-voisins",
        "standfirst": (
            "Soixante ans après avoir été drainée pour les cultures, une zone humide de l’ouest "
            "de la France est restaurée. Les oiseaux sont revenus les premiers. La confiance "
            "prend plus de temps."
        ),
        "body": [
            (
                "Le premier signe, c’est le son. Là où poussait du maïs il y a cinq ans, les "
                "grenouilles chantent au crépuscule dans des mares peu profondes, et des vols "
                "de vanneaux s’élèvent des roseaux au passage d’une voiture sur la digue. Le "
                "marais de la Vergne, drainé dans les années 1960 pour laisser place aux "
                "cultures, est de nouveau inondé dans le cadre d’un projet de restauration mené "
                "par un conservatoire régional."
            ),
            (
                "Les travaux eux-mêmes ont été modestes : quelques fossés de drainage bouchés, "
                "deux pompes arrêtées, des vannes réglées pour retenir l’eau pendant l’hiver. "
                "Les effets ont été rapides. Les écologues qui suivent le site ont recensé plus "
                "de quatre-vingt-dix espèces d’oiseaux en un an, contre une trentaine avant le "
                "projet, et la zone humide retient désormais une eau qui partait directement à "
                "la rivière."
            ),
            (
                "Tous les voisins ne sont pas convaincus. Les agriculteurs dont les champs "
                "bordent le marais craignent que la remontée de l’eau n’atteigne leurs terres, "
                "et que les espèces protégées n’entraînent de nouvelles contraintes. « Personne "
                "ne nous a demandé si nous voulions vivre à côté d’une réserve naturelle », "
                "lâche Bernard Guillet, céréalier installé en lisière du site. « On nous dit que "
                "l’eau restera où elle est. On verra lors d’une année humide. »"
            ),
            (
                "Le conservatoire a installé des piézomètres le long de la limite du site et "
                "publie les relevés chaque mois. Sa directrice, Sandrine Morel, reconnaît que "
                "le projet a démarré avec trop peu de concertation. « Nous avions raison sur "
                "l’écologie, mais nous avons été lents avec les gens », admet-elle. Deux "
                "agriculteurs siègent désormais au comité de gestion, et une convention de "
                "pâturage permet à l’un d’eux de mettre ses vaches sur les prairies les plus "
                "sèches."
            ),
        ],
        "tags": ["biodiversité", "agriculture", "eau"],
        "bylines": [["ines-duarte", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -98,
        "image": {
            "caption": "Les mares restaurées du marais de la Vergne, où poussait du maïs.",
            "alt": "Des mares bordées de roseaux sous un ciel pâle du soir, des oiseaux en vol.",
            "creator": "Lena Hofmann",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#386641", "#a7c957"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "climate-heat-pump-grants-en",
        "pair": "climate-heat-pump-grants-fr",
        "language": "en",
        "section": "climate",
        "kicker": "Analysis",
        "headline": "Heat pump subsidies mostly reach homeowners who could already afford one",
        "slug": "heat-pump-subsidies-mostly-reach-homeowners-who-could-afford-one",
        "standfirst": (
            "Data from several national schemes suggests that grants for cleaner heating are "
            "skewed towards better-off owners. Tenants are largely left out."
        ),
        "body": [
            (
                "Governments across Europe have spent heavily on grants to help households "
                "replace gas and oil boilers with heat pumps. A comparison of published data "
                "from several national schemes, compiled by a group of university researchers "
                "and shared with this newspaper, suggests that the money has gone "
                "disproportionately to owners of detached houses in higher income brackets, many "
                "of whom might have made the switch anyway."
            ),
            (
                "The pattern does not surprise those who design such schemes. Even with a "
                "generous subsidy, the remaining cost of a heat pump, insulation and new "
                "radiators can amount to several months of income for a modest household. "
                "Grants are often paid after the work is done, so the owner must advance the "
                "full amount. And the process itself, with audits, quotes and forms, favours "
                "those with time and confidence."
            ),
            "## The tenant problem",
            (
                "Tenants face a different obstacle. They cannot replace a heating system they "
                "do not own, and landlords who would pay for the work see little of the "
                "benefit, since lower energy bills go to the occupant. “The subsidy is aimed at "
                "someone who has no reason to use it,” said Eva Lindholm, an energy economist "
                "who worked on the comparison. Only a handful of schemes offer specific support "
                "for rented housing."
            ),
            (
                "Some countries are adjusting. Where they have been tried, income-based grant "
                "levels, advance payments made directly to installers and one-stop advice "
                "services have increased take-up among lower-income households. The "
                "researchers argue that such designs should become the norm rather than the "
                "exception, particularly as carbon pricing for heating fuels is set to raise the "
                "cost of staying with gas."
            ),
        ],
        "tags": ["energy", "housing"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -210,
        "image": {
            "caption": "Who claims heat pump grants: our illustration of the findings.",
            "alt": "An illustration of vertical bars in shades of blue on a pale background.",
            "creator": "Mathilde Roux",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#457b9d", "#f1faee"],
            "motif": "bars",
        },
        "corrections": [],
    },
    {
        "key": "climate-heat-pump-grants-fr",
        "pair": "climate-heat-pump-grants-en",
        "language": "fr",
        "section": "climate",
        "kicker": "Analyse",
        "headline": "Les aides aux pompes à chaleur profitent surtout aux ménages déjà aisés",
        "slug": "aides-pompes-a-chaleur-profitent-surtout-menages-deja-aises",
        "standfirst": (
            "Les données de plusieurs dispositifs nationaux suggèrent que les aides au "
            "chauffage propre bénéficient surtout aux propriétaires aisés. Les locataires en "
            "sont largement exclus."
        ),
        "body": [
            (
                "Partout en Europe, les gouvernements ont largement financé le remplacement des "
                "chaudières au gaz et au fioul par des pompes à chaleur. Une comparaison des "
                "données publiées par plusieurs dispositifs nationaux, réalisée par un groupe "
                "de chercheurs universitaires et transmise à notre journal, indique que l’argent "
                "est allé de façon disproportionnée aux propriétaires de maisons individuelles "
                "aux revenus élevés, dont beaucoup auraient sans doute changé de chauffage de "
                "toute façon."
            ),
            (
                "Le constat ne surprend pas ceux qui conçoivent ces dispositifs. Même avec une "
                "aide généreuse, le reste à charge d’une pompe à chaleur, de l’isolation et de "
                "nouveaux radiateurs peut représenter plusieurs mois de revenus pour un ménage "
                "modeste. Les aides sont souvent versées une fois les travaux achevés : il faut "
                "donc avancer la totalité de la somme. Et la procédure, entre audits, devis et "
                "formulaires, favorise ceux qui ont du temps et de l’assurance."
            ),
            "## Le casse-tête des locataires",
            (
                "Les locataires se heurtent à un autre obstacle. Ils ne peuvent pas remplacer un "
                "chauffage qui ne leur appartient pas, et les propriétaires qui paieraient les "
                "travaux n’en tirent guère de bénéfice, puisque la baisse des factures profite à "
                "l’occupant. « L’aide vise quelqu’un qui n’a aucune raison de s’en servir », "
                "résume Eva Lindholm, économiste de l’énergie associée à l’étude. Rares sont "
                "les dispositifs prévoyant un soutien spécifique au parc locatif."
            ),
            (
                "Certains pays s’adaptent. Là où ils ont été testés, des montants modulés selon "
                "les revenus, des avances versées directement aux installateurs et des guichets "
                "uniques de conseil ont accru le recours aux aides chez les ménages modestes. "
                "Les chercheurs plaident pour que ces formules deviennent la règle plutôt que "
                "l’exception, d’autant que la tarification carbone des combustibles de "
                "chauffage doit renchérir le maintien au gaz."
            ),
        ],
        "tags": ["énergie", "logement"],
        "bylines": [["ines-duarte", "text"], ["sofia-berg", "translation"]],
        "hours_offset": -210,
        "image": {
            "caption": "Qui touche les aides aux pompes à chaleur : notre illustration de l’étude.",
            "alt": "Une illustration de barres verticales dans des tons de bleu sur fond clair.",
            "creator": "Mathilde Roux",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#457b9d", "#f1faee"],
            "motif": "bars",
        },
        "corrections": [
            {
                "kind": "clarification",
                "text": (
                    "Cet article a été précisé : les données comparées portent sur des "
                    "dispositifs nationaux, et non sur des aides régionales ou locales."
                ),
                "hours_after": 20,
            }
        ],
    },
    {
        "key": "climate-glacier-volunteers-en",
        "pair": "climate-glacier-volunteers-fr",
        "language": "en",
        "section": "climate",
        "kicker": "Science",
        "headline": "On a shrinking glacier, volunteers take the measurements scientists can't",
        "slug": "shrinking-glacier-volunteers-take-measurements-scientists-cant",
        "standfirst": (
            "Funding for long-term glacier monitoring is scarce. In one Alpine valley, a group "
            "of retired guides and students keeps a decades-old record going."
        ),
        "body": [
            (
                "Every September, a small group climbs to the Glacier de la Sauvette with "
                "backpacks full of aluminium stakes, a steam drill and a notebook. The stakes, "
                "planted in the ice the previous year, show how much of the surface has melted "
                "over the summer. The record they extend began in the 1950s; for most of that "
                "time it was kept by a university team, until its funding ran out a decade ago."
            ),
            (
                "The volunteers who took over are mostly retired mountain guides, joined each "
                "year by a few geography students. They follow the same protocol as the "
                "scientists before them and send their data to a research institute that checks "
                "and archives it. “We are not researchers,” said Georges Aubry, who has led the "
                "group from the start. “We are the people who make sure there is still "
                "something to research.”"
            ),
            (
                "What they measure is sobering. The glacier's tongue has retreated by several "
                "hundred metres since the record began, and the losses of recent summers are "
                "among the largest in the series. Last year, for the first time, two of the "
                "highest stakes melted out completely before the autumn visit, leaving a gap in "
                "the data that the group had to fill using photographs."
            ),
            (
                "Glaciologists say such long, continuous series are especially valuable because "
                "they allow changes to be compared across decades using the same method. Nadia "
                "Keller, who validates the group's data, puts it simply: “Satellites tell us a "
                "lot, but they started late. A stake measured every year since the 1950s is "
                "irreplaceable.” The group is now training younger volunteers to take over."
            ),
        ],
        "tags": ["glaciers", "science"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -456,
        "image": {
            "caption": "Volunteers drill a new stake into the glacier during last year's survey.",
            "alt": "Three people in mountain gear kneeling on grey ice beside a drilling rig.",
            "creator": "Georges Aubry",
            "source": "Sauvette glacier volunteers",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#a8dadc", "#1d3557"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "climate-glacier-volunteers-fr",
        "pair": "climate-glacier-volunteers-en",
        "language": "fr",
        "section": "climate",
        "kicker": "Sciences",
        "headline": "Sur un glacier qui fond, des bénévoles prennent le relais des chercheurs",
        "slug": "glacier-qui-fond-benevoles-prennent-le-relais-des-chercheurs",
        "standfirst": (
            "Les financements pour suivre les glaciers sur le long terme se font rares. Dans "
            "une vallée alpine, des guides retraités et des étudiants prolongent une série de "
            "mesures vieille de plusieurs décennies."
        ),
        "body": [
            (
                "Chaque mois de septembre, un petit groupe monte au glacier de la Sauvette, sac "
                "chargé de balises en aluminium, d’une foreuse à vapeur et d’un carnet. Les "
                "balises, plantées dans la glace l’année précédente, indiquent l’épaisseur "
                "fondue au cours de l’été. La série qu’ils prolongent a commencé dans les années "
                "1950 ; une équipe universitaire l’a longtemps tenue, jusqu’à la fin de son "
                "financement il y a dix ans."
            ),
            (
                "Les bénévoles qui ont pris le relais sont surtout des guides de haute montagne "
                "à la retraite, rejoints chaque année par quelques étudiants en géographie. Ils "
                "suivent le même protocole que les scientifiques avant eux et transmettent leurs "
                "données à un institut de recherche qui les vérifie et les archive. « Nous ne "
                "sommes pas des chercheurs », dit Georges Aubry, qui anime le groupe depuis ses "
                "débuts. « Nous veillons à ce qu’il reste quelque chose à étudier. »"
            ),
            (
                "Ce qu’ils mesurent donne à réfléchir. La langue du glacier a reculé de "
                "plusieurs centaines de mètres depuis le début de la série, et les pertes des "
                "derniers étés figurent parmi les plus fortes jamais relevées. L’an dernier, "
                "pour la première fois, deux des balises les plus hautes étaient entièrement "
                "sorties de la glace avant la visite d’automne, laissant un trou dans les "
                "données que le groupe a dû combler à partir de photographies."
            ),
            (
                "Pour les glaciologues, ces séries longues et continues sont précieuses, car "
                "elles permettent de comparer les évolutions sur des décennies avec la même "
                "méthode. Nadia Keller, qui valide les données du groupe, le dit simplement : "
                "« Les satellites nous apprennent beaucoup, mais ils sont arrivés tard. Une "
                "balise mesurée chaque année depuis les années 1950, c’est irremplaçable. » Le "
                "groupe forme désormais des bénévoles plus jeunes pour assurer la relève."
            ),
        ],
        "tags": ["glaciers", "sciences"],
        "bylines": [["ines-duarte", "text"]],
        "hours_offset": -456,
        "image": {
            "caption": "Des bénévoles plantent une balise lors du relevé de l’an dernier.",
            "alt": "Trois alpinistes agenouillés sur une glace grise, près d’une foreuse.",
            "creator": "Georges Aubry",
            "source": "Sauvette glacier volunteers",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#a8dadc", "#1d3557"],
            "motif": "skyline",
        },
        "corrections": [],
    },
]
