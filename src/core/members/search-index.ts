/**
 * The register's in-memory search index. A union has at most tens of thousands of members, so the core keeps one
 * small entry per member (folded words, ids, filter fields) in Vietnamese order and answers every keystroke
 * from memory; only the page of rows shown is read from the database. Writes go through the members service,
 * which updates the index after each commit.
 */
import { foldVi, foldedWords } from '../../shared/text/fold';
import type { MemberFilters } from '../../shared/members-contract';
import { tagsFromColumn } from './rows';

export interface IndexEntry {
  id: string;
  sortKey: string;
  /** ' ' + folded name words + ' ' + ids: each query word must start one of its words. */
  hay: string;
  status: string;
  unitId: string | null;
  gender: string | null;
  dateOfBirth: string | null;
  positionFold: string;
  /** Folded tags: the `tag` filter matches one of them whole. */
  tagFolds: string[];
}

export function makeEntry(r: {
  id: string;
  sort_key: string;
  full_name: string;
  status: string;
  unit_id: string | null;
  gender: string | null;
  date_of_birth: string | null;
  id_number?: string | null;
  phone?: string | null;
  card_number?: string | null;
  member_code?: string | null;
  email?: string | null;
  position?: string | null;
  /** The column as stored (JSON array or NULL). */
  tags?: string | null;
}): IndexEntry {
  const ids = [r.id_number, r.phone, r.card_number, r.member_code, r.email]
    .filter(Boolean)
    .map((s) => foldVi(String(s)));
  return {
    id: r.id,
    sortKey: r.sort_key,
    hay: ` ${foldedWords(r.full_name).join(' ')} ${ids.join(' ')}`,
    status: r.status,
    unitId: r.unit_id,
    gender: r.gender,
    dateOfBirth: r.date_of_birth,
    positionFold: foldVi(r.position ?? ''),
    tagFolds: tagsFromColumn(r.tags).map(foldVi),
  };
}

const NAME_WORD = /^[a-z]+$/;

const before = (a: IndexEntry, b: IndexEntry) => a.sortKey < b.sortKey || (a.sortKey === b.sortKey && a.id < b.id);
const compare = (a: IndexEntry, b: IndexEntry) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);

/** Query words: a query made only of digits and separators (a phone or CCCD typed with spaces) is one word. */
export function queryWords(query: string): string[] {
  const q = query.trim();
  if (/^[\d\s.+-]+$/.test(q)) {
    const digits = q.replace(/\D/g, '');
    return digits ? [digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits] : [];
  }
  return foldVi(q).split(/\s+/).filter(Boolean);
}

function ageOn(dob: string, today: Date): number {
  const [y, m, d] = dob.split('-').map(Number);
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age--;
  return age;
}

export class MemberIndex {
  private sorted: IndexEntry[] = [];
  private byId = new Map<string, IndexEntry>();
  // All hays joined in register order: one native indexOf scan over a few MB beats 50,000 includes() calls.
  private blob: string | null = null;
  private starts = new Int32Array(0);
  // How many entries hold each name word: a query scans the blob for its rarest word ("lan" rather than "ngoc" in
  // "ngoc lan") and checks the others on those few entries only. Ids (CCCD, phones…) are unique: not counted.
  private wordCounts = new Map<string, number>();

  load(entries: IndexEntry[]): void {
    this.sorted = [...entries].sort(compare);
    this.byId = new Map(this.sorted.map((e) => [e.id, e]));
    this.blob = null;
    this.wordCounts = new Map();
    for (const e of this.sorted) this.countWords(e, 1);
  }

