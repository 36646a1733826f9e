/** The CLI's pure pieces, without spawning. */
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-codes';
import { formatDate, formatDateTime, formatSize, table } from '../../src/cli/format';
import { parsePairs } from '../../src/cli/commands/org';
import { CLI_FACES } from '../../src/cli/faces';
import { useStrings } from '../../src/cli/i18n';
import { rejectSecretArguments } from '../../src/cli/secrets';
import { ERROR_CODES } from '../../src/shared/errors';
import { unitForest, walkUnits, withDescendants } from '../../src/shared/unit-tree';

describe('exit codes', () => {
  it('maps every core error code', () => {
    const expected: Record<string, number> = {
      VALIDATION: 4,
      ALREADY_INITIALIZED: 4,
      NOT_FOUND: 4,
      BACKUP_INVALID: 4,
      LOCKED: 3,
      WRONG_SECRET: 3,
      NOT_INITIALIZED: 3,
      UNKNOWN_COMMAND: 1,
      KEYSTORE_UNAVAILABLE: 1,
      INTERRUPTED: 1,
      NEWER_DATABASE: 1,
      CONFLICT: 1,
      INTERNAL: 1,
      SYNC_AUTH: 3,
      SYNC_UNREACHABLE: 1,
      SYNC_REFUSED: 1,
      SYNC_CHOICE: 4,
    };
    for (const code of ERROR_CODES) expect(exitCodeFor(code), code).toBe(expected[code]);
    expect(exitCodeFor('USAGE')).toBe(2);
    expect(exitCodeFor('SOMETHING_NEW')).toBe(1);
  });
});

describe('formats', () => {
  it('dates dd/mm/yyyy and times HH:mm', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    const d = new Date(2025, 0, 2, 3, 4);
    expect(formatDateTime(d.toISOString())).toBe('02/01/2025 03:04');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1536)).toBe('1,5 KB');
  });
  it('tables pad by characters', () => {
    expect(table(['Tên', 'Loại'], [['ấ', 'x']]).split('\n')[2]).toBe('ấ    x');
  });
});

describe('org set pairs', () => {
  // A face's strings are the program's once it has its faces (main does this on every run).
  beforeAll(() => useStrings(CLI_FACES));
  it('parses KEY=VALUE, normalises to NFC, keeps "=" in values, empties upperLevelType to null', () => {
    expect(parsePairs(['chairName=Nguyễn'.normalize('NFD'), 'email=a=b@c', 'upperLevelType='])).toEqual({
      chairName: 'Nguyễn',
      email: 'a=b@c',
      upperLevelType: null,
    });
  });
  it('rejects unknown keys and missing "=" as usage errors', () => {
    expect(() => parsePairs(['boss=x'])).toThrow(expect.objectContaining({ code: 'USAGE', exit: 2 }));
    expect(() => parsePairs(['name'])).toThrow(expect.objectContaining({ exit: 2 }));
  });
});

describe('secret arguments', () => {
  it('are rejected, but files and values after -- are not', () => {
    expect(() => rejectSecretArguments(['--passphrase', 'x'])).toThrow(expect.objectContaining({ exit: 2 }));
    expect(() => rejectSecretArguments(['--passphrase=x'])).toThrow(expect.objectContaining({ exit: 2 }));
    expect(() => rejectSecretArguments(['--recovery-key', 'x'])).toThrow(expect.objectContaining({ exit: 2 }));
    expect(() => rejectSecretArguments(['--passphrase-file', 'f', 'org', 'show'])).not.toThrow();
    expect(() => rejectSecretArguments(['org', 'set', '--', '--passphrase'])).not.toThrow();
  });
});

describe('union groups: one lookup by name, one tree walk', () => {
  const u = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });
  const groups = [
    u('a', 'Tổ 1'),
    u('b', 'Tô 1'),
    u('c', 'Tổ sản xuất', 'a'),
    u('d', 'Mồ côi', 'zz'),
    u('e', 'Vòng', 'f'),
    u('f', 'Lặp', 'e'),
  ];

  it('finds the same name ignoring case first, else ignoring diacritics', async () => {
    const { findUnitByName } = await import('../../src/core/members/units');
    expect(findUnitByName(groups, 'tô 1')?.id).toBe('b'); // exact but for case: not the folded "Tổ 1"
    expect(findUnitByName(groups, 'TỔ 1')?.id).toBe('a');
    expect(findUnitByName(groups, 'to san xuat')?.id).toBe('c');
    expect(findUnitByName(groups, '  Tổ   sản xuất '.normalize('NFD'))?.id).toBe('c');
    expect(findUnitByName(groups, 'Tổ 9')).toBeUndefined();
  });

  it('walks parents before children; a missing parent puts a group on top; a cycle is left out, not looped', () => {
    const seen: string[] = [];
    walkUnits(groups, (g, depth) => seen.push(`${depth}:${g.id}`));
    expect(seen).toEqual(['0:a', '1:c', '0:b', '0:d']);
    expect([...withDescendants(groups, 'a')].sort()).toEqual(['a', 'c']);
    expect(unitForest(groups, (x, y) => x.name.localeCompare(y.name)).map((b) => b.unit.id)).toEqual(['d', 'b', 'a']);
  });
});
