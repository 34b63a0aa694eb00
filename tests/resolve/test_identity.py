"""When two mentions within a document are the same actor (resolve/identity.py)."""

from __future__ import annotations

import pytest

from dragoman.model import Entity
from dragoman.resolve.identity import same_entity

IRAN = "kb:country:IRN"

SAME = [
    # One entry, one name: the same actor however the text words it.
    (Entity("l'Iran", "Iran", "state", "IRN", IRAN), Entity("Téhéran", "Iran", "state", "IRN", IRAN), True),
    # One entry, two names of one kind: two words for the government.
    (
        Entity("le gouvernement iranien", "Iran government", "government", "IRN", IRAN),
        Entity("les autorités iraniennes", "Iran authorities", "government", "IRN", IRAN),
        True,
    ),
    # A country's institutions and people are other actors than it, and than each other.
    (
        Entity("l'Iran", "Iran", "state", "IRN", IRAN),
        Entity("Iranian workers", "Iran workers", "civilians", "IRN", IRAN),
        False,
    ),
    (
        Entity("Iranian authorities", "Iran authorities", "government", "IRN", IRAN),
        Entity("Iranian activists", "Iran activists", "civilians", "IRN", IRAN),
        False,
    ),
    # No entry: the same name and kind.
    (Entity("les rebelles", "rebels", "armed_group"), Entity("the rebels", "rebels", "armed_group"), True),
    (Entity("les rebelles", "rebels", "armed_group"), Entity("les soldats", "soldiers", "military"), False),
]


@pytest.mark.parametrize(("a", "b", "same"), SAME)
def test_same_entity(a: Entity, b: Entity, same: bool) -> None:
    assert same_entity(a, b) is same
    assert same_entity(b, a) is same
