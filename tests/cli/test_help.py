"""The command explains itself: what it does, its commands, examples; -h, --help and --version."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from dragoman import __version__
from dragoman.cli import app

COMMANDS = [info.name for info in app.registered_commands]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), terminal_width=80)
    return result.exit_code, result.output


def test_help_says_what_it_does_lists_the_commands_and_shows_examples() -> None:
    code, text = run("--help")
    assert code == 0 and run("-h") == (code, text)
    assert "PLOVER" in text and "French and English" in text
    assert all(re.search(rf"│ {name}\b", text) for name in COMMANDS), text
    examples = re.findall(r"^ {3,}dragoman (\w+)", text, re.MULTILINE)
    assert len(examples) >= 5 and set(examples) <= set(COMMANDS)
    assert "docs/errors.md" in text
    assert max(len(line) for line in text.splitlines()) <= 80


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    code, text = run(command, "-h")
    assert code == 0 and f"Usage: dragoman {command}" in text


def test_version() -> None:
    assert run("--version") == (0, f"dragoman {__version__}\n")
