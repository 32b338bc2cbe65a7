// Paced load of bench/soak.sh: what a helpdesk and its customers do, at a steady rate.
// Usage: node bench/soak.mjs <base-url> <seconds> <stats-file>   (API key in BENCH_API_KEY)
// Node 20, no dependencies. Every second, SOAK_RATE (default 20) invitations are created and each is
// rated once; a quarter as many older ratings are changed; the last-100 report is read 5 times,
// and every 2 s the 30-day summary and the 365-day trend are read once each. At most 64 requests
// are in flight; a request that would pass that is skipped and counted. At the end, writes the
// counts per kind, p50 and p99 in ms, and the number of answers that were not 2xx or never came,
// as JSON to <stats-file>.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [baseArg, secondsArg, statsFile] = process.argv.slice(2);
const base = new URL(baseArg ?? '');
const seconds = Number(secondsArg);
const key = process.env.BENCH_API_KEY;
const rate = Number(process.env.SOAK_RATE ?? 20);
if (!key || !(seconds > 0) || !statsFile) {
  console.error('usage: BENCH_API_KEY=... node soak.mjs <base-url> <seconds> <stats-file>');
  process.exit(2);
}

const MAX_IN_FLIGHT = 64;
const TICK_MS = 100;
const RATINGS = ['great', 'ok', 'not_good'];
const day = 24 * 60 * 60 * 1000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
const stats = new Map();
let inFlight = 0;
let skipped = 0;

function record(kind, ms, ok) {
  let entry = stats.get(kind);
  if (!entry) stats.set(kind, (entry = { ms: [], failed: 0 }));
  entry.ms.push(ms);
  if (!ok) entry.failed++;
}

function send(kind, method, path, body, auth) {
  if (inFlight >= MAX_IN_FLIGHT) {
    skipped++;
    return Promise.resolve(null);
  }
  inFlight++;
  const headers = { Accept: 'application/json' };
  if (auth) headers.Authorization = `Bearer ${key}`;
  if (body) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(body);
  }
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status, text) => {
      inFlight--;
      const ok = status >= 200 && status < 300;
      record(kind, performance.now() - started, ok);
      if (!ok) console.error(`${kind}: ${status ?? 'no answer'} ${String(text).slice(0, 200)}`);
      resolve(ok ? text : null);
    };
    const req = http.request(
      { host: base.hostname, port: base.port, path, method, agent, headers, timeout: 30_000 },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => done(res.statusCode, Buffer.concat(chunks).toString()));
        res.on('error', (error) => done(null, error.message));
      });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done(null, error.message));
    req.end(body);
  });
}

const rated = [];
let invitationNumber = 0;
let ratingNumber = 0;

async function inviteAndRate() {
  const n = invitationNumber++;
  const invitation = JSON.stringify({
    ticketId: `soak-${process.pid}-${n}`,
    agent: { id: `a-${n % 7}`, name: `Agent ${n % 7}` },
    team: ['support', 'billing'][n % 2],
    customer: { id: `c-${n % 3000}` },
  });
  const created = await send('POST invitations', 'POST', '/api/v1/invitations', invitation, true);
  if (!created) return;
  const token = JSON.parse(created).token;
  await postRating(token, 'POST ratings (first)');
  rated.push(token);
}

function postRating(token, kind) {
  const rating = RATINGS[ratingNumber++ % RATINGS.length];
  return send(kind, 'POST', '/api/v1/ratings', JSON.stringify({ token, rating, comment: `soak ${ratingNumber}` }));
}

function readReports(tick) {
  send('GET report?last=100', 'GET', '/api/v1/report?last=100', null, false);
  if (tick % 10 === 0) send('GET summary', 'GET', '/api/v1/report/summary', null, true);
  if (tick % 10 === 5) {
    const now = Date.now();
    const path = `/api/v1/report/trend?from=${iso(now - 364 * day)}&to=${iso(now)}&bucket=day`;
    send('GET trend (365 days)', 'GET', path, null, true);
  }
}

// Fractional rates are kept as a running remainder, so 20/s is two a tick and 2.5/s is one every fourth.
let inviteDue = 0;
let changeDue = 0;
function tick(n) {
  for (inviteDue += rate / (1000 / TICK_MS); inviteDue >= 1; inviteDue--) inviteAndRate();
  for (changeDue += rate / 4 / (1000 / TICK_MS); changeDue >= 1 && rated.length > 400; changeDue--) {
    postRating(rated[Math.floor(Math.random() * (rated.length - 400))], 'POST ratings (change)');
  }
  if (n % 2 === 0) readReports(n / 2);
}

const started = performance.now();
let ticks = 0;
await new Promise((resolve) => {
  const timer = setInterval(() => {
    if (performance.now() - started >= seconds * 1000) {
      clearInterval(timer);
      resolve();
      return;
    }
    tick(ticks++);
  }, TICK_MS);
});
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const summary = { seconds, rate, skipped, kinds: {} };
for (const [kind, entry] of stats) {
  const sorted = entry.ms.sort((a, b) => a - b);
  summary.kinds[kind] = {
    count: sorted.length,
    failed: entry.failed,
    p50: Number(percentile(sorted, 50).toFixed(1)),
    p99: Number(percentile(sorted, 99).toFixed(1)),
  };
}
fs.writeFileSync(statsFile, JSON.stringify(summary, null, 2));
agent.destroy();
