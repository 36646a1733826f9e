/**
 * Bầu cử: the elections (#/elections) and one election (#/elections/<id>). Its own page rather than a tab of a
 * congress: an election may stand alone (a BCH electing its chair), a congress holds several, and ballot entry wants
 * the whole width of the screen; an election names its meeting, whose papers (resolution, tờ trình) gather it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { ELECTED_BODIES, type Election } from '../../shared/elections-contract';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { useCoreForm } from '../common/useCoreForm';
import '../meetings/meetings.css';
import type { PageProps } from '../shell/page';
import { ElectionView } from './ElectionView';

type Item = CommandOutput<'elections.list'>['items'][number];
interface NewValues {
  body: Election['body'];
  electing: string;
  seats: number;
}

function NewElection({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<NewValues>(['body', 'electing', 'seats']);
  const required = [{ required: true, message: t('elections.form.required') }];
  const create = (v: NewValues) =>
    submit(async () => {
      const { id } = await call('elections.create', { ...v, denominator: 'valid', candidates: [] });
      onCreated(id);
    });
  return (
    <Modal
      open
      title={t('elections.list.new')}
      okText={t('elections.form.create')}
      cancelText={t('elections.form.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'election-create' } as never}
    >
      <Form<NewValues> form={form} layout="vertical" onFinish={create} initialValues={{ body: 'bch', seats: 1 }}>
        <Form.Item name="body" label={t('elections.form.body')} rules={required}>
          <Select options={ELECTED_BODIES.map((b) => ({ value: b, label: t(`elections.bodies.${b}`) }))} />
        </Form.Item>
        <Form.Item name="electing" label={t('elections.form.electing')} rules={required}>
          <Input placeholder={t('elections.form.electingExample')} data-testid="new-election-electing" />
        </Form.Item>
        <Form.Item name="seats" label={t('elections.form.seats')} rules={required}>
          <InputNumber min={1} precision={0} data-testid="new-election-seats" />
        </Form.Item>
        <FormError error={error} testId="new-election-error" />
      </Form>
    </Modal>
  );
}

export function ElectionsPage({ sub, onSub }: Partial<Pick<PageProps, 'sub' | 'onSub'>>) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [own, setOwn] = useState<string | undefined>(sub);
  const open = onSub ? sub : own;
  const go = (to?: string) => (onSub ? onSub(to) : setOwn(to));
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (open) return;
    call('elections.list', {}).then(
      (r) => setItems(r.items),
      (err) => setError(detailText(t, err)),
    );
  }, [call, open, t]);

  if (open) return <ElectionView key={open} id={open} onBack={() => go(undefined)} />;
  return (
    <div data-testid="elections-page">
      <div className="ud-meeting-toolbar">
        <Typography.Title level={3} className="ud-page-title">
          {t('elections.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          className="ud-push-right"
          onClick={() => setCreating(true)}
          data-testid="elections-new"
        >
          {t('elections.list.new')}
        </Button>
      </div>
      <FormError error={error} />
      <Table<Item>
        rowKey="id"
        loading={items === null && !error}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: t('elections.list.empty') }}
        onRow={(e) =>
          ({ onClick: () => go(e.id), className: 'ud-clickable', 'data-testid': `election-row-${e.id}` }) as never
        }
        columns={[
          { key: 'electing', title: t('elections.list.columns.electing'), dataIndex: 'electing' },
          {
            key: 'body',
            title: t('elections.list.columns.body'),
            width: 220,
            render: (_, e) => t(`elections.bodies.${e.body}`),
          },
          { key: 'seats', title: t('elections.list.columns.seats'), dataIndex: 'seats', width: 120, align: 'right' },
          {
            key: 'ballots',
            title: t('elections.list.columns.ballots'),
            dataIndex: 'ballotCount',
            width: 140,
            align: 'right',
          },
        ]}
      />
      {creating && <NewElection onCancel={() => setCreating(false)} onCreated={(id) => go(id)} />}
    </div>
  );
}
