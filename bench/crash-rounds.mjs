// Driver of bench/crash-rounds.sh: writers post ratings while the server is killed and restarted.
// Usage: node bench/crash-rounds.mjs <app-dir> <base-url> <tokens-file> <log-dir> <rounds>
// Node 20, no dependencies; the server's settings come from the environment.
//
// 8 writers post ratings without pause: half on tokens used once (all on hot tokens once those run
// out), half on 32 hot tokens that all writers share. Each post carries a comment of its own (the attempt id), so the database shows
// which attempt wrote what. Before sending, a writer appends the attempt to attempts.jsonl; only
// after a 2xx whose body echoes the attempt does it append it to acks.jsonl. Each round starts the
// server (dotnet <app-dir>/HappinessApi.dll), and SIGKILLs it at a random moment: mostly 0.2 to 2.5 s
// after it is ready, every fifth round during its start. The spawn and exit times of each server
// process go to servers.jsonl. After the last round one more server is started, the writers stop,
// and it gets SIGTERM; the driver exits 1 if it does not exit 0. crash-check.mjs reads the logs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [app, baseArg, tokensFile, logDir, roundsArg] = process.argv.slice(2);
const base = new URL(baseArg ?? '');
const rounds = Number(roundsArg);
if (!app || !tokensFile || !logDir || !(rounds > 0)) {
  console.error('usage: node crash-rounds.mjs <app-dir> <base-url> <tokens-file> <log-dir> <rounds>');
  process.exit(2);
}

const WRITERS = 8;
const HOT = 32;
const RATINGS = ['great', 'ok', 'not_good'];
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const hot = tokens.slice(0, HOT);
const fresh = tokens.slice(HOT);

const attemptsFd = fs.openSync(`${logDir}/attempts.jsonl`, 'a');
const acksFd = fs.openSync(`${logDir}/acks.jsonl`, 'a');
const serversFd = fs.openSync(`${logDir}/servers.jsonl`, 'a');
const append = (fd, entry) => fs.writeSync(fd, JSON.stringify(entry) + '\n');
const now = () => Number(performance.now().toFixed(3));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The server currently running, or the last one; `up` resolves when it is ready.
let server = null;
let attemptNumber = 0;
let freshNext = 0;
let stopping = false;
let badAnswers = 0;
let acks = 0;

function startServer(number) {
  const log = fs.openSync(`${logDir}/server.log`, 'a');
  const child = spawn('dotnet', ['HappinessApi.dll', '--urls', base.origin, '--contentRoot', app],
    { cwd: app, stdio: ['ignore', log, log] });
  const entry = { number, child, spawnedAt: now(), exitedAt: null, ready: false };
  entry.exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    entry.exitedAt = now();
    append(serversFd, { number, spawnedAt: entry.spawnedAt, exitedAt: entry.exitedAt, code, signal });
    resolve({ code, signal });
  }));
  server = entry;
  return entry;
}

async function waitReady(entry) {
  while (entry.exitedAt === null) {
    if (await request('GET', '/readyz', null).then((answer) => answer.status === 200, () => false)) {
      entry.ready = true;
      return true;
    }
    await sleep(50);
  }
  return false;
}

function request(method, path, body) {
  const headers = body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {};
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path, method, headers, agent: false,
      timeout: 10_000 }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function writer() {
  while (!stopping) {
    if (!server?.ready || server.exitedAt !== null) {
      await sleep(20);
      continue;
    }
    const useFresh = Math.random() < 0.5 && freshNext < fresh.length;
    const token = useFresh ? fresh[freshNext++] : hot[Math.floor(Math.random() * HOT)];
    const attempt = {
      id: `a${++attemptNumber}`,
      token,
      rating: RATINGS[Math.floor(Math.random() * RATINGS.length)],
      server: server.number,
      sentAt: now(),
    };
    append(attemptsFd, attempt);
    const body = JSON.stringify({ token, rating: attempt.rating, comment: attempt.id });
    const answer = await request('POST', '/api/v1/ratings', body).catch(() => null);
    if (!answer || answer.status < 200 || answer.status > 299) continue;
    const echoed = JSON.parse(answer.text);
    if (echoed.rating !== attempt.rating || echoed.comment !== attempt.id) {
      badAnswers++;
      continue;
    }
    append(acksFd, { id: attempt.id, status: answer.status, ackedAt: now() });
    acks++;
  }
}

const writers = Array.from({ length: WRITERS }, writer);
for (let round = 1; round <= rounds; round++) {
  const entry = startServer(round);
  const acksBefore = acks;
  let moment;
  if (round % 5 === 0) {
    void waitReady(entry);
    await sleep(Math.random() * 1500);
    moment = `${(now() - entry.spawnedAt).toFixed(0)} ms after spawn, ${entry.ready ? 'ready' : 'not yet ready'}`;
  } else {
    if (!(await waitReady(entry))) throw new Error(`server ${round} exited before it was ready`);
    const readyAt = now();
    await sleep(200 + Math.random() * 2300);
    moment = `${(now() - readyAt).toFixed(0)} ms after ready`;
  }
  entry.child.kill('SIGKILL');
  await entry.exited;
  console.log(`round ${round}: SIGKILL ${moment}; ${acks - acksBefore} writes acknowledged`);
}

const last = startServer(rounds + 1);
if (!(await waitReady(last))) throw new Error('the last server exited before it was ready');
await sleep(1000);
stopping = true;
await Promise.all(writers);
last.child.kill('SIGTERM');
const { code, signal } = await last.exited;
console.log(`final server: started, ready, SIGTERM, exit code ${code}${signal ? ` (signal ${signal})` : ''}`);
console.log(`attempts ${attemptNumber}, fresh tokens used ${freshNext} of ${fresh.length}, answers that did not` +
  ` echo the attempt ${badAnswers}`);
process.exit(code === 0 && badAnswers === 0 ? 0 : 1);