  private countWords(e: IndexEntry, delta: number): void {
    for (const w of e.hay.split(' '))
      if (NAME_WORD.test(w)) this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + delta);
  }

  get size(): number {
    return this.sorted.length;
  }

  private position(e: IndexEntry): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.sorted[mid], e)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.sorted.splice(this.position(old), 1);
    this.byId.delete(id);
    this.countWords(old, -1);
    this.blob = null;
  }

  upsert(e: IndexEntry): void {
    this.remove(e.id);
    this.sorted.splice(this.position(e), 0, e);
    this.byId.set(e.id, e);
    this.countWords(e, 1);
    this.blob = null;
  }

  /**
   * Many changes at once (an import, a sync page): the changed entries are sorted among themselves and merged into
   * the sorted list in one pass, and only their words are recounted. Re-sorting and recounting the whole register
   * for each page made a 50,000-member pull slower with every page.
   */
  upsertMany(entries: IndexEntry[]): void {
    if (entries.length < 64) {
      for (const e of entries) this.upsert(e);
      return;
    }
    const changed = new Map(entries.map((e) => [e.id, e])); // the last entry of an id stands
    let replaced = false;
    for (const id of changed.keys()) {
      const old = this.byId.get(id);
      if (old) this.countWords(old, -1);
      replaced ||= old !== undefined;
    }
    const fresh = [...changed.values()].sort(compare);
    const kept = replaced ? this.sorted.filter((e) => !changed.has(e.id)) : this.sorted;
    // Each fresh entry's place is found by binary search from the previous one, and the kept entries between two
    // places are copied as one slice: a page of a thousand into fifty thousand is some 16,000 comparisons and a
    // thousand block copies, not 51,000 comparisons and pushes.
    const runs: IndexEntry[][] = [];
    let from = 0;
    for (const e of fresh) {
      let lo = from;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(kept[mid], e)) lo = mid + 1;
        else hi = mid;
      }
      if (lo > from) runs.push(kept.slice(from, lo));
      runs.push([e]);
      from = lo;
    }
    runs.push(kept.slice(from));
    this.sorted = ([] as IndexEntry[]).concat(...runs);
    for (const e of fresh) {
      this.byId.set(e.id, e);
      this.countWords(e, 1);
    }
    this.blob = null;
  }

  private ensureBlob(): string {
    if (this.blob !== null) return this.blob;
    this.starts = new Int32Array(this.sorted.length);
    let at = 0;
    const parts: string[] = [];
    for (let i = 0; i < this.sorted.length; i++) {
      this.starts[i] = at;
      parts.push(this.sorted[i].hay);
      at += this.sorted[i].hay.length + 1;
    }
    this.blob = parts.join('\n');
    return this.blob;
  }

  /** About how many entries have a name word starting with `prefix` (a typed word matches word starts). */
  private entriesStartingWith(prefix: string): number {
    if (!NAME_WORD.test(prefix)) return 0; // digits, emails: ids are (nearly) unique, the best word to scan for
    let n = 0;
    for (const [w, count] of this.wordCounts) if (w.startsWith(prefix)) n += count;
    return n;
  }

  /** Entries (positions in register order) whose hay contains `needle`. */
  private entriesContaining(needle: string): number[] {
    const blob = this.ensureBlob();
    const starts = this.starts;
    const out: number[] = [];
    let entry = 0;
    let at = blob.indexOf(needle);
    while (at >= 0) {
      // Hits come in increasing order, so the owning entry only ever moves forward.
      while (entry + 1 < starts.length && starts[entry + 1] <= at) entry++;
      out.push(entry);
      if (entry + 1 >= starts.length) break;
      at = blob.indexOf(needle, starts[entry + 1]); // one hit per entry
    }
    return out;
  }

  /** Ids in register order matching the filters; `unitIds` is the chosen group with its sub-groups. */
  query(f: MemberFilters, unitIds: Set<string> | null, today = new Date()): string[] {
    const words = (f.query ? queryWords(f.query) : [])
      .map((w) => [w, this.entriesStartingWith(w)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([w]) => ` ${w}`);
    const statuses = f.status?.length ? new Set<string>(f.status) : null;
    const pos = f.position ? foldVi(f.position) : null;
    const tag = f.tag ? foldVi(f.tag) : null;
    const candidates = words.length ? this.entriesContaining(words[0]).map((i) => this.sorted[i]) : this.sorted;
    const out: string[] = [];
    for (const e of candidates) {
      if (statuses && !statuses.has(e.status)) continue;
      if (unitIds && !(e.unitId && unitIds.has(e.unitId))) continue;
      if (f.gender && e.gender !== f.gender) continue;
      if (pos && !e.positionFold.includes(pos)) continue;
      if (tag && !e.tagFolds.includes(tag)) continue;
      if (f.ageMin !== undefined || f.ageMax !== undefined) {
        if (!e.dateOfBirth) continue;
        const age = ageOn(e.dateOfBirth, today);
        if ((f.ageMin !== undefined && age < f.ageMin) || (f.ageMax !== undefined && age > f.ageMax)) continue;
      }
      let ok = true;
      for (let k = 1; k < words.length; k++)
        if (!e.hay.includes(words[k])) {
          ok = false;
          break;
        }
      if (ok) out.push(e.id);
    }
    return out;
  }
}
