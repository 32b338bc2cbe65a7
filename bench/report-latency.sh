#!/usr/bin/env bash
# Latency benchmark of the report endpoints against a freshly seeded database.
#
#   bench/report-latency.sh [ratings] [days]      (defaults: 1000000 365)
#
# Publishes the service in Release, seeds a new SQLite database in a temporary
# directory, starts the server on a free 127.0.0.1 port with an admin API key and
# the rate limit lifted, runs bench/report-latency.mjs against it, prints the
# server's peak RSS, then stops the server and deletes the temporary directory.
# Needs the .NET 10 SDK and Node 20. Disk: about 800 MB per million ratings.
# BENCH_DATABASE=<file> measures a database this script seeded before instead of seeding one.
# BENCH_BUDGET_SECONDS (default 60) caps the wall time spent on each endpoint;
# see report-latency.mjs.
set -euo pipefail

ratings="${1:-1000000}"
days="${2:-365}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/happiness-bench.XXXXXX")"
server_pid=""

cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n== %s\n' "$*"; }

# 1. Release build, outside the source tree (--artifacts-path keeps bin/ and obj/ in the temp dir).
step "dotnet publish src/HappinessApi -c Release"
dotnet publish "$root/src/HappinessApi" -c Release -o "$tmp/app" \
  --artifacts-path "$tmp/artifacts" --nologo -v quiet

# 2. A fresh database, seeded with a fixed random seed; or, with BENCH_DATABASE, one seeded before by this
#    script (the measurements only read, so it can be measured again without seeding anew).
if [[ -n "${BENCH_DATABASE:-}" ]]; then
  [[ -f "$BENCH_DATABASE" ]] || { echo "BENCH_DATABASE: no file $BENCH_DATABASE" >&2; exit 2; }
  export ConnectionStrings__Happiness="Data Source=$BENCH_DATABASE"
  step "database $BENCH_DATABASE, seeded before ($(du -h "$BENCH_DATABASE" | cut -f1))"
else
  export ConnectionStrings__Happiness="Data Source=$tmp/db/happiness.db"
  step "seed --ratings $ratings --days $days --seed 1"
  seed_start=$(date +%s.%N)
  (cd "$tmp/app" && dotnet HappinessApi.dll seed --ratings "$ratings" --days "$days" --seed 1)
  seed_end=$(date +%s.%N)
  awk -v a="$seed_start" -v b="$seed_end" 'BEGIN { printf "seed wall time: %.1f s\n", b - a }'
  printf 'database on disk: %s\n' "$(du -sh "$tmp/db" | cut -f1)"
fi

# 3. The Release server on a free loopback port.
port="$(node -e '
  const s = require("net").createServer();
  s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
key="$(node -e 'console.log(require("crypto").randomBytes(16).toString("hex"))')"
base="http://127.0.0.1:$port"

step "start server on $base"
(
  cd "$tmp/app"
  export Auth__Keys__0__Name=bench
  export Auth__Keys__0__Key="$key"
  export Auth__Keys__0__Scopes__0=admin
  export RateLimiting__PermitLimit=100000000
  exec dotnet HappinessApi.dll --urls "$base" --contentRoot "$tmp/app"
) >"$tmp/server.log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 120); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "server exited during start:" >&2
    cat "$tmp/server.log" >&2
    exit 1
  fi
  if curl -fsS --max-time 2 "$base/readyz" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 0.5
done
if [[ -z "$ready" ]]; then
  echo "server not ready after 60 s:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
echo "ready (pid $server_pid)"

# 4. The measurements.
step "report latency ($ratings ratings over $days days)"
BENCH_API_KEY="$key" node "$here/report-latency.mjs" "$base"

# 5. Peak resident memory of the server process.
step "server memory"
grep -E '^Vm(HWM|RSS):' "/proc/$server_pid/status"
