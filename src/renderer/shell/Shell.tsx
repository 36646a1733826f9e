/** The main window once unlocked: side menu, header with the union's name, language switch and lock. */
import { LockOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../app/App';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ComingSoon } from './ComingSoon';
import type { PageEntry, PageProps } from './page';
import { PageFrame } from './PageFrame';
import { PAGES } from './pages';
import { SideNav } from './SideNav';
import { usePageFocus } from './usePageFocus';
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
  const [collapsed, setCollapsed] = useState(false);
  const content = useRef<HTMLElement>(null);
  const app = useMemo(() => ({ status, onOrgChanged, onRestored }), [status, onOrgChanged, onRestored]);
  const entry = pages.find((p) => p.key === page) ?? pages[0];
  usePageFocus(content, `${entry.key}/${sub ?? ''}`);

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
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={64}
        width={220}
        theme="light"
        className="ud-sider"
        onCollapse={setCollapsed}
      >
        <div className="ud-sider-brand">{t('app.title')}</div>
        <SideNav pages={pages} current={entry.key} collapsed={collapsed} onOpen={go} />
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
        <Layout.Content className="ud-content" data-testid={`page-${entry.key}`} ref={content}>
          <PageFrame key={entry.key}>{Page ? <Page {...props} /> : <ComingSoon page={entry} />}</PageFrame>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
