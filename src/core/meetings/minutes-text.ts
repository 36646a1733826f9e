/**
 * The Biên bản họp as template-style Markdown plus its data, built from a meeting's record and figures. It goes
 * through the document engine's own `buildDocument` (the same path as every template), so there is one renderer
 * for docx, pdf and html. Every text the secretary typed travels in `data` and is referenced by `{{mm.…}}`: a
 * "{{" in an opinion can never be read as a placeholder. The engine keeps Markdown in values, so each typed text is
 * made literal first (markdown-literal.ts); the front matter is not Markdown and takes the plain text.
 */
import type { Meeting, MeetingKind, Person } from '../../shared/meetings-contract';
import { foldVi } from '../../shared/text/fold';
import { longDateVi } from '../../shared/text/format';
import { literalMarkdown as lit } from './markdown-literal';

export interface MinutesFigures {
  convened: number;
  present: number;
  presentText: string;
  quorum: { fraction: string | null; required: number; met: boolean };
  /** Everyone convened: a convened member with no attendance mark is absent too, and is named as such. */
  convenedMembers?: Person[];
}

/** What the printed title says under "BIÊN BẢN" for each kind (DOMAIN.md: minutes of each body). */
const KIND_PHRASE: Record<MeetingKind, string> = {
  bch: 'Họp Ban Chấp hành',
  standing: 'Họp Ban Thường vụ',
  group: 'Họp tổ công đoàn',
  'workers-conference': 'Hội nghị người lao động',
  congress: 'Đại hội',
  other: '',
};

/** "14 giờ 00 phút" from "2026-02-05T14:00". */
export function timeVi(at: string): string {
  return `${at.slice(11, 13)} giờ ${at.slice(14, 16)} phút`;
}

/** "14 giờ 00 phút, ngày 05 tháng 02 năm 2026". */
export function startLine(at: string): string {
  return `${timeVi(at)}, ${longDateVi(at.slice(0, 10))}`;
}

/** 88.89 → "88,89%": the Vietnamese decimal comma. */
export function percentVi(p: number): string {
  return `${String(p).replace('.', ',')}%`;
}

/** The title under "BIÊN BẢN": the kind's phrase, then the meeting's own title unless it already says it. */
export function minutesSummary(kind: MeetingKind, title: string): string {
  const phrase = KIND_PHRASE[kind];
  if (!phrase) return title;
  const t = foldVi(title);
  if (t.startsWith(foldVi(phrase)) || t.startsWith(foldVi(phrase.replace(/^Họp /, '')))) return title;
  return `${phrase} – ${title}`;
}

const STATE_TEXT = { absent: 'vắng mặt', excused: 'vắng mặt có phép' } as const;

/** Who was not there in person, with the reason: the marks given, then the convened members nobody marked. */
function absenteeLines(m: Meeting, f: MinutesFigures): string[] {
  const marked = m.attendance.flatMap((a) => {
    if (a.state === 'present') return [];
    if (a.state === 'proxy') return [`${lit(a.member.name)} – ủy quyền cho đồng chí ${lit(a.proxy?.name ?? '…')}`];
    const reason = a.reason ? `, lý do: ${lit(a.reason)}` : '';
    return [`${lit(a.member.name)} – ${STATE_TEXT[a.state]}${reason}`];
  });
  const seen = new Set(m.attendance.map((a) => a.member.memberId).filter(Boolean));
  const unmarked = (f.convenedMembers ?? [])
    .filter((p) => p.memberId && !seen.has(p.memberId))
    .map((p) => `${lit(p.name)} – vắng mặt, không rõ lý do`);
  return [...marked, ...unmarked];
}

function quorumLine(f: MinutesFigures): string {
  if (!f.quorum.fraction) return `${f.presentText} người được triệu tập.`;
  // "half" is strictly more than half (settings); two thirds is "at least".
  const rule = `${f.quorum.fraction === '1/2' ? 'trên' : 'tối thiểu'} ${f.quorum.fraction}`;
  return f.quorum.met
    ? `${f.presentText}, đạt tỷ lệ ${rule} (${f.quorum.required} người) theo quy định; ` +
        'cuộc họp đủ điều kiện tiến hành.'
    : `${f.presentText}, không đạt tỷ lệ ${rule} (${f.quorum.required} người) theo quy ` +
        'định; cuộc họp không đủ điều kiện biểu quyết.';
}

/** The count and share of those present: "8/9 (88,89%)". */
const share = (n: number, p: number, present: number) => `${n}/${present} (${percentVi(p)})`;

