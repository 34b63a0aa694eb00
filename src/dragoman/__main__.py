"""`python -m dragoman`: the same command as the `dragoman` entry point."""

from dragoman.cli import main

main()
