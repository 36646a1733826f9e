/**
 * Đoàn phí: the month's ledger (#/dues), arrears (#/dues/arrears), the year's report (#/dues/report) and the rates
 * (#/dues/rules). One month picker above them all; the report takes its year. Without a shell route the page keeps
 * the tab itself.
 */
import { DatePicker, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { PageProps } from '../shell/page';
import { ArrearsTab } from './ArrearsTab';
import { currentMonth, toMonth } from './format';
import { LedgerTab } from './LedgerTab';
import { ReportTab } from './ReportTab';
import { RulesTab } from './RulesTab';
import './dues.css';

const TABS = ['ledger', 'arrears', 'report', 'rules'] as const;
type TabKey = (typeof TABS)[number];

// The month picked stays picked while the window lives (going to a member's page and back keeps it).
let lastMonth: string | null = null;

export function DuesPage({ sub, onSub, open: openPage }: Partial<Pick<PageProps, 'sub' | 'onSub' | 'open'>>) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<string | undefined>(sub);
  const current = (onSub ? sub : own) ?? 'ledger';
  const tab: TabKey = (TABS as readonly string[]).includes(current) ? (current as TabKey) : 'ledger';
  const go = (to: TabKey) => {
    const next = to === 'ledger' ? undefined : to;
    if (onSub) onSub(next);
    else setOwn(next);
  };
  const [month, setMonthState] = useState(() => lastMonth ?? currentMonth());
  // Closed months carry a lock in the picker; read when it opens, so a month closed a moment ago shows it.
  const { call } = useApi();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const readClosed = useCallback(
    (open: boolean) =>
      open &&
      void call('dues.months', {}).then(
        (r) => setClosed(new Set(r.items.filter((m) => m.closed).map((m) => m.month))),
        () => undefined, // the picker works without its locks
      ),
    [call],
  );
  const setMonth = (m: string) => {
    lastMonth = m;
    setMonthState(m);
  };

  const body: Record<TabKey, ReactNode> = {
    ledger: <LedgerTab month={month} />,
    arrears: <ArrearsTab month={month} openDocument={openPage && ((id) => openPage('documents', id))} />,
    report: <ReportTab year={Number(month.slice(0, 4))} />,
    rules: <RulesTab />,
  };

  return (
    <div data-testid="dues-page" className="ud-dues">
      <div className="ud-dues-head">
        <Typography.Title level={3} className="ud-page-title">
          {t('dues.title')}
        </Typography.Title>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(toMonth(d))}
          onOpenChange={readClosed}
          cellRender={(cell, info) =>
            info.type === 'month' && dayjs.isDayjs(cell) && closed.has(toMonth(cell)) ? (
              <div className="ud-dues-closed-month" title={t('dues.closedMonth')} data-testid="dues-closed-month">
                {info.originNode}
              </div>
            ) : (
              info.originNode
            )
          }
          aria-label={t('dues.month')}
          data-testid="dues-month"
        />
        <Tabs
          className="ud-dues-tabs"
          activeKey={tab}
          onChange={(k) => go(k as TabKey)}
          items={TABS.map((k) => ({ key: k, label: <span data-testid={`dues-tab-${k}`}>{t(`dues.tabs.${k}`)}</span> }))}
        />
      </div>
      {body[tab]}
    </div>
  );
}
