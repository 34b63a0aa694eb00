"""Events said without a trigger word (extract/statements.py): French and English side by side."""

from __future__ import annotations

from tests.extract.tables import Row, rule_test

# What someone says another must do is a demand on them.
OBLIGATION: list[Row] = [
    ("fr", "Le ministre a déclaré que la Libye doit livrer les suspects.", "REQUEST", "ministre", "Libye"),
    ("en", "The minister said that Libya must hand over the suspects.", "REQUEST", "minister", "Libya"),
]

test_rule = rule_test({"obligation": OBLIGATION})
