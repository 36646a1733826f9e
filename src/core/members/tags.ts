/**
 * Tags in use across the register: what the member form offers as choices and the audience picker lists. Two
 * spellings that fold alike ("Nữ công", "nữ công") are one tag, shown as most members wrote it.
 */
import type { Knex } from 'knex';
import { foldVi } from '../../shared/text/fold';
import { viCollator } from '../../shared/text/names';
import { tagsFromColumn } from './rows';

export async function listTags(db: Knex | Knex.Transaction): Promise<{ items: { tag: string; count: number }[] }> {
  const rows = (await db('members').whereNull('deleted_at').whereNotNull('tags').pluck('tags')) as string[];
  const byFold = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const value of rows)
    for (const tag of tagsFromColumn(value)) {
      const key = foldVi(tag);
      const entry = byFold.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count++;
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      byFold.set(key, entry);
    }
  const items = [...byFold.values()].map(({ count, spellings }) => ({
    tag: [...spellings].sort((a, b) => b[1] - a[1] || viCollator.compare(a[0], b[0]))[0][0],
    count,
  }));
  return { items: items.sort((a, b) => viCollator.compare(a.tag, b.tag)) };
}

/** Active members carrying any of the tags (folded): an audience's `tags` part. */
export async function activeMembersTagged(db: Knex | Knex.Transaction, tags: readonly string[]): Promise<string[]> {
  const wanted = new Set(tags.map(foldVi).filter(Boolean));
  if (!wanted.size) return [];
  const rows = (await db('members')
    .whereNull('deleted_at')
    .where('status', 'active')
    .whereNotNull('tags')
    .select('id', 'tags')) as { id: string; tags: string }[];
  return rows.filter((r) => tagsFromColumn(r.tags).some((t) => wanted.has(foldVi(t)))).map((r) => r.id);
}
