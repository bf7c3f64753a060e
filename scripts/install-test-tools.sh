#!/usr/bin/env bash
# Install the tools the accessibility and conformance tests (tests/a11y) run, if missing:
#   - Debian's chromium, in which axe-core checks the HTML export (driven by playwright-core);
#   - a Java runtime (default-jre-headless) for the Nu HTML Checker, vnu.jar;
#   - Node.js and npm, and the npm packages pinned in tests/a11y/package-lock.json;
#   - desktop-file-utils, shared-mime-info, xdg-utils and gio for the desktop integration tests.
# Idempotent and quick when everything is present: no apt-get, no npm, just a few checks.
# `make install-test` runs it. The tests skip without these tools, but fail when CI is set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

A11Y=tests/a11y
STAMP="$A11Y/node_modules/.podium-lock.sha256"

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
# A Node.js from elsewhere (e.g. NodeSource) brings its own npm; Debian's npm would clash.
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Desktop integration tests (tests/test_desktop_install.py): entries, MIME database, xdg-mime,
# and gio, which xdg-mime asks for a file's type on GNOME.
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v update-mime-database >/dev/null 2>&1 || missing+=(shared-mime-info)
command -v xdg-mime >/dev/null 2>&1 || missing+=(xdg-utils)
command -v gio >/dev/null 2>&1 || missing+=(libglib2.0-bin)

if ((${#missing[@]} > 0)); then
    if [[ "$(id -u)" -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "install-test-tools: missing Debian packages: ${missing[*]}" >&2
        echo "install-test-tools: run as root, or with sudo, to install them." >&2
        exit 1
    fi
    echo "install-test-tools: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

major="$(node -p 'process.versions.node.split(".")[0]')"
if ((major < 20)); then
    echo "install-test-tools: Node.js $(node --version) is too old; playwright-core needs 20+" >&2
    exit 1
fi

# npm ci only when the lock file changed since the last install (or nothing is installed).
# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; Debian's is used.
lock_sum="$(sha256sum "$A11Y/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$lock_sum" ]]; then
    echo "install-test-tools: npm ci in $A11Y"
    (cd "$A11Y" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" >"$STAMP"
fi
