# Every developer action is one target. Each creates .venv with pinned dependencies on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench clean ecs

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

unit: $(STAMP)
	$(BIN)/pytest

test: lint typecheck unit

# Regenerate the committed ECS facts file (and the pin in package/_dev/build/build.yml); needs npm + node.
ecs: $(STAMP)
	$(BIN)/python scripts/gen_ecs_fields.py

bench: $(STAMP)
	$(BIN)/python -m s1elastic.bench

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache
