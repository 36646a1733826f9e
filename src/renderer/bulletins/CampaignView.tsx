/**
 * One sending: its progress (sent / failed / remaining, the rate) live from `campaign.progress`, start/resume
 * (campaigns.send again), pause and cancel, why it paused, the uncertain recipients with the explicit choice to resend
 * them, the per-recipient report, its .xlsx, and the content exactly as sent (archive).
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../shared/campaigns-contract';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';
import { downloadFile } from '../api/download';
import { formatDateTime } from '../app/format';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { CampaignProgress } from './CampaignProgress';
import { CampaignStateTag } from './CampaignStateTag';
import { RecipientReport } from './RecipientReport';
import { useCount } from './numbers';

/** While sending, the campaign is read again this often in case an event was missed. */
const POLL_MS = 2000;

type Busy = null | 'send' | 'pause' | 'cancel' | 'resend' | 'xlsx' | 'html' | 'pdf';

interface Props {
  id: string;
  onBack: () => void;
  /** Where "back" goes, when not to the bulletins list (a meeting's papers). */
  backLabel?: string;
}

export function CampaignView({ id, onBack, backLabel }: Props) {
  const { t } = useTranslation();
  const { api, call } = useApi();
  const { modal } = App.useApp();
  const n = useCount();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);

  const reload = useCallback(async () => {
    try {
      setCampaign(await call('campaigns.get', { id }));
    } catch (err) {
      setError(detailText(t, err));
    }
  }, [call, id, t]);

  useEffect(() => {
    void reload();
    return api.onEvent('campaign.progress', (c) => {
      if (c.id === id) setCampaign(c);
    });
  }, [api, id, reload]);

  const sending = campaign?.state === 'sending';
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [sending, reload]);

  const act = async (what: Busy, run: () => Promise<unknown>) => {
    setBusy(what);
    setError(null);
    try {
      await run();
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setBusy(null);
    }
  };

  const send = () =>
    act('send', async () => {
      const { jobId } = await call('campaigns.send', { id });
      await reload();
      // The sending runs as a job: a pause says why on the campaign; a job that fails outright says it here.
      call('jobs.wait', { jobId }).then(
        (job) => {
          if (job.state === 'failed')
            setError(detailText(t, new CallError(job.error ?? { code: 'INTERNAL', message: '' })));
          void reload();
        },
        () => undefined,
      );
    });
  const pause = () => act('pause', async () => setCampaign(await call('campaigns.pause', { id })));
  const cancel = () =>
    modal.confirm({
      title: t('bulletins.campaign.cancelConfirm'),
      okText: t('bulletins.campaign.cancel'),
      cancelText: t('bulletins.send.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'campaign-cancel-ok' },
      onOk: () => act('cancel', async () => setCampaign(await call('campaigns.cancel', { id }))),
    });
  const resend = (count: number) =>
    modal.confirm({
      title: t('bulletins.campaign.resendTitle', { n: n(count) }),
      content: t('bulletins.campaign.resendBody'),
      okText: t('bulletins.campaign.resendOk'),
      cancelText: t('bulletins.send.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'campaign-resend-ok' },
      onOk: () => act('resend', async () => setCampaign(await call('campaigns.resendUncertain', { id }))),
    });
  const download = (what: 'xlsx' | 'html' | 'pdf') =>
    act(what, async () =>
      downloadFile(
        what === 'xlsx'
          ? await call('campaigns.report', { id })
          : await call('campaigns.archive', { id, format: what }),
      ),
    );

  if (!campaign)
    return error ? (
      <Alert
        type="error"
        showIcon
        title={error}
        action={<Button onClick={onBack}>{backLabel ?? t('bulletins.campaign.back')}</Button>}
      />
    ) : (
      <Skeleton active />
    );

  const { state, counts } = campaign;
  const open = state !== 'finished' && state !== 'cancelled';
  return (
    <div data-testid="campaign-view" className="ud-campaign-view">
      <div className="ud-bulletin-toolbar">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="campaign-back">
          {backLabel ?? t('bulletins.campaign.back')}
        </Button>
        <Typography.Title level={4} className="ud-bulletin-heading" ellipsis={{ tooltip: campaign.subject }}>
          {campaign.subject}
        </Typography.Title>
        <CampaignStateTag state={state} />
        <span className="ud-muted">{formatDateTime(campaign.createdAt)}</span>
      </div>
      <Card size="small" className="ud-bulletin-card">
        <CampaignProgress campaign={campaign} />
        {state === 'paused' && campaign.pauseReason && (
          <Alert
            type={campaign.pauseReason === 'user' || campaign.pauseReason === 'quota' ? 'info' : 'warning'}
            showIcon
            className="ud-mt"
            data-testid="campaign-pause-reason"
            title={t(`bulletins.campaign.pauseReasons.${campaign.pauseReason}`, {
              at: formatDateTime(campaign.resumeAt),
            })}
            description={campaign.pauseMessage ?? undefined}
          />
        )}
        <FormError error={error} testId="campaign-error" />
        <Space wrap className="ud-mt">
          {(state === 'ready' || state === 'paused') && (
            <Button type="primary" loading={busy === 'send'} onClick={() => void send()} data-testid="campaign-send">
              {state === 'ready' ? t('bulletins.campaign.start') : t('bulletins.campaign.resume')}
            </Button>
          )}
          {state === 'sending' && (
            <Button loading={busy === 'pause'} onClick={() => void pause()} data-testid="campaign-pause">
              {t('bulletins.campaign.pause')}
            </Button>
          )}
          {open && (
            <Button danger loading={busy === 'cancel'} onClick={cancel} data-testid="campaign-cancel">
              {t('bulletins.campaign.cancel')}
            </Button>
          )}
          <Button loading={busy === 'html'} onClick={() => void download('html')} data-testid="campaign-archive-html">
            {t('bulletins.campaign.archiveHtml')}
          </Button>
          <Button loading={busy === 'pdf'} onClick={() => void download('pdf')} data-testid="campaign-archive-pdf">
            {t('bulletins.campaign.archivePdf')}
          </Button>
        </Space>
      </Card>
      {counts.uncertain > 0 && (
        <Alert
          type="warning"
          showIcon
          className="ud-mt"
          data-testid="campaign-uncertain"
          title={t('bulletins.campaign.uncertainTitle', { n: n(counts.uncertain) })}
          description={t('bulletins.campaign.uncertainHelp')}
          action={
            <Button
              danger
              loading={busy === 'resend'}
              onClick={() => resend(counts.uncertain)}
              data-testid="campaign-resend"
            >
              {t('bulletins.campaign.resendUncertain')}
            </Button>
          }
        />
      )}
      <RecipientReport campaign={campaign} exporting={busy === 'xlsx'} onExport={() => void download('xlsx')} />
    </div>
  );
}
