"""Culture section demo articles: invented stories in English and French pairs."""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "culture-night-train-theatre-en",
        "pair": "culture-night-train-theatre-fr",
        "language": "en",
        "section": "culture",
        "kicker": "Report",
        "headline": "A travelling theatre festival rides the night train through six border towns",
        "slug": "travelling-theatre-festival-night-train-border-towns",
        "standfirst": (
            "Scènes de passage, a company of twenty actors and technicians, is staging one play "
            "in six towns along a single rail line. The audiences are small; the ambition is not."
        ),
        "body": [
            (
                "The set fits in four crates and a bicycle trailer. Every evening for a fortnight, "
                "the troupe of Scènes de passage unloads it in a different station hall, performs "
                "for two hours, packs it back and boards the sleeper to the next town. The route "
                "follows a single line that crosses three borders, and the company has chosen "
                "towns that national touring circuits usually pass through without stopping."
            ),
            (
                "The play itself is about a stationmaster who keeps a waiting room open for "
                "travellers who never arrive. It is performed in three languages, switching "
                "mid-scene, with surtitles projected onto a bedsheet. “We wanted the language "
                "problem to be on stage, not hidden in the programme,” said Hanne Vollmer, the "
                "company's director, between two rehearsals in a freight depot."
            ),
            (
                "Tickets cost what the audience chooses to pay. On the first night, in a town of "
                "eleven thousand people, 140 came, many of them retired railway workers invited "
                "by the local heritage association. Several stayed afterwards to correct details "
                "of the signalling equipment shown on stage. The company has promised to fix them "
                "before the final performance."
            ),
            (
                "The tour is financed by a patchwork of regional cultural grants, two municipal "
                "budgets and a crowdfunding campaign that raised less than hoped. The rail "
                "operator provides couchettes at a reduced rate but no other support. Ms Vollmer "
                "admits the model would not survive a second year without a more stable partner, "
                "and says talks with a cross-border cultural fund are under way."
            ),
            (
                "For now, the troupe counts small victories. In one town, the municipal council "
                "voted to keep the station hall heated in winter so that it could host concerts. "
                "In another, a secondary school has asked to stage its own version of the play "
                "next spring. “That is the only review that matters to us,” Ms Vollmer said."
            ),
        ],
        "tags": ["theatre", "festivals"],
        "bylines": [["sofia-berg", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -6,
        "image": {
            "caption": (
                "Actors of Scènes de passage rehearse in a station hall before the opening "
                "performance."
            ),
            "alt": (
                "Three actors in long coats rehearse on a bare stage set up under the glass roof "
                "of a railway station hall."
            ),
            "creator": "Léa Marchetti",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#1d2b44", "#e0a458"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "culture-night-train-theatre-fr",
        "pair": "culture-night-train-theatre-en",
        "language": "fr",
        "section": "culture",
        "kicker": "Reportage",
        "headline": (
            "En train de nuit, un festival de théâtre fait étape dans six villes frontalières"
        ),
        "slug": "train-de-nuit-festival-theatre-six-villes-frontalieres",
        "standfirst": (
            "Scènes de passage, une troupe de vingt comédiens et techniciens, joue une même pièce "
            "dans six villes d’une seule ligne ferroviaire. Le public est restreint, l’ambition "
            "ne l’est pas."
        ),
        "body": [
            (
                "Le décor tient dans quatre caisses et une remorque de vélo. Chaque soir pendant "
                "quinze jours, la troupe de Scènes de passage le déballe dans un hall de gare "
                "différent, joue pendant deux heures, remballe le tout et monte dans le train de "
                "nuit vers la ville suivante. L’itinéraire suit une seule ligne qui franchit trois "
                "frontières, et la compagnie a choisi des villes que les circuits de tournée "
                "nationaux traversent d’ordinaire sans s’arrêter."
            ),
            (
                "La pièce raconte l’histoire d’un chef de gare qui garde une salle d’attente "
                "ouverte pour des voyageurs qui n’arrivent jamais. Elle est jouée en trois "
                "langues, qui alternent en pleine scène, avec des surtitres projetés sur un drap. "
                "« Nous voulions que la question de la langue soit sur scène, pas cachée dans le "
                "programme », explique Hanne Vollmer, la metteuse en scène de la compagnie, entre "
                "deux répétitions dans un dépôt de marchandises."
            ),
            (
                "Chacun paie sa place le prix qu’il veut. Le soir de la première, dans une ville "
                "de onze mille habitants, 140 spectateurs sont venus, dont de nombreux cheminots "
                "retraités invités par l’association locale du patrimoine. Plusieurs sont restés "
                "après le spectacle pour corriger des détails de la signalisation représentée sur "
                "scène. La compagnie a promis de les rectifier avant la dernière représentation."
            ),
            (
                "La tournée est financée par un assemblage de subventions culturelles régionales, "
                "deux budgets municipaux et une campagne de financement participatif qui a "
                "rapporté moins que prévu. L’opérateur ferroviaire accorde des couchettes à tarif "
                "réduit, sans autre soutien. Hanne Vollmer reconnaît que le modèle ne tiendrait "
                "pas une deuxième année sans un partenaire plus stable, et indique que des "
                "discussions sont en cours avec un fonds culturel transfrontalier."
            ),
            (
                "Pour l’instant, la troupe compte ses petites victoires. Dans une ville, le "
                "conseil municipal a voté le chauffage du hall de gare en hiver pour qu’il puisse "
                "accueillir des concerts. Dans une autre, un lycée a demandé à monter sa propre "
                "version de la pièce au printemps prochain. « C’est la seule critique qui compte "
                "pour nous », dit Hanne Vollmer."
            ),
        ],
        "tags": ["théâtre", "festivals"],
        "bylines": [["sofia-berg", "text"], ["agence-lumen", "photos"]],
        "hours_offset": -6,
        "image": {
            "caption": (
                "Des comédiens de Scènes de passage répètent dans un hall de gare avant la "
                "première représentation."
            ),
            "alt": (
                "Trois comédiens en longs manteaux répètent sur une scène nue installée sous la "
                "verrière d’un hall de gare."
            ),
            "creator": "Léa Marchetti",
            "source": "Agence Lumen",
            "platform": "",
            "capture_kind": "photograph",
            "palette": ["#1d2b44", "#e0a458"],
            "motif": "skyline",
        },
        "corrections": [],
    },
    {
        "key": "culture-library-ebooks-en",
        "pair": "culture-library-ebooks-fr",
        "language": "en",
        "section": "culture",
        "kicker": "Analysis",
        "headline": (
            "Public libraries in three countries pool their e-book budgets to pay less per loan"
        ),
        "slug": "public-libraries-pool-ebook-budgets-three-countries",
        "standfirst": (
            "A consortium of municipal libraries wants publishers to accept one shared contract "
            "instead of dozens. Publishers say the idea is reasonable but the price is not."
        ),
        "body": [
            (
                "Lending an e-book costs a public library far more than lending a paper one. "
                "Licences typically expire after a set number of loans or a fixed period, after "
                "which the library must buy again. For small municipal networks the bill has "
                "become one of the fastest-growing lines in their budgets, ahead of heating and "
                "behind only staff."
            ),
            (
                "Since January, 38 libraries in Belgium, Luxembourg and the Netherlands have "
                "negotiated as a single buyer. Their consortium, set up under a cross-border "
                "cooperation agreement, asks publishers for one contract covering all members, "
                "with licences that last longer and can be shared between branches in the same "
                "language. The first agreements, with four mid-sized publishing houses, were "
                "signed last month."
            ),
            "## What the libraries gain",
            (
                "According to figures shared by the consortium, the average cost per loan has "
                "fallen by about a fifth on the titles covered. “We are not asking for free "
                "books, we are asking not to buy the same book three times,” said Elke Janssens, "
                "who coordinates the group from a library in Hasselt. The savings, she said, will "
                "pay for longer opening hours rather than more titles."
            ),
            (
                "Publishers are more cautious. A representative of a trade association for "
                "independent houses, who asked not to be named because talks are continuing, said "
                "a single contract across three markets could erode the income authors receive "
                "from lending. Authors' societies have asked to see the terms before the model is "
                "extended to more countries."
            ),
            (
                "The consortium hopes to add libraries from northern France and western Germany "
                "next year. That would raise a harder question: whether a French-language licence "
                "bought in Liège could be used by a reader in Lille. For now, the contracts say "
                "no. Lawyers on both sides expect that clause to be the first one renegotiated."
            ),
        ],
        "tags": ["books", "libraries"],
        "bylines": [["marc-lefevre", "text"]],
        "hours_offset": -96,
        "image": {
            "caption": "E-book licences take a growing share of library budgets.",
            "alt": (
                "Illustration of a grid of book covers in blue and yellow tones, some of them "
                "fading out."
            ),
            "creator": "Nora Lindqvist",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#2f4858", "#f6ae2d"],
            "motif": "grid",
        },
        "corrections": [
            {
                "kind": "correction",
                "text": (
                    "An earlier version of this article misstated the number of libraries in the "
                    "consortium. It is 38, not 48."
                ),
                "hours_after": 5,
            }
        ],
    },
    {
        "key": "culture-library-ebooks-fr",
        "pair": "culture-library-ebooks-en",
        "language": "fr",
        "section": "culture",
        "kicker": "Décryptage",
        "headline": (
            "Des bibliothèques de trois pays mettent en commun leurs budgets de livres numériques"
        ),
        "slug": "bibliotheques-trois-pays-budgets-livres-numeriques-commun",
        "standfirst": (
            "Un consortium de bibliothèques municipales veut que les éditeurs acceptent un contrat "
            "unique plutôt que des dizaines. Les éditeurs jugent l’idée raisonnable, mais pas le "
            "prix."
        ),
        "body": [
            (
                "Prêter un livre numérique coûte bien plus cher à une bibliothèque publique que "
                "prêter un livre papier. Les licences expirent généralement après un nombre donné "
                "de prêts ou une durée fixe, après quoi il faut racheter. Pour les petits réseaux "
                "municipaux, la facture est devenue l’un des postes qui progressent le plus vite, "
                "devant le chauffage et juste derrière le personnel."
            ),
            (
                "Depuis janvier, 38 bibliothèques de Belgique, du Luxembourg et des Pays-Bas "
                "négocient comme un acheteur unique. Leur consortium, créé dans le cadre d’un "
                "accord de coopération transfrontalière, demande aux éditeurs un seul contrat pour "
                "tous ses membres, avec des licences plus longues et partageables entre "
                "établissements d’une même langue. Les premiers accords, avec quatre maisons "
                "d’édition de taille moyenne, ont été signés le mois dernier."
            ),
            "## Ce que gagnent les bibliothèques",
            (
                "Selon les chiffres communiqués par le consortium, le coût moyen par prêt a baissé "
                "d’environ un cinquième sur les titres concernés. « Nous ne demandons pas des "
                "livres gratuits, nous demandons de ne pas acheter trois fois le même livre », "
                "résume Elke Janssens, qui coordonne le groupe depuis une bibliothèque de Hasselt. "
                "Les économies, précise-t-elle, financeront des horaires d’ouverture plus longs "
                "plutôt que de nouveaux titres."
            ),
            (
                "Les éditeurs se montrent plus prudents. Un représentant d’une association "
                "professionnelle d’éditeurs indépendants, qui a requis l’anonymat car les "
                "discussions se poursuivent, estime qu’un contrat unique sur trois marchés "
                "pourrait réduire les revenus que les auteurs tirent du prêt. Les sociétés "
                "d’auteurs ont demandé à voir les conditions avant que le modèle soit étendu à "
                "d’autres pays."
            ),
            (
                "Le consortium espère accueillir l’an prochain des bibliothèques du nord de la "
                "France et de l’ouest de l’Allemagne. Se poserait alors une question plus "
                "délicate : une licence en français achetée à Liège pourrait-elle servir à un "
                "lecteur de Lille ? Pour l’instant, les contrats disent non. Des deux côtés, les "
                "juristes s’attendent à ce que cette clause soit la première renégociée."
            ),
        ],
        "tags": ["livres", "bibliothèques"],
        "bylines": [["marc-lefevre", "text"]],
        "hours_offset": -96,
        "image": {
            "caption": (
                "Les licences numériques pèsent de plus en plus dans le budget des bibliothèques."
            ),
            "alt": (
                "Illustration d’une grille de couvertures de livres dans des tons bleus et jaunes, "
                "dont certaines s’estompent."
            ),
            "creator": "Nora Lindqvist",
            "source": "Impact European",
            "platform": "",
            "capture_kind": "illustration",
            "palette": ["#2f4858", "#f6ae2d"],
            "motif": "grid",
        },
        "corrections": [],
    },
    {
        "key": "culture-dubbing-voices-en",
        "pair": "culture-dubbing-voices-fr",
        "language": "en",
        "section": "culture",
        "kicker": "Artists' rights",
        "headline": "Dubbing actors ask for consent rules before software copies their voices",
        "slug": "dubbing-actors-consent-rules-synthetic-voices",
        "standfirst": (
            "Voice artists from a dozen countries want contracts to say clearly when a recording "
            "may be used to train a synthetic voice. Studios say most already do."
        ),
        "body": [
            (
                "In much of Europe, foreign films and series reach audiences dubbed rather than "
                "subtitled, and the voices behind them belong to a relatively small profession. "
                "Those actors now find that recordings made years ago can be used to build "
                "software that imitates them. At an online assembly streamed last week, their "
                "organisations agreed a common list of demands."
            ),
            (
                "The central one is consent. Actors want any use of their voice to train or "
                "generate synthetic speech to require a separate, explicit agreement, with its "
                "own payment, rather than a line buried in a general contract. “A voice is not a "
                "prop that stays in the studio when the session ends,” said Paolo Ricci, a "
                "dubbing actor who chaired the assembly."
            ),
            "## What the studios say",
            (
                "Dubbing companies contacted for this article said they had no interest in "
                "replacing actors, whose performances audiences recognise and expect. Several "
                "said their recent contracts already include a clause on synthetic voices. The "
                "actors' organisations answer that older contracts do not, and that recordings "
                "made before those clauses existed are the ones most at risk."
            ),
            (
                "European rules on artificial intelligence and on copyright touch the question "
                "without settling it. Lawyers for the actors argue that a recognisable voice "
                "should be treated as personal data, which would give individuals stronger rights "
                "over its use. That interpretation has not yet been tested in court, and the "
                "organisations say they would rather reach a collective agreement than wait years "
                "for a ruling."
            ),
        ],
        "tags": ["cinema", "artists' rights", "artificial intelligence"],
        "bylines": [["marc-lefevre", "text"]],
        "hours_offset": -170,
        "image": {
            "caption": "The assembly of dubbing actors was streamed from a recording studio.",
            "alt": (
                "Screenshot of a video stream showing a man speaking into a studio microphone, "
                "with a grid of participants' faces beside him."
            ),
            "creator": "",
            "source": "European Voice Artists Network",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#3a0ca3", "#f72585"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "culture-dubbing-voices-fr",
        "pair": "culture-dubbing-voices-en",
        "language": "fr",
        "section": "culture",
        "kicker": "Droits des artistes",
        "headline": (
            "Les comédiens de doublage veulent donner leur accord avant toute copie de leur voix"
        ),
        "slug": "comediens-doublage-consentement-voix-synthetiques",
        "standfirst": (
            "Des artistes vocaux d’une douzaine de pays veulent que les contrats disent clairement "
            "quand un enregistrement peut servir à entraîner une voix de synthèse. Les studios "
            "assurent que c’est déjà le cas pour la plupart."
        ),
        "body": [
            (
                "Dans une grande partie de l’Europe, les films et séries étrangers sont diffusés "
                "doublés plutôt que sous-titrés, et les voix qui les portent appartiennent à une "
                "profession relativement restreinte. Ces comédiens découvrent que des "
                "enregistrements réalisés il y a des années peuvent servir à concevoir des "
                "logiciels qui les imitent. Lors d’une assemblée en ligne retransmise la semaine "
                "dernière, leurs organisations ont adopté une liste commune de revendications."
            ),
            (
                "La principale porte sur le consentement. Les comédiens veulent que toute "
                "utilisation de leur voix pour entraîner ou générer une voix de synthèse fasse "
                "l’objet d’un accord distinct et explicite, rémunéré à part, et non d’une ligne "
                "noyée dans un contrat général. « Une voix n’est pas un accessoire qu’on laisse "
                "au studio à la fin de la séance », a déclaré Paolo Ricci, comédien de doublage, "
                "qui présidait l’assemblée."
            ),
            "## Ce que répondent les studios",
            (
                "Les sociétés de doublage contactées pour cet article affirment n’avoir aucun "
                "intérêt à remplacer des comédiens dont le public reconnaît et attend le jeu. "
                "Plusieurs indiquent que leurs contrats récents comportent déjà une clause sur "
                "les voix de synthèse. Les organisations de comédiens rétorquent que les contrats "
                "plus anciens n’en contiennent pas, et que ce sont justement les enregistrements "
                "antérieurs à ces clauses qui sont les plus exposés."
            ),
            (
                "Les règles européennes sur l’intelligence artificielle et sur le droit d’auteur "
                "effleurent la question sans la trancher. Les avocats des comédiens soutiennent "
                "qu’une voix reconnaissable devrait être traitée comme une donnée personnelle, ce "
                "qui donnerait aux intéressés des droits plus étendus sur son usage. Cette "
                "interprétation n’a pas encore été soumise à un tribunal, et les organisations "
                "disent préférer un accord collectif à de longues années de procédure."
            ),
        ],
        "tags": ["cinéma", "droits des artistes", "intelligence artificielle"],
        "bylines": [["marc-lefevre", "text"], ["sofia-berg", "translation"]],
        "hours_offset": -170,
        "image": {
            "caption": "L’assemblée des comédiens de doublage était retransmise depuis un studio.",
            "alt": (
                "Capture d’écran d’une retransmission vidéo montrant un homme parlant devant un "
                "micro de studio, à côté d’une mosaïque de visages de participants."
            ),
            "creator": "",
            "source": "European Voice Artists Network",
            "platform": "YouTube",
            "capture_kind": "image_capture",
            "palette": ["#3a0ca3", "#f72585"],
            "motif": "waves",
        },
        "corrections": [],
    },
    {
        "key": "culture-altarpiece-return-en",
        "pair": "culture-altarpiece-return-fr",
        "language": "en",
        "section": "culture",
        "kicker": "Heritage",
        "headline": (
            "A provincial museum returns an altarpiece panel and opens its acquisition files"
        ),
        "slug": "provincial-museum-returns-altarpiece-panel-opens-files",
        "standfirst": (
            "The Musée Valmont has handed back a painted panel bought from a dealer in 1943. Its "
            "director says the harder work is checking the rest of the collection."
        ),
        "body": [
            (
                "The panel is small, barely larger than a school atlas, and shows a saint holding "
                "a key. For eighty years it hung in the second room of the Musée Valmont, a "
                "municipal museum in the Meuse valley, labelled as the gift of a local collector. "
                "Last Sunday it went back to the parish church it was taken from, in a village "
                "forty kilometres away, across the border."
            ),
            (
                "The museum's own researchers found the problem. While digitising the inventory, "
                "an archivist noticed that the collector's donation of 1951 included a receipt "
                "from a dealer dated 1943, and that the dealer's stock had been assembled from "
                "churches emptied during the war. A pre-war photograph of the altarpiece, held by "
                "the diocese, confirmed the match. Nothing suggests the collector knew where the "
                "panel came from."
            ),
            (
                "“We could have waited for someone to ask. Nobody would have asked,” said "
                "Mathilde Orsini, the museum's director. The return was approved unanimously by "
                "the town council, which owns the collection. The parish had not known that the "
                "panel survived: in its records, it was listed among the works destroyed during "
                "the war."
            ),
            (
                "The museum has now put the acquisition files for some 1,200 objects online, with "
                "scans of receipts and letters where they exist. Ms Orsini says about a tenth have "
                "gaps between 1933 and 1945 that her small team cannot close alone, and has asked "
                "historians and families to help. Several other regional museums have already "
                "contacted her to ask how the project was organised."
            ),
        ],
        "tags": ["museums", "heritage", "restitution"],
        "bylines": [["sofia-berg", "text"]],
        "hours_offset": -410,
        "image": {
            "caption": (
                "A pre-war photograph of the altarpiece, kept in the diocesan archives, helped "
                "identify the panel."
            ),
            "alt": (
                "Black and white photograph of a carved altarpiece with painted side panels in a "
                "small church."
            ),
            "creator": "",
            "source": "Diocesan archives",
            "platform": "",
            "capture_kind": "archive",
            "palette": ["#5c4033", "#d9c5a0"],
            "motif": "circles",
        },
        "corrections": [],
    },
    {
        "key": "culture-altarpiece-return-fr",
        "pair": "culture-altarpiece-return-en",
        "language": "fr",
        "section": "culture",
        "kicker": "Patrimoine",
        "headline": "Un musée de province restitue un panneau de retable et ouvre ses archives",
        "slug": "musee-province-restitue-panneau-retable-archives",
        "standfirst": (
            "Le musée Valmont a rendu un panneau peint acheté à un marchand en 1943. Sa directrice "
            "estime que le plus difficile reste à faire : vérifier le reste de la collection."
        ),
        "body": [
            (
                "Le panneau est petit, à peine plus grand qu’un atlas scolaire, et représente un "
                "saint tenant une clé. Pendant quatre-vingts ans, il a été accroché dans la "
                "deuxième salle du musée Valmont, un musée municipal de la vallée de la Meuse, "
                "présenté comme le don d’un collectionneur local. Dimanche dernier, il a retrouvé "
                "l’église paroissiale d’où il avait été enlevé, dans un village situé à quarante "
                "kilomètres, de l’autre côté de la frontière."
            ),
            (
                "Ce sont les chercheurs du musée eux-mêmes qui ont découvert le problème. En "
                "numérisant l’inventaire, une archiviste a remarqué que la donation de 1951 "
                "comprenait un reçu d’un marchand daté de 1943, et que le stock de ce marchand "
                "provenait d’églises vidées pendant la guerre. Une photographie d’avant-guerre du "
                "retable, conservée par le diocèse, a confirmé la correspondance. Rien n’indique "
                "que le collectionneur ait connu l’origine du panneau."
            ),
            (
                "« Nous aurions pu attendre qu’on nous le demande. Personne ne l’aurait "
                "demandé », souligne Mathilde Orsini, directrice du musée. La restitution a été "
                "approuvée à l’unanimité par le conseil municipal, propriétaire de la collection. "
                "La paroisse ignorait que le panneau avait survécu : dans ses registres, il "
                "figurait parmi les œuvres détruites pendant la guerre."
            ),
            (
                "Le musée a désormais mis en ligne les dossiers d’acquisition de quelque "
                "1 200 objets, avec la numérisation des reçus et des lettres lorsqu’ils existent. "
                "Selon Mathilde Orsini, environ un dixième présentent entre 1933 et 1945 des "
                "lacunes que sa petite équipe ne peut combler seule ; elle a lancé un appel aux "
                "historiens et aux familles. Plusieurs musées régionaux l’ont déjà contactée pour "
                "savoir comment le projet avait été organisé."
            ),
        ],
        "tags": ["musées", "patrimoine", "restitution"],
        "bylines": [["sofia-berg", "text"], ["marc-lefevre", "translation"]],
        "hours_offset": -410,
        "image": {
            "caption": (
                "Une photographie d’avant-guerre du retable, conservée dans les archives "
                "diocésaines, a permis d’identifier le panneau."
            ),
            "alt": (
                "Photographie en noir et blanc d’un retable sculpté aux volets peints, dans une "
                "petite église."
            ),
            "creator": "",
            "source": "Diocesan archives",
            "platform": "",
            "capture_kind": "archive",
            "palette": ["#5c4033", "#d9c5a0"],
            "motif": "circles",
        },
        "corrections": [
            {
                "kind": "clarification",
                "text": (
                    "Cet article a été précisé : rien n’indique que le collectionneur à l’origine "
                    "de la donation de 1951 connaissait la provenance du panneau."
                ),
                "hours_after": 26,
            }
        ],
    },
    {
        "key": "culture-translation-fair-en",
        "pair": "culture-translation-fair-fr",
        "language": "en",
        "section": "culture",
        "kicker": "Preview",
        "headline": (
            "Small presses bring Europe's least translated languages to a weekend fair in Lille"
        ),
        "slug": "small-presses-least-translated-languages-lille-fair",
        "standfirst": (
            "Forty independent publishers will gather for Passerelles, a fair devoted to books "
            "translated from languages with few readers abroad. Organisers hope to sell out; "
            "translators hope to be paid."
        ),
        "body": [
            (
                "Most literature translated into French or English comes from a handful of "
                "languages. Passerelles, which opens on Saturday in a former textile hall in "
                "Lille, sets out to show the rest: novels from Slovenian and Estonian, poetry "
                "from Maltese and Irish, essays from Luxembourgish. Forty small publishing houses "
                "from eleven countries have booked stands, twice as many as at the first edition "
                "two years ago."
            ),
            (
                "The organisers, a group of translators and booksellers, insist on one rule: "
                "every book on sale must credit its translator on the cover. “Readers choose a "
                "book because of a voice, and half of that voice belongs to the translator,” said "
                "Ilse Marken, a literary translator from Dutch and Frisian who founded the fair."
            ),
            (
                "The programme includes readings in the original language followed by the "
                "translation, a workshop for secondary school pupils and a round table on "
                "translators' pay, which remains low across the continent. Several publishers "
                "say they can only afford to commission a translation when a public grant covers "
                "part of the cost, and that the number of titles they publish depends directly "
                "on those grants."
            ),
            (
                "Entry is free. The organisers expect around three thousand visitors over the "
                "weekend and have arranged with a local bookshop to keep a shelf of the books on "
                "sale for a month afterwards, for those who miss the fair. A selection of the "
                "readings will be recorded and published online in the following weeks."
            ),
        ],
        "tags": ["books", "translation", "festivals"],
        "bylines": [["marc-lefevre", "text"]],
        "hours_offset": 20,
        "image": {
            "caption": "Stands being set up in the former textile hall that hosts the fair.",
            "alt": (
                "Wooden tables and empty bookshelves arranged in rows in a large brick hall with "
                "tall windows."
            ),
            "creator": "",
            "source": "Passerelles",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#264653", "#e9c46a"],
            "motif": "bars",
        },
        "corrections": [],
    },
    {
        "key": "culture-translation-fair-fr",
        "pair": "culture-translation-fair-en",
        "language": "fr",
        "section": "culture",
        "kicker": "Avant-première",
        "headline": (
            "À Lille, de petits éditeurs font découvrir les langues les moins traduites d’Europe"
        ),
        "slug": "lille-petits-editeurs-langues-moins-traduites-europe",
        "standfirst": (
            "Quarante éditeurs indépendants se retrouvent pour Passerelles, un salon consacré aux "
            "livres traduits de langues peu lues à l’étranger. Les organisateurs espèrent faire "
            "salle comble ; les traducteurs, être payés."
        ),
        "body": [
            (
                "L’essentiel de la littérature traduite en français ou en anglais provient d’une "
                "poignée de langues. Passerelles, qui ouvre samedi dans une ancienne halle textile "
                "de Lille, veut montrer tout le reste : romans slovènes et estoniens, poésie "
                "maltaise et irlandaise, essais luxembourgeois. Quarante petites maisons d’édition "
                "de onze pays ont réservé un stand, deux fois plus que lors de la première édition "
                "il y a deux ans."
            ),
            (
                "Les organisateurs, un collectif de traducteurs et de libraires, imposent une "
                "règle : chaque livre en vente doit mentionner son traducteur sur la couverture. "
                "« Les lecteurs choisissent un livre pour une voix, et la moitié de cette voix "
                "appartient au traducteur », affirme Ilse Marken, traductrice littéraire du "
                "néerlandais et du frison, qui a fondé le salon."
            ),
            (
                "Le programme comprend des lectures en langue originale suivies de leur "
                "traduction, un atelier pour des lycéens et une table ronde sur la rémunération "
                "des traducteurs, qui reste faible sur tout le continent. Plusieurs éditeurs "
                "expliquent ne pouvoir commander une traduction que lorsqu’une aide publique en "
                "couvre une partie, et que le nombre de titres qu’ils publient dépend directement "
                "de ces subventions."
            ),
            (
                "L’entrée est gratuite. Les organisateurs attendent environ trois mille visiteurs "
                "sur le week-end et ont convenu avec une librairie locale de garder un rayon des "
                "livres présentés pendant un mois, pour ceux qui manqueront le salon. Une "
                "sélection des lectures sera enregistrée et mise en ligne dans les semaines "
                "suivantes."
            ),
        ],
        "tags": ["livres", "traduction", "festivals"],
        "bylines": [["marc-lefevre", "text"]],
        "hours_offset": 20,
        "image": {
            "caption": (
                "Installation des stands dans l’ancienne halle textile qui accueille le salon."
            ),
            "alt": (
                "Tables en bois et étagères vides alignées dans une grande halle en briques aux "
                "hautes fenêtres."
            ),
            "creator": "",
            "source": "Passerelles",
            "platform": "",
            "capture_kind": "handout",
            "palette": ["#264653", "#e9c46a"],
            "motif": "bars",
        },
        "corrections": [],
    },
]
