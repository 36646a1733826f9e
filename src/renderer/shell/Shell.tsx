/** The main window once unlocked: side menu, header with the union's name, language switch and lock. */
import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../app/App';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { DocumentsPage } from '../documents/DocumentsPage';
import { MembersPage } from '../members/MembersPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ComingSoon } from './ComingSoon';
import { COMING, PAGE_ICONS, PAGES, type PageKey } from './nav';
import { Overview } from './Overview';
import { useRoute } from './useRoute';

interface Props {
  status: AppStatus;
  orgName: string;
  onLock: () => Promise<void>;
  onOrgChanged: () => void;
  onRestored: () => Promise<void>;
}

export function Shell({ status, orgName, onLock, onOrgChanged, onRestored }: Props) {
  const { t } = useTranslation();
  const { page, sub, go } = useRoute();
  const [locking, setLocking] = useState(false);

  const lock = async () => {
    setLocking(true);
    try {
      await onLock();
    } finally {
      setLocking(false);
    }
  };

  const content = (p: PageKey) => {
    if (p === 'overview') return <Overview onOpenSettings={(tab) => go('settings', tab)} />;
    if (p === 'members') return <MembersPage tab={sub} onTab={(tab) => go('members', tab)} />;
    if (p === 'documents') return <DocumentsPage tab={sub} onTab={(tab) => go('documents', tab)} />;
    if (p === 'settings')
      return <SettingsPage status={status} tab={sub} onTab={(tab) => go('settings', tab)} onOrgChanged={onOrgChanged} onRestored={onRestored} />;
    if (COMING.includes(p)) return <ComingSoon area={p} />;
    return null;
  };

  return (
    <Layout className="ud-shell" data-testid="app-shell">
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={220} theme="light" className="ud-sider">
        <div className="ud-sider-brand">{t('app.title')}</div>
        <Menu
          mode="inline"
          selectedKeys={[page]}
          onClick={({ key }) => go(key as PageKey)}
          items={PAGES.map((key) => ({
            key,
            icon: PAGE_ICONS[key],
            label: <span data-testid={`nav-${key}`}>{t(`nav.${key}`)}</span>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="ud-header">
          <Typography.Title level={4} className="ud-org-title" data-testid="org-title" ellipsis>
            {orgName || t('shell.noOrgName')}
          </Typography.Title>
          <Space>
            <LanguageSwitch />
            <Button icon={<LockOutlined />} onClick={lock} loading={locking} data-testid="lock-button" title={t('shell.lockHint')}>
              {t('shell.lock')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="ud-content" data-testid={`page-${page}`}>
          {content(page)}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
