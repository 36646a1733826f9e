/** The flat group list as a tree for antd Tree / TreeSelect, siblings in Vietnamese order. */
import type { Unit } from '../../shared/members-contract';
import { viCollator } from '../../shared/text/names';

export interface UnitNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

export function unitTree(units: readonly Unit[], exclude?: string): UnitNode[] {
  const byParent = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  const build = (parent: string | null, seen: Set<string>): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .filter((u) => u.id !== exclude && !seen.has(u.id))
      .sort((a, b) => viCollator.compare(a.name, b.name))
      .map((u) => ({
        key: u.id,
        value: u.id,
        title: u.name,
        unit: u,
        children: build(u.id, new Set([...seen, u.id])),
      }));
  return build(null, new Set());
}

/** All ids below a group (to keep "move under" from choosing its own descendants). */
export function descendants(units: readonly Unit[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) if (u.parentId && out.has(u.parentId) && !out.has(u.id)) (out.add(u.id), (grew = true));
  }
  return out;
}
