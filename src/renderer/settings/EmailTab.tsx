/**
 * Cài đặt → Email: the union's SMTP account. A preset fills the server; the password goes to the core and never comes
 * back (only "Đã lưu mật khẩu"; an empty field keeps it). "Kiểm tra kết nối" shows the core's own Vietnamese
 * sentence; "Gửi thử" sends a short [THỬ] message.
 */
import { App, Alert, Button, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SMTP_PRESETS, SMTP_SECURITY, type SmtpConfig } from '../../shared/mail-contract';
import { splitAddresses } from '../bulletins/audience';
import { DEFAULT_SMTP, PRESET_SERVERS, parseDelays } from '../bulletins/smtpPresets';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { useCoreForm } from '../common/useCoreForm';
import '../bulletins/bulletins.css';

type Values = Omit<SmtpConfig, 'retryDelays' | 'user' | 'fromName' | 'replyTo' | 'unsubscribeUrl'> & {
  retryDelays: string;
  user?: string;
  fromName?: string;
  replyTo?: string;
  unsubscribeUrl?: string;
  password?: string;
};
const FIELDS = ['preset', 'host', 'port', 'security', 'user', 'password', 'from', 'fromName', 'replyTo'];
const MORE = [
  'maxConnections',
  'messagesPerConnection',
  'ratePerSecond',
  'dailyQuota',
  'retryDelays',
  'unsubscribeUrl',
];

const toValues = (c: Omit<SmtpConfig, 'host' | 'from'> & Partial<SmtpConfig>): Partial<Values> => ({
  ...c,
  retryDelays: c.retryDelays.join(', '),
  user: c.user ?? '',
  fromName: c.fromName ?? '',
  replyTo: c.replyTo ?? '',
  unsubscribeUrl: c.unsubscribeUrl ?? '',
  password: '',
});

