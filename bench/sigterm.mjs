// Driver of bench/sigterm.sh: 50 concurrent rating posts, and SIGTERM to the server while they are
// in flight. Usage: node bench/sigterm.mjs <base-url> <server-pid> <tokens-file> <slow|burst>
// Node 20, no dependencies. Each post rates a token of its own, on a connection of its own.
//   slow:  every post sends its headers and half its body, then the server gets SIGTERM, then the
//          rest of the bodies follow 300 ms later: all 50 are in flight when the signal arrives,
//          and each must be answered 2xx.
//   burst: the posts are sent whole, and SIGTERM follows as soon as the first answer arrives; each
//          must be answered 2xx or 503, or refused before it was sent (ECONNREFUSED).
// Either way, a reset connection or one closed without an answer fails the run. Prints one line
// per outcome with its count and writes the tokens answered 2xx to <tokens-file>.acked; exits 1 on
// any failure.
import fs from 'node:fs';
import http from 'node:http';

const [baseArg, pidArg, tokensFile, mode] = process.argv.slice(2);
const base = new URL(baseArg ?? '');
const pid = Number(pidArg);
if (!(pid > 0) || !tokensFile || !['slow', 'burst'].includes(mode)) {
  console.error('usage: node sigterm.mjs <base-url> <server-pid> <tokens-file> <slow|burst>');
  process.exit(2);
}

const POSTS = 50;
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean).slice(0, POSTS);
if (tokens.length < POSTS) throw new Error(`need ${POSTS} tokens in ${tokensFile}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function post(token) {
  const body = Buffer.from(JSON.stringify({ token, rating: 'great', comment: `sigterm ${mode}` }));
  const req = http.request({
    host: base.hostname,
    port: base.port,
    path: '/api/v1/ratings',
    method: 'POST',
    agent: false,
    headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
  });
  const half = Math.floor(body.length / 2);
  const answered = new Promise((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ token, outcome: String(res.statusCode) }));
      res.on('error', (error) => resolve({ token, outcome: error.code ?? error.message }));
    });
    req.on('error', (error) => resolve({ token, outcome: error.code ?? error.message }));
  });
  const sentHalf = new Promise((resolve) => req.write(body.subarray(0, half), resolve));
  return { answered, sentHalf, finish: () => req.end(body.subarray(half)) };
}

const posts = tokens.map(post);
if (mode === 'slow') {
  await Promise.all(posts.map((p) => p.sentHalf));
  await sleep(300);
  process.kill(pid, 'SIGTERM');
  await sleep(300);
  posts.forEach((p) => p.finish());
} else {
  posts.forEach((p) => p.finish());
  await Promise.race(posts.map((p) => p.answered));
  process.kill(pid, 'SIGTERM');
}

const results = await Promise.all(posts.map((p) => p.answered));
const allowed = mode === 'slow' ? /^2\d\d$/ : /^(2\d\d|503|ECONNREFUSED)$/;
const counts = new Map();
for (const { outcome } of results) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
for (const [outcome, count] of counts) {
  console.log(`${mode}: ${count} x ${outcome}${allowed.test(outcome) ? '' : '  <- not allowed'}`);
}
const acked = results.filter((result) => /^2\d\d$/.test(result.outcome)).map((result) => result.token);
fs.writeFileSync(`${tokensFile}.acked`, acked.join('\n') + '\n');
process.exit(results.every((result) => allowed.test(result.outcome)) ? 0 : 1);
