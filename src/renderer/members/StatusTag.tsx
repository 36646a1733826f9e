import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../shared/members-contract';
import { STATUS_COLORS } from './transitions';

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} className="ud-status-tag">
      {t(`members.statuses.${status}`)}
    </Tag>
  );
}
