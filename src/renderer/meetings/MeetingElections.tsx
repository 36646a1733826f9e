/**
 * A congress's elections (elections.list by meeting), each opening on the Bầu cử page, and the tờ trình asking the
 * upper level to recognise those elected (elections.recognition: one per congress), opened in the documents editor.
 */
import { App, Button, Card, List, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { CallError } from '../api/call';
import { sentenceOf } from './sentence';

type Item = CommandOutput<'elections.list'>['items'][number];

interface Props {
  meetingId: string;
  /** Opens an election on the Bầu cử page (absent outside the shell). */
  openElection?: (id: string) => void;
  openDoc: (documentId: string) => void;
}

export function MeetingElections({ meetingId, openElection, openDoc }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal } = App.useApp();
  const [items, setItems] = useState<Item[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('elections.list', { meetingId }).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, [call, meetingId]);

  const recognition = async (overwrite?: boolean): Promise<void> => {
    setBusy(true);
    try {
      openDoc((await call('elections.recognition', { meetingId, ...(overwrite ? { overwrite } : {}) })).documentId);
    } catch (err) {
      if (err instanceof CallError && err.code === 'CONFLICT' && !overwrite)
        modal.confirm({
          title: t('elections.papers.overwriteTitle'),
          content: t('elections.papers.overwriteBody'),
          okText: t('elections.papers.overwriteOk'),
          cancelText: t('elections.papers.overwriteCancel'),
          okButtonProps: { danger: true },
          onOk: () => recognition(true),
        });
      else modal.error({ title: sentenceOf(t, err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" className="ud-meeting-card" title={t('elections.title')} data-testid="meeting-elections">
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t('elections.list.empty') }}
        renderItem={(e) => (
          <List.Item
            actions={[<span key="n">{t('elections.list.ballots', { n: e.ballotCount })}</span>]}
            className={openElection ? 'ud-clickable' : undefined}
            onClick={() => openElection?.(e.id)}
          >
            {e.electing}
          </List.Item>
        )}
      />
      <Space className="ud-mt">
        <Button loading={busy} onClick={() => void recognition()} data-testid="meeting-recognition">
          {t('elections.papers.recognition')}
        </Button>
      </Space>
    </Card>
  );
}
