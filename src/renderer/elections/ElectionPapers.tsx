/**
 * The election's papers: ballot papers (1, 2 or 4 per page), the Biên bản kiểm phiếu (pdf, docx), and the tờ trình
 * công nhận of the congress — a draft in the register, opened in the documents editor.
 */
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../shared/elections-contract';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';
import { downloadFile } from '../api/download';
import { sentenceOf } from '../meetings/sentence';

type Busy = 'papers' | 'pdf' | 'docx' | 'recognition' | null;

export function ElectionPapers({ election, onOpenDoc }: { election: Election; onOpenDoc: (id: string) => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal } = App.useApp();
  const [busy, setBusy] = useState<Busy>(null);
  const [perPage, setPerPage] = useState<1 | 2 | 4>(2);

  const run = async (what: Busy, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (err) {
      modal.error({ title: sentenceOf(t, err) });
    } finally {
      setBusy(null);
    }
  };

  const recognition = (overwrite?: boolean): Promise<void> =>
    run('recognition', async () => {
      try {
        const input = { meetingId: election.meetingId!, ...(overwrite ? { overwrite } : {}) };
        onOpenDoc((await call('elections.recognition', input)).documentId);
      } catch (err) {
        if (!(err instanceof CallError && err.code === 'CONFLICT' && !overwrite)) throw err;
        modal.confirm({
          title: t('elections.papers.overwriteTitle'),
          content: t('elections.papers.overwriteBody'),
          okText: t('elections.papers.overwriteOk'),
          cancelText: t('elections.papers.overwriteCancel'),
          okButtonProps: { danger: true },
          onOk: () => recognition(true),
        });
      }
    });

  return (
    <Space wrap className="ud-election-papers" data-testid="election-papers">
      <Space.Compact>
        <Button
          loading={busy === 'papers'}
          data-testid="election-ballot-papers"
          onClick={() =>
            void run('papers', async () =>
              downloadFile(await call('elections.ballotPapers', { id: election.id, perPage, format: 'pdf' })),
            )
          }
        >
          {t('elections.papers.ballotPapers')}
        </Button>
        <Select<1 | 2 | 4>
          value={perPage}
          onChange={setPerPage}
          options={([1, 2, 4] as const).map((n) => ({ value: n, label: t('elections.papers.perPage', { n }) }))}
        />
      </Space.Compact>
      {(['pdf', 'docx'] as const).map((format) => (
        <Button
          key={format}
          loading={busy === format}
          data-testid={`election-minutes-${format}`}
          onClick={() =>
            void run(format, async () =>
              downloadFile(await call('elections.recordedMinutes', { id: election.id, format })),
            )
          }
        >
          {t(format === 'pdf' ? 'elections.papers.minutesPdf' : 'elections.papers.minutesDocx')}
        </Button>
      ))}
      <Button
        loading={busy === 'recognition'}
        disabled={!election.meetingId}
        title={election.meetingId ? undefined : t('elections.papers.recognitionNeedsMeeting')}
        onClick={() => void recognition()}
        data-testid="election-recognition"
      >
        {t('elections.papers.recognition')}
      </Button>
    </Space>
  );
}
