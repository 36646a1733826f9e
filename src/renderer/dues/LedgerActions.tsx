/**
 * What the secretary does to a month: mark a whole group paid, import the payroll sheet or the deduction list, print
 * or export the paper, close the month. A closed month keeps only the paper (changes become adjustments per row).
 */
import { CheckSquareOutlined, DownOutlined, LockOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { monthLabel, vnd } from './format';
import type { ImportKind } from './ImportDialog';
import { useDownload } from './useDownload';
import type { Ledger } from './useLedger';

interface Props {
  ledger: Ledger | null;
  month: string;
  unitId: string | undefined;
  onPayAll: () => void;
  onImport: (kind: ImportKind) => void;
  onClosed: () => void;
}

export function LedgerActions({ ledger, month, unitId, onPayAll, onImport, onClosed }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const { busy, fetchAndSave } = useDownload();
  const closed = ledger?.closed ?? false;
  const year = Number(month.slice(0, 4));

  const confirmClose = () =>
    ledger &&
    modal.confirm({
      title: t('dues.ledger.closeTitle', { month: monthLabel(month) }),
      content: t('dues.ledger.closeBody', { due: vnd(ledger.totals.due), collected: vnd(ledger.totals.collected) }),
      okText: t('dues.ledger.closeOk'),
      okButtonProps: { 'data-testid': 'dues-close-ok' },
      cancelText: t('dues.ledger.cancel'),
      onOk: async () => {
        try {
          await call('dues.close', { month });
          void message.success(t('dues.ledger.closedDone', { month: monthLabel(month) }));
          onClosed();
        } catch (err) {
          void message.error(detailText(t, err));
        }
      },
    });

  const paper = (key: string) => {
    if (key === 'sheet' && unitId) void fetchAndSave(() => call('dues.sheet', { month, unitId }));
    if (key === 'deductionList') void fetchAndSave(() => call('dues.deductionList', { month }));
    if (key === 'export') void fetchAndSave(() => call('dues.export', { year }));
  };

  const label = (key: string, text: string) => <span data-testid={`dues-${key}`}>{text}</span>;
  return (
    <Space wrap className="ud-dues-actions">
      {!closed && (
        <Button type="primary" icon={<CheckSquareOutlined />} onClick={onPayAll} data-testid="dues-pay-all">
          {t('dues.ledger.payAll')}
        </Button>
      )}
      {!closed && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'salaries', label: label('import-salaries', t('dues.ledger.importSalaries')) },
              { key: 'payments', label: label('import-payments', t('dues.ledger.importPayments')) },
            ],
            onClick: ({ key }) => onImport(key as ImportKind),
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="dues-import">
            {t('dues.ledger.import')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'sheet',
              disabled: !unitId,
              label: (
                <Tooltip title={unitId ? undefined : t('dues.ledger.sheetNeedsUnit')} placement="left">
                  {label('sheet', t('dues.ledger.sheet'))}
                </Tooltip>
              ),
            },
            { key: 'deductionList', label: label('deduction-list', t('dues.ledger.deductionList')) },
            { key: 'export', label: label('export', t('dues.ledger.export', { year })) },
          ],
          onClick: ({ key }) => paper(key),
        }}
      >
        <Button icon={<PrinterOutlined />} loading={busy} data-testid="dues-paper">
          {t('dues.ledger.paper')} <DownOutlined />
        </Button>
      </Dropdown>
      {!closed && (
        <Button icon={<LockOutlined />} onClick={confirmClose} disabled={!ledger} data-testid="dues-close">
          {t('dues.ledger.closeMonth')}
        </Button>
      )}
    </Space>
  );
}
