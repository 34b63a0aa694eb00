"""The rules of arguments and types that have no module of their own here: one table per rule
(tables.py), French and English side by side."""

from __future__ import annotations

from tests.extract.tables import Row, rule_test

# Within one article, opposite accusations are two events, not one told twice.
DIRECTION: list[Row] = [
    (
        "fr",
        "Les États-Unis ont accusé la Chine d'espionnage, et la Chine a accusé les États-Unis "
        "de provocation.",
        "ACCUSE",
        "Chine",
        "Etats-Unis",
    ),
    (
        "fr",
        "Les États-Unis ont accusé la Chine d'espionnage, et la Chine a accusé les États-Unis "
        "de provocation.",
        "ACCUSE",
        "Etats-Unis",
        "Chine",
    ),
    (
        "en",
        "Russia accused Ukraine of sabotage, and Ukraine accused Russia of shelling the plant.",
        "ACCUSE",
        "Ukraine",
        "Russia",
    ),
    (
        "en",
        "Russia accused Ukraine of sabotage, and Ukraine accused Russia of shelling the plant.",
        "ACCUSE",
        "Russia",
        "Ukraine",
    ),
]


# A nominal event with an agent ("par", "by"): its "de"/"of" phrase is what it is done to.
NOMINAL_AGENT: list[Row] = [
    # The agent right after the noun's phrase is the noun's, wherever the parser hung it.
    (
        "fr",
        "Ce sont les mots employés jeudi après le blocage de la parution des journaux par le syndicat.",
        "PROTEST",
        "syndicat",
        "journaux",
    ),
    (
        "en",
        "These were the words used on Thursday after the blockade of the port by the dockers' union.",
        "COERCE",
        "union",
        "port",
    ),
    (
        "fr",
        "L'arrestation de trois opposants par la police a choqué le pays.",
        "COERCE",
        "police",
        "opposants",
    ),
    (
        "en",
        "The arrest of three opponents by the police shocked the country.",
        "COERCE",
        "police",
        "opponents",
    ),
    (
        "fr",
        "La condamnation de la junte par l'Union africaine a été immédiate.",
        "ACCUSE",
        "Union africaine",
        "junte",
    ),
    (
        "en",
        "The condemnation of the junta by the African Union was immediate.",
        "ACCUSE",
        "African Union",
        "junta",
    ),
]

# A passive's doer is its agent, wherever the parser hung it; what it is done to is its subject, or the one
# the clause above is about ("before being attacked"), or the noun its participle modifies.
PASSIVE: list[Row] = [
    (
        "fr",
        "Les ouvriers ont manifesté avant d'être frappés par les forces de l'ordre.",
        "ASSAULT",
        "forces",
        "ouvriers",
    ),
    ("en", "The workers marched before being attacked by the police.", "ASSAULT", "police", "workers"),
    ("en", "Protesters attacked by the police fled to the university.", "ASSAULT", "police", "protesters"),
    ("fr", "Des renforts ont été déployés à la frontière polonaise.", "MOBILIZE", "renforts", None),
    ("en", "Reinforcements were deployed to the Polish border.", "MOBILIZE", "reinforcements", None),
]

# What is given, asked or sent "to X" is aimed at X, even when the parser hangs "to X" on the thing.
ADDRESSEE: list[Row] = [
    ("fr", "Le président du Sénat a demandé de l'aide à l'Église catholique.", "REQUEST", "Sénat", "Église"),
    (
        "fr",
        "Le ministre a adressé une demande d'aide aux Nations unies.",
        "REQUEST",
        "ministre",
        "Nations unies",
    ),
    ("en", "The Senate speaker asked the Catholic Church for help.", "REQUEST", "Senate", "Church"),
]

# A demand whose content is told in the passive is aimed at the content's doer ("que X soit retiré par Y").
PASSIVE_CONTENT: list[Row] = [
    (
        "fr",
        "Le syndicat demande que la réforme soit retirée par le gouvernement.",
        "REQUEST",
        "syndicat",
        "gouvernement",
    ),
    (
        "en",
        "The union demands that the reform be withdrawn by the government.",
        "REQUEST",
        "union",
        "government",
    ),
]

