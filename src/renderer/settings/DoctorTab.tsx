import { CheckCircleTwoTone, CloseCircleTwoTone, MedicineBoxOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorReport } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { errorText } from '../common/errors';
import { FormError } from '../common/FormError';

export function DoctorTab() {
  const { t } = useTranslation();
  const { call } = useApi();
  const [report, setReport] = useState<DoctorReport | null>(null);
  const { busy, error, run } = useSubmit();

  const runChecks = () =>
    run(
      async () => setReport(await call('doctor.run', {})),
      (err) => errorText(t, err),
    );

  return (
    <div className="ud-narrow">
      <Typography.Paragraph>{t('doctor.intro')}</Typography.Paragraph>
      <Button icon={<MedicineBoxOutlined />} onClick={runChecks} loading={busy} data-testid="doctor-run">
        {t('doctor.run')}
      </Button>
      <FormError error={error} />
      {report && (
        <div className="ud-section-title" data-testid="doctor-report">
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={t(report.ok ? 'doctor.allOk' : 'doctor.someFailed')}
          />
          <Table
            className="ud-section-title"
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={report.checks}
            showHeader={false}
            columns={[
              {
                key: 'ok',
                width: 140,
                render: (_: unknown, c: DoctorReport['checks'][number]) => (
                  <span>
                    {c.ok ? (
                      <CheckCircleTwoTone twoToneColor="#52c41a" />
                    ) : (
                      <CloseCircleTwoTone twoToneColor="#cf1322" />
                    )}{' '}
                    {t(c.ok ? 'doctor.ok' : 'doctor.failed')}
                  </span>
                ),
              },
              { dataIndex: 'name', key: 'name', render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
              { dataIndex: 'detail', key: 'detail' },
            ]}
          />
        </div>
      )}
    </div>
  );
}
