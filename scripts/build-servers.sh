#!/usr/bin/env bash
# Builds the local Temporal dev server (temporal CLI) and FerretDB from Go modules, once.
# The binaries live in a per-user cache outside the work tree, so fresh clones (CI) reuse them.
set -euo pipefail

TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
FERRETDB_VERSION=v1.24.2
CACHE_ROOT="${CASEWORK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/casework}"

export CGO_ENABLED=0

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

# FerretDB runs as a library inside servers/ferretdb (our own main), which also keeps the key index that
# makes keyed access cheap; its cache folder is named for the version and a hash of that program.
ferretdb_dir() {
  local root hash
  root="$(cd "$(dirname "$0")/.." && pwd)/servers/ferretdb"
  hash=$(cat "$root/main.go" "$root/go.mod" "$root/go.sum" | sha256sum | cut -c1-12)
  printf '%s/ferretdb-%s-%s' "$CACHE_ROOT" "$FERRETDB_VERSION" "$hash"
}

build_ferretdb() {
  local dir root
  dir="$(ferretdb_dir)"
  root="$(cd "$(dirname "$0")/.." && pwd)/servers/ferretdb"
  if [ -x "$dir/casework-ferretdb" ]; then return 0; fi
  need_go
  log "building FerretDB $FERRETDB_VERSION (servers/ferretdb) into $dir (first time only; a few minutes)..."
  mkdir -p "$dir"
  (cd "$root" && go build -trimpath -o "$dir/casework-ferretdb.tmp" . && mv "$dir/casework-ferretdb.tmp" "$dir/casework-ferretdb")
  log "FerretDB ready: $dir/casework-ferretdb"
}

case "${1:-all}" in
  temporal) build_temporal ;;
  ferretdb) build_ferretdb ;;
  all) build_temporal; build_ferretdb ;;
  *) log "usage: $0 [temporal|ferretdb|all]"; exit 2 ;;
esac