# A call for an act of an act ("la reprise du dialogue entre X et Y") is aimed at the doers of the inner act.
NESTED_CONTENT: list[Row] = [
    (
        "fr",
        "La mairie appelle à la reprise du dialogue entre l'État et les syndicats.",
        "REQUEST",
        "mairie",
        "syndicats",
    ),
    (
        "en",
        "The mayor called for the resumption of talks between the state and the unions.",
        "REQUEST",
        "mayor",
        "unions",
    ),
]

# An event noun carried by a light verb in the passive is done by that verb's agent: who claimed or carried
# out an attack is its actor.
CLAIMED: list[Row] = [
    (
        "fr",
        "L'attaque contre la caserne a été revendiquée par l'État islamique.",
        "ASSAULT",
        "Islamic State",
        None,
    ),
    ("en", "The attack on the barracks was claimed by the Islamic State.", "ASSAULT", "Islamic State", None),
    ("fr", "Une offensive menée par les rebelles a visé la capitale.", "ASSAULT", "rebelles", None),
    ("en", "An attack carried out by the rebels killed ten soldiers.", "ASSAULT", "rebels", None),
]

# An act told first without its doer, then claimed by a definite mention ("L'attaque a été revendiquée
# par X"): one attack, by the claimant, on the target or in the place told first.
TOLD_BEFORE: list[Row] = [
    (
        "fr",
        "Au moins dix personnes ont été tuées dans un attentat contre une caserne de Kaboul. L'attaque a "
        "été revendiquée par les talibans.",
        "ASSAULT",
        "talibans",
        "Kaboul",
    ),
    (
        "fr",
        "Un hôtel de Mogadiscio a été attaqué mardi. L'attaque, qui a eu lieu près du palais, a été "
        "revendiquée par les shebab.",
        "ASSAULT",
        "shebab",
        "Mogadiscio",
    ),
    (
        "en",
        "A hotel in Mogadishu was attacked on Tuesday. The attack was claimed by al-Shabaab.",
        "ASSAULT",
        "Shabaab",
        "hotel",
    ),
]

# The target of an act carried out ("mener", "carry out") that the parser hangs on the verb is the act's;
# after "à" a bare name says where ("ont repris l'offensive à Mossoul").
CARRIED_OUT: list[Row] = [
    ("fr", "Les rebelles ont mené des attentats-suicides contre l'armée.", "ASSAULT", "rebelles", "armée"),
    ("en", "The rebels carried out suicide attacks against the army.", "ASSAULT", "rebels", "army"),
    # The act named as the bare "de" complement of what the verb carries: "un préavis de grève".
    ("fr", "Les syndicats ont déposé un préavis de grève.", "PROTEST", "syndicats", None),
    ("fr", "Les rebelles ont lancé une vague d'attaques contre l'armée.", "ASSAULT", "rebelles", "armée"),
    ("en", "The rebels launched a wave of attacks against the army.", "ASSAULT", "rebels", "army"),
    # The partitive article after an adverb, which the parser reads as a preposition, still makes an object.
    (
        "fr",
        "Les shebab mènent régulièrement des attentats contre le gouvernement somalien.",
        "ASSAULT",
        "shebab",
        "gouvernement",
    ),
    (
        "en",
        "Al-Shabaab regularly carries out attacks against the Somali government.",
        "ASSAULT",
        "Shabaab",
        "government",
    ),
]

