#!/usr/bin/env bash
# Smoke-test the one-folder bundle that `make package` built (default dist/podium):
# its size, `podium export` of the sample the bundle carries, a batch export in worker
# processes (frozen programs start workers differently), the editor's cold start to its
# first painted window, and the editor left running for 5 s under Xvfb.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bundle="${1:-dist/podium}"
exe="$bundle/podium"
[[ -x "$exe" ]] || { echo "package-test: $exe not found; run make package" >&2; exit 1; }
sample="$(find "$bundle" -type d -path '*resources/examples/ruimte-voor-professionals' | head -n 1)"
[[ -n "$sample" ]] || { echo "package-test: the bundle has no sample publication" >&2; exit 1; }
# The Dutch interface: Podium's compiled translation and Qt's own (standard dialogs).
for qm in 'resources/translations/podium_nl.qm' 'translations/qtbase_nl.qm'; do
    [[ -n "$(find "$bundle" -type f -path "*$qm" | head -n 1)" ]] \
        || { echo "package-test: the bundle has no $qm (make translations)" >&2; exit 1; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }

echo "bundle: $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files"
"$exe" --version

start="$(now)"
"$exe" export "$sample" --pdf "$out/sample.pdf" --html "$out/sample.html" --draft
echo "export of the sample (PDF + HTML) from the bundle: $(since "$start")"
head -c 5 "$out/sample.pdf" | grep -q '%PDF-' || { echo "package-test: no PDF" >&2; exit 1; }
grep -q '</html>' "$out/sample.html" || { echo "package-test: no HTML" >&2; exit 1; }

mkdir "$out/in"
"$exe" pack "$sample" "$out/in/a.podium" >/dev/null
cp "$out/in/a.podium" "$out/in/b.podium"
cp "$out/in/a.podium" "$out/in/c.podium"
start="$(now)"
"$exe" export "$out"/in/*.podium --out-dir "$out/batch" --jobs 2 | tail -n 1
echo "batch export of 3 copies with --jobs 2: $(since "$start")"

xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
# The editor's autosave journals go to the throwaway folder, and it opens a copy of the
# sample: opening the bundle's own copy would put a lock file inside the bundle.
export PODIUM_RECOVERY_DIR="$out/recovery"
start="$(now)"
shown="$(QT_QPA_PLATFORM=xcb PODIUM_BENCH_EXIT_AFTER_SHOW=1 "${xvfb[@]}" "$exe" "$out/in/a.podium" \
    2>"$out/start.log" | grep PODIUM_WINDOW_SHOWN | cut -d' ' -f2)"
[[ -n "$shown" ]] || { echo "package-test: the editor showed no window" >&2; exit 1; }
echo "editor cold start: window painted ${shown} s after run(); process and X server: $(since "$start")"

# timeout's 124 means the editor was still running after 5 s: it started and did not crash.
set +e
QT_QPA_PLATFORM=xcb "${xvfb[@]}" timeout 5 "$exe" --example >"$out/editor.log" 2>&1
code=$?
set -e
if [[ $code -ne 124 ]]; then
    cat "$out/editor.log" >&2
    echo "package-test: the editor exited with $code within 5 s" >&2
    exit 1
fi
# The preview renders in a worker process started from the bundle's own executable.
if grep -E 'Traceback|error:' "$out/start.log" "$out/editor.log" >&2; then
    echo "package-test: the editor or its preview worker reported errors (above)" >&2
    exit 1
fi
echo "editor ran 5 s under Xvfb: ok"
