/**
 * One meeting: its heading (title, time, status, the live quorum) and the tabs. The record and its figures are the
 * core's (meetings.get), fetched again after every save so each tab shows what the core computed.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../shared/meetings-contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { detailText } from '../common/errors';
import { AttendanceTab } from './AttendanceTab';
import { InfoTab } from './InfoTab';
import { InviteesTab } from './InviteesTab';
import type { MeetingRecord } from './meetingRecord';
import { OpinionsTab } from './OpinionsTab';
import { PapersTab } from './PapersTab';
import { QuorumLine, type MeetingFigures } from './QuorumLine';

const TABS = ['info', 'invitees', 'attendance', 'opinions', 'papers'] as const;

interface Props {
  id: string | null;
  onBack: () => void;
  onOpen: (id: string) => void;
  openElection?: (id: string) => void;
}

export function MeetingView({ id, onBack, onOpen, openElection }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<{ meeting: MeetingRecord; figures: MeetingFigures } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<string>('info');

  const reload = useCallback(async () => {
    if (!id) return;
    try {
      setData(await call('meetings.get', { id }));
    } catch (err) {
      setError(detailText(t, err));
    }
  }, [call, id, t]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const setStatus = async (status: MeetingStatus) => {
    if (!id) return;
    try {
      await call('meetings.update', { id, status });
      await reload();
    } catch (err) {
      setError(detailText(t, err));
    }
  };

  const heading = (
    <div className="ud-meeting-head">
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="meeting-back">
        {t('meetings.view.back')}
      </Button>
      <Typography.Title level={3} className="ud-page-title ud-meeting-title" data-testid="meeting-heading">
        {data ? data.meeting.title : t('meetings.view.newTitle')}
      </Typography.Title>
      {data && (
        <>
          <span className="ud-muted">
            {t(`meetings.kinds.${data.meeting.kind}`)} · {formatDateTime(data.meeting.startsAt)}
          </span>
          <QuorumLine figures={data.figures} />
          {data.meeting.status === 'minutesSigned' ? (
            // Signed minutes are the register's fact (the Biên bản issued), not a choice made here.
            <Tag color="purple" className="ud-meeting-status-tag" data-testid="meeting-status">
              {t('meetings.statuses.minutesSigned')}
            </Tag>
          ) : (
            <Select<MeetingStatus>
              value={data.meeting.status}
              onChange={(s) => void setStatus(s)}
              options={(['planned', 'held'] as const).map((s) => ({ value: s, label: t(`meetings.statuses.${s}`) }))}
              aria-label={t('meetings.view.statusLabel')}
              data-testid="meeting-status"
              className="ud-meeting-status"
            />
          )}
        </>
      )}
    </div>
  );

  if (!id)
    return (
      <div data-testid="meeting-view">
        {heading}
        <InfoTab meeting={null} onSaved={onOpen} />
      </div>
    );
  if (error && !data) return <Alert type="error" showIcon title={error} data-testid="meeting-error" />;
  if (!data) return <Skeleton active />;
  const { meeting, figures } = data;
  const body = (key: (typeof TABS)[number]) => {
    switch (key) {
      case 'info':
        return <InfoTab meeting={meeting} onSaved={() => void reload()} />;
      case 'invitees':
        return <InviteesTab meeting={meeting} convened={figures.convened} onSaved={() => void reload()} />;
      case 'attendance':
        return <AttendanceTab meeting={meeting} figures={figures} onSaved={() => void reload()} />;
      case 'opinions':
        return <OpinionsTab meeting={meeting} onSaved={() => void reload()} />;
      case 'papers':
        return <PapersTab meeting={meeting} onChanged={() => void reload()} openElection={openElection} />;
    }
  };
  return (
    <div data-testid="meeting-view" data-meeting-id={meeting.id}>
      {heading}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`meeting-tab-${key}`}>{t(`meetings.view.tabs.${key}`)}</span>,
          children: body(key),
        }))}
      />
    </div>
  );
}
