import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FundsSignersSetting } from '../funds/SignersSetting';
import type { PageProps } from '../shell/page';
import { SyncTab } from '../sync/SyncTab';
import { BackupsTab } from './BackupsTab';
import { DoctorTab } from './DoctorTab';
import { EmailTab } from './EmailTab';
import { MeetingQuorumSetting } from './MeetingQuorumSetting';
import { OrgTab } from './OrgTab';
import { SecurityTab } from './SecurityTab';

const TABS = ['org', 'email', 'backups', 'sync', 'security', 'doctor'] as const;

export function SettingsPage({ sub: tab, onSub: onTab, app }: Pick<PageProps, 'sub' | 'onSub' | 'app'>) {
  const { status, onOrgChanged, onRestored } = app;
  const { t } = useTranslation();
  const active = (TABS as readonly string[]).includes(tab ?? '') ? tab! : 'org';
  const body = (key: (typeof TABS)[number]) => {
    switch (key) {
      case 'org':
        return [
          <OrgTab key="org" onSaved={onOrgChanged} />,
          <MeetingQuorumSetting key="quorum" />,
          <FundsSignersSetting key="signers" />,
        ];
      case 'email':
        return <EmailTab />;
      case 'backups':
        return <BackupsTab onRestored={onRestored} />;
      case 'security':
        return <SecurityTab status={status} />;
      case 'sync':
        return <SyncTab />;
      case 'doctor':
        return <DoctorTab />;
    }
  };
  return (
    <div>
      <Typography.Title level={3} className="ud-page-title">
        {t('settings.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={onTab}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: (
            <span data-testid={`settings-tab-${key}`}>
              {t(key === 'email' ? 'bulletins.email.tab' : `settings.tabs.${key}`)}
            </span>
          ),
          children: body(key),
        }))}
      />
    </div>
  );
}