/** Template-style Markdown (front matter + body) and the data it reads. */
/** `elected`: a congress's election results, one sentence per elected body, already literal Markdown. */
export function minutesSource(
  m: Meeting,
  f: MinutesFigures,
  elected: string[] = [],
): { markdown: string; data: Record<string, unknown> } {
  const summary = minutesSummary(m.kind, m.title);
  const place = [m.place, m.onlineUrl ? `trực tuyến qua đường dẫn ${m.onlineUrl}` : null]
    .filter((x): x is string => Boolean(x))
    .map(lit);
  const end = m.endsAt ? timeVi(m.endsAt) : '… giờ … phút';
  const mm: Record<string, unknown> = {
    // Front matter (plain text): the summary and the signers' names as typed.
    summary,
    chairSigner: m.chair?.name ?? '',
    secretarySigner: m.secretary?.name ?? '',
    // Mid-sentence the kind's phrase is lower case ("tiến hành họp Ban Chấp hành…"); a free title stays as typed.
    what: lit(KIND_PHRASE[m.kind] ? summary.charAt(0).toLocaleLowerCase('vi-VN') + summary.slice(1) : summary),
    start: startLine(m.startsAt),
    place: place.join('; ') || '…',
    chair: lit(m.chair?.name ?? ''),
    secretary: lit(m.secretary?.name ?? ''),
    presentCount: f.present,
    absentees: absenteeLines(m, f),
    guests: m.invitees
      .filter((i) => i.type === 'guest')
      .map((g) =>
        [g.name, g.organisation]
          .map((x) => lit(x ?? ''))
          .filter(Boolean)
          .join(' – '),
      ),
    quorum: quorumLine(f),
    agenda: m.agenda.map((a) => ({
      title: lit(a.title),
      presenter: lit(a.presenter ?? ''),
      opinions: a.opinions.map((o) => `Đồng chí ${lit(o.speaker)}: ${lit(o.text)}`),
      conclusion: a.conclusion ? lit(a.conclusion) : '',
    })),
    motions: m.motions.map((x) => ({
      text: lit(x.text),
      for: share(x.for, x.percentFor, f.present),
      against: share(x.against, x.percentAgainst, f.present),
      abstain: share(x.abstain, x.percentAbstain, f.present),
      result: `${x.passed ? 'Thông qua' : 'Không thông qua'} (${x.rule === 'twoThirds' ? 'từ 2/3' : 'quá 1/2'})`,
    })),
    elected,
    end,
  };
  return { markdown: [frontMatter(m), body(m, mm)].join('\n'), data: { mm } };
}

function frontMatter(m: Meeting): string {
  return [
    '---',
    'type: BB',
    'issuerCode: CĐCS',
    `date: "${m.startsAt.slice(0, 10)}"`,
    'summary: "{{mm.summary}}"',
    'signers:',
    '  - authority: ""',
    '    position: THƯ KÝ',
    '    name: "{{mm.secretarySigner}}"',
    '  - authority: ""',
    '    position: CHỦ TRÌ',
    '    name: "{{mm.chairSigner}}"',
    'recipients:',
    '  - Các thành viên dự họp;',
    '  - "Lưu: VT."',
    '---',
  ].join('\n');
}

/** The union's name from the profile; a document built before the profile is filled still reads. */
const ORG = '{{org.name|default:Công đoàn cơ sở}}';

const bullets = (names: string[]) => names.map((n) => `  - {{${n}}}`);

function body(m: Meeting, mm: Record<string, unknown>): string {
  const elected = mm.elected as string[];
  const absent = mm.absentees as string[];
  const guests = mm.guests as string[];
  const out: string[] = [
    `Hôm nay, vào lúc {{mm.start}}, tại {{mm.place}}, ${ORG} tiến hành {{mm.what}}.`,
    '',
    '## I. THÀNH PHẦN THAM DỰ',
    '',
    '- Chủ trì: đồng chí {{mm.chair}}.',
    '- Thư ký: đồng chí {{mm.secretary}}.',
    '- {{mm.quorum}}',
    `- Vắng mặt, ủy quyền: ${absent.length === 0 ? 'không có.' : `${absent.length} đồng chí:`}`,
    ...bullets(absent.map((_, i) => `mm.absentees.${i}`)),
    `- Khách mời: ${guests.length === 0 ? 'không có.' : guests.map((_, i) => `{{mm.guests.${i}}}`).join('; ') + '.'}`,
    '',
    '## II. NỘI DUNG CUỘC HỌP',
    '',
    'Đồng chí {{mm.chair}} thông qua mục đích, yêu cầu và chương trình cuộc họp gồm các nội dung:',
    '',
    ...m.agenda.map((_, i) => `${i + 1}. {{mm.agenda.${i}.title}}`),
    '',
  ];
  m.agenda.forEach((a, i) => {
    const p = `mm.agenda.${i}`;
    out.push(`**${i + 1}. {{${p}.title}}**`, '');
    if (a.presenter) out.push(`Đồng chí {{${p}.presenter}} trình bày.`, '');
    if (a.opinions.length > 0) {
      out.push('Ý kiến phát biểu:', '', ...a.opinions.map((_, j) => `- {{${p}.opinions.${j}}}`), '');
    }
    if (a.conclusion) out.push(`Kết luận: {{${p}.conclusion}}`, '');
  });
  if (m.motions.length > 0) {
    out.push(
      '## III. KẾT QUẢ BIỂU QUYẾT',
      '',
      `Trên tổng số ${String(mm.presentCount)} người có mặt:`,
      '',
      '| STT | Nội dung biểu quyết | Tán thành | Không tán thành | Ý kiến khác | Kết quả |',
      '|:---:|---|:---:|:---:|:---:|:---:|',
      ...m.motions.map((_, i) => {
        const p = `mm.motions.${i}`;
        return `| ${i + 1} | {{${p}.text}} | {{${p}.for}} | {{${p}.against}} | {{${p}.abstain}} | {{${p}.result}} |`;
      }),
      '',
    );
  }
  if (elected.length > 0) {
    out.push(
      `## ${m.motions.length > 0 ? 'IV' : 'III'}. KẾT QUẢ BẦU CỬ`,
      '',
      ...elected.map((_, i) => `- {{mm.elected.${i}}}`),
      '',
    );
  }
  out.push(
    'Cuộc họp kết thúc vào lúc {{mm.end}} cùng ngày.',
    '',
    'Biên bản được thông qua lúc {{mm.end}} và được các thành viên dự họp nhất trí. ' +
      'Biên bản được lập thành 02 bản có giá trị như nhau./.',
  );
  return out.join('\n');
}
