/**
 * The Biên bản kiểm phiếu as template-style Markdown plus its data, as the meeting minutes are made: it goes
 * through the document engine's `buildDocument`, the one renderer for docx and pdf. Every figure is the count's
 * own (`tallyElection`), never worked out again here; every text the user typed (names, title, place) travels in
 * `data` and is referenced by `{{kp.…}}`, so a "{{" or a "|" in a name cannot act as markup.
 */
import type { MinutesInput } from '../../shared/elections-contract';
import type { Denominator, TallyResult } from '../../shared/elections/tally';
import { longDateVi } from '../../shared/text/format';
import { escapeMdValue } from './results';

/** 88.89 → "88,89%": the Vietnamese decimal comma. */
export const percentVi = (p: number): string => `${p.toFixed(2).replace('.', ',')}%`;

/** Each candidate's outcome as the minutes print it. */
export function outcomeVi(c: TallyResult['results'][number]): string {
  return c.tie ? 'Bằng phiếu – bầu lại' : c.elected ? 'Trúng cử' : 'Không trúng cử';
}

/** The results table's header and its columns' shares of the text width (minutes.ts applies them). */
export const RESULTS_HEADER = ['STT', 'Họ và tên', 'Số phiếu bầu', 'Tỷ lệ %', 'Kết quả'] as const;
export const RESULTS_WIDTHS = [9, 36, 14, 14, 27] as const;

const OF: Record<Denominator, string> = {
  issued: 'số phiếu phát ra',
  collected: 'số phiếu thu vào',
  valid: 'số phiếu hợp lệ',
};

/** A line left to fill by hand: the minutes are printed and signed on paper even when a figure is not known yet. */
const BLANK = '……………';
const SIGN_BLANK = '……………………………';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the template reads as `kp`: the user's texts, cleaned to one line, and the count's labels. */
function kpData(input: MinutesInput, r: TallyResult) {
  // Names and titles printed in the body are Markdown-escaped (a "*" in a name is no emphasis); those of the front
  // matter (summary, signers, header), which is not Markdown, are not.
  const counters = (input.counters ?? []).map(oneLine).filter(Boolean);
  const electing = oneLine(input.electing ?? '');
  const title = oneLine(input.title ?? '');
  const md = escapeMdValue;
  const elected = r.results.filter((c) => c.elected);
  const tied = r.results.filter((c) => c.tie);
  const kp = {
    summary: `Kiểm phiếu bầu ${electing || 'cử'}${title ? ` tại ${title}` : ''}`,
    electing: md(electing) || 'cử',
    title: md(title),
    when: input.date ? longDateVi(input.date) : `ngày ${BLANK}`,
    place: md(oneLine(input.place ?? '')) || BLANK,
    convened: input.convened ?? BLANK,
    present: input.present ?? BLANK,
    counters: counters.map((name, i) => `${md(name)} – ${i === 0 ? 'Trưởng ban' : 'Thành viên'}`),
    head: counters[0] ?? SIGN_BLANK,
    member: counters[1] ?? SIGN_BLANK,
    // Members beyond the two of the engine's signer block sign in the body, under the table.
    others: counters.slice(2).map(md),
    results: r.results.map((c) => ({ name: md(c.name), percent: percentVi(c.percent), outcome: outcomeVi(c) })),
    elected: elected.map((c) => md(c.name)),
    tied: tied.map((c) => md(c.name)),
    upperLevel: oneLine(input.upperLevel ?? ''),
    issuer: oneLine(input.issuer ?? ''),
    locality: oneLine(input.locality ?? ''),
    date: input.date ?? '',
  };
  return kp;
}
type Kp = ReturnType<typeof kpData>;

/** Template-style Markdown (front matter + body) and the data it reads. */
export function countMinutesSource(
  input: MinutesInput,
  r: TallyResult,
): { markdown: string; data: Record<string, unknown> } {
  const kp = kpData(input, r);
  return { markdown: [frontMatter(), body(input, r, kp)].join('\n'), data: { kp } };
}

