/**
 * The register's in-memory index: many changes at once (an import, a sync page) are merged into the sorted list and
 * their words recounted, and must leave exactly the index a fresh load of the same members gives.
 */
import { describe, expect, it } from 'vitest';
import { MemberIndex, makeEntry } from '../../src/core/members/search-index';
import { nameSortKey, splitName } from '../../src/shared/text/names';

const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn An',
  'Phạm Thị Lan',
  'Đỗ Ngọc Lan',
  'Vũ Đức Anh',
  'Hoàng Thị Ngọc',
];

function entry(i: number, variant = 0) {
  const fullName = NAMES[(i + variant) % NAMES.length];
  return makeEntry({
    id: `m${String(i).padStart(5, '0')}`,
    sort_key: nameSortKey(splitName(fullName)),
    full_name: fullName,
    status: (i + variant) % 5 === 0 ? 'retired' : 'active',
    unit_id: null,
    gender: i % 2 ? 'nu' : 'nam',
    date_of_birth: null,
    phone: `09${String(10_000_000 + i * 7 + variant)}`,
  });
}

const everything = (idx: MemberIndex, query?: string) => idx.query({ query }, null);

describe('MemberIndex.upsertMany', () => {
  it('merges pages of new and changed members into the same order and word counts as a fresh load', () => {
    const idx = new MemberIndex();
    idx.load(Array.from({ length: 300 }, (_, i) => entry(i)));
    // A page of new members, then a page that changes half of them and some old ones (a name, a status).
    idx.upsertMany(Array.from({ length: 200 }, (_, i) => entry(300 + i)));
    const changedPage = [
      ...Array.from({ length: 100 }, (_, i) => entry(300 + i * 2, 3)),
      ...Array.from({ length: 80 }, (_, i) => entry(i * 3, 1)),
    ];
    idx.upsertMany(changedPage);

    const byId = new Map<string, ReturnType<typeof entry>>();
    for (let i = 0; i < 500; i++) byId.set(entry(i).id, entry(i));
    for (const e of changedPage) byId.set(e.id, e);
    const fresh = new MemberIndex();
    fresh.load([...byId.values()]);

    expect(idx.size).toBe(500);
    expect(everything(idx)).toEqual(everything(fresh));
    for (const q of ['lan', 'an', 'ngoc lan', 'nguyen van', 'thi', 'binh'])
      expect(everything(idx, q), q).toEqual(everything(fresh, q));
    expect(idx.query({ status: ['retired'] }, null)).toEqual(fresh.query({ status: ['retired'] }, null));
  });

  it('keeps the last of two entries for one id in a page', () => {
    const idx = new MemberIndex();
    idx.load([]);
    const page = Array.from({ length: 70 }, (_, i) => entry(i));
    page.push(entry(5, 2));
    idx.upsertMany(page);
    expect(idx.size).toBe(70);
    expect(everything(idx, NAMES[(5 + 2) % NAMES.length].split(' ')[2].toLowerCase())).toContain('m00005');
  });
});
