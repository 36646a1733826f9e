/**
 * toHtml / toHtmlFragment and toText: the same masthead, title, body and signature structure as the printed
 * document; HTML that is self-contained (no scripts, no external URLs) and escapes whatever the user typed.
 */
import { describe, expect, it } from 'vitest';
import { toHtml, toHtmlFragment, toText } from '../../src/core/documents/render';
import { decision, letter, minutes, withAppendices } from './fixtures/models';

describe('toHtml', () => {
  const html = toHtml(decision());

  it('is a standalone page with no scripts and no external URLs', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\son\w+=/i); // no inline event handlers
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Dấu mộc minh họa"/);
  });

  it('escapes text typed into the body and the fields', () => {
    expect(html).toContain('Ký hiệu &lt;b&gt;không phải&lt;/b&gt; thẻ HTML &amp; &quot;được&quot; giữ nguyên.');
    expect(html).not.toContain('<b>không phải</b>');
    const m = decision();
    m.fields.summary = '<script>alert(1)</script> & <img src=x onerror=alert(1)>';
    m.fields.signers[0].name = 'Trần "Hoa" <i>';
    const evil = toHtml(m);
    expect(evil).not.toMatch(/<script|<img src=x|"Hoa" <i>/);
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(evil).toContain('Trần &quot;Hoa&quot; &lt;i&gt;');
  });

  it('keeps the document’s structure: masthead table, title, body, signature beside Nơi nhận', () => {
    const order = [
      '>CÔNG ĐOÀN<',
      '>KHU CÔNG NGHIỆP<',
      '>THĂNG LONG<',
      '>CÔNG ĐOÀN CƠ SỞ<',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 03/QĐ-CĐCS',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      '<h1',
      'QUYẾT ĐỊNH',
      'Về việc kết nạp đoàn viên công đoàn',
      'Điều 1.',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Trần Thị Hoa',
    ];
    let at = 0;
    for (const s of order) {
      const i = html.indexOf(s, at);
      expect(i, s).toBeGreaterThan(at - 1);
      at = i;
    }
    expect(html).toMatch(
      /<table role="presentation"[^>]*><colgroup><col style="width:40.00%"><col style="width:60.00%">/,
    );
    expect(html).toContain('font-style:italic'); // the date line
    expect(html).toContain('text-indent:10mm');
    expect(html).toContain('padding:20mm 15mm 20mm 30mm');
  });

  it('renders lists, merged table cells and repeated header rows', () => {
    const h = toHtml(minutes());
    expect(h).toContain('<thead>');
    expect(h).toContain('rowspan="2"');
    expect(h).toContain('colspan="3"');
    expect(h).toMatch(/<th rowspan="2"[^>]*><p[^>]*>STT<\/p><\/th>/);
    expect(h).toMatch(/<ol style="[^"]*"><li[^>]*><p[^>]*><span[^>]*>1\.<\/span>Đánh giá kết quả/);
    expect(h).toMatch(/<span[^>]*>\+<\/span>Thời gian/);
    expect(h).toMatch(/<span[^>]*>•<\/span>Từ quỹ công đoàn/);
    expect(h).toContain('<b>nhất trí thông qua</b>');
  });

  it('gives a fragment for the preview: one styled <div>, no document wrapper', () => {
    const f = toHtmlFragment(letter());
    expect(f.startsWith('<div class="ud-doc" lang="vi" style="')).toBe(true);
    expect(f.trim().endsWith('</div>')).toBe(true);
    expect(f).not.toMatch(/<html|<head|<body|<style/);
    expect(f).toContain('V/v đề nghị hỗ trợ kinh phí');
    expect(f).not.toContain('<h1'); // a công văn has no title
  });
});

