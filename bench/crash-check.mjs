// Checker of bench/crash-rounds.sh: the logs of crash-rounds.mjs against the database, which it
// reads with the sqlite3 command-line shell once no server is running.
// Usage: node bench/crash-check.mjs <log-dir> <database-file>
// Node 20, no dependencies. Passes (exit 0) only when:
//   - every acknowledged attempt is in the database: its token's rating holds the value and comment
//     of that attempt, or of another attempt on the same token that may have come after it (one
//     that was not already finished before the acknowledged one was sent); an unacknowledged
//     attempt counts as finished when its server process exited;
//   - every acknowledged attempt has exactly one rating event, and no attempt has more than one;
//   - no invitation has two ratings rows, and no rating comes from nothing the writers sent;
//   - PRAGMA integrity_check answers ok and PRAGMA foreign_key_check finds nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const [logDir, database] = process.argv.slice(2);
if (!logDir || !database) {
  console.error('usage: node crash-check.mjs <log-dir> <database-file>');
  process.exit(2);
}

const readLog = (name) => fs.readFileSync(`${logDir}/${name}`, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const sql = (query) => JSON.parse(execFileSync('sqlite3', ['-json', database, query], { encoding: 'utf8' }) || '[]');

const attempts = new Map(readLog('attempts.jsonl').map((attempt) => [attempt.id, attempt]));
const acks = new Map(readLog('acks.jsonl').map((ack) => [ack.id, ack]));
const servers = new Map(readLog('servers.jsonl').map((server) => [server.number, server]));

const integrity = sql('PRAGMA integrity_check').map((row) => row.integrity_check).join('; ');
const foreignKeyErrors = sql('PRAGMA foreign_key_check').length;
const rows = sql(`SELECT i.token, r.rating, r.comment FROM ratings r JOIN invitations i ON i.id = r.invitation_id`);
const duplicateRows = sql(`SELECT count(*) - count(DISTINCT invitation_id) AS n FROM ratings`)[0].n;
const events = new Map(sql(`SELECT comment, count(*) AS n FROM rating_events GROUP BY comment`)
  .map((row) => [row.comment, row.n]));

// The latest moment an attempt can have been committed at.
const finishedBy = (attempt) => acks.get(attempt.id)?.ackedAt ?? servers.get(attempt.server)?.exitedAt ?? Infinity;

const problems = [];
let lost = 0;
let duplicates = duplicateRows;
const stored = new Map(rows.map((row) => [row.token, row]));
const ackedByToken = new Map();
for (const id of acks.keys()) {
  const attempt = attempts.get(id);
  ackedByToken.set(attempt.token, [...(ackedByToken.get(attempt.token) ?? []), attempt]);
}

for (const [token, acked] of ackedByToken) {
  const row = stored.get(token);
  const source = row && attempts.get(row.comment);
  if (!source || source.token !== token || source.rating !== row.rating) {
    lost += acked.length;
    problems.push(`token ...${token.slice(-12)}: ${acked.length} acknowledged, stored ${JSON.stringify(row)}`);
    continue;
  }
  for (const attempt of acked) {
    if (attempt.id !== source.id && finishedBy(source) < attempt.sentAt) {
      lost++;
      problems.push(`${attempt.id} acknowledged, but ${source.id}, finished before it was sent, is stored`);
    }
  }
}

for (const row of rows.filter((row) => !ackedByToken.has(row.token))) {
  const source = attempts.get(row.comment);
  if (!source || source.token !== row.token || source.rating !== row.rating) {
    problems.push(`a rating no writer sent: ${JSON.stringify(row)}`);
  }
}

for (const attempt of attempts.values()) {
  const count = events.get(attempt.id) ?? 0;
  if (acks.has(attempt.id) && count === 0) {
    lost++;
    problems.push(`${attempt.id} acknowledged, but it has no rating event`);
  }
  if (count > 1) {
    duplicates += count - 1;
    problems.push(`${attempt.id} has ${count} rating events`);
  }
}

const rounds = [...servers.values()].filter((server) => server.signal === 'SIGKILL').length;
console.log(`rounds (server processes killed with SIGKILL): ${rounds}`);
console.log(`attempts: ${attempts.size}, acknowledged: ${acks.size} on ${ackedByToken.size} tokens`);
const eventCount = [...events.values()].reduce((sum, count) => sum + count, 0);
console.log(`ratings rows: ${rows.length}, rating events: ${eventCount}`);
console.log(`lost: ${lost}`);
console.log(`duplicates: ${duplicates}`);
console.log(`integrity_check: ${integrity}; foreign_key_check: ${foreignKeyErrors} problems`);
for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);

const ok = lost === 0 && duplicates === 0 && problems.length === 0 && integrity === 'ok' && foreignKeyErrors === 0;
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
