# Efus website. `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
export WAGTAILADMIN_BASE_URL
INSTALLED := $(VENV)/.installed

.PHONY: run test setup install messages compile-messages lint clean backup restore

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable ".[dev,local]"
	touch $(INSTALLED)

install: $(INSTALLED)

# The quality tools from the npm registry (axe-core, vnu-jar, lighthouse), where npm exists.
node_modules/.installed: package.json package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: accessibility, HTML and Lighthouse checks will be skipped"; fi

# `make messages` brings the catalogues up to date with the code, then compiles them;
# everything else only compiles, so that tests never rewrite a .po file.
MESSAGE_LANGUAGES := $(patsubst locale/%/LC_MESSAGES,%,$(wildcard locale/*/LC_MESSAGES))

messages: $(INSTALLED)
	$(BIN)/python manage.py makemessages $(addprefix -l ,$(MESSAGE_LANGUAGES)) --no-location \
		--no-obsolete --ignore=.venv --ignore=var --ignore=node_modules --ignore=tests
	$(MAKE) compile-messages

MESSAGE_CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po)

compile-messages: $(MESSAGE_CATALOGUES:.po=.mo)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(INSTALLED)
	@echo "Compiling the $* translations"
	@$(BIN)/pybabel -q compile --domain=django --directory=locale --locale=$*

# Migrates, loads the demo content the first time, then prints the address and the sign-ins
# (manage.py setup_demo). The apps' INFO lines as they start (LOG_LEVEL) would only bury them.
setup: install compile-messages
	@LOG_LEVEL=$${LOG_LEVEL:-WARNING} $(BIN)/python manage.py setup_demo $(SETUP_OPTIONS)

# The development server, and beside it a worker (emails, Wagtail's tasks, the schedule),
# stopped with it. The server prints the address and the sign-ins after its own banner.
run: SETUP_OPTIONS = --keep-sign-ins
run: setup
	@$(BIN)/python manage.py run_worker --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install compile-messages node_modules/.installed
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

# Backups: the database and the media files, into var/backups/<time>/ (or BACKUP=folder).
backup: install
	$(BIN)/python manage.py backup $(BACKUP)

restore: install
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=var/backups/<time>" && exit 2)
	$(BIN)/python manage.py restore $(BACKUP)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) var

# The measured performance gates (docs/benchmarks.md): each writes its own section there.
.PHONY: bench lighthouse soak profile

bench: install compile-messages
	$(BIN)/python -m benchmarks.bench

# BEFORE=<commit> profiles that commit's code too, beside this one's.
profile: install compile-messages
	$(BIN)/python -m benchmarks.profiling $(if $(BEFORE),--before $(BEFORE))

lighthouse: install compile-messages node_modules/.installed
	$(BIN)/python -m benchmarks.lighthouse

soak: install compile-messages
	$(BIN)/python -m benchmarks.soak
	$(BIN)/python -m benchmarks.postgres_restart
