// Signs and verifies HappinessApi rating tokens (format hr1) with Node.js's own crypto module.
// See docs/tokens.md for the format; docs/token-test-vectors.json proves a signer agrees with the service.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const VERSION = 'hr1';
export const PURPOSE = 'happiness-api/rating-token/v1';
const MAX_LENGTH = 200;
const MAX_REFERENCE_BYTES = 64;

function reference(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function checkReferences({ ticketId, replyId = '', agentId }) {
  if (!ticketId || !agentId) throw new RangeError('ticketId and agentId must not be empty');
  if (Buffer.byteLength(ticketId + replyId + agentId, 'utf8') > MAX_REFERENCE_BYTES) {
    throw new RangeError(`ticketId, replyId and agentId may take ${MAX_REFERENCE_BYTES} UTF-8 bytes together`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(ticketId + replyId + agentId)) {
    throw new RangeError('references must not contain control characters');
  }
}

function mac(secret, signed) {
  return createHmac('sha256', secret).update(`${PURPOSE}\0${signed}`, 'ascii').digest();
}

/**
 * @param {{id: string, secret: Buffer}} key  a key of the service's key ring (Tokens:Keys)
 * @param {{tokenId?: Buffer, ticketId: string, replyId?: string, agentId: string,
 *          issuedAt: number, expiresAt: number}} claims  times in Unix seconds
 */
export function signToken(key, claims) {
  checkReferences(claims);
  const times = Buffer.alloc(16);
  times.writeBigInt64BE(BigInt(claims.issuedAt), 0);
  times.writeBigInt64BE(BigInt(claims.expiresAt), 8);
  const payload = Buffer.concat([
    claims.tokenId ?? randomBytes(16),
    times,
    reference(claims.ticketId),
    reference(claims.replyId ?? ''),
    reference(claims.agentId),
  ]);
  const signed = `${VERSION}.${key.id}.${payload.toString('base64url')}`;
  const token = `${signed}.${mac(key.secret, signed).toString('base64url')}`;
  if (token.length >= MAX_LENGTH) throw new RangeError('key id too long for a token');
  return token;
}

/** Returns true only for a token this key signed, spelled exactly as a signer writes it. */
export function verifyMac(key, token) {
  if (typeof token !== 'string' || token.length > MAX_LENGTH) return false;
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || parts[1] !== key.id) return false;
  if (!parts.slice(2).every((part) => /^[A-Za-z0-9_-]+$/.test(part))) return false;
  const given = Buffer.from(parts[3], 'base64url');
  if (given.length !== 32 || given.toString('base64url') !== parts[3]) return false;
  const payload = Buffer.from(parts[2], 'base64url');
  if (payload.toString('base64url') !== parts[2]) return false;
  return timingSafeEqual(given, mac(key.secret, `${parts[0]}.${parts[1]}.${parts[2]}`));
}
