/**
 * The month's lines: antd's virtual table, so a 5,000-member month scrolls as smoothly as a 20-member group. Every
 * figure explains itself on hover (the rule it came from, the cap); an open month's row pays, a closed one adjusts.
 */
import { EllipsisOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '../../shared/text/format';
import { vnd } from './format';
import type { LedgerRow } from './useLedger';
import { rowTestId } from './rowTestId';

export type RowAction = 'pay' | 'adjust' | 'salaries' | 'exemptions' | 'receipt';

interface Props {
  rows: LedgerRow[];
  closed: boolean;
  loading: boolean;
  height: number;
  onAction: (action: RowAction, row: LedgerRow) => void;
}

// About 1,060 px in all: beside a 5,000-row scrollbar, within the page at 1366 px, "Điều chỉnh" included.
const WIDTHS = { stt: 60, fullName: 170, unit: 100, basis: 104, due: 92, paid: 92, owing: 92, method: 94 };
const RECEIPT = 128;
const ACTIONS = 132;
const SCROLL_X = Object.values(WIDTHS).reduce((a, b) => a + b, 0) + RECEIPT + ACTIONS;

export function LedgerTable({ rows, closed, loading, height, onAction }: Props) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnsType<LedgerRow>>(() => {
    const money = (n: number) => <span className="ud-money">{vnd(n)}</span>;
    return [
      {
        key: 'stt',
        title: t('dues.ledger.columns.stt'),
        width: WIDTHS.stt,
        align: 'right',
        render: (_, __, i) => i + 1,
      },
      {
        key: 'fullName',
        title: t('dues.ledger.columns.fullName'),
        width: WIDTHS.fullName,
        ellipsis: true,
        render: (_, r) => <span data-testid="dues-row-name">{r.fullName}</span>,
      },
      { key: 'unit', title: t('dues.ledger.columns.unit'), width: WIDTHS.unit, ellipsis: true, dataIndex: 'unit' },
      {
        key: 'basis',
        title: t('dues.ledger.columns.basis'),
        width: WIDTHS.basis,
        align: 'right',
        render: (_, r) => {
          if (r.exempt) return <Tag color="blue">{t('dues.ledger.exempt')}</Tag>;
          const text = r.basis === null ? <span className="ud-muted">{t('dues.ledger.fixed')}</span> : money(r.basis);
          const why = r.ruleFrom ? t('dues.ledger.rule', { date: formatDateVi(r.ruleFrom) }) : undefined;
          return <Tooltip title={why}>{text}</Tooltip>;
        },
      },
      {
        key: 'due',
        title: t('dues.ledger.columns.due'),
        width: WIDTHS.due,
        align: 'right',
        render: (_, r) => (
          <Tooltip title={r.capped ? t('dues.ledger.capped') : undefined}>
            {money(r.due)}
            {r.capped && <span className="ud-dues-cap-mark">*</span>}
          </Tooltip>
        ),
      },
      {
        key: 'paid',
        title: t('dues.ledger.columns.paid'),
        width: WIDTHS.paid,
        align: 'right',
        render: (_, r) => money(r.paid),
      },
      {
        key: 'owing',
        title: t('dues.ledger.columns.owing'),
        width: WIDTHS.owing,
        align: 'right',
        render: (_, r) => <span className={r.owing > 0 ? 'ud-dues-owing' : undefined}>{vnd(r.owing)}</span>,
      },
      {
        key: 'method',
        title: t('dues.ledger.columns.method'),
        width: WIDTHS.method,
        ellipsis: true,
        render: (_, r) => (r.method ? t(`dues.methods.${r.method}`) : ''),
      },
      {
        key: 'receipt',
        title: t('dues.ledger.columns.receipt'),
        width: RECEIPT,
        ellipsis: true,
        dataIndex: 'receiptNumber',
      },
      {
        key: 'actions',
        title: '',
        width: ACTIONS,
        fixed: 'right',
        render: (_, r) => (
          <Space size={4}>
            {closed ? (
              <Button size="small" onClick={() => onAction('adjust', r)} data-testid="dues-row-adjust">
                {t('dues.ledger.adjust')}
              </Button>
            ) : (
              <Button
                size="small"
                type={r.owing > 0 ? 'primary' : 'default'}
                onClick={() => onAction('pay', r)}
                data-testid="dues-row-pay"
              >
                {t('dues.ledger.pay')}
              </Button>
            )}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'salaries', label: t('dues.ledger.salaries') },
                  { key: 'exemptions', label: t('dues.ledger.exemptions') },
                  { key: 'receipt', label: t('dues.ledger.receiptPdf'), disabled: !r.receiptNumber },
                ],
                onClick: ({ key }) => onAction(key as RowAction, r),
              }}
            >
              <Button size="small" icon={<EllipsisOutlined />} aria-label={t('dues.ledger.more')} />
            </Dropdown>
          </Space>
        ),
      },
    ];
  }, [t, closed, onAction]);

  return (
    <div data-testid="dues-ledger">
      <Table<LedgerRow>
        virtual
        size="small"
        rowKey="memberId"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={loading}
        scroll={{ x: SCROLL_X, y: height }}
        onRow={rowTestId('dues-row')}
        locale={{ emptyText: t('dues.ledger.empty') }}
      />
    </div>
  );
}
