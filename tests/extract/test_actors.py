"""The actors words stand for (extract/actors.py): French and English side by side."""

from __future__ import annotations

from tests.extract.tables import Row, rule_test

# A head that counts people ("des milliers d'étudiants") stands for the people counted.
COUNTED: list[Row] = [
    ("fr", "Des milliers d'étudiants ont manifesté contre la réforme.", "PROTEST", "étudiants", None),
    ("en", "Thousands of students protested against the reform.", "PROTEST", "students", None),
    # A share counts people too, even when the parser takes it for a passive's subject.
    (
        "fr",
        "Près de 60 % des électeurs ont en effet rejeté lundi le projet de loi.",
        "REJECT",
        "électeurs",
        None,
    ),
    ("en", "Nearly 60 percent of voters rejected the bill on Monday.", "REJECT", "voters", None),
]

# A singular pronoun stands for one actor: the doer of the clause before, subject or agent of a passive; not
# two coordinated people, nor a thing told as someone's ("leur désir").
PRONOUN: list[Row] = [
    (
        "fr",
        "Paul Martin et Jean Dupont ont été exclus par le président du parti Marc Leroy. Il a ensuite "
        "appelé les militants à voter.",
        "REQUEST",
        "Leroy",
        "militants",
    ),
    (
        "fr",
        "Les élus ont été reçus par le maire Marc Leroy. Leur désir de changement est fort. Il a "
        "ensuite appelé les habitants à voter.",
        "REQUEST",
        "Leroy",
        "habitants",
    ),
    (
        "en",
        "Paul Martin and John Smith were expelled by the party leader Mark Lee. He called on the "
        "rebels to lay down their arms.",
        "REQUEST",
        "Lee",
        "rebels",
    ),
]

# An object clitic ("les", "them") stands for the actors named before, as a subject pronoun does.
CLITIC: list[Row] = [
    (
        "fr",
        "Des soldats rwandais ont franchi la frontière. Des combats les ont ensuite opposés aux soldats "
        "maliens stationnés près du fleuve.",
        "ASSAULT",
        "rwand",
        "mali",
    ),
    (
        "en",
        "Rwandan soldiers crossed the border. Fierce clashes pitted them against Congolese forces.",
        "ASSAULT",
        "Rwand",
        "Congo",
    ),
]

# A plural pronoun after one person and whom they met stands for both; a city hung on a name says where.
PARTNERS: list[Row] = [
    (
        "fr",
        "Le président Emmanuel Macron a reçu Angela Merkel à Paris. Ils ont signé un accord sur la défense.",
        "SUPPORT",
        "Macron",
        None,
    ),
    (
        "en",
        "President Emmanuel Macron received Angela Merkel in Paris. They signed an agreement on defence.",
        "SUPPORT",
        "Merkel",
        None,
    ),
    ("fr", "Le président Emmanuel Macron a reçu Angela Merkel à Paris.", "CONSULT", "Macron", "Merkel"),
]

# "je" in a quote is its speaker; who made what is accepted, in a relative clause on it, is the recipient.
SPEAKER: list[Row] = [
    (
        "fr",
        "« Les syndicats viennent d'accepter les propositions que je leur avais faites », a déclaré le maire "
        "Jean Dupont.",
        "AGREE",
        "syndicats",
        "Dupont",
    ),
    (
        "en",
        '"The unions have just accepted the proposals that I made to them," said the mayor, John Smith.',
        "AGREE",
        "unions",
        "Smith",
    ),
]

test_rule = rule_test(
    {
        "counted actors": COUNTED,
        "pronoun": PRONOUN,
        "clitic": CLITIC,
        "partners": PARTNERS,
        "speaker": SPEAKER,
    }
)
