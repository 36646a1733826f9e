/**
 * The legal lifecycle moves (DOMAIN.md), so the status dialog offers only what the core accepts. The core
 * refuses anything else with CONFLICT; a test keeps this table equal to the core's.
 */
import type { MemberStatus } from '../../shared/members-contract';

export const NEXT_STATUSES: Record<MemberStatus, MemberStatus[]> = {
  active: ['suspended', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased', 'honorary'],
  suspended: ['active', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'],
  transferred_out: ['active'],
  retired: ['honorary', 'active'],
  withdrawn: ['active'],
  ceased: ['active'],
  expelled: [],
  honorary: ['active'],
};

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
