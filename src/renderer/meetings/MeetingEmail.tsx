/**
 * "Gửi giấy mời qua email" in the meeting's papers: campaigns.create {meetingId} makes the sending (each convened
 * member with an email gets the Giấy mời and their own .ics), says to how many and who is skipped and why, then the
 * Bản tin page's own sending screen (CampaignView) starts it and shows its progress. A sending already made for the
 * meeting is shown instead of making another; a new one only after the last finished or was cancelled, and asked.
 */
import { MailOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceCount } from '../bulletins/AudiencePicker';
import { skippedText } from '../bulletins/audience';
import { CampaignStateTag } from '../bulletins/CampaignStateTag';
import { CampaignView } from '../bulletins/CampaignView';
import { useCount } from '../bulletins/numbers';
import '../bulletins/bulletins.css';
import type { Campaign } from '../../shared/campaigns-contract';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';

/** The meeting's latest invitation sending (newest made; the list's order is not part of the contract). */
function latestFor(items: Campaign[], meetingId: string): Campaign | null {
  const mine = items.filter((c) => c.kind === 'invitation' && c.sourceId === meetingId);
  mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return mine[0] ?? null;
}

interface CardProps {
  meetingId: string;
  /** Opens the sending screen; `count` when it was just made (who receives it, who is skipped and why). */
  onOpen: (campaignId: string, count?: AudienceCount) => void;
}

export function MeetingEmailCard({ meetingId, onOpen }: CardProps) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal } = App.useApp();
  const n = useCount();
  const [latest, setLatest] = useState<Campaign | null | undefined>(undefined);
  const [configured, setConfigured] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('campaigns.list', {}).then(
      (res) => live && setLatest(latestFor(res.items, meetingId)),
      (err) => live && (setLatest(null), setError(detailText(t, err))),
    );
    // Unknown (the call failed) does not block: campaigns.create says what is wrong in its own words.
    call('mail.getConfig', {}).then(
      (config) => live && setConfigured(config !== null),
      () => live && setConfigured(true),
    );
    return () => {
      live = false;
    };
  }, [call, meetingId, t]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const { id, ...count } = await call('campaigns.create', { meetingId });
      onOpen(id, count);
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setBusy(false);
    }
  };
  const createAgain = () =>
    modal.confirm({
      title: t('meetings.email.againTitle'),
      content: t('meetings.email.againBody'),
      okText: t('meetings.email.againOk'),
      cancelText: t('meetings.email.cancel'),
      okButtonProps: { 'data-testid': 'meeting-email-again-ok' },
      onOk: create,
    });

  const loading = latest === undefined || configured === undefined;
  const open = latest && latest.state !== 'cancelled' ? latest : null;
  const c = open?.counts;
  return (
    <Card size="small" className="ud-meeting-card" title={t('meetings.email.title')} data-testid="meeting-email-card">
      <Typography.Paragraph type="secondary">{t('meetings.email.help')}</Typography.Paragraph>
      {loading && <Skeleton active paragraph={{ rows: 1 }} />}
      {!loading && configured === false && !open && (
        <Alert
          type="warning"
          showIcon
          className="ud-meeting-email-alert"
          data-testid="meeting-email-no-account"
          title={t('meetings.email.noAccount')}
          description={
            <a href="#/settings/email" data-testid="meeting-email-settings">
              {t('meetings.email.openSettings')}
            </a>
          }
        />
      )}
      {!loading && open && c && (
        <Space wrap className="ud-meeting-email-status" data-testid="meeting-email-status">
          <CampaignStateTag state={open.state} />
          <span>
            {t('meetings.email.progress', {
              sent: n(c.sent),
              total: n(c.sent + c.failedPerm + c.uncertain + c.remaining),
            })}
          </span>
        </Space>
      )}
      {!loading && (
        <Space wrap>
          {open ? (
            <Button
              type="primary"
              icon={<MailOutlined />}
              onClick={() => onOpen(open.id)}
              data-testid="meeting-email-open"
            >
              {t('meetings.email.open')}
            </Button>
          ) : (
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={busy}
              disabled={configured === false}
              onClick={() => void create()}
              data-testid="meeting-email-create"
            >
              {t('meetings.email.create')}
            </Button>
          )}
          {open?.state === 'finished' && (
            <Button loading={busy} onClick={createAgain} data-testid="meeting-email-again">
              {t('meetings.email.again')}
            </Button>
          )}
        </Space>
      )}
      <FormError error={error} testId="meeting-email-error" />
    </Card>
  );
}

interface SendingProps {
  campaignId: string;
  count?: AudienceCount;
  onBack: () => void;
}

/** The sending screen of the Bản tin page, with who receives the invitation when it was just made. */
export function MeetingEmailSending({ campaignId, count, onBack }: SendingProps) {
  const { t } = useTranslation();
  const n = useCount();
  return (
    <div data-testid="meeting-email" className="ud-bulletins">
      {count && (
        <Alert
          type={count.recipients ? 'info' : 'warning'}
          showIcon
          className="ud-meeting-email-alert"
          data-testid="meeting-email-count"
          title={`${
            count.recipients ? t('meetings.email.willSend', { n: n(count.recipients) }) : t('meetings.email.nobody')
          } · ${skippedText(t, count, n)}`}
        />
      )}
      <CampaignView id={campaignId} onBack={onBack} backLabel={t('meetings.email.back')} />
    </div>
  );
}
