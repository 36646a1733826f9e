/** How each status looks in the UI; the legal moves themselves live in the shared contract. */
import type { MemberStatus } from '../../shared/members-contract';

export { NEXT_STATUSES } from '../../shared/members-contract';

export const STATUS_COLORS: Record<MemberStatus, string> = {
  active: 'green',
  suspended: 'orange',
  transferred_out: 'blue',
  retired: 'purple',
  withdrawn: 'default',
  expelled: 'red',
  ceased: 'default',
  honorary: 'gold',
};
