/**
 * `elections.recordedMinutes`: the Biên bản kiểm phiếu of a stored election, rendered exactly as
 * `elections.minutes` renders a full input (countMinutes), with the profile's header and the congress's title.
 */
import type { MinutesInput } from '../../shared/elections-contract';
import type { FileData } from '../../shared/file-data';
import type { Session } from '../session';
import { countMinutes } from './minutes';
import { loadElection, tallyInputOf } from './read';

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export async function recordedMinutes(s: Session, id: string, format: 'pdf' | 'docx'): Promise<FileData> {
  const e = await loadElection(s.db, id);
  const meeting = e.meetingId
    ? ((await s.db('meetings').where({ id: e.meetingId }).first('title')) as { title: string } | undefined)
    : undefined;
  const input: MinutesInput = {
    ...tallyInputOf(e),
    format,
    title: meeting?.title,
    electing: e.electing,
    convened: orUndefined(e.convened),
    present: orUndefined(e.present),
    date: orUndefined(e.date),
    place: orUndefined(e.place),
    counters: e.counters,
  };
  return countMinutes(s, input);
}
