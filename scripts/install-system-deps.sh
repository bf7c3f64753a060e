#!/usr/bin/env bash
# Install the Debian packages that Qt (PySide6) and the test tools need, if any are missing.
# Idempotent and silent when everything is present: then apt-get is not run at all.
set -euo pipefail

# The one list. Found missing on a fresh Debian 12.
PACKAGES=(
    # QtWidgets / QtPdf with the offscreen platform
    libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
    # QtWebEngine
    libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1
    # a real window under Xvfb (xcb platform)
    xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
    # looking at output (pdftoppm, pdftotext)
    poppler-utils
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

# Debian's own python3 needs python3-venv for `python3 -m venv`; other Pythons bring ensurepip.
PY="${PY:-python3}"
if py_path="$(command -v "$PY" 2>/dev/null)" \
    && [[ "$(readlink -f "$py_path")" == /usr/bin/* ]] \
    && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)
fi

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
    echo "install-system-deps: run as root, or with sudo, to install them." >&2
    exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
