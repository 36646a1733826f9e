/**
 * Member lifecycle (DOMAIN.md): admitted → active ⇄ suspended → transferred out | retired | withdrawn |
 * expelled | ceased; honorary members exist. Every transition is dated with a reason and a decision reference.
 */
import { type MemberStatus, NEXT_STATUSES } from '../../shared/members-contract';
import { STATUS_LABELS } from '../../shared/text/format';

export { STATUS_LABELS };

export function canTransition(from: MemberStatus, to: MemberStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** The event name recorded for a transition: returning to active is a transfer in or a reinstatement. */
export function eventFor(from: MemberStatus, to: MemberStatus): string {
  if (to !== 'active') return to;
  return from === 'transferred_out' ? 'transferred_in' : 'reinstated';
}
