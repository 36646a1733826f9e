/**
 * Reads a closed month's frozen lines (`dues_months.lines`, written by the PC's src/core/dues/frozen.ts) for what
 * the dashboard needs: each member's due and whether they were exempt. The server may not import the core, so
 * this is a second reader of the same layout, kept to the fields used:
 *   "UDF1" | header length u32 LE | header JSON ({ count, units, ruleId }) | count × 52-byte records:
 *   member id (ASCII, zero-padded to 36) | unit u16 | basis i32 | due i32 | extra i32 | flags u8 (1 exempt) | pad u8
 * tests/server/dashboard/frozen-lines.test.ts checks it against the core's encoder.
 */
const MAGIC = 'UDF1';
const ID_BYTES = 36;
const RECORD = 52;

export interface DashLine {
  memberId: string;
  /** What the member owed that month (the statutory due plus any higher-rate extra). */
  due: number;
  exempt: boolean;
}

export class FrozenLinesError extends Error {}

/** Every line of the month; throws FrozenLinesError on a value that is not the layout above. */
export function decodeFrozenLines(buf: Buffer): DashLine[] {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) throw new FrozenLinesError('not a frozen month');
  const headerLength = buf.readUInt32LE(4);
  if (8 + headerLength > buf.length) throw new FrozenLinesError('header past the end');
  let count: unknown;
  try {
    count = (JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as { count?: unknown }).count;
  } catch {
    throw new FrozenLinesError('header is not JSON');
  }
  const start = 8 + headerLength;
  if (typeof count !== 'number' || !Number.isInteger(count) || buf.length !== start + count * RECORD)
    throw new FrozenLinesError('record count does not match the length');
  const lines: DashLine[] = new Array<DashLine>(count);
  for (let i = 0; i < count; i++) {
    const at = start + i * RECORD;
    const zero = buf.indexOf(0, at);
    const idEnd = zero === -1 || zero > at + ID_BYTES ? at + ID_BYTES : zero;
    lines[i] = {
      memberId: buf.toString('latin1', at, idEnd),
      due: buf.readInt32LE(at + 42),
      exempt: (buf.readUInt8(at + 50) & 1) !== 0,
    };
  }
  return lines;
}
