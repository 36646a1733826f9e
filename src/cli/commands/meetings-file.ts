/**
 * MEETING.json as people write it (README, issue 9) → the core's `meetings.create` input. People are CCCD numbers
 * (or member ids), `unit:NAME`, `bch`, or `{"name", "organisation"}`; attendance is an object from CCCD to
 * `present` | `absent` | `excused` | `{"absent": REASON}` | `{"excused": REASON}` | `{"proxy": CCCD}`. Only the
 * shape is translated here: the core resolves every reference (and names an unknown one), and checks the rest.
 */
import { MB, readBounded } from '../files';
import { CliError } from '../io';
import { t } from '../i18n';

/** A meeting with a few hundred invitees and long minutes notes is well under this. */
export const MAX_MEETING_BYTES = 8 * MB;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Digits are a CCCD (or old CMND) number; any other text is a member id, as `members list --json` shows them. */
function person(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.normalize('NFC').trim();
  return /^\d+$/.test(s) ? { idNumber: s } : { memberId: s };
}

function invitee(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.normalize('NFC').trim();
  if (s.toLowerCase() === 'bch') return { bch: true };
  if (/^unit:/i.test(s)) return { unit: s.slice('unit:'.length).trim() };
  return person(s);
}

function mark(v: unknown): unknown {
  if (v === 'present' || v === 'absent' || v === 'excused') return { state: v };
  if (!isObject(v)) return v;
  if ('absent' in v) return { state: 'absent', reason: v.absent };
  if ('excused' in v) return { state: 'excused', reason: v.excused };
  if ('proxy' in v) return { state: 'proxy', proxy: person(v.proxy) };
  return v;
}

/** The `attendance` object (CCCD → mark), or the core's own list form as it is. */
export function attendanceInput(v: unknown): unknown {
  if (!isObject(v)) return v;
  return Object.entries(v).map(([who, m]) => ({ member: person(who), ...(mark(m) as Json) }));
}

export function meetingInput(file: Json): Json {
  const out: Json = { ...file };
  for (const role of ['chair', 'secretary'] as const) if (role in out) out[role] = person(out[role]);
  if (Array.isArray(out.invitees)) out.invitees = out.invitees.map(invitee);
  if ('attendance' in out) out.attendance = attendanceInput(out.attendance);
  return out;
}

/** A JSON object from a file, read bounded; not JSON or not an object: rejected (exit 4) with `notObject`. */
export function readJsonObjectFile(
  file: string,
  notObject: 'meetings.err.notObject' | 'meetings.err.attendanceNotObject',
): Json {
  const text = readBounded(file, MAX_MEETING_BYTES).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const error = (e as Error).message;
    throw new CliError('VALIDATION', t('meetings.err.badJson', { file, error }), [{ path: ['file'], message: error }]);
  }
  if (!isObject(value)) throw new CliError('VALIDATION', t(notObject, { file }), { file });
  return value;
}

/** MEETING.json, read bounded, as the core's input. */
export function readMeetingFile(file: string): Json {
  return meetingInput(readJsonObjectFile(file, 'meetings.err.notObject'));
}
