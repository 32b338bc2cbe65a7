#!/usr/bin/env bash
# Peak memory of the server while it streams the CSV export of a freshly seeded database.
#
#   bench/export-memory.sh [ratings] [days]      (defaults: 1000000 365)
#
# Publishes the service in Release, seeds a new SQLite database in a temporary
# directory, starts the server on a free 127.0.0.1 port with an admin API key,
# reads its peak resident memory (VmHWM), downloads a small export to warm it up,
# reads VmHWM again, downloads the whole export to a file, reads VmHWM a last
# time and prints what the whole export added. Then it stops the server and
# deletes the temporary directory. Needs the .NET 10 SDK and Node 20.
# Disk: about 800 MB per million ratings, and as much again for the CSV file.
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
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status"; }

# 1. Release build, outside the source tree (--artifacts-path keeps bin/ and obj/ in the temp dir).
step "dotnet publish src/HappinessApi -c Release"
dotnet publish "$root/src/HappinessApi" -c Release -o "$tmp/app" \
  --artifacts-path "$tmp/artifacts" --nologo -v quiet

# 2. A fresh database, seeded with a fixed random seed.
export ConnectionStrings__Happiness="Data Source=$tmp/db/happiness.db"
step "seed --ratings $ratings --days $days --seed 1"
(cd "$tmp/app" && dotnet HappinessApi.dll seed --ratings "$ratings" --days "$days" --seed 1)
printf 'database on disk: %s\n' "$(du -sh "$tmp/db" | cut -f1)"

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
started_kb="$(hwm_kb)"

# 4. A warm-up export of one agent's last day, so start-up work is not counted as the export's.
step "warm-up export"
last_day="$(date -u +%F)"
curl -fsS -H "Authorization: Bearer $key" -o "$tmp/warm.csv" \
  "$base/api/v1/ratings/export.csv?from=$last_day&agent=a-01"
printf 'warm-up export: %s bytes\n' "$(stat -c %s "$tmp/warm.csv")"
before_kb="$(hwm_kb)"

# 5. The whole export, written to disk as it arrives.
step "export of every rating"
curl -fsS -H "Authorization: Bearer $key" -o "$tmp/ratings.csv" \
  -w 'downloaded %{size_download} bytes in %{time_total} s\n' "$base/api/v1/ratings/export.csv"
after_kb="$(hwm_kb)"
records="$(node -e '
  let quoted = false, lines = 0;
  const stream = require("fs").createReadStream(process.argv[1]);
  stream.on("data", (chunk) => { for (const byte of chunk) {
    if (byte === 34) quoted = !quoted; else if (byte === 10 && !quoted) lines++; } });
  stream.on("end", () => console.log(lines - 1));' "$tmp/ratings.csv")"
printf 'records (header excluded): %s\n' "$records"

# 6. The figures.
step "server peak memory (VmHWM)"
printf 'after start:            %8d kB\n' "$started_kb"
printf 'after warm-up export:   %8d kB\n' "$before_kb"
printf 'after the whole export: %8d kB\n' "$after_kb"
printf 'added by the export:    %8d kB (%d MB)\n' "$((after_kb - before_kb))" "$(((after_kb - before_kb) / 1024))"
