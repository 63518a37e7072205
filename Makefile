# Vantage for QGIS — developer and user entry points.
#   make demo    run the bundled engine on the bundled demo data (installs what it needs)
#   make test    run the whole test suite (installs what it needs)
#   make lint    the code gates: ruff, mypy on the core (pyproject.toml), flake8-qgis (.flake8), Qt5/Qt6 spellings
# All are safe to run twice.

SHELL := /bin/bash
PLUGIN := vantage_plugin
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
QGIS_PROCESS := $(shell command -v qgis_process.bin 2>/dev/null || echo /usr/lib/qgis/qgis_process.bin)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_PACKAGES := qgis python3-qgis python3-venv qttools5-dev-tools pyqt5-dev-tools
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD := build
PROFILE := $(CURDIR)/.qgis-profile
DEMO_OUT := $(CURDIR)/demo-output
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help system venv lint test test-unit test-qgis demo package deploy translations fake-vantage bench screenshots clean

help:
	@sed -n '1,6p' Makefile

# --- installation ----------------------------------------------------------------------------
system:  ## QGIS and Qt tools from Debian's packages, only when missing
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core" 2>/dev/null || ! command -v lrelease >/dev/null; then \
	  echo "Installing QGIS from Debian's packages..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

$(VENV)/.installed: requirements.txt requirements-dev.txt | system
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@# Hold numpy at the system's version: QGIS's GDAL bindings are built against it.
	@$(SYSTEM_PYTHON) -c "import numpy; print('numpy==' + numpy.__version__)" > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	@touch $@

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-bench.txt
	@touch $@

venv: $(VENV)/.installed

# --- gates -----------------------------------------------------------------------------------
LINTED := $(PLUGIN) scripts tests benchmarks

lint: venv  ## every gate runs; the target fails if any of them failed
	@status=0; \
	echo "ruff (pyproject.toml)"; $(PY) -m ruff check $(LINTED) || status=1; \
	echo "mypy vantage_plugin/core (pyproject.toml)"; $(PY) -m mypy || status=1; \
	echo "flake8-qgis (.flake8)"; $(PY) -m flake8 $(PLUGIN) scripts || status=1; \
	echo "Qt5/Qt6 spellings"; $(PY) scripts/check_qt_spellings.py $(PLUGIN) scripts || status=1; \
	exit $$status

# --- tests -----------------------------------------------------------------------------------
# Three pytest-xdist workers on two cores: part of the suite waits (qgis_process start-ups, SQLite busy
# timeouts on locked files, subprocesses killed on purpose) and the third worker fills that time. Tests
# are shared out as workers free up (--dist worksteal). On 2 idle cores: 57 s; two workers 63 s;
# two workers with --dist loadfile 86 s. pytest-qgis starts one QGIS per worker, each with its own
# settings (.qgis-settings/gw<n>); module-scoped fixtures (the qgis_process profile) are made once per
# worker that needs them. TEST_WORKERS=0 runs serially.
# /usr/bin first: QGIS's embedded Python.
# Bytecode caches in .pytest_cache/pycache (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE emptied): without
# them pytest rewrites the asserts of every test module in every worker on every run (half of collecting)
# and every qgis_process and subprocess compiles the plugin again; ~30 s of CPU a run. The prefix keeps the
# caches out of the tree, the venv and the system's folders; make clean removes them.
TEST_WORKERS ?= 3
# PYTEST_PLUGINS: the start-up watchdog (tests/stall_guard.py) armed in every worker before pytest-qgis starts QGIS.
PYTEST := PATH=/usr/bin:$$PATH PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/.pytest_cache/pycache \
	PYTEST_PLUGINS=tests.stall_guard $(PY) -m pytest -q -n $(TEST_WORKERS) --dist worksteal

test: venv translations
	$(PYTEST) tests

test-unit: venv
	$(PYTEST) -p no:qgis tests/unit

test-qgis: venv translations
	$(PYTEST) tests/qgis tests/e2e

# --- demo ------------------------------------------------------------------------------------
demo: venv translations
	$(PY) scripts/demo.py --profile $(PROFILE) --out $(DEMO_OUT) --qgis-process $(QGIS_PROCESS)

# --- packaging -------------------------------------------------------------------------------
translations:
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

package: venv translations
	$(PY) scripts/package.py --out dist/$(PLUGIN)-$(VERSION).zip

deploy: package
	$(PY) scripts/package.py --deploy dist/$(PLUGIN)-$(VERSION).zip

update-translations:
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py') -ts $(wildcard i18n/vantage_*.ts)

# --- tools -----------------------------------------------------------------------------------
screenshots: venv translations  ## the panel (English, French) and a styled result map: docs/*.png
	PATH=/usr/bin:$$PATH $(PY) scripts/screenshots.py --out docs

fake-vantage: venv
	$(PY) -m tests.fake_vantage --port 8765

# Quick sizes (a few minutes each on 2 cores); the issue's sizes: see docs/BENCHMARKS.md
# (engine.py --full, userpath.py --plots 10000,100000 --million).
bench: $(VENV)/.bench-installed
	$(PY) benchmarks/validation.py --repeats 1
	$(PY) benchmarks/engine.py
	$(PY) benchmarks/userpath.py
	PATH=/usr/bin:$$PATH QT_QPA_PLATFORM=offscreen $(PY) benchmarks/writing.py --repeats 3
	$(PY) benchmarks/cross_chunks.py --plots 20000 --chunk 1000 --repeats 1
	$(PY) benchmarks/api.py
	PATH=/usr/bin:$$PATH $(PY) benchmarks/ui.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/evidence.py

clean:
	rm -rf $(BUILD) dist $(DEMO_OUT) $(PROFILE) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
