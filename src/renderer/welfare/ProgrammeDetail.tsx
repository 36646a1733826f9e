/**
 * One programme: its places taken out of its capacity, registering a member (the core refuses beyond capacity or
 * an ineligible member, with its Vietnamese reason), the list sorted by given name with removal, and the
 * organiser's list as PDF or .xlsx.
 */
import { App, Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { ExportButtons } from '../funds/ExportButtons';
import { useCommand } from '../funds/useCommand';
import { MemberSelect } from './MemberSelect';

type Registered = CommandOutput<'welfare.programme'>['members'][number];

export function ProgrammeDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useCommand('welfare.programme', { id });
  const [picked, setPicked] = useState<{ id: string; name?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const change = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setRefusal(null);
    try {
      await work();
      if (done) void message.success(done);
      reload();
      onChanged();
    } catch (err) {
      setRefusal(detailText(t, err));
    } finally {
      setBusy(false);
    }
  };
  const register = () =>
    picked &&
    change(
      async () => {
        await call('welfare.register', { programmeId: id, memberId: picked.id });
        setPicked(null);
      },
      t('welfare.programmes.registeredOk', { name: picked.name ?? '' }),
    );

  const p = data?.programme;
  const full = !!p && p.registered >= p.capacity;
  return (
    <Card
      size="small"
      loading={loading && !data}
      title={p?.name}
      extra={
        p && (
          <ExportButtons testId="welfare-programme" fetch={(format) => call('welfare.programmeFile', { id, format })} />
        )
      }
      data-testid="welfare-programme-detail"
    >
      <FormError error={error} />
      {p && (
        <>
          <Space align="center" style={{ marginBottom: 8 }}>
            <Progress type="circle" size={48} percent={Math.round((100 * p.registered) / p.capacity)} />
            <Typography.Text strong data-testid="welfare-programme-seats">
              {t('welfare.programmes.seats', { registered: p.registered, capacity: p.capacity })}
            </Typography.Text>
            {full && <Typography.Text type="danger">{t('welfare.programmes.full')}</Typography.Text>}
          </Space>
          <div className="ud-funds-toolbar">
            <div style={{ flex: '1 1 260px' }}>
              <MemberSelect
                value={picked?.id}
                onChange={(mid, name) => setPicked(mid ? { id: mid, name } : null)}
                placeholder={t('welfare.programmes.registerHint')}
                testId="welfare-register-member"
                exclude={new Set(data.members.map((m) => m.memberId))}
              />
            </div>
            <Button type="primary" disabled={!picked} loading={busy} onClick={register} data-testid="welfare-register">
              {t('welfare.programmes.register')}
            </Button>
          </div>
          <FormError error={refusal} testId="welfare-register-error" />
        </>
      )}
      <Table<Registered>
        size="small"
        rowKey="memberId"
        dataSource={data?.members ?? []}
        locale={{ emptyText: t('welfare.programmes.noMembers') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={() => ({ 'data-testid': 'welfare-registered-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'n', title: 'STT', width: 56, render: (_, m) => (data?.members.indexOf(m) ?? 0) + 1 },
          { key: 'fullName', title: t('welfare.programmes.fullName'), dataIndex: 'fullName' },
          { key: 'idNumber', title: t('welfare.programmes.idNumber'), dataIndex: 'idNumber' },
          { key: 'unit', title: t('welfare.programmes.unit'), dataIndex: 'unitName', ellipsis: true },
          {
            key: 'actions',
            title: '',
            width: 70,
            render: (_, m) => (
              <Button
                size="small"
                type="link"
                danger
                disabled={busy}
                onClick={() => change(() => call('welfare.unregister', { programmeId: id, memberId: m.memberId }))}
              >
                {t('welfare.programmes.unregister')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
