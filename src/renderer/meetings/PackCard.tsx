/** "Tập tài liệu họp": the meetings.pack job with its progress bar, then the PDF and the .zip from its result. */
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingPack, type MeetingPack } from '../../shared/meetings-contract';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';
import { downloadFile } from '../api/download';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { jobPercent, useJob } from '../settings/useJob';

export function PackCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { job, run } = useJob();
  const [pack, setPack] = useState<MeetingPack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = !!job && (job.state === 'queued' || job.state === 'running');

  const start = async () => {
    setPack(null);
    setError(null);
    try {
      const final = await run(() => call('meetings.pack', { id: meetingId }));
      const parsed = meetingPack.safeParse(final.result);
      if (!parsed.success) throw new CallError({ code: 'INTERNAL', message: '' });
      setPack(parsed.data);
    } catch (err) {
      setError(detailText(t, err));
    }
  };

  return (
    <Card size="small" className="ud-meeting-card" title={t('meetings.papers.pack')} data-testid="meeting-pack">
      <Typography.Paragraph type="secondary">{t('meetings.papers.packHelp')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<FolderOpenOutlined />} loading={running} onClick={() => void start()} data-testid="pack-start">
          {t('meetings.papers.pack')}
        </Button>
        {pack && (
          <>
            <span data-testid="pack-done">{t('meetings.papers.packDone', { pages: pack.pages })}</span>
            <Button onClick={() => downloadFile(pack.pdf)} data-testid="pack-pdf">
              {t('meetings.papers.packPdf')}
            </Button>
            <Button onClick={() => downloadFile(pack.zip)} data-testid="pack-zip">
              {t('meetings.papers.packZip')}
            </Button>
          </>
        )}
      </Space>
      {pack && (
        <ol className="ud-pack-parts" data-testid="pack-parts">
          {pack.parts.map((part) => (
            <li key={`${part.firstPage}-${part.title}`}>
              {t('meetings.papers.packPart', { title: part.title, first: part.firstPage, pages: part.pages })}
            </li>
          ))}
        </ol>
      )}
      {job && !pack && !error && (
        <Progress percent={jobPercent(job)} status={running ? 'active' : undefined} data-testid="pack-progress" />
      )}
      <FormError error={error} testId="pack-error" />
    </Card>
  );
}
