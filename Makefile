# The two commands a person needs: `make run` and `make test`. Everything else is an extra.
.PHONY: run test lint bench system-packages clean

VENV   := .venv
PYTHON := $(VENV)/bin/python
ACCORD := $(VENV)/bin/accord
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 2

# (Re)install when the venv is missing or pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet --editable ".[test]"
	touch $(STAMP)

system-packages:
	bash scripts/system-packages.sh

run: system-packages $(STAMP)
	$(ACCORD) migrate --noinput
	@echo ""
	$(ACCORD) demo --if-empty
	@echo ""
	@echo "Accord with the Thurrock demo data: http://$(HOST):$(PORT)/  (sign in at http://$(HOST):$(PORT)/accounts/sign-in/)"
	@echo "The task worker runs beside it (e-mails, webhooks, seals, maps, reminders)."
	@echo ""
	@# The worker and the server run side by side; Ctrl+C (or SIGTERM to make) stops both,
	@# and when the server stops for any reason the worker is stopped too (SIGTERM: it
	@# finishes the task in hand first).
	$(ACCORD) worker & worker=$$!; \
	$(ACCORD) serve --host $(HOST) --port $(PORT) --workers $(WORKERS) & server=$$!; \
	trap 'kill -TERM $$server $$worker 2>/dev/null' INT TERM; \
	wait $$server; kill -TERM $$worker 2>/dev/null; wait $$server; wait $$worker

test: system-packages $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check accord tests bench
	$(VENV)/bin/ruff format --check accord tests bench
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy accord

bench: system-packages $(STAMP)
	$(PYTHON) bench/pages.py

clean:
	rm -rf $(VENV) test-artifacts
