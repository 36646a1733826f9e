import { describe, expect, it } from 'vitest';
import { foldVi, foldedWords } from '../../src/shared/text/fold';
import { compareNames, nameSortKey, splitName, viCollator, viSortKey } from '../../src/shared/text/names';

describe('Vietnamese text', () => {
  it('folds case, tones, NFD, old/new tone placement and đ', () => {
    expect(foldVi('Đặng Thị Hoà')).toBe('dang thi hoa');
    expect(foldVi('ĐỨC')).toBe('duc');
    expect(foldVi('hòa')).toBe(foldVi('hoà'));
    expect(foldVi('thủy')).toBe(foldVi('thuỷ'));
    expect(foldVi('Nguyễn Văn An'.normalize('NFD'))).toBe('nguyen van an');
    expect(foldedWords('  Trần  Thị\tBích ')).toEqual(['tran', 'thi', 'bich']);
  });

  it('splits names into family, middle and given names', () => {
    expect(splitName(' Nguyễn  Thị Minh   Khai ')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Thị Minh',
      givenName: 'Khai',
    });
    expect(splitName('Lê An')).toEqual({ familyName: 'Lê', middleName: '', givenName: 'An' });
    expect(splitName('Mai')).toEqual({ familyName: '', middleName: '', givenName: 'Mai' });
  });

  it('sorts by given name, then family, then middle, case-insensitively, in Vietnamese letter order', () => {
    const names = [
      'Trần Văn Bình',
      'NGUYỄN VĂN AN',
      'Lê Thị Ánh',
      'Phạm Đức',
      'Hoàng Dũng',
      'Nguyễn Văn An',
      'Đỗ Thị An',
      'Bùi Ăn',
    ];
    const sorted = names
      .map((n) => ({ fullName: n, ...splitName(n) }))
      .sort(compareNames)
      .map((p) => p.fullName);
    expect(sorted.slice(0, 3).map((n) => n.toLowerCase())).toEqual(['đỗ thị an', 'nguyễn văn an', 'nguyễn văn an']);
    expect(sorted.indexOf('Lê Thị Ánh')).toBeLessThan(sorted.indexOf('Bùi Ăn'));
    expect(sorted.indexOf('Bùi Ăn')).toBeLessThan(sorted.indexOf('Trần Văn Bình'));
    expect(sorted.indexOf('Hoàng Dũng')).toBeLessThan(sorted.indexOf('Phạm Đức'));
  });

  it('the SQL sort key orders exactly like the vi collator at base strength', () => {
    const letters =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 '.split(
        '',
      );
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = Array.from(
      { length: 3000 },
      () =>
        Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => letters[Math.floor(rnd() * letters.length)])
          .join('')
          .trim() || 'a',
    );
    for (let i = 0; i + 1 < words.length; i += 1) {
      const [a, b] = [words[i], words[i + 1]];
      const c = Math.sign(viCollator.compare(a, b));
      if (c === 0) continue;
      expect(Math.sign(viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0), `${a} vs ${b}`).toBe(c);
    }
    expect(nameSortKey(splitName('NGUYỄN VĂN AN'))).toBe(nameSortKey(splitName('Nguyễn Văn An')));
  });
});
