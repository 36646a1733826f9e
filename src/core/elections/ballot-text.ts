/**
 * One phiếu bầu cử in the engine's Markdown: the union's name (printed beside the stamp box), "PHIẾU BẦU CỬ", what
 * is elected, how many to elect, the candidates numbered in the order of the register (given name first), and how
 * to vote. The Markdown becomes the document model's body (markdownToDocument), which the engine's own body
 * renderers print into each slot of the sheet (ballot-sheet.ts).
 */
import type { BlockNode } from '../../shared/document-model';
import type { Election } from '../../shared/elections-contract';
import { compareNames, splitName } from '../../shared/text/names';
import { upperVi } from '../../shared/text/format';
import { markdownToDocument } from '../documents/templates';
import { setColumnWidths } from './columns';
import { escapeMd } from './results';

export const BALLOT_HEADER = ['STT', 'Họ và tên'] as const;
export const BALLOT_WIDTHS = [15, 85] as const;

/** Candidates as the ballot lists them: by given name, then family and middle name (DOMAIN.md). */
export function ballotOrder(candidates: Election['candidates']): string[] {
  return candidates
    .map((c) => ({ ...splitName(c.name), fullName: c.name }))
    .sort(compareNames)
    .map((c) => c.fullName);
}

export interface BallotBlocks {
  /** Beside the stamp box: the union's name. */
  head: BlockNode[];
  /** Full width below: title, what is elected, the list, the note. */
  rest: BlockNode[];
}

export function ballotMarkdown(e: Pick<Election, 'electing' | 'seats' | 'candidates'>, orgName: string): string[] {
  const names = ballotOrder(e.candidates);
  return [
    `->**${escapeMd(upperVi(orgName))}**<-`,
    '',
    '->**PHIẾU BẦU CỬ**<-',
    '',
    `->Bầu ${escapeMd(e.electing)}<-`,
    '',
    `->Số lượng cần bầu: ${e.seats} đồng chí<-`,
    '',
    `| ${BALLOT_HEADER.join(' | ')} |`,
    '|:---:|---|',
    ...names.map((n, i) => `| ${i + 1} | ${escapeMd(n)} |`),
    '',
    '->*Đồng ý bầu ai thì giữ nguyên họ tên; không bầu ai thì gạch ngang cả họ và tên người đó.*<-',
  ];
}

export function ballotBlocks(e: Pick<Election, 'electing' | 'seats' | 'candidates'>, orgName: string): BallotBlocks {
  const { body } = markdownToDocument(ballotMarkdown(e, orgName).join('\n'));
  const [first, ...rest] = body.content;
  setColumnWidths(rest, BALLOT_HEADER, BALLOT_WIDTHS);
  return { head: [first], rest };
}
