#!/usr/bin/env bash
# Graceful stop: requests in flight when the Release server gets SIGTERM are answered, their
# ratings are stored, and the process exits 0.
#
#   bench/sigterm.sh
#
# Publishes the service in Release, creates 100 invitations on a fresh database, then twice starts
# the server and runs bench/sigterm.mjs against it: "slow" (50 posts, each with half its body sent
# when SIGTERM arrives; all must be answered 2xx) and "burst" (50 whole posts, SIGTERM at the first
# answer; each must be answered 2xx or 503, or refused before it was sent; never reset). After each,
# the server must exit with code 0 within 40 s, and every post answered 2xx must be in the
# database. Exits 0 only if both passed. Needs the .NET 10 SDK, Node 20 and the sqlite3 shell.
set -euo pipefail

bench_tmp="$(mktemp -d "${TMPDIR:-/tmp}/happiness-sigterm.XXXXXX")"
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

cleanup() {
  local status=$?
  stop_all_servers
  rm -rf "$bench_tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_exit <pid>: waits up to 40 s for the server to exit and sets exit_code. Not in a
# subshell: only this shell can wait for its child.
wait_exit() {
  for _ in $(seq 1 200); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$1" 2>/dev/null && fail "server $1 still running 40 s after SIGTERM"
  exit_code=0
  wait "$1" || exit_code=$?
}

step "publish in Release and create the invitations"
publish_release "$bench_root/src/HappinessApi" "$bench_tmp/app"
key="$(random_hex 16)"
database="$bench_tmp/db/happiness.db"
service_env "$database" "$key"
base="http://127.0.0.1:$(free_port)"
log="$bench_tmp/server.log"
start_server "$bench_tmp/app" HappinessApi.dll "$base" "$log"
wait_ready "$server_pid" "$base/readyz" "$log"
BENCH_API_KEY="$key" node "$bench_here/create-invitations.mjs" "$base" 100 "$bench_tmp/tokens.txt" sigterm
stop_server "$server_pid"
head -n 50 "$bench_tmp/tokens.txt" >"$bench_tmp/slow.txt"
tail -n 50 "$bench_tmp/tokens.txt" >"$bench_tmp/burst.txt"

failed=""
for mode in slow burst; do
  step "$mode: 50 posts in flight, then SIGTERM"
  start_server "$bench_tmp/app" HappinessApi.dll "$base" "$log"
  wait_ready "$server_pid" "$base/readyz" "$log"
  node "$bench_here/sigterm.mjs" "$base" "$server_pid" "$bench_tmp/$mode.txt" "$mode" || failed+=" $mode answers;"

  wait_exit "$server_pid"
  echo "$mode: exit code $exit_code"
  [[ $exit_code == 0 ]] || failed+=" $mode exit code $exit_code;"

  acked="$(grep -c . "$bench_tmp/$mode.txt.acked" || true)"
  quoted="$(sed "s/.*/'&'/" "$bench_tmp/$mode.txt.acked" | paste -sd, -)"
  stored="$(sqlite3 "$database" "SELECT count(*) FROM ratings r JOIN invitations i ON i.id = r.invitation_id
    WHERE i.token IN (${quoted:-''})")"
  echo "$mode: $acked answered 2xx, $stored of them stored"
  [[ $acked == "$stored" ]] || failed+=" $mode lost $((acked - stored));"
done

if [[ -n "$failed" ]]; then
  grep -iE 'fail|error|exception' "$log" | tail -n 20 >&2 || true
  fail "FAIL:$failed"
fi
echo "PASS"
