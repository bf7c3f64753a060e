#!/usr/bin/env bash
# Screenshots for humans: the real main window under Xvfb (xcb platform) and the exports,
# saved to docs/screenshots/. Run from anywhere; uses the project's venv when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
[[ -x "$PYTHON" ]] || PYTHON=python3
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$PYTHON" -m pytest -q -p no:randomly -m xvfb tests/e2e/test_screenshot.py \
    tests/editor/test_preview_screenshot.py tests/editor/test_review_screenshot.py \
    tests/editor/test_import_screenshot.py "$@"
# The exports: PDF pages through pdftoppm, the web page through headless Chromium.
PODIUM_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen \
    "$PYTHON" -m pytest -q -p no:randomly tests/e2e/test_export_screenshots.py
echo "screenshots in docs/screenshots/"