# Verbs physical against a thing and verbal against an idea ("s'en prendre à", "attaquer", "attack").
THING_OR_IDEA: list[Row] = [
    ("fr", "Des manifestants s'en sont pris à la mairie de Nantes.", "ASSAULT", "manifestants", "Nantes"),
    ("fr", "Le ministre a attaqué la réforme Macron.", "ACCUSE", "ministre", "Macron"),
    # A quoted idea the parser hangs on an adverbial phrase is still the object.
    (
        "fr",
        "La ministre, Marie Dupont attaque de front le « modèle Airbnb » dans son projet de loi.",
        "ACCUSE",
        "Dupont",
        "Airbnb",
    ),
    ("en", 'The minister, John Smith, attacked the "Airbnb model" in his bill.', "ACCUSE", "Smith", None),
    ("fr", "Les rebelles ont attaqué la caserne.", "ASSAULT", "rebelles", "caserne"),
    ("fr", "Les talibans ont attaqué l'armée afghane.", "ASSAULT", "talibans", "arm"),
    ("en", "The senator attacked the Obama reform.", "ACCUSE", "senator", "Obama"),
    ("en", "The rebels attacked the barracks.", "ASSAULT", "rebels", "barracks"),
    ("en", "The Taliban attacked the Afghan army.", "ASSAULT", "Taliban", "army"),
]

# A country's institutions act on its own people: the recipient is not the actor for sharing its country
# ("Iranian authorities arrested Iranian activists"); the actor's own forces are what it moves, not whom
# it acts on ("offered its troops to Lebanon").
DOMESTIC: list[Row] = [
    ("fr", "Les autorités iraniennes ont arrêté des militants iraniens.", "COERCE", "autorités", "militants"),
    ("en", "Iranian authorities arrested Iranian activists.", "COERCE", "authorities", "activists"),
]

# An act of armed forces told of unarmed actors is a protest for them; armies still mobilize.
# Forces of two countries moving together against nobody cooperate (joint exercises); moved against a
# place, or only told in the passive, they still mobilize, and where they were sent is no actor.
JOINT: list[Row] = [
    (
        "fr",
        "La France et l'Égypte ont lancé lundi des manœuvres navales en Méditerranée.",
        "COOPERATE",
        "France",
        None,
    ),
    (
        "en",
        "France and Egypt launched naval manoeuvres in the Mediterranean on Monday.",
        "COOPERATE",
        "Egypt",
        None,
    ),
    (
        "fr",
        "Des soldats français et britanniques ont été déployés en Estonie.",
        "MOBILIZE",
        "fran",
        "Estonie",
    ),
    ("en", "US and British troops were deployed to Iraq.", "MOBILIZE", "British", "Iraq"),
    # ... with both sides when the first is a country's name ("US and British").
    ("en", "US and British troops were deployed to Iraq.", "MOBILIZE", "United States", "Iraq"),
]

# What a court condemns it convicts; a court named in a passive's clause did it; people convicted stay
# recipients beside the place.
COURT: list[Row] = [
    (
        "fr",
        "Au tribunal de Créteil, trois manifestants ont été condamnés à de la prison ferme.",
        "SANCTION",
        "tribunal",
        "manifestants",
    ),
    (
        "fr",
        "Le tribunal correctionnel de Paris a condamné plusieurs manifestants.",
        "SANCTION",
        "tribunal",
        None,
    ),
    ("en", "The court condemned the opposition leader.", "SANCTION", "court", "leader"),
    ("fr", "Le ministre a condamné l'attaque contre la mairie.", "ACCUSE", "ministre", None),
    ("en", "The minister condemned the attack on the town hall.", "ACCUSE", "minister", None),
]

UNARMED: list[Row] = [
    (
        "fr",
        "Ce jour de Noël, les Gilets jaunes restent mobilisés dans toute la France.",
        "PROTEST",
        "Gilets",
        None,
    ),
    ("en", "The farmers remained mobilized across the country.", "PROTEST", "farmers", None),
    ("fr", "L'armée a mobilisé des réservistes.", "MOBILIZE", "armée", None),
    ("en", "The army mobilized its reservists.", "MOBILIZE", "army", None),
]

