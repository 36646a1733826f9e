/**
 * The Nghị quyết as template-style Markdown plus its data, built from a meeting's record: one article ("Điều")
 * per motion that passed, with its vote ("8/9 đồng chí có mặt tán thành, đạt 88,89%"), then the articles the caller
 * adds (a congress's election results) and the article on implementation. The layout follows
 * resources/templates/nghi-quyet-bch.md; like the minutes, typed texts travel in `data`, made literal.
 */
import type { Meeting, MeetingKind } from '../../shared/meetings-contract';
import type { Signer } from '../../shared/document-model';
import { DEFAULT_DOCUMENT_TEXTS } from '../../shared/settings-contract';
import { longDateVi } from '../../shared/text/format';
import { literalMarkdown as lit } from './markdown-literal';
import { minutesSummary, percentVi, type MinutesFigures } from './minutes-text';

/** Who resolves, as the preamble names it ("Hội nghị Ban Chấp hành Công đoàn cơ sở … họp ngày …"). */
const ASSEMBLY: Record<MeetingKind, string> = {
  bch: 'Hội nghị Ban Chấp hành',
  standing: 'Hội nghị Ban Thường vụ',
  group: 'Hội nghị tổ công đoàn',
  'workers-conference': 'Hội nghị người lao động',
  congress: 'Đại hội',
  other: 'Hội nghị',
};

/** Those who receive it besides the upper level and the archive (nghi-quyet-bch.md's list, per body). */
const RECIPIENTS: Record<MeetingKind, string[]> = {
  bch: ['Các đồng chí Ủy viên Ban Chấp hành;', 'Các tổ công đoàn (để thực hiện);'],
  standing: ['Các đồng chí Ủy viên Ban Thường vụ;', 'Ban Chấp hành (để biết);'],
  group: ['Ban Chấp hành (để báo cáo);', 'Đoàn viên trong tổ (để thực hiện);'],
  // The employer as the union's settings name it (documentTexts: "Ban Giám hiệu", "Thủ trưởng đơn vị"…).
  'workers-conference': [
    '{{org.employer|default:Người sử dụng lao động}} (để thực hiện);',
    'Người lao động (để thực hiện);',
  ],
  congress: ['Các đại biểu dự Đại hội;', 'Ban Chấp hành khóa mới (để thực hiện);'],
  other: ['Các thành viên dự họp;'],
};

export interface ResolutionInput {
  meeting: Meeting;
  figures: MinutesFigures;
  /** The signer: TM. BAN CHẤP HÀNH / CHỦ TỊCH (for a congress TM. ĐOÀN CHỦ TỊCH / CHỦ TRÌ, the meeting's chair). */
  signer: Signer;
  /** The Biên bản this rests on, when it is issued ("số 05/BB-CĐCS"): cited in the preamble. */
  minutesNumber: string | null;
  /**
   * Articles added after those of the passed motions, before the one on implementation: each entry is one article's
   * Markdown (first line after "Điều N.", then e.g. a list). For a congress: the election results. Trusted
   * Markdown: the caller makes its own typed texts literal (literalMarkdown).
   */
  extraSections: string[];
}

/** "Thông qua báo cáo." → "Thông qua báo cáo": the vote follows in brackets, then the full stop. */
const noFinalStop = (s: string) => s.replace(/[\s.;]+$/, '');

export function resolutionSource(r: ResolutionInput): { markdown: string; data: Record<string, unknown> } {
  const { meeting: m, figures: f } = r;
  const day = m.startsAt.slice(0, 10);
  const rr = {
    summary: minutesSummary(m.kind, m.title),
    signer: r.signer,
    assembly: ASSEMBLY[m.kind],
    date: longDateVi(day),
    minutes: r.minutesNumber ? ` (số ${r.minutesNumber})` : '',
    place: lit([m.place, m.onlineUrl ? `trực tuyến qua đường dẫn ${m.onlineUrl}` : null].filter(Boolean).join('; ')),
    attendance: `có mặt ${f.present}/${f.convened} đồng chí được triệu tập`,
    articles: m.motions
      .filter((x) => x.passed)
      .map((x) => ({
        text: lit(noFinalStop(x.text)),
        vote: `${x.for}/${f.present} đồng chí có mặt tán thành, đạt ${percentVi(x.percentFor)}`,
      })),
  };
  return { markdown: [frontMatter(m, day), body(rr, r.extraSections)].join('\n'), data: { rr } };
}

function frontMatter(m: Meeting, day: string): string {
  return [
    '---',
    'type: NQ',
    'issuerCode: CĐCS',
    `date: "${day}"`,
    'summary: "{{rr.summary}}"',
    'signers:',
    '  - authority: "{{rr.signer.authority}}"',
    '    position: "{{rr.signer.position}}"',
    '    name: "{{rr.signer.name}}"',
    'recipients:',
    '  - "{{org.upperLevelName|default:Công đoàn cấp trên}} (để báo cáo);"',
    ...RECIPIENTS[m.kind].map((x) => `  - "${x}"`),
    '  - "Lưu: VT, BCH."',
    '---',
  ].join('\n');
}

/** The union's name from the profile; a document built before the profile is filled still reads. */
const ORG = '{{org.name|default:Công đoàn cơ sở}}';

/**
 * The bases as the documents templates cite them: the Luật Công đoàn 2024 (in force from 1/7/2025) with its number,
 * then the Điều lệ with its guidance named in the settings (documentTexts.charterGuidance, its number and date).
 */
const BASES = [
  'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27 tháng 11 năm 2024;',
  '',
  `Căn cứ Điều lệ Công đoàn Việt Nam và {{org.charterGuidance|default:${DEFAULT_DOCUMENT_TEXTS.charterGuidance}}};`,
  '',
];

function body(rr: { articles: unknown[]; place: string }, extraSections: string[]): string {
  const out = [
    ...BASES,
    'Căn cứ Biên bản họp {{rr.date}}{{rr.minutes}};',
    '',
    `{{rr.assembly}} ${ORG} họp {{rr.date}}${rr.place ? ' tại {{rr.place}}' : ''}, {{rr.attendance}},`,
    '',
    '->**QUYẾT NGHỊ:**<-',
    '',
  ];
  let n = 0;
  rr.articles.forEach((_, i) => {
    out.push(`**Điều ${++n}.** {{rr.articles.${i}.text}} ({{rr.articles.${i}.vote}}).`, '');
  });
  for (const section of extraSections) out.push(`**Điều ${++n}.** ${section.trim()}`, '');
  out.push(
    `**Điều ${++n}.** Ban Chấp hành, các tổ công đoàn và đoàn viên ${ORG} có trách nhiệm tổ chức thực hiện ` +
      'Nghị quyết này.',
    '',
    'Nghị quyết có hiệu lực kể từ ngày ký./.',
  );
  return out.join('\n');
}
