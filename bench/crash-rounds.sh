#!/usr/bin/env bash
# Crash consistency: acknowledged ratings survive SIGKILL of the Release server, in many rounds.
#
#   bench/crash-rounds.sh [rounds]      (default: 20)
#
# Publishes the service in Release, starts it once on a fresh database to create 3,032
# invitations through its API, and stops it. Then bench/crash-rounds.mjs runs 8 writers posting
# ratings (on tokens used once and on 32 tokens shared by all writers) while it starts the server,
# kills it with SIGKILL at a random moment and restarts it on the same database, <rounds> times;
# it logs each attempt before sending and, separately, each acknowledged (2xx) one after the answer
# came. A last server is started, then stopped with SIGTERM and must exit 0. bench/crash-check.mjs
# finally reads those logs against the database: no acknowledged rating lost, no duplicates,
# PRAGMA integrity_check ok. Exits 0 only if everything passed.
# The scanner burst window is set to 0 so that every acknowledged post is applied, not held back
# (docs/ratings.md): the check is about durability, not scanner rules.
# Needs the .NET 10 SDK, Node 20 and the sqlite3 shell (Debian: apt-get install sqlite3).
set -euo pipefail

rounds="${1:-20}"

bench_tmp="$(mktemp -d "${TMPDIR:-/tmp}/happiness-crash.XXXXXX")"
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

cleanup() {
  local status=$?
  stop_all_servers
  rm -rf "$bench_tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v sqlite3 >/dev/null; then
  [[ $EUID -eq 0 ]] || fail "sqlite3 is missing: apt-get install sqlite3"
  apt-get install -y -q sqlite3 >/dev/null
fi

step "publish in Release"
publish_release "$bench_root/src/HappinessApi" "$bench_tmp/app"

step "create the invitations"
key="$(random_hex 16)"
database="$bench_tmp/db/happiness.db"
service_env "$database" "$key"
export Scanner__BurstWindow=00:00:00
base="http://127.0.0.1:$(free_port)"
start_server "$bench_tmp/app" HappinessApi.dll "$base" "$bench_tmp/logs-server-setup.log"
wait_ready "$server_pid" "$base/readyz" "$bench_tmp/logs-server-setup.log"
BENCH_API_KEY="$key" node "$bench_here/create-invitations.mjs" "$base" 3032 "$bench_tmp/tokens.txt" crash
stop_server "$server_pid"

step "$rounds rounds of SIGKILL under 8 writers"
mkdir -p "$bench_tmp/logs"
node "$bench_here/crash-rounds.mjs" "$bench_tmp/app" "$base" "$bench_tmp/tokens.txt" "$bench_tmp/logs" "$rounds" ||
  { tail -n 30 "$bench_tmp/logs/server.log" >&2; fail "the driver failed"; }

step "check the acknowledged writes against the database"
node "$bench_here/crash-check.mjs" "$bench_tmp/logs" "$database"
