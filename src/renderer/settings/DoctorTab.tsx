/**
 * Kiểm tra: the doctor for a secretary. One plain sentence per check in the user's language (times in local time),
 * what to do when something is wrong, and the technical details (paths, versions, PRAGMA output) folded away.
 */
import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  ExclamationCircleTwoTone,
  MedicineBoxOutlined,
  MinusCircleTwoTone,
} from '@ant-design/icons';
import { Alert, Button, Collapse, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DoctorCheck, DoctorReport } from '../../shared/doctor-contract';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { formatDateTime } from '../app/format';
import { errorText } from '../common/errors';
import { FormError } from '../common/FormError';

const ICONS: Record<DoctorCheck['state'], React.ReactNode> = {
  ok: <CheckCircleTwoTone twoToneColor="#389e0d" />,
  warning: <ExclamationCircleTwoTone twoToneColor="#d46b08" />,
  failed: <CloseCircleTwoTone twoToneColor="#cf1322" />,
  skipped: <MinusCircleTwoTone twoToneColor="#8c8c8c" />,
};

/** The check's sentence in the user's language; the core's Vietnamese one for a check this app does not know. */
export function checkSentence(t: TFunction, c: DoctorCheck): string {
  const facts = { ...c.facts, time: typeof c.facts.lastAt === 'string' ? formatDateTime(c.facts.lastAt) : '' };
  const variant =
    c.name === 'backups' && c.state === 'warning' ? (Number(c.facts.count) === 0 ? 'none' : 'old') : c.state;
  return t(`doctor.checks.${c.name}.${variant}`, { ...facts, defaultValue: c.summary || c.name });
}

function verdict(report: DoctorReport): { type: 'success' | 'warning' | 'error'; key: string } {
  if (report.checks.some((c) => c.state === 'failed')) return { type: 'error', key: 'doctor.someFailed' };
  if (report.checks.some((c) => c.state !== 'ok')) return { type: 'warning', key: 'doctor.warnings' };
  return { type: 'success', key: 'doctor.allOk' };
}

export function DoctorTab() {
  const { t } = useTranslation();
  const { call } = useApi();
  const [result, setResult] = useState<{ report: DoctorReport; at: Date } | null>(null);
  const { busy, error, run } = useSubmit();

  const runChecks = () =>
    run(
      async () => setResult({ report: await call('doctor.run', {}), at: new Date() }),
      (err) => errorText(t, err),
    );

  const report = result?.report;
  const summary = report && verdict(report);
  return (
    <div className="ud-narrow">
      <Typography.Paragraph>{t('doctor.intro')}</Typography.Paragraph>
      <Button icon={<MedicineBoxOutlined />} onClick={runChecks} loading={busy} data-testid="doctor-run">
        {t('doctor.run')}
      </Button>
      <FormError error={error} />
      {report && summary && result && (
        <div className="ud-section-title" data-testid="doctor-report">
          <Alert
            type={summary.type}
            showIcon
            title={t(summary.key)}
            description={t('doctor.ranAt', { time: formatDateTime(result.at) })}
          />
          <List
            className="ud-section-title"
            size="small"
            dataSource={report.checks}
            renderItem={(c) => (
              <List.Item data-testid={`doctor-check-${c.name}`}>
                {/* One child: List.Item spreads its children apart, which pushed the sentence to the far right. */}
                <span>
                  <span aria-hidden style={{ marginRight: 8 }}>
                    {ICONS[c.state]}
                  </span>
                  <Typography.Text strong>{t(`doctor.${c.state}`)}:</Typography.Text> {checkSentence(t, c)}
                </span>
              </List.Item>
            )}
          />
          <Collapse
            className="ud-section-title"
            size="small"
            data-testid="doctor-technical"
            items={[
              {
                key: 'technical',
                label: t('doctor.technical'),
                children: (
                  <div className="ud-doctor-technical">
                    {report.checks.map((c) => (
                      <div key={c.name}>
                        <Typography.Text code>{c.name}</Typography.Text> <Typography.Text>{c.detail}</Typography.Text>
                      </div>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}
