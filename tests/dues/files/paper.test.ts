/** The collection sheet and the receipt from hand-made ledger rows, read back with pdftotext. */
import { describe, expect, it } from 'vitest';
import { collectionSheetPdf, sortByGivenName, type LedgerRow } from '../../../src/core/dues/files/collection-sheet';
import { receiptPdf } from '../../../src/core/dues/files/receipt';
import { vndInWords } from '../../../src/shared/text/money';
import { pdfText, squash } from './read-back';

const org = {
  upperLevel: 'Công đoàn Khu công nghiệp Thử Nghiệm',
  issuer: 'Công đoàn cơ sở Công ty TNHH May Thử Nghiệm',
  place: 'Hà Nội',
  chairName: 'Nguyễn Thị Hà',
};

const row = (fullName: string, basis: number | null, due: number, paid: number, extra: Partial<LedgerRow> = {}) =>
  ({
    memberId: fullName,
    idNumber: null,
    memberCode: null,
    fullName,
    unitId: 'u1',
    unit: 'Tổ may',
    basis,
    due,
    extra: 0,
    exempt: false,
    ruleFrom: '2025-07-01',
    capped: false,
    paid,
    owing: Math.max(0, due - paid),
    lastPaidOn: paid ? '2026-07-10' : null,
    method: paid ? 'cash' : null,
    receiptNumber: null,
    collector: null,
    ...extra,
  }) satisfies LedgerRow;

describe('amount in words', () => {
  it('reads dues totals as the papers write them', () => {
    expect(vndInWords(117_000)).toBe('Một trăm mười bảy nghìn đồng');
    expect(vndInWords(36_250)).toBe('Ba mươi sáu nghìn hai trăm năm mươi đồng');
    expect(vndInWords(234_000)).toBe('Hai trăm ba mươi tư nghìn đồng');
    expect(vndInWords(11_700)).toBe('Mười một nghìn bảy trăm đồng');
    expect(vndInWords(0)).toBe('Không đồng');
  });
});