# Suspending one's own plan, bill or strike is a concession; suspending relations with another is not.
SUSPENDED: list[Row] = [
    (
        "fr",
        "Le gouvernement suspend l'examen du projet de loi au Parlement.",
        "CONCEDE",
        "gouvernement",
        None,
    ),
    ("fr", "Le syndicat a suspendu la grève.", "CONCEDE", "syndicat", None),
    ("en", "The government suspended the bill after the protests.", "CONCEDE", "government", None),
    ("en", "The union suspended the strike.", "CONCEDE", "union", None),
]

# The sides of a mutual act told with no subject, "entre X et Y", "between X and Y", are both its actors.
BETWEEN: list[Row] = [
    ("fr", "Un accord a été signé entre la France et l'Inde.", "AGREE", "France", None),
    ("fr", "Un accord a été signé entre la France et l'Inde.", "AGREE", "Inde", None),
    ("en", "An agreement was signed between France and India.", "AGREE", "France", None),
    ("en", "An agreement was signed between France and India.", "AGREE", "India", None),
    # ... and of the act called for, past a comma: its sides are whom the call is aimed at.
    (
        "fr",
        "La mairie appelle à la reprise du dialogue au niveau national, entre l'État et les syndicats.",
        "REQUEST",
        "mairie",
        "syndicats",
    ),
    (
        "en",
        "The city council called for a resumption of the dialogue at national level, between the state "
        "and the unions.",
        "REQUEST",
        "council",
        "unions",
    ),
]

# Talks: the partner the parser hangs on the means ("par téléphone avec X") is still the partner.
PARTNER: list[Row] = [
    (
        "fr",
        "Le ministre s'est entretenu par téléphone avec son homologue russe.",
        "CONSULT",
        "ministre",
        "russe",
    ),
    ("en", "The minister spoke by phone with his Russian counterpart.", "CONSULT", "minister", "Russia"),
]

# A call to act ("appeler X à", "call on X to") is a request to X, even when the parser hangs the clause
# on X rather than on the verb.
CALL_TO_ACT: list[Row] = [
    (
        "fr",
        "Le président a appelé les rebelles à déposer les armes.",
        "REQUEST",
        "président",
        "rebelles",
    ),
    ("en", "The president called on the rebels to lay down their arms.", "REQUEST", "president", "rebels"),
]

# A fight as the subject of "opposer" / "pit": its sides are the verb's object and complement, also when
# the parser hangs them on a time word.
PITTING: list[Row] = [
    (
        "fr",
        "Des combats ont opposé l'armée malienne aux rebelles touaregs près de Kidal.",
        "ASSAULT",
        "Mali",
        "rebelles",
    ),
    (
        "fr",
        "De violents affrontements opposent depuis lundi la police aux manifestants.",
        "ASSAULT",
        "police",
        "manifestants",
    ),
    (
        "en",
        "Fierce clashes pitted the Malian army against Tuareg rebels near Kidal.",
        "ASSAULT",
        "Mali",
        "rebels",
    ),
]

# Who receives support or aid ("compter sur l'appui de", "won the backing of") is its recipient, and the
# one whose it is, its actor.
RECEIVED: list[Row] = [
    ("fr", "Désormais, la Turquie peut compter sur l'appui de la Russie.", "SUPPORT", "Russ", "Turquie"),
    (
        "fr",
        "Le gouvernement ukrainien a obtenu l'aide de l'Union européenne.",
        "AID",
        "Union européenne",
        "ukrain",
    ),
    ("en", "Turkey can now count on the support of Russia.", "SUPPORT", "Russia", "Turkey"),
    ("en", "Ukraine won the support of the European Union.", "SUPPORT", "European Union", "Ukraine"),
]

