/**
 * Biên bản & tài liệu: the minutes and the resolution made from the record as drafts in the register and opened in the
 * documents editor (the one editor of the app: its own download and issue buttons), the Giấy mời with their .ics (as
 * files, or sent by email with the Bản tin page's sending screen), and the offline meeting pack as a job.
 */
import { FileDoneOutlined, FileProtectOutlined, MailOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';
import { downloadFile } from '../api/download';
import { zipOf } from './zipOf';
import { sentenceOf } from './sentence';
import { DocEditor } from '../documents/LazyDocEditor';
import '../documents/documents.css';
import type { MeetingRecord } from './meetingRecord';
import type { AudienceCount } from '../bulletins/AudiencePicker';
import { MeetingElections } from './MeetingElections';
import { MeetingEmailCard, MeetingEmailSending } from './MeetingEmail';
import { PackCard } from './PackCard';

type Paper = 'minutes' | 'resolution';

interface Props {
  meeting: MeetingRecord;
  onChanged: () => void;
  openElection?: (id: string) => void;
}

export function PapersTab({ meeting, onChanged, openElection }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<string | null>(null);
  const [sending, setSending] = useState<{ id: string; count?: AudienceCount } | null>(null);
  const [busy, setBusy] = useState<Paper | 'invitations' | null>(null);

  const make = async (paper: Paper, overwrite?: boolean): Promise<void> => {
    setBusy(paper);
    try {
      const input = { id: meeting.id, ...(overwrite ? { overwrite } : {}) };
      const { documentId } =
        paper === 'minutes' ? await call('meetings.minutes', input) : await call('meetings.resolution', input);
      onChanged();
      setOpen(documentId);
    } catch (err) {
      if (err instanceof CallError && err.code === 'CONFLICT' && !overwrite) {
        modal.confirm({
          title: t(paper === 'minutes' ? 'meetings.papers.overwriteTitle' : 'meetings.papers.overwriteResolutionTitle'),
          content: t('meetings.papers.overwriteBody'),
          okText: t('meetings.papers.overwriteOk'),
          cancelText: t('meetings.papers.overwriteCancel'),
          okButtonProps: { danger: true, 'data-testid': 'paper-overwrite-ok' },
          cancelButtonProps: { 'data-testid': 'paper-overwrite-cancel' },
          onOk: () => make(paper, true),
          onCancel: () => {
            const kept = paper === 'minutes' ? meeting.minutesDocumentId : meeting.resolutionDocumentId;
            if (kept) setOpen(kept);
          },
        });
      } else modal.error({ title: sentenceOf(t, err) });
    } finally {
      setBusy(null);
    }
  };

  const invitations = async () => {
    setBusy('invitations');
    try {
      const { files } = await call('meetings.invitations', { id: meeting.id, format: 'pdf' });
      // One download, not one per invitee: a browser asks before letting a page save many files at once.
      downloadFile(files.length === 1 ? files[0] : zipOf(files, `giay-moi-${meeting.startsAt.slice(0, 10)}.zip`));
      void message.success(t('meetings.papers.invitationsDone', { n: files.length }));
    } catch (err) {
      modal.error({ title: sentenceOf(t, err) });
    } finally {
      setBusy(null);
    }
  };

  if (open)
    return (
      <div className="ud-documents" data-testid="meeting-doc">
        <DocEditor
          id={open}
          onClose={() => {
            setOpen(null);
            onChanged();
          }}
        />
      </div>
    );

  if (sending)
    return <MeetingEmailSending campaignId={sending.id} count={sending.count} onBack={() => setSending(null)} />;

  return (
    <div data-testid="meeting-papers" className="ud-meeting-papers">
      <Card size="small" className="ud-meeting-card">
        <Space wrap>
          <Button
            type="primary"
            icon={<FileDoneOutlined />}
            loading={busy === 'minutes'}
            onClick={() => void make('minutes')}
            data-testid="paper-minutes"
          >
            {t('meetings.papers.minutes')}
          </Button>
          {meeting.minutesDocumentId && (
            <Button onClick={() => setOpen(meeting.minutesDocumentId)} data-testid="paper-minutes-open">
              {t('meetings.papers.minutesOpen')}
            </Button>
          )}
          <Button
            icon={<FileProtectOutlined />}
            loading={busy === 'resolution'}
            onClick={() => void make('resolution')}
            data-testid="paper-resolution"
          >
            {t('meetings.papers.resolution')}
          </Button>
          {meeting.resolutionDocumentId && (
            <Button onClick={() => setOpen(meeting.resolutionDocumentId)} data-testid="paper-resolution-open">
              {t('meetings.papers.resolutionOpen')}
            </Button>
          )}
          <Button
            icon={<MailOutlined />}
            loading={busy === 'invitations'}
            onClick={() => void invitations()}
            data-testid="paper-invitations"
          >
            {t('meetings.papers.invitations')}
          </Button>
        </Space>
      </Card>
      <MeetingEmailCard meetingId={meeting.id} onOpen={(id, count) => setSending({ id, count })} />
      <PackCard meetingId={meeting.id} />
      {meeting.kind === 'congress' && (
        <MeetingElections meetingId={meeting.id} openElection={openElection} openDoc={setOpen} />
      )}
    </div>
  );
}
