#!/usr/bin/env bash
# Screenshots for humans: the real main window under Xvfb (xcb platform), saved to
# docs/screenshots/. Run from anywhere; uses the project's venv when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
[[ -x "$PYTHON" ]] || PYTHON=python3
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$PYTHON" -m pytest -q -p no:randomly -m xvfb tests/e2e/test_screenshot.py "$@"
echo "screenshots in docs/screenshots/"
