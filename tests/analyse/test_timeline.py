"""Dyad timelines: months, year-only and undated events kept apart."""

from __future__ import annotations

import pytest

from dragoman.analyse import timeline
from dragoman.analyse.timeline import PeriodRow
from dragoman.errors import NotFoundError
from tests.analyse.records import DOHA, QATAR, QATARI_MINISTER, TALIBAN_GOVERNMENT, USA, event

RECORDS = [
    event("t:1", "CONSULT", [QATAR], [TALIBAN_GOVERNMENT], 4.0, "2023-05-12"),
    event("t:2", "ACCUSE", [TALIBAN_GOVERNMENT], [QATARI_MINISTER], -3.0, "2023-05-30"),
    event("t:3", "COOPERATE", [QATAR], [TALIBAN_GOVERNMENT], 6.0, "2023-07"),
    event("t:4", "AGREE", [TALIBAN_GOVERNMENT], [QATAR], 2.0, "2023"),
    event("t:5", "REJECT", [QATAR], [TALIBAN_GOVERNMENT], -2.0),
    event("t:6", "COOPERATE", [QATAR], [USA], 9.0, "2023-06"),  # another dyad
]


def test_month_split() -> None:
    rows = timeline(RECORDS, "QAT", "Taliban")
    assert rows.months == (
        PeriodRow("2023-05", 2, 4.0, -3.0, 1.0, 0.5),
        PeriodRow("2023-06", 0, 0.0, 0.0, 0.0, 0.0),  # a month without events is shown as zero
        PeriodRow("2023-07", 1, 6.0, 0.0, 6.0, 6.0),
    )
    assert rows.years == (PeriodRow("2023", 1, 2.0, 0.0, 2.0, 2.0),)
    assert rows.undated == PeriodRow("undated", 1, 0.0, -2.0, -2.0, -2.0)


def test_iso3_covers_every_actor_of_the_country() -> None:
    rows = timeline(DOHA, "QAT", "AFG")
    # d:3 cooperation, d:4 the minister's visit (May 2023), d:8 the talks Qatar hosted.
    assert [r.period for r in rows.months] == ["2023-05"]
    assert rows.undated.events == 2


def test_unknown_actor_is_a_clear_error() -> None:
    with pytest.raises(NotFoundError, match="no actor matches 'XYZ'"):
        timeline(RECORDS, "QAT", "XYZ")
