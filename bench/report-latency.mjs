// Latency of the report endpoints, one client, sequential requests.
// Usage: node bench/report-latency.mjs <base-url>   (API key in BENCH_API_KEY)
// BENCH_CASES, a regular expression, keeps the cases whose names it matches (all by default).
// Node 20, no dependencies. Per endpoint: 10 warm-up requests, then BENCH_REQUESTS (1000) measured
// ones, each sent after the previous answer arrived. Prints min, p50, p99 and max
// in ms; exits 1 if any response is not 200.
// To stay bounded on a slow endpoint, each endpoint gets BENCH_BUDGET_SECONDS
// (default 60) of wall time, warm-up included; when it runs out, the endpoint
// stops early and its row shows how many requests were measured (n). With fewer
// than 100 samples the p99 is simply the slowest one.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const WARMUP = 10;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const BUDGET_MS = 1000 * Number(process.env.BENCH_BUDGET_SECONDS ?? 60);

const base = new URL(process.argv[2] ?? '');
if (base.hostname !== '127.0.0.1') {
  console.error('report-latency: the base URL must be on 127.0.0.1');
  process.exit(2);
}
const key = process.env.BENCH_API_KEY;
if (!key) {
  console.error('report-latency: set BENCH_API_KEY');
  process.exit(2);
}

// Reports count days in UTC by default; "today" here is the UTC date too.
const day = 24 * 60 * 60 * 1000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const now = Date.now();
const to = iso(now);
const from = iso(now - 364 * day);

const cases = [
  { name: 'report?last=100 (public)', path: '/api/v1/report?last=100', auth: false },
  { name: 'report, 30-day window of one team (public)', path: `/api/v1/report?team=billing&since=${iso(now - 29 * day)}`, auth: false },
  { name: 'summary (last 30 days)', path: '/api/v1/report/summary', auth: true },
  { name: 'summary (365 days)', path: `/api/v1/report/summary?from=${from}&to=${to}`, auth: true },
  { name: 'summary (365 days, Europe/Paris)', path: `/api/v1/report/summary?from=${from}&to=${to}&tz=Europe/Paris`, auth: true },
  { name: 'summary (365 days, one team)', path: `/api/v1/report/summary?from=${from}&to=${to}&team=billing`, auth: true },
  { name: 'summary (30 days, America/Los_Angeles)', path: '/api/v1/report/summary?tz=America/Los_Angeles', auth: true },
  { name: 'trend (365 days, by day)', path: `/api/v1/report/trend?from=${from}&to=${to}&bucket=day`, auth: true },
  { name: 'trend (365 days, by day, Europe/Paris)', path: `/api/v1/report/trend?from=${from}&to=${to}&bucket=day&tz=Europe/Paris`, auth: true },
  { name: 'agents (last 30 days)', path: '/api/v1/report/agents', auth: true },
  { name: 'reasons (last 30 days)', path: '/api/v1/report/reasons', auth: true },
];

// One keep-alive connection: a single client sending one request at a time.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path, auth) {
  const headers = { 'Cache-Control': 'no-cache', Accept: 'application/json' };
  if (auth) headers.Authorization = `Bearer ${key}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      { host: base.hostname, port: base.port, path, method: 'GET', agent, headers, timeout: 120_000 },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk) => { bytes += chunk.length; });
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, bytes }));
        res.on('error', reject);
      });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

// Nearest-rank percentile on sorted samples.
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms) => ms.toFixed(2);

let failures = 0;
const rows = [];
const only = new RegExp(process.env.BENCH_CASES ?? '');
for (const c of cases.filter((c) => only.test(c.name))) {
  const statuses = new Map();
  const count = (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const deadline = performance.now() + BUDGET_MS;
  process.stderr.write(`${c.name}: `);
  for (let i = 0; i < WARMUP && performance.now() < deadline; i++) count((await get(c.path, c.auth)).status);
  const samples = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS && (i === 0 || performance.now() < deadline); i++) {
    const r = await get(c.path, c.auth);
    count(r.status);
    samples.push(r.ms);
    bytes = r.bytes;
  }
  samples.sort((a, b) => a - b);
  process.stderr.write(`${samples.length} measured, p50 ${fmt(percentile(samples, 50))} ms\n`);
  const bad = [...statuses].filter(([s]) => s !== 200);
  if (bad.length > 0) failures++;
  rows.push({
    endpoint: c.name,
    n: samples.length,
    min: fmt(samples[0]),
    p50: fmt(percentile(samples, 50)),
    p99: fmt(percentile(samples, 99)),
    max: fmt(samples[samples.length - 1]),
    bytes,
    statuses: [...statuses].map(([s, n]) => `${s}x${n}`).join(' '),
  });
}
agent.destroy();

console.log(`up to ${REQUESTS} sequential requests per endpoint after up to ${WARMUP} warm-up, `
  + `one keep-alive connection, ${BUDGET_MS / 1000} s budget per endpoint; times in ms`);
console.log(`period for the 365-day cases: ${from} to ${to} (UTC)`);
console.log('');
console.log('| endpoint | n | min | p50 | p99 | max | body bytes | statuses |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(`| ${r.endpoint} | ${r.n} | ${r.min} | ${r.p50} | ${r.p99} | ${r.max} | ${r.bytes} | ${r.statuses} |`);
}
if (failures > 0) {
  console.error(`report-latency: ${failures} endpoint(s) answered something other than 200`);
  process.exit(1);
}
