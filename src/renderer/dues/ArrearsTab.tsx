/**
 * Members in arrears as of the picked month: consecutive unpaid owed months counted back (exempt months skipped),
 * the amount, and the level reached (6/9/12 by default, the labels from the settings); "Tạo thư nhắc" drafts the
 * level's reminder letter in the documents register.
 */
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { BookStart } from './BookStart';
import { monthLabel, vnd } from './format';
import { rowTestId } from './rowTestId';

type Arrears = CommandOutput<'dues.arrears'>;
type ArrearsRow = Arrears['members'][number];
const LEVEL_COLORS: Record<string, string> = { '6': 'gold', '9': 'orange', '12': 'red' };

export function ArrearsTab({ month, openDocument }: { month: string; openDocument?: (id: string) => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [data, setData] = useState<Arrears | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Bumped when the book's start changes: the arrears are counted again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setData(null);
    call('dues.arrears', { asOf: month }).then(
      (res) => live && (setData(res), setError(null)),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, month, t, version]);

  const remind = async (row: ArrearsRow) => {
    setBusy(row.memberId);
    try {
      const { documentId } = await call('dues.reminder', { memberId: row.memberId, asOf: month });
      void message.success({
        content: (
          <Space>
            {t('dues.arrears.reminded')}
            {openDocument && (
              <Button
                size="small"
                type="link"
                onClick={() => openDocument(documentId)}
                data-testid="dues-open-reminder"
              >
                {t('dues.arrears.openDoc')}
              </Button>
            )}
          </Space>
        ),
        duration: 8,
      });
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="dues-arrears">
      <Typography.Text strong className="ud-list-count">
        {t('dues.arrears.asOf', { month: monthLabel(month) })}
        {data && ` · ${t('dues.arrears.count', { n: data.members.length })}`}
      </Typography.Text>
      <BookStart onChanged={() => setVersion((v) => v + 1)} />
      <FormError error={error} />
      <Table<ArrearsRow>
        size="small"
        rowKey="memberId"
        loading={!data && !error}
        dataSource={data?.members ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('dues.arrears.empty') }}
        onRow={rowTestId('dues-arrears-row')}
        columns={[
          { key: 'fullName', title: t('dues.arrears.columns.fullName'), dataIndex: 'fullName', width: 220 },
          { key: 'unit', title: t('dues.arrears.columns.unit'), dataIndex: 'unit', width: 160, ellipsis: true },
          { key: 'months', title: t('dues.arrears.columns.months'), dataIndex: 'months', width: 90, align: 'right' },
          {
            key: 'unpaid',
            title: t('dues.arrears.columns.unpaid'),
            ellipsis: true,
            render: (_, r) => r.unpaidMonths.map(monthLabel).join(', '),
          },
          {
            key: 'amount',
            title: t('dues.arrears.columns.amount'),
            width: 120,
            align: 'right',
            render: (_, r) => vnd(r.amount),
          },
          {
            key: 'level',
            title: t('dues.arrears.columns.level'),
            width: 150,
            render: (_, r) =>
              r.level && (
                <Tag color={LEVEL_COLORS[r.level] ?? 'red'} data-testid="dues-arrears-level">
                  {r.levelLabel ?? r.level}
                </Tag>
              ),
          },
          {
            key: 'remind',
            width: 140,
            render: (_, r) =>
              r.level && (
                <Button
                  size="small"
                  loading={busy === r.memberId}
                  onClick={() => void remind(r)}
                  data-testid="dues-remind"
                >
                  {t('dues.arrears.remind')}
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}
