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

.PHONY: venv dev demo test bench bench-api clean web-assets eventness

venv: $(INSTALL_STAMP) web-assets

dev: $(DEV_STAMP) web-assets

# The dashboard's map library comes from npm at install time (package-lock.json pins it) and is
# copied beside the other static files; it is not committed. Without npm the map shows a notice.
LEAFLET_DIR := src/sitroom/web/static/vendor/leaflet
web-assets: $(LEAFLET_DIR)/leaflet.js

$(LEAFLET_DIR)/leaflet.js: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && \
		rm -rf $(LEAFLET_DIR) && mkdir -p $(LEAFLET_DIR) && \
		cp -R node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images \
			node_modules/leaflet/LICENSE $(LEAFLET_DIR)/; \
	else echo "make: npm not found: the dashboard map will show a notice until Leaflet is installed" >&2; fi

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

# The eventness model (src/sitroom/data/eventness.json) is fitted on the open gold sets: refit it after
# changing them or how sentences are split (a test fails while the shipped weights differ from a fresh fit).
eventness: dev
	$(BIN)/python scripts/train_eventness.py

# pytest exits 5 when it collected nothing: a broken test layout must not pass as green.
test: dev
	@rc=0; $(BIN)/python -m pytest -q $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests (exit 5) - check tests/ and the install" >&2; fi; \
	exit $$rc

bench: venv
	$(BIN)/python benchmarks/bench_pipeline.py $(BENCH_ARGS)

bench-api: dev
	$(BIN)/python benchmarks/bench_api.py $(BENCH_ARGS)

clean:
	rm -rf $(DEMO_DB) $(OUT) .pytest_cache
