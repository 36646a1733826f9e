/**
 * The pack's "Dự thảo nghị quyết": the Nghị quyết of resolution.ts (papers), made before the meeting from every
 * motion to be voted, each an article, with dotted lines where the vote and the attendance will go.
 */
import type { OrgProfile } from '../../../shared/contract';
import type { Meeting } from '../../../shared/meetings-contract';
import type { MinutesFigures } from '../minutes-text';
import { signerOf } from '../resolution';
import { resolutionSource } from '../resolution-text';
import type { SourceDoc } from './models';

const BLANK = '……';

export function resolutionDraftSource(m: Meeting, f: MinutesFigures, profile: OrgProfile | null): SourceDoc {
  const toVote = { ...m, motions: m.motions.map((x) => ({ ...x, passed: true })) };
  const { markdown, data } = resolutionSource({
    meeting: toVote,
    figures: f,
    signer: signerOf(m, profile),
    minutesNumber: null,
    extraSections: [],
  });
  const rr = data.rr as { attendance: string; articles: { vote: string }[] };
  rr.attendance = `có mặt ${BLANK}/${f.convened} đồng chí được triệu tập`;
  for (const a of rr.articles) a.vote = `${BLANK}/${BLANK} đồng chí có mặt tán thành, đạt ${BLANK}%`;
  // "DỰ THẢO" heads the body, right after the front matter (its second "---" line).
  const endOfFront = markdown.indexOf('\n---\n') + '\n---\n'.length;
  return {
    markdown: `${markdown.slice(0, endOfFront)}->**DỰ THẢO**<-\n\n${markdown.slice(endOfFront)}`,
    data,
  };
}
