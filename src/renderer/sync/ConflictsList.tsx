/**
 * The conflicts a sync left for the secretary: a document or bulletin text that lost to another PC's edit (kept as
 * a copy: read it, restore it or dismiss it), a number another PC already used (renumber it or dismiss it), a row
 * another PC also created.
 * Read again whenever the status's conflict count changes (after each sync, through `sync.changed`).
 */
import { App, Button, List, Modal, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../shared/sync-contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { errorText } from '../common/errors';
import { FormError } from '../common/FormError';
import { readableText } from './conflictText';

export function ConflictsList({ count, onResolved }: { count: number; onResolved: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [items, setItems] = useState<SyncConflict[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [reading, setReading] = useState<SyncConflict | null>(null);

  const load = useCallback(async () => {
    try {
      setItems(await call('sync.conflicts', {}));
      setError(null);
    } catch (err) {
      setError(errorText(t, err));
    }
  }, [call, t]);
  useEffect(() => {
    void load();
  }, [load, count]);

  const resolve = async (c: SyncConflict, action: 'restore' | 'dismiss' | 'renumber') => {
    setBusy(c.id);
    setError(null);
    try {
      const { number } = await call('sync.resolve', { id: c.id, action });
      void message.success(
        action === 'renumber'
          ? t('sync.conflicts.renumbered', { number: number ?? '' })
          : t(action === 'restore' ? 'sync.conflicts.restored' : 'sync.conflicts.dismissed'),
      );
      setReading(null);
      await load();
      onResolved();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(null);
    }
  };

  const actions = (c: SyncConflict) => [
    ...(c.kind === 'copy' && c.value !== null
      ? [
          <Button key="read" size="small" onClick={() => setReading(c)} data-testid="sync-conflict-read">
            {t('sync.conflicts.read')}
          </Button>,
          <Button
            key="restore"
            size="small"
            loading={busy === c.id}
            disabled={busy !== null}
            onClick={() => void resolve(c, 'restore')}
            data-testid="sync-conflict-restore"
          >
            {t('sync.conflicts.restore')}
          </Button>,
        ]
      : []),
    // A number another PC already used: the row takes the next free one and goes to the server (the usual way out).
    ...(c.kind === 'number'
      ? [
          <Button
            key="renumber"
            size="small"
            type="primary"
            title={t('sync.conflicts.renumberHelp')}
            loading={busy === c.id}
            disabled={busy !== null}
            onClick={() => void resolve(c, 'renumber')}
            data-testid="sync-conflict-renumber"
          >
            {t('sync.conflicts.renumber')}
          </Button>,
        ]
      : []),
    <Button
      key="dismiss"
      size="small"
      disabled={busy !== null}
      onClick={() => void resolve(c, 'dismiss')}
      data-testid="sync-conflict-dismiss"
    >
      {t('sync.conflicts.dismiss')}
    </Button>,
  ];

  return (
    <div className="ud-section-title" data-testid="sync-conflict-list">
      <Typography.Title level={5}>{t('sync.conflicts.title')}</Typography.Title>
      <FormError error={error} />
      <List<SyncConflict>
        loading={items === null && !error}
        dataSource={items ?? []}
        locale={{ emptyText: t('sync.conflicts.empty') }}
        renderItem={(c) => (
          <List.Item actions={actions(c)} data-testid="sync-conflict">
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={c.kind === 'number' ? 'red' : 'orange'}>{t(`sync.conflicts.kinds.${c.kind}`)}</Tag>
                  <span>{c.title}</span>
                </Space>
              }
              description={
                <>
                  {c.detail && <Typography.Text>{c.detail}</Typography.Text>}
                  {c.detail && <br />}
                  <Typography.Text type="secondary">{formatDateTime(c.at)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={reading !== null}
        title={reading ? `${t('sync.conflicts.readTitle')}: ${reading.title}` : ''}
        onCancel={() => setReading(null)}
        width={720}
        footer={[
          <Button key="close" onClick={() => setReading(null)}>
            {t('sync.conflicts.close')}
          </Button>,
          <Button
            key="restore"
            type="primary"
            loading={reading !== null && busy === reading.id}
            onClick={() => reading && void resolve(reading, 'restore')}
            data-testid="sync-conflict-modal-restore"
          >
            {t('sync.conflicts.restore')}
          </Button>,
        ]}
      >
        <div className="ud-sync-copy" data-testid="sync-conflict-text">
          {reading?.value ? readableText(reading.value) : ''}
        </div>
      </Modal>
    </div>
  );
}
