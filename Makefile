# Two commands set everything up on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared
OUT    := out

.PHONY: setup demo test lint eval model clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==25.3
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

# The example article from ../shared when it is there, else the demo article written for this repository:
# its events as a table, then the same article in a DuckDB store, the network summary with the brokers,
# and the pictures (out/network.png, out/timeline-QAT-AFG.png); running it again adds nothing to the store.
demo: $(STAMP)
	@mkdir -p $(OUT)
	@if [ -f $(SHARED)/examples/seed-fr.txt ]; then \
		article=$(SHARED)/examples/seed-fr.txt; published="--published 2023-06"; dyad="QAT AFG"; db=$(OUT)/seed-fr.duckdb; \
	else \
		echo "$(SHARED)/examples is absent: running on examples/demo-fr.txt"; \
		article=examples/demo-fr.txt; published=""; dyad="TUR IRN"; db=$(OUT)/demo-fr.duckdb; \
	fi; \
	set -e; \
	$(BIN)/dragoman extract $$article $$published -o $(OUT)/events.jsonl --table; \
	$(BIN)/dragoman ingest $$article $$published --db $$db; \
	$(BIN)/dragoman network --db $$db --format png -o $(OUT)/network.png; \
	$(BIN)/dragoman network --db $$db --format json -o $(OUT)/network.json; \
	$(BIN)/dragoman timeline $$dyad --db $$db --png $(OUT)/timeline-$$(echo $$dyad | tr ' ' -).png

lint: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/mypy
	$(BIN)/lint-imports

# The store tests also run against a throw-away PostgreSQL server (skipped with a message if none starts).
test: $(STAMP) lint
	.ci/with-postgres $(BIN)/pytest -q

# Trains the event classifier on training/events/ (deterministic) and writes src/dragoman/extract/model/.
model: $(STAMP)
	$(BIN)/python tools/train_classifier.py

# Measures the system on ../shared's development sets and writes docs/accuracy.md (skips if absent).
eval: $(STAMP)
	$(BIN)/python tools/run_eval.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
