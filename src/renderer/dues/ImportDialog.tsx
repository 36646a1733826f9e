/**
 * The accountant's sheets in: the payroll sheet (salaries from the month) or the deduction list back (payments by
 * payroll for the month). Checked first (a dry run: counts and the rejected rows with their Excel row number and the
 * core's Vietnamese reason), then applied; the same file again changes nothing.
 */
import { Button, Col, Modal, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { readAsBase64 } from '../members/fileData';
import { ImportFileStep } from '../members/ImportFileStep';
import { monthLabel, vnd } from './format';

export type ImportKind = 'salaries' | 'payments';
type Report = CommandOutput<'dues.importSalaries'> & { total?: number };
type Rejection = Report['rejected'][number];

interface Props {
  kind: ImportKind;
  month: string;
  onClose: () => void;
  /** Something was applied: the ledger reloads. */
  onDone: () => void;
}

export function ImportDialog({ kind, month, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { busy, error, run } = useSubmit();
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [report, setReport] = useState<{ dryRun: boolean; value: Report } | null>(null);

  const send = (f: { fileName: string; base64: string }, dryRun: boolean) =>
    kind === 'salaries'
      ? call('dues.importSalaries', { ...f, fromMonth: month, dryRun })
      : call('dues.importPayments', { ...f, month, dryRun });

  const check = (picked: File) =>
    run(
      async () => {
        const f = { fileName: picked.name, base64: await readAsBase64(picked) };
        setFile(f);
        setReport({ dryRun: true, value: await send(f, true) });
      },
      (err) => detailText(t, err),
    );
  const apply = () =>
    file &&
    run(
      async () => {
        setReport({ dryRun: false, value: await send(file, false) });
        onDone();
      },
      (err) => detailText(t, err),
    );

  const counts = report && [
    { key: 'applied', value: report.value.applied },
    { key: 'unchanged', value: report.value.unchanged },
    { key: 'rejected', value: report.value.rejected.length, danger: report.value.rejected.length > 0 },
  ];
  const title = t(kind === 'salaries' ? 'dues.import.salariesTitle' : 'dues.import.paymentsTitle');
  const footer = (
    <Space>
      <Button onClick={onClose} data-testid="dues-import-close">
        {t('dues.import.close')}
      </Button>
      {report?.dryRun && (
        <Button type="primary" loading={busy} onClick={() => void apply()} data-testid="dues-import-apply">
          {t('dues.import.apply')}
        </Button>
      )}
    </Space>
  );

  return (
    <Modal open title={title} onCancel={onClose} footer={footer} width={720} destroyOnHidden>
      <div data-testid={`dues-import-dialog-${kind}`}>
        <Typography.Paragraph type="secondary">
          {t(kind === 'salaries' ? 'dues.import.salariesHint' : 'dues.import.paymentsHint', {
            month: monthLabel(month),
          })}
        </Typography.Paragraph>
        {!report && <ImportFileStep busy={busy} busyText={t('dues.import.checking')} onFile={(f) => void check(f)} />}
        {report && counts && file && (
          <div data-testid="dues-import-report">
            <Typography.Text type="secondary">{t('dues.import.file', { name: file.fileName })}</Typography.Text>
            <Typography.Title level={5} className="ud-section-title">
              {t(report.dryRun ? 'dues.import.checked' : 'dues.import.done')}
            </Typography.Title>
            <Row gutter={16}>
              {counts.map((c) => (
                <Col key={c.key} span={6}>
                  <Statistic
                    title={t(`dues.import.${c.key}`)}
                    value={c.value}
                    styles={c.danger ? { content: { color: '#cf1322' } } : undefined}
                    data-testid={`dues-import-count-${c.key}`}
                  />
                </Col>
              ))}
              {report.value.total !== undefined && (
                <Col span={6}>
                  <Statistic title={t('dues.import.total')} value={vnd(report.value.total)} />
                </Col>
              )}
            </Row>
            {report.value.rejected.length > 0 && (
              <div data-testid="dues-import-rejected">
                <Typography.Title level={5} className="ud-section-title">
                  {t('dues.import.rejectedTitle')}
                </Typography.Title>
                <Table<Rejection>
                  size="small"
                  rowKey={(r) => `${r.row}:${r.reason}`}
                  dataSource={report.value.rejected}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
                  columns={[
                    { key: 'row', title: t('dues.import.row'), dataIndex: 'row', width: 80 },
                    { key: 'reason', title: t('dues.import.reason'), dataIndex: 'reason' },
                  ]}
                />
              </div>
            )}
          </div>
        )}
        <FormError error={error} />
      </div>
    </Modal>
  );
}
