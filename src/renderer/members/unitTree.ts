/** The flat group list as a tree for antd Tree / TreeSelect, siblings in Vietnamese order. */
import type { Unit } from '../../shared/members-contract';
import { viCollator } from '../../shared/text/names';
import { unitForest, type UnitBranch } from '../../shared/unit-tree';

export interface UnitNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

const byName = (a: Unit, b: Unit) => viCollator.compare(a.name, b.name);

/**
 * The shared walk's forest (it already drops groups caught in a cycle) as antd nodes. `exclude` leaves out one
 * group with everything below it: a group cannot move under itself or one of its own sub-groups.
 */
export function unitTree(units: readonly Unit[], exclude?: string): UnitNode[] {
  const toNodes = (branches: UnitBranch<Unit>[]): UnitNode[] =>
    branches
      .filter((b) => b.unit.id !== exclude)
      .map(({ unit, children }) => ({
        key: unit.id,
        value: unit.id,
        title: unit.name,
        unit,
        children: toNodes(children),
      }));
  return toNodes(unitForest(units, byName));
}
