#!/usr/bin/env bash
# The whole suite: lint, migrations check, then every test on SQLite and again on a
# throwaway PostgreSQL 15 cluster that this script starts and always stops.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv/bin
export PATH="$PWD/$venv:$PATH"
artifacts="$PWD/test-artifacts"
rm -rf "$artifacts" && mkdir -p "$artifacts"
export ACCORD_TEST_ARTIFACTS="$artifacts"
scratch=$(mktemp -d)
export ACCORD_DATA_DIR="$scratch/data"

pg_pid_dir=""
cleanup() {
  if [ -n "$pg_pid_dir" ] && [ -f "$pg_pid_dir/data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# pytest exits 5 when it collected no test: that is a broken suite, not a pass.
run_pytest() {
  local label=$1; shift
  echo "== tests on $label"
  set +e
  python -m pytest "$@"
  local status=$?
  set -e
  if [ $status -eq 5 ]; then
    echo "No tests ran on $label: the suite's set-up is broken." >&2
    return 1
  fi
  return $status
}

echo "== lint"
ruff check accord tests bench
ruff format --check accord tests bench
echo "== apps depend one way (docs/architecture.md)"
lint-imports --no-cache
echo "== types"
mypy accord
echo "== migrations are up to date"
accord makemigrations --check --dry-run >/dev/null

run_pytest SQLite -q

# A throwaway PostgreSQL cluster: initdb refuses to run as root, so as root it runs as
# the postgres user, in a folder that user owns, on a free port, with fsync off.
pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v initdb)")
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_pid_dir="$scratch/pg"
mkdir -p "$pg_pid_dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_pid_dir" && chmod 755 "$scratch"
port=$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$pg_bin/initdb" -D "$pg_pid_dir/data" -U accord --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir/data" -l "$pg_pid_dir/log" -w -o \
  "-p $port -k $pg_pid_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export DATABASE_URL="postgres://accord@127.0.0.1:$port/accord"
export ACCORD_DB_CONN_MAX_AGE=0  # no connection outlives a test, so the test database can be dropped
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U accord accord
run_pytest "PostgreSQL 15 (port $port)" -q
echo "== all tests passed on SQLite and PostgreSQL"
