/** The convened members as the pack lists them: name parts (to sort by given name), union group, position, code. */
import type { Knex } from 'knex';
import type { NameParts } from '../../../shared/text/names';
import type { ListedPerson } from './models';

type Row = Record<string, unknown>;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export interface ListedMember {
  parts: NameParts & { fullName: string };
  person: ListedPerson;
}

/** A position held on the meeting's day: "Ủy viên BCH" (title and body), the first one recorded. */
async function positionsOn(db: Knex, ids: string[], day: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await db('member_positions')
      .whereIn('member_id', ids.slice(i, i + 500))
      .whereNull('deleted_at')
      .where((q) => q.whereNull('from_date').orWhere('from_date', '<=', day))
      .where((q) => q.whereNull('to_date').orWhere('to_date', '>=', day))
      .orderBy('created_at')
      .select('member_id', 'title', 'body')) as Row[];
    for (const r of rows)
      if (!out.has(text(r.member_id))) out.set(text(r.member_id), [text(r.title), text(r.body)].join(' ').trim());
  }
  return out;
}

export async function listedMembers(
  db: Knex,
  convened: { memberId: string | null; name: string }[],
  day: string,
): Promise<ListedMember[]> {
  const ids = convened.map((c) => c.memberId).filter((x): x is string => Boolean(x));
  const positions = await positionsOn(db, ids, day);
  const out: ListedMember[] = [];
  // 500 per query: a workers' conference may convene thousands, past SQLite's bound-parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await db('members as m')
      .leftJoin('units as u', 'u.id', 'm.unit_id')
      .whereIn('m.id', ids.slice(i, i + 500))
      .select(
        'm.id',
        'm.full_name',
        'm.family_name',
        'm.middle_name',
        'm.given_name',
        'm.member_code',
        'm.card_number',
        'u.name as unit',
      )) as Row[];
    for (const r of rows) {
      const fullName = text(r.full_name);
      out.push({
        parts: {
          fullName,
          familyName: text(r.family_name),
          middleName: text(r.middle_name),
          givenName: text(r.given_name),
        },
        person: {
          name: fullName,
          group: text(r.unit),
          position: positions.get(text(r.id)) ?? '',
          // The member code; else the union card's number; else the register's id, upper case so that the QR code
          // takes its compact alphanumeric mode.
          code: text(r.member_code) || text(r.card_number) || text(r.id).toUpperCase(),
        },
      });
    }
  }
  return out;
}
