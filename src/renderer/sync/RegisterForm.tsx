/**
 * Not registered yet: the server's address, the one-time code and an optional name for this PC → sync.register,
 * which registers and runs the first sync. When both this PC and the server hold the CĐCS's data the core answers
 * SYNC_CHOICE and the tab asks how the first sync goes (FirstSyncChoice), with the same code.
 */
import { CloudSyncOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { SyncResult } from '../../shared/sync-contract';
import { CallError } from '../api/call';
import { showFieldErrors } from '../common/errors';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import type { Registration } from './FirstSyncChoice';
import { syncErrorText } from './syncErrors';

interface Values {
  server: string;
  code: string;
  deviceName?: string;
}
const FIELDS = ['server', 'code', 'deviceName'] as const;

export function RegisterForm({
  onRegistered,
  onNeedChoice,
}: {
  onRegistered: (org: string, result: SyncResult) => void;
  /** SYNC_CHOICE: the registration (with its code, kept in memory only) waits for the first sync's choice. */
  onNeedChoice: (registration: Registration) => void;
}) {
  const { t, call, form } = useCoreForm<Values>(FIELDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    const registration: Registration = {
      server: values.server.trim(),
      code: values.code.trim(),
      deviceName: values.deviceName?.trim() || undefined,
    };
    setBusy(true);
    setError(null);
    try {
      const r = await call('sync.register', registration);
      onRegistered(r.orgName, r.result);
    } catch (err) {
      if (err instanceof CallError && err.code === 'SYNC_CHOICE') onNeedChoice(registration);
      else if (err instanceof CallError && err.code === 'VALIDATION') setError(showFieldErrors(t, form, err, FIELDS));
      else setError(syncErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={busy}
      requiredMark={false}
      data-testid="sync-register-form"
    >
      <Typography.Title level={5}>{t('sync.register.title')}</Typography.Title>
      <Form.Item
        name="server"
        label={t('sync.register.server')}
        extra={t('sync.register.serverHelp')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input
          placeholder={t('sync.register.serverPlaceholder')}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          data-testid="sync-server"
        />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('sync.register.code')}
        extra={t('sync.register.codeHelp')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input
          placeholder={t('sync.register.codePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          data-testid="sync-code"
        />
      </Form.Item>
      <Form.Item name="deviceName" label={t('sync.register.deviceName')} extra={t('sync.register.deviceNameHelp')}>
        <Input maxLength={200} autoComplete="off" data-testid="sync-device-name" />
      </Form.Item>
      <FormError error={error} testId="sync-register-error" />
      <Button type="primary" htmlType="submit" icon={<CloudSyncOutlined />} loading={busy} data-testid="sync-register">
        {t('sync.register.submit')}
      </Button>
      {busy && (
        <Typography.Paragraph type="secondary" className="ud-section-title" role="status">
          {t('sync.register.running')}
        </Typography.Paragraph>
      )}
    </Form>
  );
}
