#!/usr/bin/env bash
# Soak: the Release service under a steady, paced load for a long time, watched for leaks.
#
#   bench/soak.sh [seconds]      (default: 1800; not part of CI)
#
# Publishes the service in Release, seeds a fresh database with 20,000 ratings over 90 days, starts
# the service with the rate limit lifted and runs bench/soak.mjs against it (SOAK_RATE, default 20:
# invitations created and rated per second, plus rating changes and report reads). Every 15 s it
# samples the server's RSS (VmRSS), its open file handles (/proc/<pid>/fd) and the size of the
# database's WAL file. Then it checks, and prints PASS or FAIL for each and for the whole:
#   - RSS: after the warm-up (the first sixth of the run, at most 300 s), the median of the last
#     third of the samples is less than 20 % above the median of the first third;
#   - file handles: the highest count in that last third is at most 8 above the highest in the
#     first third (sockets and pooled SQLite connections come and go; a leak of one a minute fails);
#   - WAL: never 64 MB or more;
#   - answers: every request sent got a 2xx (requests skipped because 64 were already in flight
#     are counted and printed, not failed: they measure the machine as much as the service);
#   - the service is still ready at the end.
# Exits 0 on PASS, 1 on FAIL.
set -euo pipefail

seconds="${1:-1800}"
sample_every=15
warmup=$((seconds / 6 < 300 ? seconds / 6 : 300))

bench_tmp="$(mktemp -d "${TMPDIR:-/tmp}/happiness-soak.XXXXXX")"
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
driver_pid=""

cleanup() {
  local status=$?
  if [[ -n "$driver_pid" ]]; then kill "$driver_pid" 2>/dev/null || true; fi
  stop_all_servers
  rm -rf "$bench_tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "soak for $seconds s, sampling every $sample_every s, warm-up $warmup s"
echo "$(nproc) cores, $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"

step "publish and seed"
publish_release "$bench_root/src/HappinessApi" "$bench_tmp/app"
key="$(random_hex 16)"
database="$bench_tmp/db/happiness.db"
service_env "$database" "$key"
(cd "$bench_tmp/app" && dotnet HappinessApi.dll seed --ratings 20000 --days 90 --seed 1) >"$bench_tmp/seed.log"

base="http://127.0.0.1:$(free_port)"
start_server "$bench_tmp/app" HappinessApi.dll "$base" "$bench_tmp/service.log"
pid=$server_pid
wait_ready "$pid" "$base/readyz" "$bench_tmp/service.log"

step "run (samples: seconds, RSS kB, open files, WAL bytes)"
BENCH_API_KEY="$key" node "$bench_here/soak.mjs" "$base" "$seconds" "$bench_tmp/stats.json" \
  2> >(head -n 20 >&2) &
driver_pid=$!

started=$SECONDS
samples="$bench_tmp/samples.tsv"
while kill -0 "$driver_pid" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || fail "the service exited during the soak"
  wal_bytes=$(stat -c %s "$database-wal" 2>/dev/null || echo 0)
  sample="$((SECONDS - started)) $(status_kb "$pid" VmRSS) $(ls "/proc/$pid/fd" | wc -l) $wal_bytes"
  echo "$sample" | tee -a "$samples"
  sleep "$sample_every" &
  wait $! || true
done
wait "$driver_pid" || fail "the load driver failed"
driver_pid=""
still_ready=no
curl -fsS --max-time 5 "$base/readyz" >/dev/null && still_ready=yes

step "requests"
node -e '
  const s = require(process.argv[1]);
  console.log(`paced at ${s.rate} invitations/s for ${s.seconds} s; skipped (64 in flight): ${s.skipped}`);
  for (const [kind, k] of Object.entries(s.kinds))
    console.log(`${kind}: ${k.count} requests, ${k.failed} not 2xx, p50 ${k.p50} ms, p99 ${k.p99} ms`);
' "$bench_tmp/stats.json"
failed_requests="$(node -e '
  const s = require(process.argv[1]);
  console.log(Object.values(s.kinds).reduce((n, k) => n + k.failed, 0));
' "$bench_tmp/stats.json")"

step "criteria"
verdict=PASS
check() {
  local name="$1" ok="$2"
  shift 2
  if [[ $ok == yes ]]; then echo "PASS  $name: $*"; else echo "FAIL  $name: $*"; verdict=FAIL; fi
}

# The samples after the warm-up, in thirds: a leak shows as the last third above the first. Single
# samples are not compared, because a garbage collection or a burst of pooled connections makes
# short spikes that are no leak.
awk -v warmup="$warmup" '$1 >= warmup' "$samples" >"$bench_tmp/after-warmup.tsv"
after=$(wc -l <"$bench_tmp/after-warmup.tsv")
third=$((after / 3))
[[ $third -ge 1 ]] || fail "fewer than 3 samples after the warm-up"
column() { cut -d' ' -f"$1"; }
median() { sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'; }
highest() { sort -n | tail -n 1; }
first_third() { head -n "$third" "$bench_tmp/after-warmup.tsv" | column "$1"; }
last_third() { tail -n "$third" "$bench_tmp/after-warmup.tsv" | column "$1"; }

rss_first="$(first_third 2 | median)"
rss_last="$(last_third 2 | median)"
rss_peak="$(column 2 <"$bench_tmp/after-warmup.tsv" | highest)"
growth="$(awk -v a="$rss_last" -v b="$rss_first" 'BEGIN { printf "%.1f", 100 * (a - b) / b }')"
check "RSS growth after warm-up < 20 %" "$(awk -v g="$growth" 'BEGIN { print (g < 20) ? "yes" : "no" }')" \
  "median $((rss_first / 1024)) MB in the first third after warm-up, $((rss_last / 1024)) MB in the last:" \
  "+$growth % (highest single sample $((rss_peak / 1024)) MB)"

fd_first="$(first_third 3 | highest)"
fd_last="$(last_third 3 | highest)"
check "open file handles flat (last third's highest <= first third's + 8)" \
  "$([[ $fd_last -le $((fd_first + 8)) ]] && echo yes || echo no)" \
  "highest $fd_first in the first third after warm-up, $fd_last in the last"

wal_max="$(column 4 <"$samples" | highest)"
check "WAL < 64 MB" "$([[ $wal_max -lt $((64 * 1024 * 1024)) ]] && echo yes || echo no)" \
  "largest $(awk -v b="$wal_max" 'BEGIN { printf "%.1f", b / 1048576 }') MB over $(wc -l <"$samples") samples"
check "every request answered 2xx" "$([[ $failed_requests -eq 0 ]] && echo yes || echo no)" \
  "$failed_requests not 2xx or unanswered"
check "service still ready" "$still_ready" "GET /readyz after the run"

echo "$verdict"
[[ $verdict == PASS ]]
