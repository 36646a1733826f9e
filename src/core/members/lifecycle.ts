/**
 * Member lifecycle (DOMAIN.md): admitted → active ⇄ suspended → transferred out | retired | withdrawn |
 * expelled | ceased; honorary members exist. Every transition is dated with a reason and a decision reference.
 */
import type { MemberStatus } from '../../shared/members-contract';

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

export const STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  suspended: 'Tạm dừng sinh hoạt',
  transferred_out: 'Đã chuyển sinh hoạt',
  retired: 'Nghỉ hưu',
  withdrawn: 'Xin ra khỏi tổ chức',
  expelled: 'Bị khai trừ',
  ceased: 'Thôi sinh hoạt',
  honorary: 'Đoàn viên danh dự',
};

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
