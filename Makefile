# Every developer action is one target. Each creates .venv with pinned dependencies on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit package-check bench clean ecs
GEOIP := .cache/geoip/GeoLite2-City-Test.mmdb

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==26.3
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m s1elastic.demo

lint: $(STAMP)
	$(BIN)/ruff check tools tests
	$(BIN)/ruff format --check tools tests

typecheck: $(STAMP)
	$(BIN)/mypy

# MaxMind's test databases come from the pinned maxminddb sdist (tests only; never committed).
$(GEOIP): scripts/fetch_geoip_testdata.py | $(STAMP)
	$(BIN)/python scripts/fetch_geoip_testdata.py .cache/geoip

unit: $(STAMP) $(GEOIP)
	$(BIN)/pytest

# The package itself: every file against its schema and rules, then the golden pipeline tests.
package-check: $(STAMP)
	$(BIN)/s1elastic check
	$(BIN)/s1elastic test pipeline

test: lint typecheck package-check unit

# Regenerate the committed ECS facts file (and the pin in package/_dev/build/build.yml); needs npm + node.
ecs: $(STAMP)
	$(BIN)/python scripts/gen_ecs_fields.py

bench: $(STAMP)
	$(BIN)/python -m s1elastic.bench

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache
