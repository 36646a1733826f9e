/**
 * A closed month's frozen lines, stored as one binary value on its `dues_months` row instead of one row per member.
 * Why: a month is frozen once and read back, never edited; writing 50,000 rows (and 50,000 sync outbox rows) took
 * over a second, the value takes milliseconds, and it travels to the upper level as one synced row.
 *
 * Layout (little-endian): "UDF1", the header's byte length (u32), the header as JSON ({ count, units, ruleId }),
 * then `count` records of RECORD bytes sorted by member id, so one member's line is a binary search away without
 * decoding the rest:
 *   member id (ASCII, zero-padded to 36 bytes) | unit index u16 (0xFFFF: none) | basis i32 (-1: none) |
 *   due i32 | extra i32 | flags u8 (1 exempt, 2 capped) | padding u8
 */
import { AppError } from '../../shared/errors';

const MAGIC = 'UDF1';
const ID_BYTES = 36;
const RECORD = 52;
const NO_UNIT = 0xffff;
/** Ids are UUIDs: one byte per character, and none is 0 (the padding). */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export interface FrozenLine {
  memberId: string;
  unitId: string | null;
  basis: number | null;
  due: number;
  extra: number;
  exempt: boolean;
  capped: boolean;
}

interface Header {
  count: number;
  units: string[];
  ruleId: string | null;
}

export function encodeFrozen(lines: readonly FrozenLine[], ruleId: string | null): Buffer {
  const sorted = [...lines].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  const units = [...new Set(lines.map((l) => l.unitId).filter((u): u is string => u !== null))];
  if (units.length >= NO_UNIT) throw new AppError('INTERNAL', 'Quá nhiều tổ công đoàn trong một tháng.');
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const header = Buffer.from(JSON.stringify({ count: sorted.length, units, ruleId } satisfies Header), 'utf8');
  const start = 8 + header.length;
  const out = Buffer.alloc(start + sorted.length * RECORD);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  sorted.forEach((l, i) => {
    const at = start + i * RECORD;
    if (l.memberId.length > ID_BYTES || !PRINTABLE_ASCII.test(l.memberId))
      throw new AppError('INTERNAL', `Mã đoàn viên không hợp lệ: ${l.memberId}`);
    out.write(l.memberId, at, ID_BYTES, 'latin1');
    out.writeUInt16LE(l.unitId === null ? NO_UNIT : unitIndex.get(l.unitId)!, at + 36);
    out.writeInt32LE(l.basis ?? -1, at + 38);
    out.writeInt32LE(l.due, at + 42);
    out.writeInt32LE(l.extra, at + 46);
    out.writeUInt8((l.exempt ? 1 : 0) | (l.capped ? 2 : 0), at + 50);
  });
  return out;
}

/** A decoded view over the stored value: lookups read only the records they need. */
export class FrozenMonth {
  private readonly header: Header;
  private readonly start: number;

  constructor(private readonly buf: Buffer) {
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC)
      throw new AppError('INTERNAL', 'Dữ liệu tháng đã khóa sổ bị hỏng.');
    const len = buf.readUInt32LE(4);
    this.header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as Header;
    this.start = 8 + len;
    if (buf.length !== this.start + this.header.count * RECORD)
      throw new AppError('INTERNAL', 'Dữ liệu tháng đã khóa sổ bị hỏng.');
  }

  get count(): number {
    return this.header.count;
  }

  get ruleId(): string | null {
    return this.header.ruleId;
  }

  private idAt(i: number): string {
    const at = this.start + i * RECORD;
    const end = this.buf.indexOf(0, at);
    return this.buf.toString('latin1', at, end === -1 || end > at + ID_BYTES ? at + ID_BYTES : end);
  }

  private lineAt(i: number, memberId = this.idAt(i)): FrozenLine {
    const at = this.start + i * RECORD;
    const unit = this.buf.readUInt16LE(at + 36);
    const basis = this.buf.readInt32LE(at + 38);
    const flags = this.buf.readUInt8(at + 50);
    return {
      memberId,
      unitId: unit === NO_UNIT ? null : this.header.units[unit],
      basis: basis === -1 ? null : basis,
      due: this.buf.readInt32LE(at + 42),
      extra: this.buf.readInt32LE(at + 46),
      exempt: (flags & 1) !== 0,
      capped: (flags & 2) !== 0,
    };
  }

  /** One member's line, or null when they owed nothing that month (not a member yet, or gone). */
  find(memberId: string): FrozenLine | null {
    let lo = 0;
    let hi = this.header.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = this.idAt(mid);
      if (id === memberId) return this.lineAt(mid, id);
      if (id < memberId) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  all(): FrozenLine[] {
    return Array.from({ length: this.header.count }, (_, i) => this.lineAt(i));
  }
}
