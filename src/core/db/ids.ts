import crypto from 'node:crypto';

let lastMs = 0;
let seq = 0;
// One randomFillSync call per 256 ids instead of one per id: bulk imports make tens of thousands of ids.
const pool = Buffer.alloc(16 * 256);
let poolAt = pool.length;

function random16(): Buffer {
  if (poolAt >= pool.length) {
    crypto.randomFillSync(pool);
    poolAt = 0;
  }
  const b = Buffer.from(pool.subarray(poolAt, poolAt + 16));
  poolAt += 16;
  return b;
}

/**
 * UUIDv7 (RFC 9562): 48-bit Unix ms, then random bits. Ids made on the client sort by creation time and
 * never collide across devices, so rows can be created offline and synced later.
 * A 12-bit counter in rand_a keeps ids from one process strictly increasing within a millisecond.
 */
export function uuidv7(now = Date.now()): string {
  if (now <= lastMs) {
    seq++;
    if (seq > 0xfff) {
      lastMs++;
      seq = 0;
    }
    now = lastMs;
  } else {
    lastMs = now;
    seq = 0;
  }
  const b = random16();
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | ((seq >> 8) & 0x0f);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