function frontMatter(): string {
  // Empty header fields fall back to the organisation profile (buildDocument's own defaults).
  return [
    '---',
    'type: BB',
    'issuerCode: CĐCS',
    'upperLevel: "{{kp.upperLevel}}"',
    'issuer: "{{kp.issuer}}"',
    'place: "{{kp.locality}}"',
    'date: "{{kp.date}}"',
    'summary: "{{kp.summary}}"',
    'signers:',
    '  - authority: ""',
    '    position: THÀNH VIÊN',
    '    name: "{{kp.member}}"',
    '  - authority: ""',
    '    position: TRƯỞNG BAN KIỂM PHIẾU',
    '    name: "{{kp.head}}"',
    'recipients:',
    '  - Đoàn Chủ tịch;',
    '  - "Lưu: VT."',
    '---',
  ].join('\n');
}

const nameList = (path: string, names: string[]) => names.map((_, i) => `{{${path}.${i}}}`).join(', ');

function body(input: MinutesInput, r: TallyResult, kp: Kp): string {
  const of = OF[input.denominator];
  const out: string[] = [
    `Hôm nay, {{kp.when}}, tại {{kp.place}}, Ban kiểm phiếu${kp.title ? ' {{kp.title}}' : ''} gồm các đồng chí:` +
      (kp.counters.length > 0 ? '' : ` ${BLANK}`),
    '',
    ...kp.counters.map((_, i) => `- {{kp.counters.${i}}}`),
    '',
    'đã tiến hành kiểm phiếu bầu {{kp.electing}}. Kết quả như sau:',
    '',
    '## I. SỐ ĐẠI BIỂU VÀ SỐ PHIẾU',
    '',
    '- Tổng số đại biểu được triệu tập: {{kp.convened}}.',
    '- Số đại biểu có mặt: {{kp.present}}.',
    `- Số lượng cần bầu: ${input.seats}; số người trong danh sách bầu cử: ${r.results.length}.`,
    `- Số phiếu phát ra: ${r.issued}.`,
    `- Số phiếu thu vào: ${r.collected}.`,
    `- Số phiếu hợp lệ: ${r.valid}.`,
    `- Số phiếu không hợp lệ: ${r.invalid}.`,
    `- Người trúng cử phải được quá 1/2 ${of}, tức từ ${r.threshold} phiếu trở lên.`,
    '',
    '## II. KẾT QUẢ BẦU CỬ',
    '',
    `Số phiếu bầu của từng người, xếp theo số phiếu từ cao xuống thấp (tỷ lệ % trên ${of}):`,
    '',
    `| ${RESULTS_HEADER.join(' | ')} |`,
    '|:---:|---|:---:|:---:|:---:|',
    ...r.results.map((c, i) => {
      const p = `kp.results.${i}`;
      return `| ${i + 1} | {{${p}.name}} | ${c.votes} | {{${p}.percent}} | {{${p}.outcome}} |`;
    }),
    '',
    `Số người trúng cử: ${kp.elected.length}/${input.seats} người cần bầu` +
      (kp.elected.length > 0 ? `, gồm các đồng chí: ${nameList('kp.elected', kp.elected)}.` : '.'),
  ];
  if (kp.tied.length > 0) {
    out.push(
      '',
      `Các đồng chí ${nameList('kp.tied', kp.tied)} bằng phiếu nhau ở vị trí trúng cử cuối cùng; ` +
        'đề nghị bầu lại giữa những người bằng phiếu.',
    );
  }
  const missing = input.seats - kp.elected.length;
  if (missing > 0 && kp.tied.length === 0) out.push('', `Còn thiếu ${missing} người so với số lượng cần bầu.`);
  out.push(
    '',
    'Biên bản kiểm phiếu được lập xong lúc … giờ … phút cùng ngày, được Trưởng ban kiểm phiếu công bố trước ' +
      'Đại hội (hội nghị) và lập thành 02 bản có giá trị như nhau./.',
  );
  if (kp.others.length > 0) {
    out.push('', '**Các thành viên khác của Ban kiểm phiếu** (ký, ghi rõ họ tên):', '');
    out.push(...kp.others.map((_, i) => `- {{kp.others.${i}}}: ${SIGN_BLANK}`));
  }
  return out.join('\n');
}