# Leaving an international body is a withdrawal from it (SANCTION), the body its recipient; "être sur le
# point de" gives the infinitive the subject of the copula.
LEAVING: list[Row] = [
    (
        "fr",
        "Le Burundi est sur le point de quitter la Cour pénale internationale.",
        "SANCTION",
        "Burundi",
        "Criminal Court",
    ),
    ("fr", "Le Royaume-Uni a quitté l'Union européenne.", "SANCTION", "Royaume", "Union européenne"),
    ("fr", "La Hongrie s'est retirée de la Cour pénale internationale.", "SANCTION", "Hongrie", "Cour"),
    # What one resigns from is the recipient; beside a possessive, the "de" phrase of the noun too.
    ("fr", "Le ministre a annoncé sa démission du gouvernement.", "RETREAT", "ministre", "gouvernement"),
    (
        "en",
        "The minister announced his resignation from the government.",
        "RETREAT",
        "minister",
        "government",
    ),
    ("fr", "Florian Martin démissionne du Front national.", "RETREAT", "Martin", "Front national"),
    ("en", "The minister resigned from the government.", "RETREAT", "minister", "government"),
    (
        "en",
        "The Philippines quit the International Criminal Court in 2019.",
        "SANCTION",
        "Philippines",
        "Court",
    ),
    ("en", "Burundi left the International Criminal Court.", "SANCTION", "Burundi", "Court"),
]

# An accusation in the passive with no accuser but a source: the source made it.
SOURCED: list[Row] = [
    (
        "fr",
        "Le ministre a été accusé d'avoir touché des pots-de-vin, selon Le Monde.",
        "ACCUSE",
        "Monde",
        "ministre",
    ),
    (
        "fr",
        "Selon l'AFP, le ministre est accusé d'avoir menti au Parlement.",
        "ACCUSE",
        "France-Presse",
        "ministre",
    ),
    (
        "en",
        "The minister was accused of taking bribes, according to Le Monde.",
        "ACCUSE",
        "Monde",
        "minister",
    ),
    (
        "en",
        "According to the New York Times, the senator is accused of lying to Congress.",
        "ACCUSE",
        "New York Times",
        "senator",
    ),
]

# A shot or an attack is aimed at its "sur" / "on" complement.
AIMED: list[Row] = [
    ("fr", "La police a ouvert le feu sur les manifestants.", "ASSAULT", "police", "manifestants"),
    ("fr", "Les soldats ont tiré sur la foule devant le palais.", "ASSAULT", "soldats", "foule"),
    ("en", "Soldiers opened fire on the protesters.", "ASSAULT", "soldiers", "protesters"),
    # "interpeler", the spelling of the 1990 reform, is "interpeller".
    (
        "fr",
        "Les gendarmes ont interpelé un manifestant devant la préfecture.",
        "COERCE",
        "gendarmes",
        "manifestant",
    ),
]

# Two institutions named by common nouns stay two sides: the senate asks the government.
INSTITUTIONS: list[Row] = [
    (
        "fr",
        "Le Sénat a demandé au gouvernement d'établir un recensement.",
        "REQUEST",
        "senate",
        "gouvernement",
    ),
    ("en", "The Senate asked the government to hold a census.", "REQUEST", "senate", "government"),
]

# An act announced by its doer, as a noun: "a annoncé l'arrestation de X" is the doer's arrest of X; so
# is a release, of whom it frees.
ANNOUNCED_ACT: list[Row] = [
    ("fr", "Les rebelles ont annoncé la libération des otages français.", "RETREAT", "rebelles", "otages"),
    ("en", "The rebels announced the release of the French hostages.", "RETREAT", "rebels", "hostages"),
    ("fr", "La police a annoncé l'arrestation de trois opposants.", "COERCE", "police", "opposants"),
    ("en", "The police announced the arrest of three opposition activists.", "COERCE", "police", "activists"),
]

# A verb of recognising or admitting with a verb clause as complement admits (CONCEDE); with an object it
# recognises (SUPPORT, as before).
ADMITTED: list[Row] = [
    (
        "fr",
        "François Fillon a reconnu avoir eu tort d'accepter ces cadeaux.",
        "CONCEDE",
        "Fillon",
        None,
    ),
    ("fr", "Boris Johnson a reconnu qu'il avait menti au Parlement.", "CONCEDE", "Johnson", None),
    ("fr", "Emmanuel Macron a reconnu l'État palestinien.", "SUPPORT", "Macron", "Palestin"),
    ("en", "François Fillon admitted having been wrong to accept the gifts.", "CONCEDE", "Fillon", None),
    ("en", "Boris Johnson acknowledged that he had lied to Parliament.", "CONCEDE", "Johnson", None),
    ("en", "France recognized the Palestinian state.", "SUPPORT", "France", "Palestin"),
]

