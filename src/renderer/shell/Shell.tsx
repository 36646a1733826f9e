/** The main window once unlocked: side menu, header with the union's name, language switch and lock. */
import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../app/App';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ComingSoon } from './ComingSoon';
import type { PageEntry, PageProps } from './page';
import { PageFrame } from './PageFrame';
import { PAGES } from './pages';
import { useRoute } from './useRoute';

interface Props {
  status: AppStatus;
  orgName: string;
  onLock: () => Promise<void>;
  onOrgChanged: () => void;
  onRestored: () => Promise<void>;
  /** The pages list; tests pass a copy with a toy page. */
  pages?: readonly PageEntry[];
}

export function Shell({ status, orgName, onLock, onOrgChanged, onRestored, pages = PAGES }: Props) {
  const { t } = useTranslation();
  const { page, sub, go } = useRoute(pages);
  const [locking, setLocking] = useState(false);
  const app = useMemo(() => ({ status, onOrgChanged, onRestored }), [status, onOrgChanged, onRestored]);
  const entry = pages.find((p) => p.key === page) ?? pages[0];

  const lock = async () => {
    setLocking(true);
    try {
      await onLock();
    } finally {
      setLocking(false);
    }
  };

  const props: PageProps = { sub, onSub: (s) => go(entry.key, s), open: go, app };
  const Page = entry.component;
  return (
    <Layout className="ud-shell" data-testid="app-shell">
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={220} theme="light" className="ud-sider">
        <div className="ud-sider-brand">{t('app.title')}</div>
        <Menu
          mode="inline"
          selectedKeys={[entry.key]}
          onClick={({ key }) => go(key)}
          items={pages.map((p) => ({
            key: p.key,
            icon: p.icon,
            label: <span data-testid={`nav-${p.key}`}>{t(p.label)}</span>,
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
            <Button
              icon={<LockOutlined />}
              onClick={lock}
              loading={locking}
              data-testid="lock-button"
              title={t('shell.lockHint')}
            >
              {t('shell.lock')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="ud-content" data-testid={`page-${entry.key}`}>
          <PageFrame key={entry.key}>{Page ? <Page {...props} /> : <ComingSoon page={entry} />}</PageFrame>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
