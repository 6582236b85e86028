#!/usr/bin/env bash
# Installs what building, testing and running netra needs on Debian 12.
#
#   tools/install-deps.sh          check, and install only what is missing
#   tools/install-deps.sh --check  only report; exit 1 if a Debian package is missing
#
# Idempotent: each Debian package is checked with dpkg-query first, and
# apt-get (update, then install of the missing ones only) runs only when
# something is missing. Uses sudo only when not root and sudo exists.
#
# Then installs the npm packages of each npm folder when its node_modules is
# missing or older than its package-lock.json: tools/node/ (graphology and its
# GEXF and GraphML readers, used by the exporter tests) and explorer/ (the
# browser explorer's sigma.js, graphology and esbuild, and puppeteer-core,
# which drives Debian's chromium in the browser test). An npm failure is a
# warning, not an error: only the explorer and the tests that use these need
# them.
set -euo pipefail

readonly PACKAGES=(
  build-essential cmake ccache pkg-config
  clang libclang-rt-14-dev clang-tidy clang-format
  librocksdb-dev libboost-graph-dev rapidjson-dev libicu-dev doctest-dev
  libcli11-dev libfmt-dev libre2-dev libedit-dev
  libcpp-httplib-dev python3-sparqlwrapper curl
  graphviz python3 python3-networkx python3-rdflib python3-lxml python3-igraph
  raptor2-utils rasqal-utils libxml2-utils
  python3-distributed python3-dask
  nodejs npm chromium
)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check_only=0

case "${1:-}" in
  "") ;;
  --check) check_only=1 ;;
  -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "install-deps: unknown option '$1' (try --help)" >&2; exit 1 ;;
esac

say() { echo "install-deps: $*"; }
warn() { echo "install-deps: WARNING: $*" >&2; }

# True if the package is installed under its own name, or if an installed
# package provides it (NodeSource's nodejs provides and conflicts with
# Debian's npm, so asking apt for npm there would fail).
installed_names=""
load_installed() {
  installed_names="$(dpkg-query -W -f='${db:Status-Status} ${Package}, ${Provides}\n' 2>/dev/null |
    awk '$1 == "installed" { $1 = ""; print }' |
    tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/:[a-z0-9]*//' -e 's/^ *//' -e 's/ *$//' |
    grep -v '^$' | sort -u)"
}
is_installed() { grep -qxF -- "$1" <<<"$installed_names"; }

install_debian_packages() {
  if ! command -v dpkg-query >/dev/null; then
    warn "dpkg-query not found: not a Debian system; install these by hand: ${PACKAGES[*]}"
    return 1
  fi
  say "checking ${#PACKAGES[@]} Debian packages with dpkg-query"
  load_installed
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    is_installed "$p" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    say "all Debian packages are installed; apt-get not needed"
    return 0
  fi
  say "missing Debian packages: ${missing[*]}"
  if ((check_only)); then return 1; fi

  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "install-deps: not root and no sudo: install as root: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  say "running: ${sudo[*]:+${sudo[*]} }apt-get update"
  # set -e does not apply inside a function called with ||: check each step.
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null; then
    echo "install-deps: apt-get update failed" >&2
    return 1
  fi
  say "running: ${sudo[*]:+${sudo[*]} }apt-get install -y --no-install-recommends ${missing[*]}"
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; then
    echo "install-deps: apt-get install failed for: ${missing[*]}" >&2
    return 1
  fi
  say "installed: ${missing[*]}"
}

# Installs the npm packages of folder $1 ($2 says what needs them). Never
# fails the script: returns 0 and warns instead.
install_npm_packages() {
  local node_dir="$1" needed_by="$2" name="${1#"$root"/}"
  if [[ ! -f "$node_dir/package.json" ]]; then
    warn "no $node_dir/package.json; skipping npm packages"
    return 0
  fi
  local stamp="$node_dir/node_modules/.package-lock.json"
  if [[ -f "$stamp" && ! "$node_dir/package-lock.json" -nt "$stamp" ]]; then
    say "npm packages in $name are installed; npm not needed"
    return 0
  fi
  if ((check_only)); then
    say "npm packages in $name are not installed (not fatal)"
    return 0
  fi
  if ! command -v npm >/dev/null; then
    warn "npm not found: $needed_by cannot use it (not fatal)"
    return 0
  fi
  local cmd=(npm install --no-audit --no-fund)
  [[ -f "$node_dir/package-lock.json" ]] && cmd=(npm ci --no-audit --no-fund)
  say "installing npm packages into $name: ${cmd[*]}"
  # Bounded: a registry that does not answer must not hold up a CI run.
  if (cd "$node_dir" && timeout 600 "${cmd[@]}" </dev/null); then
    say "npm packages installed in $name/node_modules"
  else
    warn "'${cmd[*]}' failed in $name; $needed_by cannot use it (not fatal)"
  fi
  return 0
}

status=0
install_debian_packages || status=1
install_npm_packages "$root/tools/node" "the tests that read GEXF/GraphML back with graphology"
install_npm_packages "$root/explorer" "the browser explorer and its Chromium test"
if ((status == 0)); then say "done"; fi
exit "$status"
