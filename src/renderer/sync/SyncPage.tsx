/** The menu's Đồng bộ entry as a page: the same content as Cài đặt → Đồng bộ, under its own title. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../shell/page';
import { SyncTab } from './SyncTab';

export function SyncPage(_props: PageProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="sync-page">
      <Typography.Title level={3} className="ud-page-title">
        {t('nav.sync')}
      </Typography.Title>
      <SyncTab />
    </div>
  );
}
