/**
 * Tài chính: the year's summary (chart, balances, openings, year close, remittance) at #/finance, the cash book
 * (#/finance/cash), the bank book (#/finance/bank), the vouchers (#/finance/vouchers), the estimate B14 and the
 * final accounts B07, and the categories (#/finance/categories). One year picker above them all.
 */
import { DatePicker, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../shell/page';
import { BookTab } from './BookTab';
import { CategoriesTab } from './CategoriesTab';
import { EstimateTab } from './EstimateTab';
import { FinalAccountsTab } from './FinalAccountsTab';
import { thisYear } from './format';
import { SummaryTab } from './SummaryTab';
import { VouchersTab } from './VouchersTab';
import './funds.css';

const TABS = ['summary', 'cash', 'bank', 'vouchers', 'b14', 'b07', 'categories'] as const;
type TabKey = (typeof TABS)[number];

// The year picked stays picked while the window lives.
let lastYear: number | null = null;

export function FundsPage({ sub, onSub }: Partial<Pick<PageProps, 'sub' | 'onSub'>>) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<string | undefined>(sub);
  const current = (onSub ? sub : own) ?? 'summary';
  const tab: TabKey = (TABS as readonly string[]).includes(current) ? (current as TabKey) : 'summary';
  const go = (to: TabKey) => {
    const next = to === 'summary' ? undefined : to;
    if (onSub) onSub(next);
    else setOwn(next);
  };
  const [year, setYearState] = useState(() => lastYear ?? thisYear());
  const setYear = (y: number) => {
    lastYear = y;
    setYearState(y);
  };

  const body: Record<TabKey, ReactNode> = {
    summary: <SummaryTab year={year} />,
    cash: <BookTab key={`cash-${year}`} account="cash" year={year} />,
    bank: <BookTab key={`bank-${year}`} account="bank" year={year} />,
    vouchers: <VouchersTab year={year} />,
    b14: <EstimateTab year={year} />,
    b07: <FinalAccountsTab year={year} />,
    categories: <CategoriesTab />,
  };

  return (
    <div data-testid="funds-page" className="ud-funds">
      <div className="ud-funds-head">
        <Typography.Title level={3} className="ud-page-title">
          {t('funds.title')}
        </Typography.Title>
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => d && setYear(d.year())}
          aria-label={t('funds.year')}
          data-testid="funds-year"
        />
        <Tabs
          className="ud-funds-tabs"
          activeKey={tab}
          onChange={(k) => go(k as TabKey)}
          items={TABS.map((k) => ({
            key: k,
            label: <span data-testid={`funds-tab-${k}`}>{t(`funds.tabs.${k}`)}</span>,
          }))}
        />
      </div>
      {body[tab]}
    </div>
  );
}
