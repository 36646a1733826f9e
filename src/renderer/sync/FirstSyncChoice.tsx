/**
 * The first sync when both this PC and the server hold the CĐCS's data: upload this PC's, take the server's, or
 * merge, each with the one sentence of what happens. Nothing is deleted on the other side; taking the server's
 * replaces this PC's data only after a backup. The choice is sent with sync.register again (same server and code;
 * the core keeps the registration it made, so the code is not spent twice). After a restart the code is no longer
 * in memory: the secretary types it again.
 */
import { Alert, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirstSyncChoice as Choice, SyncResult } from '../../shared/sync-contract';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { syncErrorText } from './syncErrors';

export interface Registration {
  server: string;
  /** Empty when the choice is asked again after a restart. */
  code: string;
  deviceName?: string;
}

const CHOICES: readonly Choice[] = ['upload', 'download', 'merge'];

export function FirstSyncChoice({
  registration,
  onDone,
  onCancel,
}: {
  registration: Registration;
  onDone: (org: string, result: SyncResult) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<{ choice: Choice; code?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ choice, code }: { choice: Choice; code?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('sync.register', {
        ...registration,
        code: registration.code || (code ?? '').trim(),
        choice,
      });
      onDone(r.orgName, r.result);
    } catch (err) {
      setError(syncErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={busy} requiredMark={false}>
      <Alert
        type="info"
        showIcon
        title={t('sync.choice.title')}
        description={t('sync.choice.intro')}
        data-testid="sync-choice"
      />
      <Form.Item
        name="choice"
        className="ud-section-title"
        rules={[{ required: true, message: t('sync.choice.pick') }]}
      >
        <Radio.Group aria-label={t('sync.choice.title')}>
          <Space orientation="vertical" size="middle">
            {CHOICES.map((c) => (
              <Radio key={c} value={c}>
                <span data-testid={`sync-choice-${c}`}>
                  <Typography.Text strong>{t(`sync.choice.${c}`)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t(`sync.choice.${c}Help`)}</Typography.Text>
                </span>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {!registration.code && (
        <Form.Item
          name="code"
          label={t('sync.choice.codeAgain')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input placeholder={t('sync.register.codePlaceholder')} autoComplete="off" data-testid="sync-choice-code" />
        </Form.Item>
      )}
      <FormError error={error} testId="sync-choice-error" />
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="sync-choice-submit">
          {t('sync.choice.submit')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={busy}>
            {t('sync.choice.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
