import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/shared/members-contract';
import { unitTree, type UnitNode } from '../../src/renderer/members/unitTree';

const unit = (id: string, name: string, parentId: string | null = null): Unit => ({
  id,
  name,
  parentId,
  memberCount: 0,
});
// Names chosen so that code-point order differs from Vietnamese order (Đ after D, Ă after A, B before Ă by code point).
const units = [
  unit('d2', 'Đội xe'),
  unit('b', 'Ban nữ công'),
  unit('a2', 'Ăn ca', 'b'),
  unit('a1', 'An toàn', 'b'),
  unit('d1', 'Dịch vụ'),
  unit('x', 'Tổ mồ côi', 'missing'),
  unit('c1', 'Vòng 1', 'c2'),
  unit('c2', 'Vòng 2', 'c1'),
];

const shape = (nodes: UnitNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.title]: shape(n.children) } : n.title));

describe('unitTree (antd nodes over the shared walk)', () => {
  it('orders siblings the Vietnamese way, puts orphans on top and leaves a cycle out', () => {
    expect(shape(unitTree(units))).toEqual([{ 'Ban nữ công': ['An toàn', 'Ăn ca'] }, 'Dịch vụ', 'Đội xe', 'Tổ mồ côi']);
  });

  it('gives each node its id as key and value, and the group itself', () => {
    const [ban] = unitTree(units);
    expect(ban).toMatchObject({ key: 'b', value: 'b', title: 'Ban nữ công', unit: units[1] });
  });

  it('leaves out the excluded group with everything below it', () => {
    expect(shape(unitTree(units, 'b'))).toEqual(['Dịch vụ', 'Đội xe', 'Tổ mồ côi']);
    expect(shape(unitTree(units, 'a1'))).toEqual([{ 'Ban nữ công': ['Ăn ca'] }, 'Dịch vụ', 'Đội xe', 'Tổ mồ côi']);
  });
});
