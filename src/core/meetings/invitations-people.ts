/**
 * Who gets an invitation as a person: every convened member (groups and the BCH expanded, each once) and every
 * guest, with what the Giấy mời's appendix and the .ics need (name, group or organisation, email).
 */
import type { Knex } from 'knex';
import type { Meeting } from '../../shared/meetings-contract';

type Db = Knex | Knex.Transaction;

export interface InvitedPerson {
  /** Stable within the meeting: the member id, or "guest-N" from the guest's place in the invitee list. */
  key: string;
  name: string;
  /** The member's union group, or the guest's organisation. */
  organisation: string;
  email: string | null;
}

export async function invitedPeople(
  db: Db,
  meeting: Meeting,
  convened: { memberId: string | null; name: string }[],
): Promise<InvitedPerson[]> {
  const ids = convened.map((c) => c.memberId).filter((x): x is string => Boolean(x));
  const info = new Map<string, { unit: string; email: string | null }>();
  // 500 per query: a workers' conference may convene thousands, past SQLite's bound-parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await db('members as m')
      .leftJoin('units as u', 'u.id', 'm.unit_id')
      .whereIn('m.id', ids.slice(i, i + 500))
      .select('m.id', 'm.email', 'u.name as unit')) as { id: string; email: unknown; unit: unknown }[];
    for (const r of rows) {
      const email = typeof r.email === 'string' && r.email.trim() ? r.email.trim() : null;
      info.set(String(r.id), { unit: r.unit ? String(r.unit) : '', email });
    }
  }
  const members = convened
    .filter((c) => c.memberId)
    .map((c) => ({
      key: c.memberId!,
      name: c.name,
      organisation: info.get(c.memberId!)?.unit ?? '',
      email: info.get(c.memberId!)?.email ?? null,
    }));
  const guests = meeting.invitees.flatMap((inv, n) =>
    inv.type === 'guest'
      ? [{ key: `guest-${n + 1}`, name: inv.name, organisation: inv.organisation ?? '', email: null }]
      : [],
  );
  return [...members, ...guests];
}
