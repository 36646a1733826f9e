/**
 * Payroll rows to members of the register: by CCCD, employee code or member code (whichever the sheet has). A row is
 * applied only when everything it names points to one and the same member; anything else is rejected with its
 * Excel row number and a Vietnamese reason, and nothing is applied for it:
 * - no member has any of its keys (unmatched);
 * - what its keys name together is more than one member (a code shared by two members and nothing else to tell
 *   them apart: ambiguous), or no one (the CCCD is one member's, the employee code another's: contradictory);
 * - the name in the sheet is not the member's (a mistyped CCCD that happens to be someone else's);
 * - the member is on two rows of the sheet (which row is right is not ours to guess: both are rejected).
 * Deleted members are not matched; members who left still are (their salary counts for the months they owed).
 */
import type { Knex } from 'knex';
import { foldVi } from '../../../shared/text/fold';
import type { SheetRejection, SheetRow } from './payroll-sheet';

export interface MatchedRow {
  row: number;
  memberId: string;
  amount: number;
}

interface MemberKeys {
  id: string;
  full_name: string;
  id_number: string | null;
  employee_code: string | null;
  member_code: string | null;
}

type KeyName = 'idNumber' | 'employeeCode' | 'memberCode';
const KEY_LABEL: Record<KeyName, string> = {
  idNumber: 'CCCD',
  employeeCode: 'mã nhân viên',
  memberCode: 'mã đoàn viên',
};
const KEY_COLUMN: Record<KeyName, keyof MemberKeys> = {
  idNumber: 'id_number',
  employeeCode: 'employee_code',
  memberCode: 'member_code',
};

/** Codes compare as the sheet's code() reads them: trimmed, upper case ("nv001" is "NV001"). */
const keyOf = (k: KeyName, v: string) => (k === 'idNumber' ? v.trim() : v.normalize('NFC').trim().toUpperCase());
/** Names compare folded and without spaces: no tones, no case, "Nguyen Van An" is "Nguyễn Văn An". */
const nameKey = (s: string) => foldVi(s).replace(/[^a-z]/g, '');

export async function matchRows(
  db: Knex,
  rows: SheetRow[],
): Promise<{ matched: MatchedRow[]; rejected: SheetRejection[] }> {
  const members = (await db('members')
    .whereNull('deleted_at')
    .select('id', 'full_name', 'id_number', 'employee_code', 'member_code')) as MemberKeys[];
  const byKey: Record<KeyName, Map<string, MemberKeys[]>> = {
    idNumber: new Map(),
    employeeCode: new Map(),
    memberCode: new Map(),
  };
  for (const m of members) {
    for (const k of Object.keys(byKey) as KeyName[]) {
      const v = m[KEY_COLUMN[k]];
      if (!v) continue;
      const key = keyOf(k, v);
      const list = byKey[k].get(key);
      if (list) list.push(m);
      else byKey[k].set(key, [m]);
    }
  }

  const matched: MatchedRow[] = [];
  const rejected: SheetRejection[] = [];
  const rowsOf = new Map<string, number[]>();
  const nameOf = new Map<string, string>();
  for (const r of rows) {
    const reject = (reason: string) => rejected.push({ row: r.row, reason });
    // Each key the register knows narrows the candidates; a key it does not know (a code never typed into the
    // register) neither matches nor contradicts.
    const tried: string[] = [];
    const known: { label: string; hits: MemberKeys[] }[] = [];
    for (const k of Object.keys(byKey) as KeyName[]) {
      const v = r[k];
      if (!v) continue;
      tried.push(`${KEY_LABEL[k]} ${v}`);
      const hits = byKey[k].get(keyOf(k, v));
      if (hits) known.push({ label: `${KEY_LABEL[k]} ${v}`, hits });
    }
    if (!known.length) {
      reject(`Không tìm thấy đoàn viên có ${tried.join(', ')}`);
      continue;
    }
    const labels = known.map((k) => k.label);
    const candidates = known.reduce((acc, k) => acc.filter((m) => k.hits.includes(m)), known[0].hits);
    if (!candidates.length) {
      const all = [...new Set(known.flatMap((k) => k.hits))].map((m) => m.full_name);
      reject(`${labels.join(' và ')} chỉ đến các đoàn viên khác nhau: ${all.join(', ')}`);
      continue;
    }
    if (candidates.length > 1) {
      const names = candidates.map((m) => m.full_name).join(', ');
      reject(`Không xác định được đoàn viên: ${labels.join(', ')} trùng ở ${candidates.length} đoàn viên (${names})`);
      continue;
    }
    const member = candidates[0];
    if (r.fullName && nameKey(r.fullName) !== nameKey(member.full_name)) {
      reject(`Họ tên «${r.fullName}» khác với đoàn viên có ${tried.join(', ')} («${member.full_name}»)`);
      continue;
    }
    const same = rowsOf.get(member.id);
    if (same) same.push(r.row);
    else rowsOf.set(member.id, [r.row]);
    nameOf.set(member.id, member.full_name);
    matched.push({ row: r.row, memberId: member.id, amount: r.amount });
  }
  // A member on two rows: both rejected, since which one is right is not ours to guess.
  for (const [memberId, list] of rowsOf) {
    if (list.length < 2) continue;
    for (const row of list)
      rejected.push({ row, reason: `Đoàn viên ${nameOf.get(memberId)} có trên nhiều dòng (${list.join(', ')})` });
  }
  rejected.sort((a, b) => a.row - b.row);
  return { matched: matched.filter((m) => rowsOf.get(m.memberId)!.length === 1), rejected };
}
