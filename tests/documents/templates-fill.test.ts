import { describe, expect, it } from 'vitest';
import { fillCollect, fillTemplate, TemplateError } from '../../src/core/documents/templates';

const err = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as TemplateError;
  }
  throw new Error('no error');
};

describe('fillTemplate', () => {
  it('replaces dotted paths, nested or flat keys; dates default to dd/mm/yyyy, large integers get dot groups', () => {
    const data = {
      meeting: { chair: 'Nguyễn Văn Hùng', date: '2026-02-05' },
      'meeting.place': 'Hội trường',
      n: 9,
      year: 2026,
      amount: 1250000,
    };
    expect(
      fillTemplate('{{meeting.chair}} – {{ meeting.place }} – {{meeting.date}} – {{n}} – {{year}} – {{amount}}', data),
    ).toBe('Nguyễn Văn Hùng – Hội trường – 05/02/2026 – 9 – 2026 – 1.250.000');
  });

  it('money filters: words, vnd, vnd:short, number; from numbers or typed strings', () => {
    const t = '{{a|vnd}} | {{a|vnd:short}} | {{a|words}} | {{b|number}} | {{b|words}}';
    expect(fillTemplate(t, { a: 1250000, b: '2.005.000' }, { mode: 'plain' })).toBe(
      '1.250.000 đồng | 1.250.000 đ | Một triệu hai trăm năm mươi nghìn đồng | 2.005.000 | Hai triệu không trăm linh năm nghìn đồng',
    );
  });

  it('date filters take ISO or dd/mm/yyyy; {{date.long}} is sugar for {{date|long}}', () => {
    const d = { date: '2026-02-05', typed: '5/2/2026' };
    expect(
      fillTemplate('{{date|long}} / {{date.long}} / {{typed|long}} / {{date|dmy}} / {{typed|iso}} / {{date|year}}', d),
    ).toBe(
      'ngày 05 tháng 02 năm 2026 / ngày 05 tháng 02 năm 2026 / ngày 05 tháng 02 năm 2026 / 05/02/2026 / 2026-02-05 / 2026',
    );
  });

  it('text filters: upper (Vietnamese), lowerFirst, upperFirst, default, pad', () => {
    const d = {
      org: { name: 'Công đoàn cơ sở Công ty Đức Thành' },
      s: 'Tổ chức Ngày Quốc tế Phụ nữ',
      n: 3,
      m: 12,
      e: '',
    };
    expect(
      fillTemplate(
        '{{org.name|upper}} | {{s|lowerFirst}} | {{s|lowerFirst|upperFirst}} | {{e|default:không có}} | {{missing|default:—}} | {{n|pad}} | {{m|pad}}',
        d,
      ),
    ).toBe(
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY ĐỨC THÀNH | tổ chức Ngày Quốc tế Phụ nữ | Tổ chức Ngày Quốc tế Phụ nữ | không có | — | 03 | 12',
    );
  });

  it('percent of a path or a number, with a decimal comma', () => {
    expect(
      fillTemplate('{{a|percent:total}} {{b|percent:total}} {{c|percent:3}}', { a: 9, b: 11, c: 2, total: 11 }),
    ).toBe('81,8% 100% 66,7%');
    expect(err(() => fillTemplate('{{a|percent:z}}', { a: 1, z: 0 })).invalid[0]).toMatch(/bằng 0/);
  });

  it('lists: inline join, numbered lines alone on a line, bullets with "first: rest", count, sum, join', () => {
    const d = {
      agenda: ['Một', 'Hai'],
      absent: [
        { name: 'Lê Thị Hoa', reason: 'ốm' },
        { name: 'Phạm Nam', reason: 'công tác' },
      ],
      money: [{ amount: 500000 }, { amount: '300.000' }],
    };
    expect(fillTemplate('{{agenda}}\n\nA: {{agenda}}', d)).toBe('1. Một\n2. Hai\n\nA: Một, Hai');
    expect(fillTemplate('{{absent|bullets:name,reason}}', d)).toBe('- Lê Thị Hoa: ốm\n- Phạm Nam: công tác');
    expect(fillTemplate('{{absent|list:name}}', d)).toBe('1. Lê Thị Hoa\n2. Phạm Nam');
    expect(fillTemplate('{{absent|count}} {{money|sum:amount|vnd}} {{agenda|join: và }}', d)).toBe(
      '2 800.000 đồng Một và Hai',
    );
  });

  it('a list under a list item stays nested: later lines keep the placeholder indent', () => {
    expect(fillTemplate('- Vắng:\n  {{a|bullets}}', { a: ['X', 'Y'] })).toBe('- Vắng:\n  - X\n  - Y');
  });

  it('rows and table filters build pipe tables with an STT column; "|" and newlines in values cannot break them', () => {
    const members = [
      { fullName: 'Nguyễn Văn A|B', unit: 'Tổ 1\nca 2', birthDate: '2001-03-12' },
      { fullName: 'Trần Thị C', unit: 'Tổ 2' },
    ];
    expect(fillTemplate('{{m|rows:fullName,birthDate,unit}}', { m: members })).toBe(
      '| 1 | Nguyễn Văn A\\|B | 12/03/2001 | Tổ 1 ca 2 |\n| 2 | Trần Thị C |  | Tổ 2 |',
    );
    expect(fillTemplate('{{m|table:fullName=Họ và tên,unit=Bộ phận}}', { m: members })).toBe(
      '| STT | Họ và tên | Bộ phận |\n|:---:|---|---|\n| 1 | Nguyễn Văn A\\|B | Tổ 1 ca 2 |\n| 2 | Trần Thị C | Tổ 2 |',
    );
  });

  it('plain values are escaped for tables: "|" always, newlines on a table row', () => {
    expect(fillTemplate('| {{name}} |\n{{name}}', { name: 'A | B\nC' })).toBe('| A \\| B C |\nA \\| B\nC');
    expect(fillTemplate('{{name}}', { name: 'A | B' }, { mode: 'plain' })).toBe('A | B');
  });

  it('values are literal text; a caller that made them literal itself passes values: markdown', () => {
    expect(fillTemplate('{{x}}', { x: '**đậm**' })).toBe('\\*\\*đậm\\*\\*');
    expect(fillTemplate('{{x}}', { x: '**đậm**' }, { values: 'markdown' })).toBe('**đậm**');
  });

  it('{{#each}} loops: item fields first, then the data; {{stt}} and {{this}}', () => {
    const t =
      '| STT | Nội dung | Tán thành |\n|---|---|---|\n{{#each motions}}\n| {{stt}} | {{content}} | {{for}}/{{present}} ({{for|percent:present}}) |\n{{/each}}\nHết';
    const out = fillTemplate(t, {
      present: 9,
      motions: [
        { content: 'A', for: 9 },
        { content: 'B', for: 8 },
      ],
    });
    expect(out).toBe(
      '| STT | Nội dung | Tán thành |\n|---|---|---|\n| 1 | A | 9/9 (100%) |\n| 2 | B | 8/9 (88,9%) |\nHết',
    );
    expect(fillTemplate('{{#each xs}}\n- {{this}}\n{{/each}}', { xs: ['a', 'b'] })).toBe('- a\n- b\n');
    expect(fillTemplate('{{#each xs}}\n- {{this}}\n{{/each}}', { xs: [] })).toBe('');
  });

  it('values are inserted once: a value containing {{…}} is not filled again', () => {
    expect(fillTemplate('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
  });

  it('every unknown name is reported at once, as a TemplateError with code VALIDATION', () => {
    const e = err(() =>
      fillTemplate('{{a}} {{b.c}} {{a}}\n{{#each list}}\n{{x}}\n{{/each}}\n{{ok}} {{d|words}}', { ok: 1 }),
    );
    expect(e).toBeInstanceOf(TemplateError);
    expect(e.code).toBe('VALIDATION');
    expect(e.unknown).toEqual(['a', 'b.c', 'list', 'd']);
    expect(e.message).toContain('{{a}}, {{b.c}}, {{list}}, {{d}}');
  });

  it('optional names render empty instead of being unknown', () => {
    expect(fillCollect('[{{guests}}]', {}, { optional: ['guests'] })).toEqual({ text: '[]', unknown: [], invalid: [] });
  });

  it('bad names, unknown filters and bad values are listed as invalid, all together', () => {
    const r = fillCollect('{{họ tên}} {{a|nope}} {{a|words}} {{d|long}} {{o}}\n{{#each a}}\n', {
      a: 'abc',
      d: '31-12-2026',
      o: { x: 1 },
    });
    expect(r.invalid).toHaveLength(6);
    expect(r.invalid.join('\n')).toMatch(
      /tên biến không hợp lệ[\s\S]*không có bộ lọc "nope"[\s\S]*số tiền nguyên[\s\S]*cần một ngày[\s\S]*nhóm giá trị[\s\S]*\{\{\/each\}\}/,
    );
  });
});
