"""Scoring events against gold annotations (the rules of the project's referee), for users' own gold sets."""
