"""The pictures are written as PNG files."""

from __future__ import annotations

from pathlib import Path

from dragoman.analyse import analyse, timeline
from dragoman.formats import save
from dragoman.formats.png import network_figure, timeline_figure
from tests.analyse.records import DOHA

PNG = b"\x89PNG\r\n\x1a\n"


def test_network_png(tmp_path: Path) -> None:
    result = analyse(DOHA)
    path = save("png", network_figure(result.graph, result.brokers), tmp_path / "doha.png")
    assert path is not None and path.read_bytes().startswith(PNG) and path.stat().st_size > 10_000


def test_timeline_png_even_without_events(tmp_path: Path) -> None:
    for a, b in [("QAT", "AFG"), ("USA", "Amnesty International")]:
        path = save("png", timeline_figure(timeline(DOHA, a, b), a, b), tmp_path / f"{a}-{b}.png")
        assert path is not None and path.read_bytes().startswith(PNG) and path.stat().st_size > 5_000
