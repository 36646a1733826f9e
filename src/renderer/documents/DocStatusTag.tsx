import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocRecord } from '../../shared/documents-contract';

export function DocStatusTag({ status }: { status: DocRecord['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'issued' ? 'green' : 'gold'} className="ud-doc-status" data-status={status}>
      {t(`documents.statuses.${status}`)}
    </Tag>
  );
}
