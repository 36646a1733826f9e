/** The live count (elections.get): ranked, votes, %, elected, ties flagged "cần bầu lại"; or why it cannot count. */
import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';

type Got = CommandOutput<'elections.get'>;
type Row = NonNullable<Got['tally']>['results'][number];

export function ElectionResults({ data }: { data: Got }) {
  const { t } = useTranslation();
  const { tally, problem, invalidByReason } = data;
  return (
    <div data-testid="election-results">
      <Typography.Title level={5} className="ud-results-title">
        {t('elections.results.title')}
      </Typography.Title>
      {problem && (
        <Alert type="warning" showIcon title={problem} className="ud-meeting-alert" data-testid="election-problem" />
      )}
      {tally && (
        <>
          <div className="ud-muted" data-testid="election-summary">
            {t('elections.results.summary', tally)}
          </div>
          {data.election.countBy === 'ballots' && tally.invalid > 0 && (
            <div className="ud-muted">{t('elections.results.invalidByReason', invalidByReason)}</div>
          )}
          <Table<Row>
            className="ud-mt"
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={tally.results}
            onRow={(r, i) => ({ 'data-testid': `result-${i}`, 'data-elected': String(r.elected) }) as never}
            columns={[
              { key: 'rank', title: t('elections.results.rank'), width: 50, render: (_, __, i) => i + 1 },
              { key: 'name', title: t('elections.results.name'), dataIndex: 'name' },
              { key: 'votes', title: t('elections.results.votes'), dataIndex: 'votes', width: 90, align: 'right' },
              {
                key: 'percent',
                title: t('elections.results.percent'),
                width: 90,
                align: 'right',
                render: (_, r) => `${r.percent.toLocaleString('vi-VN')}%`,
              },
              {
                key: 'outcome',
                title: t('elections.results.outcome'),
                width: 190,
                render: (_, r) =>
                  r.tie ? (
                    <Tag color="warning">{t('elections.results.tie')}</Tag>
                  ) : r.elected ? (
                    <Tag color="success">{t('elections.results.elected')}</Tag>
                  ) : (
                    <Tag>{t('elections.results.notElected')}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
