"""The actors words stand for (extract/actors.py): French and English side by side."""

from __future__ import annotations

from tests.extract.tables import Row, rule_test

# A head that counts people ("des milliers d'étudiants") stands for the people counted.
COUNTED: list[Row] = [
    ("fr", "Des milliers d'étudiants ont manifesté contre la réforme.", "PROTEST", "étudiants", None),
    ("en", "Thousands of students protested against the reform.", "PROTEST", "students", None),
]

test_rule = rule_test({"counted actors": COUNTED})
