/**
 * A real core (SQLCipher vault in a temp folder) with a small register for the welfare and report tests: two
 * union groups (Tổ cắt inside Tổ may, and Tổ hoàn thiện beside them) and members with known dates, genders and flags.
 */
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';

export { call, callErr } from '../helpers/core';
export { pdfText, readXlsx, sheetValues, squash } from '../dues/files/read-back';

export const cccd = (n: number) => `0010900${String(n).padStart(5, '0')}`;

export interface Person {
  fullName: string;
  unit?: string;
  joinedOn?: string;
  gender?: 'male' | 'female';
  dateOfBirth?: string;
  hazardousWork?: boolean | null;
  partyMember?: boolean;
  ethnicity?: string;
  positions?: { title: string; from?: string; to?: string }[];
}

export interface WelfareEnv {
  core: Core;
  /** Member ids by full name. */
  ids: Record<string, string>;
  units: { may: string; cat: string; hoanThien: string };
}

export async function welfareCore(people: Person[]): Promise<WelfareEnv> {
  const { core } = await initCore();
  const may = await call(core, 'units.save', { name: 'Tổ may' });
  const cat = await call(core, 'units.save', { name: 'Tổ cắt', parentId: may.id });
  const hoanThien = await call(core, 'units.save', { name: 'Tổ hoàn thiện' });
  const ids: Record<string, string> = {};
  for (const [i, p] of people.entries()) {
    const m = await call(core, 'members.add', { ...p, idNumber: cccd(i + 1), joinedOn: p.joinedOn ?? '2020-01-01' });
    ids[p.fullName] = m.id;
  }
  return { core, ids, units: { may: may.id, cat: cat.id, hoanThien: hoanThien.id } };
}

export const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