const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function EmailTab() {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>([...FIELDS, ...MORE]);
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState(false);
  const [hasPassword, setHasPassword] = useState(false);
  const [saved, setSaved] = useState(false);
  const [verify, setVerify] = useState<{ ok: boolean; message: string } | null>(null);
  const [testTo, setTestTo] = useState('');
  const [working, setWorking] = useState<null | 'verify' | 'test'>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const e = (key: string) => t(`bulletins.email.${key}`);

  useEffect(() => {
    call('mail.getConfig', {}).then(
      (c) => {
        form.setFieldsValue(toValues(c ?? DEFAULT_SMTP));
        setHasPassword(!!c?.hasPassword);
        setSaved(!!c);
        setLoaded(true);
      },
      () => setLoaded(true),
    );
  }, [call, form]);

  const pickPreset = (preset: SmtpConfig['preset']) => {
    const server = PRESET_SERVERS[preset];
    if (server) form.setFieldsValue(server);
  };

  const save = (v: Values) =>
    submit(async () => {
      const c = await call('mail.setConfig', {
        preset: v.preset,
        host: v.host,
        port: v.port,
        security: v.security,
        user: orNull(v.user),
        from: v.from,
        fromName: orNull(v.fromName),
        replyTo: orNull(v.replyTo),
        maxConnections: v.maxConnections,
        messagesPerConnection: v.messagesPerConnection,
        ratePerSecond: v.ratePerSecond,
        dailyQuota: v.dailyQuota,
        retryDelays: parseDelays(v.retryDelays),
        unsubscribeUrl: orNull(v.unsubscribeUrl),
        // An empty field keeps the stored password.
        ...(v.password ? { password: v.password } : {}),
      });
      form.setFieldsValue(toValues(c));
      setHasPassword(c.hasPassword);
      setSaved(true);
      void message.success(e('saved'));
    });

  const removePassword = () =>
    submit(async () => {
      const c = await call('mail.setConfig', { password: null });
      setHasPassword(c.hasPassword);
    });

  const run = async (what: 'verify' | 'test') => {
    setWorking(what);
    setActionError(null);
    setVerify(null);
    try {
      if (what === 'verify') setVerify(await call('mail.verify', {}));
      else {
        const res = await call('mail.test', { to: splitAddresses(testTo).good.slice(0, 10) });
        setVerify({
          ok: res.rejected.length === 0,
          message:
            t('bulletins.email.testDone', { list: res.accepted.join(', ') }) +
            (res.rejected.length ? ` — ${res.rejected.join(', ')}` : ''),
        });
      }
    } catch (err) {
      setActionError(detailText(t, err));
    } finally {
      setWorking(null);
    }
  };

  return (
    <div className="ud-email-settings" data-testid="email-settings">
      <Typography.Paragraph type="secondary">{e('intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={save} disabled={!loaded || busy} requiredMark={false}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="preset" label={e('preset')}>
              <Select
                onChange={pickPreset}
                data-testid="smtp-preset"
                options={SMTP_PRESETS.map((p) => ({ value: p, label: t(`bulletins.email.presets.${p}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="host" label={e('host')} rules={[{ required: true, whitespace: true }]}>
              <Input data-testid="smtp-host" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="port" label={e('port')} rules={[{ required: true }]}>
              <InputNumber min={1} max={65535} className="ud-full-width" data-testid="smtp-port" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="security" label={e('security')}>
              <Select
                data-testid="smtp-security"
                options={SMTP_SECURITY.map((s) => ({ value: s, label: t(`bulletins.email.securities.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="user" label={e('user')}>
              <Input data-testid="smtp-user" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="password"
              label={e('password')}
              extra={
                hasPassword ? (
                  <span data-testid="smtp-password-saved">
                    {e('passwordSaved')}{' '}
                    <Button
                      type="link"
                      size="small"
                      onClick={() => void removePassword()}
                      data-testid="smtp-password-remove"
                    >
                      {e('removePassword')}
                    </Button>
                  </span>
                ) : (
                  e('passwordHelp')
                )
              }
            >
              <Input.Password
                autoComplete="new-password"
                placeholder={hasPassword ? '••••••••' : undefined}
                data-testid="smtp-password"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="from" label={e('from')} rules={[{ required: true, type: 'email' }]}>
              <Input data-testid="smtp-from" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="fromName" label={e('fromName')}>
              <Input placeholder={e('fromNamePlaceholder')} data-testid="smtp-from-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="replyTo" label={e('replyTo')}>
              <Input data-testid="smtp-reply-to" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="unsubscribeUrl" label={e('unsubscribeUrl')} extra={e('unsubscribeHelp')}>
              <Input placeholder="https://" data-testid="smtp-unsubscribe-url" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="dailyQuota" label={e('dailyQuota')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100000} className="ud-full-width" data-testid="smtp-quota" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="ratePerSecond" label={e('rate')} rules={[{ required: true }]}>
              <InputNumber min={0.1} max={100} decimalSeparator="," className="ud-full-width" data-testid="smtp-rate" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="maxConnections" label={e('maxConnections')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10} className="ud-full-width" data-testid="smtp-connections" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="messagesPerConnection" label={e('messagesPerConnection')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} className="ud-full-width" data-testid="smtp-per-connection" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="retryDelays" label={e('retryDelays')} extra={e('retryHelp')} rules={[{ required: true }]}>
              <Input data-testid="smtp-retry-delays" />
            </Form.Item>
          </Col>
        </Row>
        <FormError error={error} testId="smtp-error" />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="smtp-save">
          {e('save')}
        </Button>
      </Form>
      <Space wrap className="ud-email-actions">
        <Button
          loading={working === 'verify'}
          disabled={!saved}
          onClick={() => void run('verify')}
          data-testid="smtp-verify"
        >
          {e('verify')}
        </Button>
        <Space.Compact>
          <Input
            value={testTo}
            onChange={(ev) => setTestTo(ev.target.value)}
            placeholder={e('testTo')}
            data-testid="smtp-test-to"
          />
          <Button
            loading={working === 'test'}
            disabled={!saved || !splitAddresses(testTo).good.length}
            onClick={() => void run('test')}
            data-testid="smtp-test"
          >
            {e('test')}
          </Button>
        </Space.Compact>
      </Space>
      {!saved && loaded && <Typography.Paragraph type="secondary">{e('needSave')}</Typography.Paragraph>}
      {verify && (
        <Alert
          type={verify.ok ? 'success' : 'error'}
          showIcon
          title={verify.message}
          className="ud-email-result"
          data-testid="smtp-result"
        />
      )}
      <FormError error={actionError} testId="smtp-action-error" />
    </div>
  );
}
