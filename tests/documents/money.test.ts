import { describe, expect, it } from 'vitest';
import { formatVnd, groupThousands, parseVnd, readNumberVi, vndInWords } from '../../src/shared/text/money';

describe('vndInWords', () => {
  const cases: [number, string][] = [
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1001, 'Một nghìn không trăm linh một đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_250_000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [2_005_000, 'Hai triệu không trăm linh năm nghìn đồng'],
    [1_000_001_000, 'Một tỷ không trăm linh một nghìn đồng'],
    [
      999_999_999_999,
      'Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
    ],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [234_000, 'Hai trăm ba mươi tư nghìn đồng'],
    [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
    [5_000_000_005, 'Năm tỷ không trăm linh năm đồng'],
  ];
  it.each(cases)('%d → %s', (n, words) => expect(vndInWords(n)).toBe(words));

  it('repeats "tỷ" past a billion billions (bigint) and caps plain numbers at MAX_SAFE_INTEGER', () => {
    expect(vndInWords(10n ** 18n)).toBe('Một tỷ tỷ đồng');
    expect(readNumberVi(Number.MAX_SAFE_INTEGER)).toMatch(
      /^chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ/,
    );
    expect(() => vndInWords(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it('rejects fractions, NaN and Infinity', () => {
    for (const bad of [1.5, NaN, Infinity, -0.1]) expect(() => vndInWords(bad)).toThrow(RangeError);
    expect(() => formatVnd(1.5)).toThrow(RangeError);
  });

  it('options: chẵn, lower case, lẻ/ngàn, another unit; negative amounts start with "Âm"', () => {
    expect(vndInWords(1_000_000, { chan: true })).toBe('Một triệu đồng chẵn');
    expect(vndInWords(105, { capitalize: false })).toBe('một trăm linh năm đồng');
    expect(vndInWords(1005, { linh: 'lẻ', nghin: 'ngàn' })).toBe('Một ngàn không trăm lẻ năm đồng');
    expect(vndInWords(21, { unit: '' })).toBe('Hai mươi mốt');
    expect(vndInWords(-1_250_000)).toBe('Âm một triệu hai trăm năm mươi nghìn đồng');
  });
});

describe('formatVnd', () => {
  it('groups thousands with dots, long and short unit, ASCII minus', () => {
    expect(formatVnd(1_250_000)).toBe('1.250.000 đồng');
    expect(formatVnd(1_250_000, { short: true })).toBe('1.250.000 đ');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(999)).toBe('999 đồng');
    expect(formatVnd(-1_250_000)).toBe('-1.250.000 đồng');
    expect(groupThousands(10n ** 18n)).toBe('1.000.000.000.000.000.000');
  });

  it('parses amounts as people type them, refusing fractions', () => {
    expect(parseVnd(1250000)).toBe(1250000);
    expect(parseVnd('1.250.000')).toBe(1250000);
    expect(parseVnd('1,250,000')).toBe(1250000);
    expect(parseVnd('1 250 000 đ')).toBe(1250000);
    expect(parseVnd('500.000 đồng')).toBe(500000);
    expect(parseVnd('1,5')).toBeNull();
    expect(parseVnd('12.5')).toBeNull();
    expect(parseVnd(1.5)).toBeNull();
    expect(parseVnd('abc')).toBeNull();
  });
});
