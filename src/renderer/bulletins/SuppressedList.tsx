/**
 * The addresses that stopped bulletins (unsubscribed, or a mailbox that does not exist), with "Nhận lại", and
 * "Nhập thư trả lời…": the picked .eml/.mbox/.txt/.csv files go to audiences.importReplies as bytes (the renderer
 * never hands the core a path) and what it did is listed, the messages not acted on with their reasons.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { readAsBase64 } from '../members/fileData';
import { useCount } from './numbers';

type Suppressed = CommandOutput<'audiences.suppressed'>['items'][number];
type Result = CommandOutput<'audiences.importReplies'>;

const MAX_FILES = 20;
const MAX_BYTES = 25 * 1024 * 1024;
const k = (key: string) => `bulletins.suppressed.${key}`;

export function SuppressedList() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const n = useCount();
  const [items, setItems] = useState<Suppressed[] | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(0);
  const picker = useRef<HTMLInputElement>(null);

  const load = useCallback(
    () =>
      call('audiences.suppressed', {}).then(
        (r) => setItems(r.items),
        (err) => setError(detailText(t, err)),
      ),
    [call, t],
  );
  useEffect(() => void load(), [load]);

  const importFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (picker.current) picker.current.value = ''; // the same files may be picked again
    if (!files.length) return;
    setError(null);
    setResult(null);
    if (files.length > MAX_FILES) return setError(t(k('tooMany')));
    const big = files.find((f) => f.size > MAX_BYTES);
    if (big) return setError(t(k('tooBig'), { name: big.name }));
    setReading(files.length);
    try {
      const payload = await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await readAsBase64(f) })));
      setResult(await call('audiences.importReplies', { files: payload }));
      await load();
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setReading(0);
    }
  };

  const resubscribe = async (email: string) => {
    try {
      await call('audiences.resubscribe', { email });
      void message.success(t(k('resubscribed'), { email }));
      await load();
    } catch (err) {
      setError(detailText(t, err));
    }
  };

  return (
    <section className="ud-mt" data-testid="suppressed-list">
      <div className="ud-bulletin-toolbar">
        <Typography.Title level={5}>{t(k('title'))}</Typography.Title>
        <Button
          icon={<InboxOutlined />}
          className="ud-push-right"
          loading={reading > 0}
          onClick={() => picker.current?.click()}
          title={t(k('importHelp'))}
          data-testid="import-replies"
        >
          {reading > 0 ? t(k('reading'), { n: n(reading) }) : t(k('importReplies'))}
        </Button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept=".eml,.mbox,.txt,.csv,message/rfc822,application/mbox,text/plain,text/csv"
          onChange={(e) => void importFiles(e.target.files)}
          data-testid="import-replies-input"
        />
      </div>
      <FormError error={error} testId="suppressed-error" />
      {result && <RepliesResult result={result} />}
      <Table<Suppressed>
        rowKey="email"
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t(k('empty')) }}
        columns={[
          { key: 'email', title: t(k('columns.email')), dataIndex: 'email' },
          {
            key: 'state',
            title: t(k('columns.state')),
            width: 190,
            render: (_, s) => <Tag color={s.state === 'bounced' ? 'red' : 'default'}>{t(k(`states.${s.state}`))}</Tag>,
          },
          { key: 'reason', title: t(k('columns.reason')), render: (_, s) => s.reason ?? '' },
          { key: 'at', title: t(k('columns.at')), width: 150, render: (_, s) => formatDateTime(s.at) },
          {
            key: 'actions',
            width: 110,
            render: (_, s) =>
              s.state === 'unsubscribed' && (
                <Button size="small" onClick={() => void resubscribe(s.email)} data-testid={`resubscribe-${s.email}`}>
                  {t(k('resubscribe'))}
                </Button>
              ),
          },
        ]}
      />
    </section>
  );
}

function RepliesResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const n = useCount();
  const done = [
    ...result.unsubscribed.map(
      (u) => `${u.email} (${t(k(u.via === 'token' ? 'result.viaToken' : 'result.viaSender'))})`,
    ),
    ...result.bounced.map((b) => `${b.email} (${b.status})`),
  ];
  return (
    <div className="ud-mt" data-testid="replies-result">
      <Alert
        type={result.unmatched.length ? 'warning' : 'success'}
        showIcon
        message={t(k('result.title'))}
        description={
          <>
            <div data-testid="replies-summary">
              {t(k('result.summary'), {
                unsubscribed: n(result.unsubscribed.length),
                bounced: n(result.bounced.length),
                already: n(result.already),
                unmatched: n(result.unmatched.length),
              })}
            </div>
            {done.length > 0 && (
              <ul data-testid="replies-done">
                {done.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </>
        }
      />
      {result.unmatched.length > 0 && (
        <Table
          className="ud-mt"
          size="small"
          rowKey={(_, i) => String(i)}
          title={() => t(k('result.unmatched'))}
          dataSource={result.unmatched}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="replies-unmatched"
          columns={[
            { key: 'file', title: t(k('result.file')), dataIndex: 'file', width: 180 },
            { key: 'from', title: t(k('result.from')), render: (_, u) => u.from ?? '', width: 200 },
            { key: 'subject', title: t(k('result.subject')), render: (_, u) => u.subject ?? '' },
            { key: 'reason', title: t(k('result.reason')), dataIndex: 'reason' },
          ]}
        />
      )}
    </div>
  );
}