describe('toHtml: appendices', () => {
  it('come after the signature and Nơi nhận, each in a section that starts a printed page', () => {
    const h = toHtml(withAppendices());
    const order = [
      'Nơi nhận:',
      'Trần Thị Hoa',
      '<section class="ud-appendix" style="break-before:page;',
      '>Phụ lục I</h1>',
      '>DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP<',
      '>(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05 tháng 02 năm 2026 của Công đoàn cơ sở Công ty TNHH Điện tử Ánh Dương)<',
      'Nguyễn Văn An',
      '<section class="ud-appendix"',
      '>Phụ lục II</h1>',
      'Quyền và nghĩa vụ',
    ];
    let at = 0;
    for (const s of order) {
      const i = h.indexOf(s, at);
      expect(i, s).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    expect(h).toMatch(/<p style="[^"]*font-style:italic[^"]*">\(Kèm theo/);
    // On screen a dashed rule marks the page edge; printed, the section just starts a page.
    expect(h).toMatch(/@media print\{[^<]*\.ud-appendix\{border-top:0!important/);
    expect(toHtml(decision())).not.toContain('ud-appendix');
  });
});

describe('toText', () => {
  it('prints the masthead, title, body with list markers and table rows, signatures and Nơi nhận', () => {
    const lines = toText(minutes()).split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG',
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ĐIỆN TỬ ÁNH DƯƠNG',
      'Số: 07/BB-CĐCS',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      '',
    ]);
    expect(lines).toContain('BIÊN BẢN');
    expect(lines).toContain('    1. Đánh giá kết quả hoạt động công đoàn tháng 01 năm 2026.');
    expect(lines).toContain('        + Thời gian: Chủ nhật, ngày 08 tháng 3 năm 2026;');
    expect(lines).toContain('            • Từ quỹ công đoàn: 25.000.000 đồng;');
    expect(lines).toContain('1 | Thông qua kế hoạch tổ chức Ngày hội gia đình công nhân năm 2026 | 9/9 (100%) | 0 | 0');
    expect(lines).toContain('Tổng số ủy viên có mặt | 9/11');
    const tail = lines.slice(lines.indexOf('THƯ KÝ'));
    expect(tail).toEqual([
      'THƯ KÝ',
      '',
      'Nguyễn Thị Lan',
      '',
      'CHỦ TRÌ',
      '',
      'Trần Thị Hoa',
      '',
      'Nơi nhận:',
      '- BCH CĐCS;',
      '- Lưu: VT, hồ sơ.',
      '',
    ]);
  });

  it('prints the appendices after Nơi nhận: label, name, "(Kèm theo …)", body', () => {
    const lines = toText(withAppendices()).split('\n');
    const tail = lines.slice(lines.indexOf('- Lưu: VT.'));
    const note =
      '(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05 tháng 02 năm 2026 của Công đoàn cơ sở Công ty TNHH Điện tử Ánh Dương)';
    expect(tail).toEqual([
      '- Lưu: VT.',
      '',
      '',
      'Phụ lục I',
      'DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP',
      note,
      '',
      'STT | Họ và tên | Tổ công đoàn',
      '1 | Nguyễn Văn An | Tổ Sản xuất 1',
      '2 | Hoàng Thị Thủy | Tổ Hành chính',
      '',
      '',
      'Phụ lục II',
      note,
      '',
      'Quyền và nghĩa vụ của đoàn viên mới:',
      '    1. Tham gia sinh hoạt công đoàn định kỳ;',
      '    2. Đóng đoàn phí đúng quy định.',
      '',
    ]);
    const one = toText({ ...withAppendices(), appendices: [{ body: { type: 'doc', content: [] } }] });
    expect(one.split('\n').slice(-4)).toEqual(['Phụ lục', note, '', '']);
  });

  it('prints a công văn’s V/v line under its number and an image as a placeholder', () => {
    const t = toText(letter());
    expect(t).toContain('Số: 12/CĐCS-VP\nV/v đề nghị hỗ trợ kinh phí tổ chức Ngày hội gia đình công nhân\n');
    expect(toText(decision())).toContain('[Hình ảnh: Dấu mộc minh họa]');
    expect(toText(decision())).toContain(
      'Điều 2. Các đồng chí có tên tại Điều 1 được hưởng quyền lợi và thực hiện nghĩa vụ đoàn viên theo Điều lệ Công đoàn Việt Nam.\nQuyết định có hiệu lực kể từ ngày ký.',
    );
  });
});
