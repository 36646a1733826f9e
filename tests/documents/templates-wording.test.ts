/**
 * The templates as an experienced CĐCS chair reads them (issue 13): the employer and the Điều lệ guidance come from
 * settings, decisions cite the Luật Công đoàn 2024, an invitation names the weekday, a công văn has no "-VP", a tờ
 * trình says "kính trình" once, a nghị quyết names its issuing body and its vote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';

let core: Core;
let templates: any[];
beforeAll(async () => {
  ({ core } = await initCore());
  await call(core, 'org.update', {
    place: 'Hà Nội',
    chairName: 'Nguyễn Văn An',
    term: '2023 – 2028',
    upperLevelName: 'Công đoàn Giáo dục quận Đống Đa',
    upperLevelType: 'sector',
  });
  await call(core, 'settings.update', {
    documentTexts: {
      employer: 'Ban Giám hiệu',
      charterGuidance: 'Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026 của Tổng Liên đoàn Lao động Việt Nam',
    },
  });
  templates = await call(core, 'docs.templates');
});
afterAll(() => core.close());

/** The template filled with its own examples, as plain text. */
async function filled(id: string): Promise<string> {
  const t = templates.find((x) => x.id === id);
  const data = Object.fromEntries(t.variables.filter((v: any) => !v.automatic).map((v: any) => [v.name, v.example]));
  const { doc } = await call(core, 'docs.create', { templateId: id, data });
  return Buffer.from((await call(core, 'docs.render', { id: doc.id, format: 'txt' })).base64, 'base64').toString();
}

describe('template wording', () => {
  it('takes the employer and the Điều lệ guidance from settings; decisions cite the Luật Công đoàn 2024', async () => {
    expect(await filled('ke-hoach')).toContain('- Ban Giám hiệu (để phối hợp);');
    for (const id of ['quyet-dinh-khen-thuong', 'quyet-dinh-ket-nap', 'quyet-dinh-chi-ho-tro']) {
      const t = await filled(id);
      expect(t, id).toContain('Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27 tháng 11 năm 2024;');
      expect(t, id).toContain(
        'Căn cứ Điều lệ Công đoàn Việt Nam và Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026 của Tổng Liên đoàn Lao động Việt Nam;',
      );
      expect(t, id).toMatch(/Điều 3\. Quyết định có hiệu lực kể từ ngày ký\./);
    }
    for (const t of templates) expect(await filled(t.id), t.id).not.toMatch(/Ban Giám đốc Công ty \(để phối hợp\)/);
  });

  it('an invitation names the weekday; a công văn is numbered without "-VP"; a tờ trình says "kính trình" once', async () => {
    expect(await filled('giay-moi')).toContain('Thời gian: 08 giờ 00, thứ Sáu, ngày 16 tháng 01 năm 2026.');
    expect(await filled('cong-van')).toMatch(/Số: +\/CĐCS\n/);
    expect((await filled('to-trinh')).match(/kính trình/gi)).toHaveLength(1);
  });

  it('a nghị quyết names the Ban Chấp hành that issues it and the vote', async () => {
    const t = await filled('nghi-quyet-bch');
    expect(t).toContain('BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH THỬ NGHIỆM');
    expect(t).toContain('Nghị quyết được Hội nghị biểu quyết thông qua với 9/9 Ủy viên có mặt tán thành (100%).');
  });

  it('a payment or gift list is the appendix of a decision, with a totals row and a column to sign', async () => {
    const t = await filled('quyet-dinh-chi-danh-sach');
    expect(t).toContain('QUYẾT ĐỊNH\nVề việc chi tặng quà đoàn viên');
    expect(t).toMatch(
      /Nơi nhận:[^]*\nPhụ lục\nDANH SÁCH ĐOÀN VIÊN ĐƯỢC CHI\n\(Kèm theo Quyết định số [^]*\| Ký nhận\n1 \| Nguyễn Văn M[^]*\| Tổng cộng: 02 người \| {2}\| 1\.000\.000 \|/,
    );
  });

  it('the list to sign for money or gifts is a voucher signed by the preparer, the accountant and the chair', async () => {
    expect(templates.find((x) => x.id === 'danh-sach')?.type).toBe('DS');
    const t = await filled('danh-sach');
    expect(t).toContain('DANH SÁCH\nĐoàn viên nhận quà nhân dịp Tết Nguyên đán Bính Ngọ năm 2026');
    expect(t).toContain('(Kèm theo Quyết định số 05/QĐ-CĐCS ngày 20/01/2026 của Ban Chấp hành Công đoàn cơ sở');
    expect(t).toMatch(/\| Ký nhận\n1 \| Nguyễn Văn M[^]*\| Tổng cộng: 02 người \| {2}\| 1\.000\.000 \|/);
    expect(t).toContain('Tổng số tiền bằng chữ: Một triệu đồng./.');
    expect(t).toMatch(/NGƯỜI LẬP\n\nPhạm Thị K\n\nKẾ TOÁN\n\nĐỗ Văn L\n\nTM\. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n/);
  });

  it('has the papers a CĐCS issues most, each filled from its examples', async () => {
    const expected: Record<string, [string, RegExp]> = {
      'giay-gioi-thieu': ['GGT', /trân trọng giới thiệu:\nÔng\/bà: Lê Thị P/],
      'giay-gioi-thieu-chuyen-sinh-hoat': ['GGT', /chuyển đến sinh hoạt công đoàn tại đơn vị[^]*hết tháng 02\/2026/],
      'quyet-dinh-xoa-ten': ['QĐ', /Về việc xoá tên đoàn viên công đoàn[^]*Điều 1\. Xoá tên đoàn viên Phan Văn R/],
      'quyet-dinh-phan-cong-bch': [
        'QĐ',
        /Nơi nhận:[^]*Phụ lục\nPHÂN CÔNG NHIỆM VỤ CÁC ỦY VIÊN BAN CHẤP HÀNH\n\(Kèm theo/,
      ],
      'to-trinh-khen-thuong': ['TTr', /Kính gửi: Ban Thường vụ Công đoàn Giáo dục quận Đống Đa\.[^]*Phụ lục/],
      'chuong-trinh-cong-tac': [
        'CTr',
        /CHƯƠNG TRÌNH\nCông tác năm 2026[^]*Tháng 03 \| Phối hợp tổ chức Hội nghị người lao động/,
      ],
    };
    for (const [id, [type, text]] of Object.entries(expected)) {
      expect(templates.find((x) => x.id === id)?.type, id).toBe(type);
      expect(await filled(id), id).toMatch(text);
    }
  });
});
