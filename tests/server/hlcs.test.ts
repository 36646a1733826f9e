/** How `sync_rows` keeps a row's column HLCs: the common one once, the others by name; the old full form reads too. */
import { describe, expect, it } from 'vitest';
import { packHlcs, unpackHlcs } from '../../src/server/sync/hlcs';

const H1 = '2026-01-01T00:00:01.000Z-0000-pca';
const H2 = '2026-01-01T00:00:02.000Z-0000-pcb';

describe('column HLCs as stored', () => {
  it('keeps a row written once as one HLC, and reads every column back', () => {
    const data = { full_name: 'Đoàn viên', phone: null, status: 'active' };
    const hlcs = { full_name: H1, phone: H1, status: H1 };
    const text = packHlcs(hlcs);
    expect(JSON.parse(text)).toEqual({ '*': H1 });
    expect(unpackHlcs(text, data)).toEqual(hlcs);
  });

  it('names only the columns written later', () => {
    const data = { full_name: 'x', phone: '09', email: 'a@b.vn', status: 'active' };
    const hlcs = { full_name: H1, phone: H2, email: H1, status: H1 };
    const text = packHlcs(hlcs);
    expect(JSON.parse(text)).toEqual({ '*': H1, phone: H2 });
    expect(unpackHlcs(text, data)).toEqual(hlcs);
  });

  it('stores rows of one or no column, and rows with no shared HLC, as they are', () => {
    expect(packHlcs({})).toBe('{}');
    expect(packHlcs({ deleted_at: H2 })).toBe(JSON.stringify({ deleted_at: H2 }));
    expect(JSON.parse(packHlcs({ a: H1, b: H2 }))).toEqual({ a: H1, b: H2 });
  });

  it('reads a row stored before packing (every column named)', () => {
    const old = JSON.stringify({ full_name: H1, phone: H2 });
    expect(unpackHlcs(old, { full_name: 'x', phone: 'y' })).toEqual({ full_name: H1, phone: H2 });
  });
});
