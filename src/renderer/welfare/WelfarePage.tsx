/**
 * Phúc lợi: support paid to members (#/welfare), programmes with their registrations (#/welfare/programmes) and
 * the 1-HĐCĐ statistics report (#/welfare/hdcd).
 */
import { Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../shell/page';
import { HdcdTab } from './HdcdTab';
import { ProgrammesTab } from './ProgrammesTab';
import { SupportTab } from './SupportTab';
import '../funds/funds.css';

const TABS = ['support', 'programmes', 'hdcd'] as const;
type TabKey = (typeof TABS)[number];

export function WelfarePage({ sub, onSub }: Partial<Pick<PageProps, 'sub' | 'onSub'>>) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<string | undefined>(sub);
  const current = (onSub ? sub : own) ?? 'support';
  const tab: TabKey = (TABS as readonly string[]).includes(current) ? (current as TabKey) : 'support';
  const go = (to: TabKey) => {
    const next = to === 'support' ? undefined : to;
    if (onSub) onSub(next);
    else setOwn(next);
  };
  const body: Record<TabKey, ReactNode> = {
    support: <SupportTab />,
    programmes: <ProgrammesTab />,
    hdcd: <HdcdTab />,
  };
  return (
    <div data-testid="welfare-page" className="ud-funds">
      <div className="ud-funds-head">
        <Typography.Title level={3} className="ud-page-title">
          {t('welfare.title')}
        </Typography.Title>
        <Tabs
          className="ud-funds-tabs"
          activeKey={tab}
          onChange={(k) => go(k as TabKey)}
          items={TABS.map((k) => ({
            key: k,
            label: <span data-testid={`welfare-tab-${k}`}>{t(`welfare.tabs.${k}`)}</span>,
          }))}
        />
      </div>
      {body[tab]}
    </div>
  );
}
