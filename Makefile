# sitroom developer commands. `make demo` and `make test` are all a fresh machine needs.
# Installs go into .venv; stamp files make re-runs fast (they are redone when pyproject.toml changes).

PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db
OUT ?= out
PYTEST_ARGS ?=
BENCH_ARGS ?=

INSTALL_STAMP := $(VENV)/.sitroom-installed
DEV_STAMP := $(VENV)/.sitroom-dev-installed

.PHONY: venv dev demo test bench clean

venv: $(INSTALL_STAMP)

dev: $(DEV_STAMP)

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(INSTALL_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The dev extra includes the runtime dependencies, so it also satisfies `venv`.
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(INSTALL_STAMP)

demo: venv
	rm -f $(DEMO_DB)
	$(BIN)/sitroom ingest examples/reports --db $(DEMO_DB)
	$(BIN)/sitroom events --db $(DEMO_DB)
	mkdir -p $(OUT)
	$(BIN)/sitroom export --db $(DEMO_DB) --format acled -o $(OUT)/events.csv
	$(BIN)/sitroom export --db $(DEMO_DB) --format jsonl -o $(OUT)/events.jsonl
	$(BIN)/sitroom export --db $(DEMO_DB) --format geojson -o $(OUT)/events.geojson
	$(BIN)/sitroom export --db $(DEMO_DB) --format ucdp -o $(OUT)/events-ucdp.csv

# pytest exits 5 when it collected nothing: a broken test layout must not pass as green.
test: dev
	@rc=0; $(BIN)/python -m pytest -q $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests (exit 5) - check tests/ and the install" >&2; fi; \
	exit $$rc

bench: venv
	$(BIN)/python benchmarks/bench_pipeline.py $(BENCH_ARGS)

clean:
	rm -rf $(DEMO_DB) $(OUT) .pytest_cache
