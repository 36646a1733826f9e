/** Vietnamese names of the welfare kinds, as vouchers, lists and the UI print them. */
import type { PROGRAMME_KINDS, SUPPORT_KINDS } from '../../shared/welfare-contract';

export const SUPPORT_KIND_LABELS: Record<(typeof SUPPORT_KINDS)[number], string> = {
  sickness: 'ốm đau',
  bereavement: 'hiếu',
  wedding: 'hỷ',
  maternity: 'thai sản',
  tet: 'Tết',
  housing: 'Mái ấm Công đoàn',
  accident: 'tai nạn',
  other: 'khác',
};

export const PROGRAMME_KIND_LABELS: Record<(typeof PROGRAMME_KINDS)[number], string> = {
  'health-check': 'Khám sức khỏe',
  gift: 'Tặng quà',
  trip: 'Tham quan, nghỉ dưỡng',
  other: 'Khác',
};
