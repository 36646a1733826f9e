/**
 * The tờ trình đề nghị công nhận (type TTr) as template-style Markdown: the request in the body, then one appendix
 * (`\phuluc`) per elected body listing who was elected, with their date of birth and position from the register
 * and their votes. Texts the user typed are escaped for the Markdown (escapeMd); the appendix names and the front
 * matter's values, which are not parsed as Markdown, travel in `data` as `{{tt.…}}`.
 */
import { formatDateVi, longDateVi } from '../../shared/text/format';
import { upperRoman } from '../documents/render/body-shared';
import { percentVi } from './minutes-text';
import { escapeMd, type ElectedBody, ONE_PERSON, pad2 } from './results';

/** What the register says of an elected member: date of birth, positions and union group. */
export interface MemberFacts {
  dateOfBirth: string | null;
  role: string;
}

export interface RecognitionInput {
  /** The congress (the meeting's title) and its day. */
  congress: string;
  day: string | null;
  orgName: string;
  /** The upper level addressed ("Kính gửi"). */
  upperLevel: string;
  /** Who signs for the BCH: the newly elected chair, else the profile's (or a line to fill in by hand). */
  chair: string;
  bodies: ElectedBody[];
  members: Map<string, MemberFacts>;
}

export const APPENDIX_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ, tổ công đoàn', 'Số phiếu', 'Tỷ lệ %'];
export const APPENDIX_WIDTHS = [8, 27, 15, 26, 11, 13];

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function frontMatter(): string {
  return [
    '---',
    'type: TTr',
    'issuerCode: CĐCS',
    'summary: "{{tt.summary}}"',
    'signers:',
    '  - authority: TM. BAN CHẤP HÀNH',
    '    position: CHỦ TỊCH',
    '    name: "{{tt.chair}}"',
    'recipients:',
    '  - Như trên;',
    '  - "Lưu: VT, BCH."',
    '---',
  ].join('\n');
}

/** "Phụ lục II" as the engine labels it: plain "Phụ lục" when there is only one. */
const appendixLabel = (i: number, n: number) => (n > 1 ? `Phụ lục ${upperRoman(i + 1)}` : 'Phụ lục');

function requestLine(b: ElectedBody, label: string): string {
  const electing = escapeMd(b.election.electing);
  if (ONE_PERSON.has(b.election.body) && b.elected.length === 1)
    return `Đồng chí ${escapeMd(b.elected[0].name)} giữ chức ${electing} (${label}).`;
  return `${electing} gồm ${pad2(b.elected.length)} đồng chí (danh sách tại ${label}).`;
}

function appendix(b: ElectedBody, i: number, members: Map<string, MemberFacts>): string[] {
  const memberOf = new Map(b.election.candidates.map((c) => [c.name.normalize('NFC').trim(), c.memberId]));
  const rows = b.elected.map((c, n) => {
    const id = memberOf.get(c.name) ?? null;
    const facts = id ? members.get(id) : undefined;
    const dob = facts?.dateOfBirth ? formatDateVi(facts.dateOfBirth) : '';
    const role = facts?.role ? escapeMd(facts.role) : '';
    return `| ${n + 1} | ${escapeMd(c.name)} | ${dob} | ${role} | ${c.votes} | ${percentVi(c.percent)} |`;
  });
  return [
    `\\phuluc {{tt.titles.${i}}}`,
    '',
    `| ${APPENDIX_HEADER.join(' | ')} |`,
    '|:---:|---|:---:|---|:---:|:---:|',
    ...rows,
    '',
    `Số phiếu và tỷ lệ tính trên ${OF[b.election.denominator]} (${b.tally[b.election.denominator]} phiếu).`,
  ];
}

const OF = { issued: 'số phiếu phát ra', collected: 'số phiếu thu vào', valid: 'số phiếu hợp lệ' } as const;

export function recognitionSource(input: RecognitionInput): { markdown: string; data: Record<string, unknown> } {
  const n = input.bodies.length;
  const congress = escapeMd(input.congress);
  const upper = escapeMd(input.upperLevel);
  const org = escapeMd(input.orgName);
  const when = input.day ? ` ${longDateVi(input.day)}` : '';
  const body = [
    `->Kính gửi: ${upper}<-`,
    '',
    'Căn cứ Điều lệ Công đoàn Việt Nam và các văn bản hướng dẫn thi hành Điều lệ;',
    '',
    `Căn cứ kết quả bầu cử tại ${congress}${when} (các biên bản kiểm phiếu kèm theo);`,
    '',
    `Ban Chấp hành ${org} kính trình ${upper} xem xét, công nhận kết quả bầu cử như sau:`,
    '',
    ...input.bodies.map((b, i) => `${i + 1}. ${requestLine(b, appendixLabel(i, n))}`),
    '',
    `Ban Chấp hành ${org} kính trình ${upper} xem xét, quyết định./.`,
    '',
    ...input.bodies.flatMap((b, i) => [...appendix(b, i, input.members), '']),
  ];
  const data = {
    tt: {
      summary: oneLine(`Về việc đề nghị công nhận kết quả bầu cử tại ${input.congress}`),
      chair: input.chair,
      titles: input.bodies.map((b) => oneLine(`Danh sách ${b.election.electing}`)),
    },
  };
  return { markdown: [frontMatter(), body.join('\n')].join('\n'), data };
}
