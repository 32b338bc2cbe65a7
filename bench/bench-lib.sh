# Shared helpers of the bench/ scripts; source it, do not run it.
#
# A script sets bench_tmp (its temporary directory) before calling these. Servers started with
# start_server are remembered and stopped by stop_all_servers, which the scripts call from their
# EXIT trap.

bench_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_root="$(cd "$bench_here/.." && pwd)"
bench_servers=()

step() { printf '\n== %s\n' "$*"; }

fail() {
  echo "$*" >&2
  exit 1
}

# publish_release <project dir> <output dir>: a Release build, bin/ and obj/ kept in bench_tmp.
publish_release() {
  dotnet publish "$1" -c Release -o "$2" --artifacts-path "$bench_tmp/artifacts" --nologo -v quiet
}

free_port() {
  node -e '
    const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

random_hex() {
  node -e "console.log(require('crypto').randomBytes($1).toString('hex'))"
}

# service_env <database file> <api key>: the settings every benchmark gives the real service: its
# database, one admin key, a fixed token signing key (so a restart accepts the tokens issued
# before it), and the rate limit lifted.
service_env() {
  export ConnectionStrings__Happiness="Data Source=$1"
  export Auth__Keys__0__Name=bench
  export Auth__Keys__0__Key="$2"
  export Auth__Keys__0__Scopes__0=admin
  export Tokens__ActiveKeyId=bench
  export Tokens__Keys__0__Id=bench
  export Tokens__Keys__0__Secret="${bench_token_secret:=$(node -e \
    'console.log(require("crypto").randomBytes(32).toString("base64"))')}"
  export RateLimiting__PermitLimit=100000000
}

# start_server <app dir> <dll> <base url> <log file>: starts it in the background and sets
# server_pid. The process is dotnet itself, so signals and /proc/<pid> reach the server.
start_server() {
  local app="$1" dll="$2" base="$3" log="$4"
  (cd "$app" && exec dotnet "$dll" --urls "$base" --contentRoot "$app") >>"$log" 2>&1 &
  server_pid=$!
  bench_servers+=("$server_pid")
}

# wait_ready <pid> <url> <log file>: polls the url until it answers 2xx, for at most 60 s.
wait_ready() {
  local pid="$1" url="$2" log="$3"
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      fail "server $pid exited during start"
    fi
    if curl -fsS --max-time 2 "$url" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.25
  done
  cat "$log" >&2
  fail "server $pid not ready after 60 s"
}

# stop_server <pid>: SIGTERM, then SIGKILL after 10 s.
stop_server() {
  local pid="$1"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all_servers() {
  local pid
  for pid in "${bench_servers[@]}"; do
    stop_server "$pid"
  done
}

# status_kb <pid> <field>: a VmHWM/VmRSS style line of /proc/<pid>/status, in kB.
status_kb() {
  awk -v field="$2:" '$1 == field { print $2 }' "/proc/$1/status"
}

# reset_peak_rss <pid>: starts VmHWM again from the current RSS (Linux 4.0 and later).
reset_peak_rss() {
  echo 5 >"/proc/$1/clear_refs" 2>/dev/null || echo "note: cannot reset VmHWM of $1" >&2
}
