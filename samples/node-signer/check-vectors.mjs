// Checks this signer against the published test vectors; prints one line per check and a summary.
import { readFileSync } from 'node:fs';
import { signToken, verifyMac } from './rating-token.mjs';

const vectors = JSON.parse(readFileSync(new URL('../../docs/token-test-vectors.json', import.meta.url), 'utf8'));
const keyOf = (vector) => ({ id: vector.key.id, secret: Buffer.from(vector.key.secret, 'base64') });
let passed = 0;
let failed = 0;

function check(name, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  ok ? passed++ : failed++;
}

for (const vector of vectors.valid) {
  const claims = { ...vector.claims, tokenId: Buffer.from(vector.claims.tokenId, 'hex') };
  check(`signs: ${vector.name}`, signToken(keyOf(vector), claims) === vector.token);
  check(`verifies: ${vector.name}`, verifyMac(keyOf(vector), vector.token));
}

for (const vector of vectors.invalid) {
  check(`refuses: ${vector.name}`, !verifyMac(keyOf(vectors.valid[0]), vector.token));
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
