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

test_rule = rule_test({"counted actors": COUNTED})
