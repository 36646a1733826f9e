/**
 * The blank minutes form of the pack: the Biên bản from minutesSource (the same model `meetings.minutes` makes),
 * pre-filled with what is known before the meeting (time, place, chair and secretary, convened, agenda, motions to
 * vote) and dotted lines where the secretary writes by hand (present, absentees, opinions, conclusions, counts).
 */
import type { Meeting } from '../../../shared/meetings-contract';
import { minutesSource, type MinutesFigures } from '../minutes-text';
import type { SourceDoc } from './models';

const BLANK = '…………………………';
const SHORT = '……';
/** Lines left for opinions under each agenda item, and for absentees. */
const OPINION_LINES = 3;
const ABSENT_LINES = 3;

export function minutesFormSource(m: Meeting, f: MinutesFigures): SourceDoc {
  const someone = { memberId: null, name: BLANK };
  const blank: Meeting = {
    ...m,
    endsAt: null,
    chair: m.chair ?? someone,
    secretary: m.secretary ?? someone,
    attendance: Array.from({ length: ABSENT_LINES }, () => ({
      member: someone,
      state: 'absent' as const,
      reason: null,
      proxy: null,
    })),
    agenda: m.agenda.map((a) => ({
      ...a,
      opinions: Array.from({ length: OPINION_LINES }, () => ({ speaker: SHORT, text: BLANK })),
      conclusion: BLANK,
    })),
  };
  const figures: MinutesFigures = {
    ...f,
    present: 0,
    presentText: `Có mặt ${SHORT}/${f.convened}`,
    quorum: { fraction: null, required: f.quorum.required, met: false },
    // Who comes is not known yet: no convened member is listed as absent on the form.
    convenedMembers: [],
  };
  const { markdown, data } = minutesSource(blank, figures);
  const mm = data.mm as Record<string, unknown> & { motions: Record<string, string>[] };
  mm.presentCount = SHORT;
  mm.absentees = blank.attendance.map(() => BLANK);
  for (const x of mm.motions) Object.assign(x, { for: SHORT, against: SHORT, abstain: SHORT, result: SHORT });
  // minutesSource counts the absentees it was given; on the form their number is written by hand.
  const form = markdown
    .replace(`Vắng mặt, ủy quyền: ${ABSENT_LINES} đồng chí:`, `Vắng mặt, ủy quyền: ${SHORT} đồng chí:`)
    .replace(/Trên tổng số \S+ người có mặt:/, `Trên tổng số ${SHORT} người có mặt:`);
  return { markdown: form, data };
}
