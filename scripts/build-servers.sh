#!/usr/bin/env bash
# Builds the local Temporal dev server (temporal CLI) and FerretDB from Go modules, once.
# The binaries live in a per-user cache outside the work tree, so fresh clones (CI) reuse them.
set -euo pipefail

TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
CACHE_ROOT="${CASEWORK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/casework}"

export CGO_ENABLED=0
export GOFLAGS="${GOFLAGS:-} -mod=mod"

log() { printf '[build-servers] %s\n' "$*" >&2; }

need_go() {
  if ! command -v go >/dev/null 2>&1; then
    log "Go is required to build the local servers (https://go.dev/doc/install); or set TEMPORAL_ADDRESS and MONGODB_URI."
    exit 1
  fi
}

build_temporal() {
  local dir="$CACHE_ROOT/temporal-$TEMPORAL_CLI_VERSION"
  if [ -x "$dir/temporal" ]; then return 0; fi
  need_go
  log "building temporal CLI $TEMPORAL_CLI_VERSION into $dir (first time only; a few minutes)..."
  mkdir -p "$dir"
  GOBIN="$dir" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" \
    || GOSUMDB=off GOBIN="$dir" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
  log "temporal CLI ready: $dir/temporal"
}

build_ferretdb() {
  local dir="$CACHE_ROOT/ferretdb-$FERRETDB_VERSION"
  if [ -x "$dir/ferretdb" ]; then return 0; fi
  need_go
  log "building FerretDB $FERRETDB_VERSION into $dir (first time only; a few minutes)..."
  mkdir -p "$dir"
  local src work
  src=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  if [ -z "$src" ]; then log "could not download the FerretDB module"; exit 1; fi
  work=$(mktemp -d)
  trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' RETURN
  cp -r "$src/." "$work/"
  chmod -R u+w "$work"
  # The module download lacks the version file that FerretDB reads at start.
  printf '%s' "$FERRETDB_VERSION" >"$work/build/version/version.txt"
  (cd "$work" && go build -trimpath -o "$dir/ferretdb" ./cmd/ferretdb)
  log "FerretDB ready: $dir/ferretdb"
}

case "${1:-all}" in
  temporal) build_temporal ;;
  ferretdb) build_ferretdb ;;
  all) build_temporal; build_ferretdb ;;
  *) log "usage: $0 [temporal|ferretdb|all]"; exit 2 ;;
esac
