# Frivilligportal: `make run` serves the demo site, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run test tools install assets messages migrate demo serve lint format lock bench bench-search clean

run: tools install assets messages migrate demo serve

test: tools install assets messages
	@scripts/ensure-chromium.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest $(PYTEST_ARGS)

tools:
	@PYTHON=$(PYTHON) scripts/check-tools.sh

install: $(STAMPS)/python $(STAMPS)/node

$(STAMPS)/python: requirements.lock pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@touch $@

$(STAMPS)/node: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

assets: $(STAMPS)/assets

$(STAMPS)/assets: $(STAMPS)/node scripts/build-assets.mjs $(shell find assets -type f)
	npm run --silent build
	@touch $@

messages: $(STAMPS)/python
	$(BIN)/python manage.py compile_translations

migrate:
	$(BIN)/python manage.py migrate --noinput

demo:
	$(BIN)/python manage.py load_demo

# The mail queue's worker runs beside the server and prints every email here; it stops with the server.
serve:
	@echo "Serving Frivilligportal on http://$(HOST):$(PORT)/ (Ctrl-C stops it)"
	@echo "Emails are queued and printed below by manage.py runmailer"
	@$(BIN)/python manage.py runmailer & mailer=$$!; \
	trap 'kill $$mailer 2>/dev/null; wait $$mailer 2>/dev/null' EXIT; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate the lock after changing pyproject.toml's dependencies.
lock:
	PYTHON=$(PYTHON) scripts/lock.sh

bench: install assets messages
	$(BIN)/python bench/run.py

# The search benchmark: PostgreSQL with 5,000 generated associations; options in BENCH_SEARCH_ARGS.
bench-search: install assets messages
	$(BIN)/python bench/search.py $(BENCH_SEARCH_ARGS)

clean:
	rm -rf $(STAMPS) static_build staticfiles .pytest_cache
