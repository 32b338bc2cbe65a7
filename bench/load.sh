#!/usr/bin/env bash
# Throughput of the real service against a bare baseline, under the same wrk load, in one run.
#
#   bench/load.sh [ratings] [days] [invitations]      (defaults: 100000 365 30000)
#
# Publishes the service and bench/Baseline (the same routes answering constants) in Release, seeds
# a fresh database with <ratings> over <days>, starts the service with the rate limit lifted, and
# creates <invitations> fresh invitations through its API, so that every POST of the run rates a
# token of its own. The baseline answers with the bytes the service gave for the same reports.
# Then, for each case (POST ratings, the last-100 report, summary, 365-day trend), the baseline and
# the service in turn get a 3 s warm-up and a measured wrk run with --latency. Prints req/s, p50,
# p99, statuses >= 400, socket errors, peak RSS during the run (VmHWM, reset before each run) and
# the ratio service/baseline of req/s. Exits 1 if the service answered any status >= 400 or a POST
# token had to be reused (then rerun with more invitations).
#
# wrk settings: LOAD_THREADS (2), LOAD_CONNECTIONS (16), LOAD_DURATION (15s).
# Needs the .NET 10 SDK, Node 20, curl and wrk (Debian: apt-get install wrk; installed when
# missing and run as root).
set -euo pipefail

ratings="${1:-100000}"
days="${2:-365}"
invitations="${3:-30000}"
threads="${LOAD_THREADS:-2}"
connections="${LOAD_CONNECTIONS:-16}"
duration="${LOAD_DURATION:-15s}"

bench_tmp="$(mktemp -d "${TMPDIR:-/tmp}/happiness-load.XXXXXX")"
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

cleanup() {
  local status=$?
  stop_all_servers
  rm -rf "$bench_tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null; then
  [[ $EUID -eq 0 ]] || fail "wrk is missing: apt-get install wrk"
  apt-get install -y -q wrk >/dev/null
fi

step "machine"
echo "$(nproc) cores, $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "wrk -t$threads -c$connections -d$duration --latency; dotnet $(dotnet --version)"

step "publish the service and the baseline in Release"
publish_release "$bench_root/src/HappinessApi" "$bench_tmp/app"
publish_release "$bench_here/Baseline" "$bench_tmp/baseline"

step "seed --ratings $ratings --days $days --seed 1"
key="$(random_hex 16)"
service_env "$bench_tmp/db/happiness.db" "$key"
(cd "$bench_tmp/app" && dotnet HappinessApi.dll seed --ratings "$ratings" --days "$days" --seed 1) \
  >"$bench_tmp/seed.log"
grep -i 'seeded' "$bench_tmp/seed.log"

step "start both"
service_base="http://127.0.0.1:$(free_port)"
start_server "$bench_tmp/app" HappinessApi.dll "$service_base" "$bench_tmp/service.log"
service_pid=$server_pid
wait_ready "$service_pid" "$service_base/readyz" "$bench_tmp/service.log"

today="$(date -u +%F)"
year_ago="$(date -u -d '364 days ago' +%F)"
names=("POST /api/v1/ratings" "GET /api/v1/report?last=100" "GET /api/v1/report/summary (30 days)"
  "GET /api/v1/report/trend (365 days)")
paths=("/api/v1/ratings" "/api/v1/report?last=100" "/api/v1/report/summary"
  "/api/v1/report/trend?from=$year_ago&to=$today&bucket=day")
bodies=("" report.json summary.json trend.json)

mkdir -p "$bench_tmp/bodies"
for i in 1 2 3; do
  curl -fsS -H "Authorization: Bearer $key" "$service_base${paths[$i]}" >"$bench_tmp/bodies/${bodies[$i]}"
done

baseline_base="http://127.0.0.1:$(free_port)"
export Baseline__Bodies="$bench_tmp/bodies"
start_server "$bench_tmp/baseline" Baseline.dll "$baseline_base" "$bench_tmp/baseline.log"
baseline_pid=$server_pid
wait_ready "$baseline_pid" "$baseline_base/readyz" "$bench_tmp/baseline.log"
echo "service pid $service_pid on $service_base, baseline pid $baseline_pid on $baseline_base"

step "create $invitations invitations for the POSTs, and 2000 for the warm-ups"
BENCH_API_KEY="$key" node "$bench_here/create-invitations.mjs" "$service_base" "$invitations" \
  "$bench_tmp/tokens.txt" "load"
BENCH_API_KEY="$key" node "$bench_here/create-invitations.mjs" "$service_base" 2000 \
  "$bench_tmp/warmup-tokens.txt" "warmup"

# run_wrk <base url> <case index> <seconds> <tokens file>: prints the RESULT line of load.lua.
run_wrk() {
  local base="$1" index="$2" seconds="$3" tokens="$4"
  local args=(-t"$threads" -c"$connections" -d"$seconds" --latency -s "$bench_here/load.lua"
    -H "Authorization: Bearer $key" "$base${paths[$index]}")
  if [[ $index -eq 0 ]]; then
    args+=(-- "$tokens" "$threads")
  fi
  wrk "${args[@]}" | tee -a "$bench_tmp/wrk.log" | grep '^RESULT'
}

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

step "measure"
rows=()
failed=""
for index in "${!names[@]}"; do
  for target in baseline service; do
    if [[ $target == baseline ]]; then base="$baseline_base" pid="$baseline_pid"; else
      base="$service_base" pid="$service_pid"; fi

    run_wrk "$base" "$index" 3s "$bench_tmp/warmup-tokens.txt" >/dev/null
    reset_peak_rss "$pid"
    result="$(run_wrk "$base" "$index" "$duration" "$bench_tmp/tokens.txt")"
    peak_mb=$(( $(status_kb "$pid" VmHWM) / 1024 ))
    echo "${names[$index]} | $target | $result peak_rss_mb=$peak_mb"

    rps="$(field rps "$result")"
    ratio=""
    if [[ $target == baseline ]]; then baseline_rps="$rps"; else
      ratio="$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN { printf "%.3f", a / b }')"; fi
    rows+=("| ${names[$index]} | $target | $rps | $(field p50_ms "$result") | $(field p99_ms "$result") |\
 $(field non2xx "$result") | $(field socket_errors "$result") | $peak_mb | $ratio |")

    if [[ $target == service && $(field non2xx "$result") != 0 ]]; then
      failed+=" ${names[$index]}: $(field non2xx "$result") answers >= 400;"
    fi
    if [[ $(field reused "$result") != 0 && $target == service ]]; then
      failed+=" ${names[$index]}: $(field reused "$result") tokens reused, rerun with more invitations;"
    fi
  done
done

step "results (load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "| case | server | req/s | p50 ms | p99 ms | non-2xx | socket errors | peak RSS MB | service/baseline |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"

if [[ -n "$failed" ]]; then
  echo "check FAILED:$failed"
  exit 1
fi
echo "check: the service answered no status >= 400 and rated every token once"
