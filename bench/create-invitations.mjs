// Creates fresh invitations through the real API and writes their tokens, one a line.
// Usage: node bench/create-invitations.mjs <base-url> <count> <tokens-file> [prefix]
// The API key comes from BENCH_API_KEY. Node 20, no dependencies. 16 requests are in flight at a
// time on keep-alive connections; ticket ids are <prefix>-<n>, so every invitation is new. Exits 1
// on the first answer that is not 201.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const CONCURRENCY = 16;
const AGENTS = ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6'];
const TEAMS = ['support', 'billing', 'onboarding'];

const [baseArg, countArg, file, prefix = `bench-${Date.now()}`] = process.argv.slice(2);
const base = new URL(baseArg ?? '');
const count = Number(countArg);
const key = process.env.BENCH_API_KEY;
if (!key || !Number.isInteger(count) || count < 1 || !file) {
  console.error('usage: BENCH_API_KEY=... node create-invitations.mjs <base-url> <count> <tokens-file> [prefix]');
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function create(n) {
  const agentId = AGENTS[n % AGENTS.length];
  const body = JSON.stringify({
    ticketId: `${prefix}-${n}`,
    replyId: '1',
    agent: { id: agentId, name: `Agent ${agentId}` },
    team: TEAMS[n % TEAMS.length],
    customer: { id: `c-${n % 5000}` },
  });
  const headers = {
    Authorization: `Bearer ${key}`,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: '/api/v1/invitations', method: 'POST', agent, headers },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 201) {
            reject(new Error(`invitation ${n}: ${res.statusCode} ${text.slice(0, 300)}`));
            return;
          }
          resolve(JSON.parse(text).token);
        });
        res.on('error', reject);
      });
    req.on('error', reject);
    req.end(body);
  });
}

const tokens = new Array(count);
let next = 0;
async function worker() {
  while (next < count) {
    const n = next++;
    tokens[n] = await create(n);
  }
}

const started = performance.now();
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
fs.writeFileSync(file, tokens.join('\n') + '\n');
console.log(`created ${count} invitations in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s)`);
agent.destroy();
