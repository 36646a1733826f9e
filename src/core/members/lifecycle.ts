/**
 * Member lifecycle (DOMAIN.md): admitted → active ⇄ suspended → transferred out | retired | withdrawn |
 * expelled | ceased; honorary members exist. Every transition is dated with a reason and a decision reference.
 */
import type { MemberStatus } from '../../shared/members-contract';
import { STATUS_LABELS } from '../../shared/text/format';

const ALLOWED: Record<MemberStatus, MemberStatus[]> = {
  active: ['suspended', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased', 'honorary'],
  suspended: ['active', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'],
  transferred_out: ['active'],
  retired: ['honorary', 'active'],
  withdrawn: ['active'],
  ceased: ['active'],
  expelled: [],
  honorary: ['active'],
};

export { STATUS_LABELS };

export function canTransition(from: MemberStatus, to: MemberStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function allowedTransitions(from: MemberStatus): MemberStatus[] {
  return [...ALLOWED[from]];
}

/** The event name recorded for a transition: returning to active is a transfer in or a reinstatement. */
export function eventFor(from: MemberStatus, to: MemberStatus): string {
  if (to !== 'active') return to;
  return from === 'transferred_out' ? 'transferred_in' : 'reinstated';
}
