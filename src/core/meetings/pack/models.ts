/**
 * The pack's own papers as template-style Markdown for the document engine (one renderer for .docx and .pdf):
 * the agenda (Chương trình), the list of invitees, the sign-in list as a .docx, the draft resolution from the
 * motions. As in minutes-text.ts, every text a user typed travels in `data`, escaped, and is referenced by
 * `{{pk.…}}`, so a name can never turn into markup or a placeholder.
 */
import type { Meeting } from '../../../shared/meetings-contract';
import { literalMarkdown as plain } from '../markdown-literal';
import { startLine } from '../minutes-text';

/** The engine takes at most 2,000 rows in a table: longer lists are split into tables of this many, numbered on. */
const TABLE_ROWS = 1000;

export interface SourceDoc {
  markdown: string;
  data: Record<string, unknown>;
}

/** Signed TM. BAN CHẤP HÀNH / CHỦ TỊCH, the name from `pk.signer`. */
function frontMatter(type: string, date: string): string {
  return [
    '---',
    `type: ${type}`,
    'issuerCode: CĐCS',
    `date: "${date}"`,
    'summary: "{{pk.summary}}"',
    'signers:',
    '  - authority: TM. BAN CHẤP HÀNH',
    '    position: CHỦ TỊCH',
    '    name: "{{pk.signer}}"',
    'recipients:',
    '  - Các đại biểu dự họp;',
    '  - "Lưu: VT."',
    '---',
  ].join('\n');
}

/** `{{#each}}` tables of at most TABLE_ROWS rows each, the rows in `pk.rowsK`. */
function longTable(head: string[], align: string[], rows: Record<string, string>[]) {
  const cells = Object.keys(rows[0] ?? {});
  const data: Record<string, unknown> = {};
  const tables: string[] = [];
  for (let k = 0; k * TABLE_ROWS < rows.length; k++) {
    data[`rows${k}`] = rows.slice(k * TABLE_ROWS, (k + 1) * TABLE_ROWS);
    tables.push(
      [
        `| ${head.join(' | ')} |`,
        `|${align.join('|')}|`,
        `{{#each pk.rows${k}}}`,
        `| ${cells.map((c) => `{{${c}}}`).join(' | ')} |`,
        '{{/each}}',
      ].join('\n'),
    );
  }
  return { markdown: tables.join('\n\n'), data };
}

const placeOf = (m: Meeting) =>
  [m.place, m.onlineUrl ? `trực tuyến: ${m.onlineUrl}` : null].filter(Boolean).join('; ') || '…';

/** How an attachment is noted on the agenda (a file that is not a PDF travels only in the .zip). */
export type AttachmentNote = (a: Meeting['agenda'][number]['attachments'][number]) => string;

export function agendaSource(m: Meeting, signer: string, note: AttachmentNote): SourceDoc {
  const rows = m.agenda.map((a, i) => ({
    no: String(i + 1),
    time: a.time ?? '',
    title: plain(a.title),
    presenter: plain(a.presenter ?? ''),
  }));
  const table = longTable(['STT', 'Thời gian', 'Nội dung', 'Người trình bày'], [':---:', ':---:', '---', '---'], rows);
  const papers = m.agenda.flatMap((a, i) => a.attachments.map((x) => `Mục ${i + 1}: ${plain(x.name)}${note(x)}`));
  const body = [
    'Thời gian: {{pk.start}}.',
    '',
    'Địa điểm: {{pk.place}}.',
    '',
    rows.length ? table.markdown : 'Chương trình sẽ được thông báo tại cuộc họp.',
    '',
    ...(papers.length ? ['**Tài liệu kèm theo:**', '', ...papers.map((_, n) => `- {{pk.papers.${n}}}`), ''] : []),
  ];
  return {
    markdown: [frontMatter('CTr', m.startsAt.slice(0, 10)), body.join('\n')].join('\n'),
    data: {
      pk: {
        ...table.data,
        summary: m.title,
        signer,
        start: startLine(m.startsAt),
        place: plain(placeOf(m)),
        papers,
      },
    },
  };
}

export interface ListedPerson {
  name: string;
  group: string;
  position: string;
  /** What the sign-in sheet's QR code holds: the member code, else the card number, else the member's id. */
  code: string;
}

/** The list of invitees, or (with a signature column) the sign-in sheet as the .docx of the zip. */
export function peopleSource(m: Meeting, people: ListedPerson[], signer: string, signIn: boolean): SourceDoc {
  const rows = people.map((p, i) => ({
    no: String(i + 1),
    name: plain(p.name),
    group: plain(p.group),
    position: plain(p.position),
    ...(signIn ? { code: plain(p.code), sign: ' ' } : {}),
  }));
  const table = signIn
    ? longTable(
        ['STT', 'Họ và tên', 'Tổ công đoàn', 'Chức vụ', 'Mã đoàn viên', 'Ký tên'],
        [':---:', '---', '---', '---', ':---:', '---'],
        rows,
      )
    : longTable(['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ'], [':---:', '---', '---', '---'], rows);
  const summary = `${signIn ? 'Đại biểu ký tên dự' : 'Đại biểu được mời dự'}: ${m.title}`;
  const body = [
    'Thời gian: {{pk.start}}.',
    '',
    `Tổng số: ${people.length} người.`,
    '',
    table.markdown || 'Chưa có ai.',
  ];
  return {
    markdown: [frontMatter('DS', m.startsAt.slice(0, 10)), body.join('\n')].join('\n'),
    data: { pk: { ...table.data, summary, signer, start: startLine(m.startsAt) } },
  };
}