describe('collection sheet', () => {
  const rows = [
    row('Trần Thị Bình', 7_250_000, 36_250, 36_250),
    row('Nguyễn Văn An', 9_000_000, 45_000, 0),
    row('Lê Văn Cường', null, 11_700, 11_700),
    row('Đỗ Thị Ánh', 4_800_000, 0, 0, { exempt: true }),
    row('Phạm Văn Bách', 4_810_000, 24_050, 10_000),
  ];

  it('sorts by given name with the Vietnamese collation (Ánh before Bách before Bình)', () => {
    expect(sortByGivenName(rows).map((r) => r.fullName)).toEqual([
      'Nguyễn Văn An',
      'Đỗ Thị Ánh',
      'Phạm Văn Bách',
      'Trần Thị Bình',
      'Lê Văn Cường',
    ]);
  });

  it('prints the header, the title, every member with basis, due and paid, the totals and the amounts in words', async () => {
    const pdf = await collectionSheetPdf({ org, month: '2026-07', unit: 'Tổ may', rows, date: '2026-07-05' });
    const { text, pages } = pdfText(pdf);
    expect(pages).toBe(1);
    const flat = squash(text);
    for (const s of [
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hà Nội, ngày 05 tháng 7 năm 2026',
      'DANH SÁCH THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG 07/2026',
      'Tổ công đoàn: Tổ may',
      'Ký nộp',
      'TM. BAN CHẤP HÀNH',
      'Nguyễn Thị Hà',
    ])
      expect(flat).toContain(squash(s));
    const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    const member = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    expect(member('Nguyễn Văn An')).toMatch(/^1 Nguyễn Văn An 9\.000\.000 45\.000$/);
    expect(member('Đỗ Thị Ánh')).toMatch(/^2 Đỗ Thị Ánh Miễn đóng -$/);
    expect(member('Phạm Văn Bách')).toMatch(/^3 Phạm Văn Bách 4\.810\.000 24\.050 10\.000$/);
    expect(member('Trần Thị Bình')).toMatch(/^4 Trần Thị Bình 7\.250\.000 36\.250 36\.250$/);
    expect(member('Lê Văn Cường')).toMatch(/^5 Lê Văn Cường Mức cố định 11\.700 11\.700$/);
    expect(member('Tổng cộng')).toMatch(/Tổng cộng 117\.000 57\.950$/);
    expect(flat).toContain(squash('Tổng số tiền phải thu: 117.000 đồng'));
    expect(flat).toContain(squash('(Bằng chữ: Một trăm mười bảy nghìn đồng.)'));
    expect(flat).toContain(squash('Tổng số tiền đã thu: 57.950 đồng'));
    expect(flat).toContain(squash('(Bằng chữ: Năm mươi bảy nghìn chín trăm năm mươi đồng.)'));
  });

  it('names each member’s sub-group when the group has sub-groups', async () => {
    const mixed = [
      row('Nguyễn Văn An', 7_250_000, 36_250, 0),
      row('Lê Văn Cường', 9_000_000, 45_000, 0, { unit: 'Tổ cắt' }),
    ];
    const { text } = pdfText(
      await collectionSheetPdf({ org, month: '2026-07', unit: 'Tổ may', rows: mixed, date: '2026-07-05' }),
    );
    const lines = text.split('\n').map((l) => l.trim());
    const cuong = lines.findIndex((l) => l.includes('Lê Văn Cường'));
    expect(lines[cuong + 1]).toBe('Tổ cắt');
    expect(squash(text)).toContain(squash('Tổng cộng 81.250'));
  });

  it('runs over pages with the header repeated, the totals and signatures kept together', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      row(`Nguyễn Văn Thành ${String(i + 1).padStart(2, '0')}`, 5_000_000, 25_000, 0),
    );
    const { text, pages } = pdfText(
      await collectionSheetPdf({ org, month: '2026-01', unit: 'Tổ may', rows: many, date: '2026-01-05' }),
    );
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/Ký nộp/g)?.length).toBe(pages);
    expect(squash(text)).toContain(squash('Tổng cộng 1.500.000'));
    expect(squash(text)).toContain(squash('Một triệu năm trăm nghìn đồng'));
  });
});

describe('receipt', () => {
  it('prints number, payer, group, months, amount in figures and words, both signatures; one page per receipt', async () => {
    const pdf = await receiptPdf(org, [
      {
        receiptNumber: 'PT-2026-0012',
        paidOn: '2026-07-10',
        payer: 'Nguyễn Văn An',
        unit: 'Tổ may',
        months: ['2026-07', '2026-08'],
        amount: 90_000,
        collector: 'Trần Thị Mai',
      },
      {
        receiptNumber: 'PT-2026-0013',
        paidOn: '2026-07-20',
        payer: 'Nguyễn Văn An',
        unit: 'Tổ may',
        months: ['2026-07'],
        amount: 117_000,
        collector: null,
      },
    ]);
    const { text, pages } = pdfText(pdf);
    expect(pages).toBe(2);
    const flat = squash(text);
    for (const s of [
      'PHIẾU THU',
      'Số: PT-2026-0012',
      'Ngày 10 tháng 7 năm 2026',
      'Họ và tên người nộp tiền: Nguyễn Văn An',
      'Tổ công đoàn: Tổ may',
      'Lý do nộp: Đoàn phí công đoàn các tháng 07/2026, 08/2026',
      'Số tiền: 90.000 đồng',
      'Bằng chữ: Chín mươi nghìn đồng.',
      'NGƯỜI NỘP TIỀN',
      'NGƯỜI THU TIỀN',
      'Trần Thị Mai',
      'Số: PT-2026-0013',
      'Lý do nộp: Đoàn phí công đoàn tháng 07/2026',
      'Bằng chữ: Một trăm mười bảy nghìn đồng.',
    ])
      expect(flat).toContain(squash(s));
  });
});
