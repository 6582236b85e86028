#!/usr/bin/env bash
# The explorer in a real browser: ingests samples/ (and markup_probe.jsonl)
# into a fresh store, starts
# `netra serve` on it on a free loopback port, and drives headless Chromium
# (Debian's chromium, through puppeteer-core from explorer/node_modules)
# through the explorer with browser_test.mjs. ctest runs it as
# `explorer_browser`.
#
#   run_browser_test.sh NETRA EXPLORER_DIR OUT_DIR
#     NETRA         the netra binary
#     EXPLORER_DIR  the built explorer (cmake's NETRA_EXPLORER_DIR)
#     OUT_DIR       where the screenshots go (kept after the test)
#
# CHROMIUM=path uses another Chromium build than /usr/bin/chromium.
# Exit 0 when every step passed, 1 when one failed, 77 (ctest SKIP) when
# chromium, node or the explorer's npm packages are missing -- unless CI or
# NETRA_REQUIRE_BROWSER is set: CI installs them (tools/install-deps.sh), so
# there a missing one fails.
set -euo pipefail

netra="$1" explorer_dir="$2" out_dir="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"

skip() {
  if [[ -n "${CI:-}" || -n "${NETRA_REQUIRE_BROWSER:-}" ]]; then
    echo "FAIL: $* (CI must have it: run tools/install-deps.sh)" >&2
    exit 1
  fi
  echo "SKIP: $* (install with tools/install-deps.sh)"
  exit 77
}

[[ -x "$chromium" ]] || skip "$chromium (Debian chromium) is not installed"
command -v node >/dev/null || skip "node (Node.js) is not installed"
[[ -d "$root/explorer/node_modules/puppeteer-core" ]] || skip "npm package puppeteer-core is not in explorer/node_modules"
[[ -f "$explorer_dir/app.js" ]] || skip "the explorer is not built in $explorer_dir (esbuild missing when netra was built?)"

work="$(mktemp -d "${TMPDIR:-/tmp}/netra-explorer-XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# samples/ and one article whose title, publisher and text are HTML markup
# (markup_probe.jsonl), which the page must show as text and never run.
rc=0
"$netra" ingest --db "$work/db" "$root/samples" "$here/markup_probe.jsonl" >/dev/null 2>"$work/ingest.err" || rc=$?
if [[ $rc -ne 0 && $rc -ne 2 ]]; then cat "$work/ingest.err" >&2; exit 1; fi

# --port 0: the kernel picks a free port, and the server names it on stderr
# (`netra serve: DB (read-only) at http://127.0.0.1:PORT/`) once it listens.
: >"$work/serve.log"
"$netra" serve --db "$work/db" --bind 127.0.0.1 --port 0 --static "$explorer_dir" >>"$work/serve.log" 2>&1 &
server_pid=$!
port=""
for ((i = 0; i < 300; i++)); do
  port="$(sed -n 's|.* at http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$work/serve.log" | head -n 1)"
  [[ -n "$port" ]] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "FAIL: netra serve did not start:" >&2
  cat "$work/serve.log" >&2
  exit 1
fi

echo "netra serve on http://127.0.0.1:$port (store: samples/), screenshots in $out_dir"
rc=0
# late_article.txt is ingested while the page is open (the last step).
node "$here/browser_test.mjs" --url "http://127.0.0.1:$port" --out "$out_dir" --chromium "$chromium" \
  --modules "$root/explorer/node_modules" --netra "$netra" --db "$work/db" --ingest "$here/late_article.txt" || rc=$?
if [[ $rc -ne 0 ]]; then
  echo "--- netra serve's log:" >&2
  cat "$work/serve.log" >&2
fi
exit "$rc"
