/**
 * Sending one bulletin: who receives it (with the live count), "Gửi thử" to a few addresses (mail.test, [THỬ]),
 * "Tạo đợt gửi" (campaigns.create, after saying to how many) which opens the new sending, and the sendings made.
 */
import { ExperimentOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../shared/campaigns-contract';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { AudiencePicker, type AudienceCount } from './AudiencePicker';
import { EMPTY_AUDIENCE, splitAddresses, toAudience, type AudienceState } from './audience';
import { CampaignTable } from './BulletinList';
import { useCount } from './numbers';

interface Props {
  bulletinId: string;
  onCampaign: (id: string) => void;
}

export function SendPanel({ bulletinId, onCampaign }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal, message } = App.useApp();
  const n = useCount();
  const [audience, setAudience] = useState<AudienceState>(EMPTY_AUDIENCE);
  const [count, setCount] = useState<AudienceCount | null>(null);
  const [testTo, setTestTo] = useState('');
  const [busy, setBusy] = useState<'test' | 'create' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);

  useEffect(() => {
    let live = true;
    call('campaigns.list', {}).then(
      (res) => live && setCampaigns(res.items.filter((c) => c.sourceId === bulletinId)),
      () => live && setCampaigns([]),
    );
    return () => {
      live = false;
    };
  }, [call, bulletinId]);

  const sendTest = async () => {
    const { good } = splitAddresses(testTo);
    if (!good.length) return;
    setBusy('test');
    setError(null);
    try {
      const res = await call('mail.test', { to: good.slice(0, 10), bulletinId });
      if (res.accepted.length) void message.success(t('bulletins.send.testDone', { list: res.accepted.join(', ') }));
      if (res.rejected.length) setError(t('bulletins.send.testRejected', { list: res.rejected.join(', ') }));
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setBusy(null);
    }
  };

  const create = () => {
    const chosen = toAudience(audience);
    if (!chosen || !count) return;
    modal.confirm({
      title: t('bulletins.send.confirmTitle', { n: n(count.recipients) }),
      content: t('bulletins.send.confirmBody'),
      okText: t('bulletins.send.confirmOk'),
      cancelText: t('bulletins.send.cancel'),
      okButtonProps: { 'data-testid': 'campaign-create-ok' },
      onOk: async () => {
        setBusy('create');
        setError(null);
        try {
          const made = await call('campaigns.create', { bulletinId, audience: chosen });
          onCampaign(made.id);
        } catch (err) {
          setError(detailText(t, err));
        } finally {
          setBusy(null);
        }
      },
    });
  };

  return (
    <div className="ud-send-panel" data-testid="send-panel">
      <Card size="small" title={t('bulletins.audience.title')} className="ud-bulletin-card">
        <AudiencePicker value={audience} onChange={setAudience} onCount={setCount} />
        <Typography.Paragraph type="secondary" className="ud-mt">
          {t('bulletins.send.createHelp')}
        </Typography.Paragraph>
        <Button
          type="primary"
          icon={<SendOutlined />}
          disabled={!count || count.recipients === 0}
          loading={busy === 'create'}
          onClick={create}
          data-testid="campaign-create"
        >
          {t('bulletins.send.create')}
        </Button>
      </Card>
      <Card size="small" title={t('bulletins.send.testTitle')} className="ud-bulletin-card">
        <Typography.Paragraph type="secondary">{t('bulletins.send.testHelp')}</Typography.Paragraph>
        <Space.Compact className="ud-send-test">
          <Input
            value={testTo}
            onChange={(e) => setTestTo(e.target.value)}
            placeholder={t('bulletins.send.testPlaceholder')}
            onPressEnter={() => void sendTest()}
            data-testid="send-test-to"
          />
          <Button
            icon={<ExperimentOutlined />}
            loading={busy === 'test'}
            disabled={!splitAddresses(testTo).good.length}
            onClick={() => void sendTest()}
            data-testid="send-test"
          >
            {t('bulletins.send.test')}
          </Button>
        </Space.Compact>
      </Card>
      <FormError error={error} testId="send-error" />
      <Typography.Title level={5}>{t('bulletins.list.campaigns')}</Typography.Title>
      <CampaignTable items={campaigns} onOpen={onCampaign} />
    </div>
  );
}
