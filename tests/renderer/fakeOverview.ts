/** overview.get for the fake core: the same figures the real one counts, from the fake's members in memory. */
import type { OverviewReport } from '../../src/shared/overview-contract';
import type { FakeCore } from './fakeCore';

const LEAVING = ['transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'];

export function overviewOf(state: FakeCore['state'], asOf: string): OverviewReport {
  const year = Number(asOf.slice(0, 4));
  const from = `${year}-01-01`;
  const byStatus = new Map<string, number>();
  for (const m of state.members) byStatus.set(m.status, (byStatus.get(m.status) ?? 0) + 1);
  const active = state.members.filter((m) => m.status === 'active');
  const byUnit = new Map<string | null, number>();
  for (const m of active) byUnit.set(m.unitId, (byUnit.get(m.unitId) ?? 0) + 1);
  const events = [...state.history.values()].flat();
  return {
    asOf,
    members: {
      total: state.members.length,
      byStatus: [...byStatus].map(([status, count]) => ({ status: status as never, count })),
      active: active.length,
      activeWomen: active.filter((m) => m.gender === 'female').length,
      byUnit: [...byUnit]
        .map(([unitId, count]) => ({ unitId, name: state.units.find((u) => u.id === unitId)?.name ?? null, count }))
        .sort((a, b) => b.count - a.count),
    },
    year,
    admitted: state.members.filter((m) => m.joinedOn && m.joinedOn >= from && m.joinedOn <= asOf).length,
    left: events.filter((e) => LEAVING.includes(e.toStatus) && e.date >= from && e.date <= asOf).length,
    documents: { total: 0, drafts: 0, recent: [] },
    dues: { month: asOf.slice(0, 7), paidMembers: 0, collected: 0 },
  };
}
