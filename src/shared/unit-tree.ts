/**
 * The union groups (tổ công đoàn) as a tree, built from the flat list where each group names its parent: the one
 * walk for the core (filters "this group and below"), the CLI (`units list`) and the renderer (tree pickers).
 * A group whose parent is not in the list sits at the top; groups caught in a cycle are left out, never looped on.
 */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

export interface UnitBranch<U> {
  unit: U;
  children: UnitBranch<U>[];
}

/** The groups as a forest; siblings in list order, or sorted by `compare`. */
export function unitForest<U extends TreeUnit>(units: readonly U[], compare?: (a: U, b: U) => number): UnitBranch<U>[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | null, U[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  // Each group is in one parent's list, so a walk down from the top reaches it at most once (never a cycle).
  const build = (parent: string | null): UnitBranch<U>[] => {
    const kids = byParent.get(parent) ?? [];
    return (compare ? [...kids].sort(compare) : kids).map((unit) => ({ unit, children: build(unit.id) }));
  };
  return build(null);
}

/** Every group depth-first, each parent before its children, with its depth (0 at the top). */
export function walkUnits<U extends TreeUnit>(units: readonly U[], visit: (unit: U, depth: number) => void): void {
  const walk = (branches: UnitBranch<U>[], depth: number) => {
    for (const b of branches) {
      visit(b.unit, depth);
      walk(b.children, depth + 1);
    }
  };
  walk(unitForest(units), 0);
}

/** A group and every group below it (to filter by a group, or to keep a group from moving under itself). */
export function withDescendants(units: readonly TreeUnit[], rootId: string): Set<string> {
  const out = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) if (u.parentId && out.has(u.parentId) && !out.has(u.id)) (out.add(u.id), (grew = true));
  }
  return out;
}
