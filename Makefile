# Frivilligportal: `make run` serves the demo site, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the demo is served on, in the site record (load_demo) and in every email link: `make run
# PORT=8100` serves, records and mails http://127.0.0.1:8100. Set BASE_URL yourself when others reach the
# machine by another name (HOST=0.0.0.0 BASE_URL=http://laptop.local:8000).
BASE_URL ?= http://$(HOST):$(PORT)
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run test fuzz checks tools install pdf-libs lexicon assets messages migrate demo serve lint format lock bench bench-mixed bench-search clean

run: tools install pdf-libs lexicon assets messages migrate demo serve

# make test PYTEST_ARGS="-k home -x" passes arguments to pytest; TEST_WORKERS=1 runs the tests in one
# process (default: one pytest-xdist worker per core); SKIP_CHECKS=1 leaves out lint and Django's
# checks (CI runs them once, then the suite on two databases).
TEST_WORKERS ?= auto
SKIP_CHECKS ?=
# The tests of one snapshotted state (the demo, a browser test's site) share an xdist group, so one
# worker builds it (tests/conftest.py).
XDIST_ARGS := $(if $(filter 1,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadgroup)

test: tools install pdf-libs lexicon assets messages
	@scripts/ensure-chromium.sh
	@scripts/ensure-java.sh
	$(if $(SKIP_CHECKS),,$(MAKE) --no-print-directory lint checks)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest $(XDIST_ARGS) $(PYTEST_ARGS)

# The property-based tests (Hypothesis and schemathesis: public forms, search, the JSON APIs, API v2's
# parameters) with FUZZ_SCALE times their examples; at 8 they send over 10,000 generated requests and
# print how many, and how many were answered 5xx. Set DATABASE_URL to run it on PostgreSQL.
FUZZ_SCALE ?= 8
FUZZ_TESTS = tests/search/test_bad_input.py tests/search/test_schemathesis.py tests/content_api/test_bad_input.py \
	$(wildcard tests/*/test_fuzz.py)

fuzz: tools install assets messages
	FUZZ_SCALE=$(FUZZ_SCALE) DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest $(XDIST_ARGS) $(FUZZ_TESTS) $(PYTEST_ARGS)

checks: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

tools:
	@PYTHON=$(PYTHON) scripts/check-tools.sh

install: $(STAMPS)/python $(STAMPS)/node

# pango and a font for the PDF catalogue (WeasyPrint): installed from Debian when run as root, else explained.
pdf-libs: $(STAMPS)/python
	@PYTHON_BIN=$(BIN)/python scripts/ensure-weasyprint.sh

# Debian's Danish hunspell dictionary for the search (search/lexicon.py): installed when run as root, else explained.
lexicon:
	@scripts/ensure-hunspell.sh

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
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py load_demo

# The mail queue's worker runs beside the server and prints every email here, and the catalogue worker
# makes the large PDF catalogues (catalogue/); both stop with the server.
serve:
	@echo "Serving Frivilligportal on $(BASE_URL)/ (Ctrl-C stops it)"
	@echo "Emails are queued and printed below by manage.py runmailer"
	@BASE_URL=$(BASE_URL) $(BIN)/python manage.py runmailer & mailer=$$!; \
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py build_catalogues & catalogues=$$!; \
	trap 'kill $$mailer $$catalogues 2>/dev/null; wait $$mailer $$catalogues 2>/dev/null' EXIT; \
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate the lock after changing pyproject.toml's dependencies.
lock:
	PYTHON=$(PYTHON) scripts/lock.sh

# The page benchmark (bench/README.md); options in BENCH_ARGS, e.g.
# make bench BENCH_ARGS="--database-url postgres://postgres@127.0.0.1:5432/bench --cached"
bench: install assets messages
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Five minutes of page views, searches and form posts; fails on a 5xx or a lost submission.
bench-mixed: install assets messages
	$(BIN)/python bench/mixed.py $(BENCH_ARGS)

# The search benchmark: PostgreSQL with 5,000 generated associations; options in BENCH_SEARCH_ARGS.
bench-search: install assets messages
	$(BIN)/python bench/search.py $(BENCH_SEARCH_ARGS)

clean:
	rm -rf $(STAMPS) static_build staticfiles .pytest_cache
