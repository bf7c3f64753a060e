# Podium: build, run and test. Works on a fresh clone on Debian 12 (as root, or with sudo).

PY ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip --disable-pip-version-check

export PY

BENCH_LOG := .bench-smoke.log

XVFB_TESTS := tests/e2e/test_screenshot.py tests/editor/test_preview_screenshot.py \
	tests/editor/test_review_screenshot.py

# The interface's translations: resources/translations/*.ts (sources, edited with Qt
# Linguist) compiled to .qm, which the editor loads. Without a .qm it stays English.
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: system-deps venv install install-test run test coverage lint fuzz mutate bench bench-smoke screenshots \
	clean translations translations-update

# Checked every time: the script returns at once when nothing is missing.
system-deps:
	@bash scripts/install-system-deps.sh

# Created only if missing; pip is upgraded when the venv is made.
venv: system-deps
	@if [ ! -x $(PYTHON) ]; then \
		echo "creating $(VENV) with $(PY)"; \
		$(PY) -m venv $(VENV) && $(PIP) install --quiet --upgrade pip; \
	fi

# Both end by compiling the translations (lrelease comes with PySide6), so run, test and
# package, which start from one of them, always have current .qm files.
install: venv
	$(PIP) install --quiet -e .
	@$(MAKE) --no-print-directory translations

install-test: venv
	$(PIP) install --quiet -e '.[test]'
	@bash scripts/install-test-tools.sh
	@$(MAKE) --no-print-directory translations

translations: $(TRANSLATIONS)

resources/translations/%.qm: resources/translations/%.ts
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing a string in editor/ or main.py: merge it into the .ts files, translate it
# (pyside6-linguist), then `make translations`. tests/editor/test_translations.py checks both.
translations-update: install
	$(PYTHON) scripts/translations.py update

# Opens a copy of the built-in sample, so saving never overwrites the bundled file. `-m main`,
# as the installed `podium` command does: a module's bytecode is cached, a script's never is.
run: install
	$(PYTHON) -m main --example

# The suite runs headless, in two parts: the core's own tests with line coverage of models/
# and exporters/, which must stay at 97 % or more (issue 18), then the editor's tests without
# coverage (tracing slows Qt-heavy tests most, and the gate is about the core's own tests).
# Then the few tests that need a real window run under Xvfb, saving their screenshots to a
# throwaway folder (make screenshots updates docs/).
CORE_TESTS = tests --ignore=tests/editor --ignore=tests/e2e
COVERAGE = --cov=models --cov=exporters --cov-report=term:skip-covered
test: install-test
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -n 2 $(CORE_TESTS) $(COVERAGE) \
		--cov-fail-under=97
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -n 2 tests/editor tests/e2e
	PODIUM_SCREENSHOT_DIR=$$(mktemp -d) QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(PYTHON) -m pytest -q -p no:randomly -m xvfb $(XVFB_TESTS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(MAKE) --no-print-directory bench-smoke

# Line coverage of models/ and exporters/ by the whole suite, with the lines each file misses
# (make test gates on the core's own tests).
coverage: install-test
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -n 2 --cov=models --cov=exporters \
		--cov-report=term-missing:skip-covered

# mypy reads its files and options from pyproject.toml ([tool.mypy]).
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# Long runs: thousands of hypothesis examples, and the tests marked slow (races at the size
# the defects were found at), which make test skips.
fuzz: install-test
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(PYTHON) -m pytest -q -n 2 tests/properties
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -p no:randomly -m slow tests

# Mutation testing (mutmut) of models/ and exporters/ir.py, exporters/export.py: would a test
# notice if a line were wrong? Long (the whole scope takes most of an hour on 2 cores); a
# table per file, then one JSON line. FILES="models/lock.py models/diff.py" narrows it,
# JOBS=1 sets the worker processes (default: one per core). See scripts/mutate.py.
mutate: install-test
	$(PIP) install --quiet -e '.[test,mutate]'
	$(PYTHON) scripts/mutate.py $(if $(JOBS),--max-children $(JOBS)) $(FILES)

bench: install
	@set -e; for f in benchmarks/*.py; do \
		case "$$f" in benchmarks/_*) continue;; esac; \
		[ -e "$$f" ] || continue; \
		echo "== $$f"; $(PYTHON) "$$f"; \
	done

# Every benchmark at its smallest size, no targets: a benchmark that nothing runs rots.
bench-smoke: install-test
	@set -e; for f in benchmarks/*.py; do \
		case "$$f" in benchmarks/_*) continue;; esac; \
		echo "== $$f --smoke"; \
		QT_QPA_PLATFORM=offscreen $(PYTHON) "$$f" --smoke > $(BENCH_LOG) 2>&1 \
			|| { cat $(BENCH_LOG); echo "bench-smoke: $$f failed"; exit 1; }; \
		tail -n 1 $(BENCH_LOG); \
	done

screenshots: install
	@if [ -f scripts/screenshots.sh ]; then bash scripts/screenshots.sh; \
	else echo "scripts/screenshots.sh does not exist yet"; fi

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .hypothesis out mutants
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

# ---------------------------------------------------------------- app bundle (PyInstaller)
# One folder, dist/podium/, whose `podium` runs the editor and every headless command.
BUNDLE := dist/podium

.PHONY: package package-test

package: install
	$(PIP) install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/podium.spec
	@du -sh $(BUNDLE)

# Builds the bundle, exports the sample with it and runs its editor under Xvfb.
package-test: package
	@bash scripts/package-test.sh $(BUNDLE)
