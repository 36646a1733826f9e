/**
 * The cash book or the bank book for a date range (the picked year by default): the opening balance, every voucher
 * with its running balance (cancelled ones struck through, counting nothing), a total line after each month, the
 * range's totals and closing balance; printed as PDF or .xlsx.
 */
import { Button, DatePicker, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import type { FUND_ACCOUNTS } from '../../shared/funds-contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { DATE_FORMATS } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useDownload } from '../dues/useDownload';
import { monthLabel, vnd, yearEnd, yearStart } from './format';
import { useCategories } from './useCategoryNames';
import { useCommand } from './useCommand';

type Book = CommandOutput<'funds.book'>;
type FundAccount = (typeof FUND_ACCOUNTS)[number];
type Line =
  | { key: string; kind: 'entry'; entry: Book['entries'][number] }
  | { key: string; kind: 'month' | 'opening' | 'closing'; label: string; receipt?: number; payment?: number };

/** The entries with a total line after each month's last entry, between the opening and closing lines. */
function linesOf(book: Book, t: (k: string, o?: Record<string, unknown>) => string): Line[] {
  const lines: Line[] = [{ key: 'opening', kind: 'opening', label: t('funds.book.opening') }];
  book.entries.forEach((entry, i) => {
    lines.push({ key: entry.id, kind: 'entry', entry });
    const month = entry.date.slice(0, 7);
    if (book.entries[i + 1]?.date.slice(0, 7) === month) return;
    const totals = book.months.find((m) => m.month === month);
    if (totals) {
      const label = t('funds.book.month', { month: monthLabel(month) });
      lines.push({ key: `m-${month}`, kind: 'month', label, receipt: totals.receipts, payment: totals.payments });
    }
  });
  lines.push({ key: 'closing', kind: 'closing', label: t('funds.book.closing') });
  return lines;
}

export function BookTab({ account, year }: { account: FundAccount; year: number }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { nameOf } = useCategories();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(yearStart(year)), dayjs(yearEnd(year))]);
  const input = { account, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const { data: book, error, loading } = useCommand('funds.book', input);
  const { busy, fetchAndSave } = useDownload();
  const print = (format: 'pdf' | 'xlsx') => fetchAndSave(() => call('funds.bookFile', { ...input, format }));

  const money = (n: number | undefined) => (n ? <span className="ud-funds-money">{vnd(n)}</span> : '');
  return (
    <div data-testid={`funds-book-${account}`}>
      <div className="ud-funds-toolbar">
        <DatePicker.RangePicker
          format={DATE_FORMATS[0]}
          allowClear={false}
          value={range}
          onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])}
          aria-label={`${t('funds.book.from')} – ${t('funds.book.to')}`}
          data-testid="funds-book-range"
        />
        {book && (
          <div className="ud-funds-totals" data-testid="funds-book-totals">
            <span>
              {t('funds.book.opening')}: <b>{vnd(book.opening)}</b>
            </span>
            <span>
              {t('funds.book.receipts')}: <b>{vnd(book.receipts)}</b>
            </span>
            <span>
              {t('funds.book.payments')}: <b>{vnd(book.payments)}</b>
            </span>
            <span>
              {t('funds.book.closing')}: <b data-testid="funds-book-closing">{vnd(book.closing)}</b>
            </span>
          </div>
        )}
        <div className="ud-funds-actions">
          <Button onClick={() => print('pdf')} loading={busy} data-testid="funds-book-pdf">
            {t('funds.pdf')}
          </Button>
          <Button onClick={() => print('xlsx')} loading={busy} data-testid="funds-book-xlsx">
            {t('funds.xlsx')}
          </Button>
        </div>
      </div>
      <FormError error={error} />
      <Table<Line>
        size="small"
        rowKey="key"
        loading={loading && !book}
        dataSource={book ? linesOf(book, t) : []}
        pagination={false}
        scroll={{ y: 'calc(100vh - 290px)' }}
        locale={{ emptyText: t('funds.book.empty') }}
        rowClassName={(l) => (l.kind === 'entry' ? (l.entry.cancelled ? 'ud-funds-cancelled' : '') : 'ud-funds-month')}
        onRow={(l) =>
          ({
            'data-testid': l.kind === 'entry' ? 'funds-book-row' : `funds-book-line-${l.kind}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'date',
            title: t('funds.book.date'),
            width: 100,
            render: (_, l) => (l.kind === 'entry' ? formatDateVi(l.entry.date) : ''),
          },
          {
            key: 'code',
            title: t('funds.book.code'),
            width: 90,
            render: (_, l) => (l.kind === 'entry' ? l.entry.code : ''),
          },
          {
            key: 'description',
            title: t('funds.book.description'),
            render: (_, l) =>
              l.kind === 'entry' ? (
                <>
                  {l.entry.description} {l.entry.cancelled && <Tag color="red">{t('funds.cancelled')}</Tag>}
                </>
              ) : (
                l.label
              ),
          },
          {
            key: 'category',
            title: t('funds.book.category'),
            width: 210,
            ellipsis: true,
            render: (_, l) => (l.kind === 'entry' ? nameOf(l.entry.category) : ''),
          },
          {
            key: 'receipt',
            title: t('funds.book.receipt'),
            align: 'right',
            width: 130,
            render: (_, l) => money(l.kind === 'entry' ? l.entry.receipt : l.kind === 'month' ? l.receipt : undefined),
          },
          {
            key: 'payment',
            title: t('funds.book.payment'),
            align: 'right',
            width: 130,
            render: (_, l) => money(l.kind === 'entry' ? l.entry.payment : l.kind === 'month' ? l.payment : undefined),
          },
          {
            key: 'balance',
            title: t('funds.book.balance'),
            align: 'right',
            width: 140,
            render: (_, l) => {
              if (l.kind === 'month' || !book) return '';
              const n = l.kind === 'entry' ? l.entry.balance : l.kind === 'opening' ? book.opening : book.closing;
              return <span className="ud-funds-money">{vnd(n)}</span>;
            },
          },
        ]}
      />
    </div>
  );
}