# A relative clause's verb agrees with its antecedent, which may stand before the names completing it; a
# plural verb after coordinated nouns is said of all of them; a lone participle is the noun's adjective.
RELATIVE_ANTECEDENT: list[Row] = [
    (
        "fr",
        "Le ministre a critiqué les ouvriers de PSA de La Rochelle qui continuent de manifester.",
        "PROTEST",
        "ouvriers",
        None,
    ),
    (
        "fr",
        "Il a rencontré les ouvriers de Renault et les élus locaux, qui ont manifesté devant la préfecture.",
        "PROTEST",
        "ouvriers",
        None,
    ),
    ("fr", "Les élus creusois ont été gazés par la police.", "ASSAULT", "police", "élus creusois"),
    (
        "en",
        "The minister met the nurses who were protesting outside the prefecture.",
        "PROTEST",
        "nurses",
        None,
    ),
    ("en", "The striking workers were attacked by the police.", "ASSAULT", "police", "striking workers"),
]

# The words of a multiword preposition hang on its first ("face [à]"): read whole, it names the recipient.
MULTIWORD_PREPOSITION: list[Row] = [
    ("fr", "Les responsables ont exprimé leur mécontentement face à la CGT.", "ACCUSE", "respons", "CGT"),
    ("en", "The editors expressed their displeasure towards the CGT.", "ACCUSE", "editors", "CGT"),
]

# An agent phrase right after an object the parser hung on the verb is the object's: whose crimes.
AGENT_AFTER_OBJECT: list[Row] = [
    ("en", "Croatia is investigating crimes by the rebels.", "ACCUSE", "Croatia", "rebels"),
    # ... and so is the agent of the participle that describes it.
    ("fr", "La Croatie a dénoncé des crimes commis par les rebelles.", "ACCUSE", "Croatie", "rebelles"),
    ("en", "Croatia condemned crimes committed by the rebels.", "ACCUSE", "Croatia", "rebels"),
]

# A light verb with a bare noun the parser reads as a predicate ("rend visite") is a verb and its object.
LIGHT_VERB_PREDICATE: list[Row] = [
    ("fr", "Le président rend visite aux soldats français.", "CONSULT", "président", "soldats"),
    ("en", "The president pays a visit to the French soldiers.", "CONSULT", "president", "soldiers"),
]

test_rule = rule_test(
    {
        "admitted": ADMITTED,
        "announced act": ANNOUNCED_ACT,
        "institutions": INSTITUTIONS,
        "aimed": AIMED,
        "sourced": SOURCED,
        "leaving": LEAVING,
        "pitting": PITTING,
        "received": RECEIVED,
        "call to act": CALL_TO_ACT,
        "direction": DIRECTION,
        "nominal agent": NOMINAL_AGENT,
        "passive": PASSIVE,
        "addressee": ADDRESSEE,
        "claimed": CLAIMED,
        "partner": PARTNER,
        "told before": TOLD_BEFORE,
        "carried out": CARRIED_OUT,
        "between": BETWEEN,
        "thing or idea": THING_OR_IDEA,
        "passive content": PASSIVE_CONTENT,
        "nested content": NESTED_CONTENT,
        "domestic": DOMESTIC,
        "unarmed": UNARMED,
        "joint": JOINT,
        "court": COURT,
        "suspended": SUSPENDED,
        "relative antecedent": RELATIVE_ANTECEDENT,
        "light verb predicate": LIGHT_VERB_PREDICATE,
        "multiword preposition": MULTIWORD_PREPOSITION,
        "agent after object": AGENT_AFTER_OBJECT,
    }
)
