/** The month's totals per union group (sub-groups included, as the core counts them), overall on the last line. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { rateLabel, vnd } from './format';
import type { Ledger } from './useLedger';

type UnitLine = Ledger['byUnit'][number];

export function UnitTotalsTable({
  ledger,
  height,
  onPick,
}: {
  ledger: Ledger;
  height: number;
  onPick: (unitId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const overall: UnitLine = { ...ledger.totals, unitId: null, unit: t('dues.ledger.totals.overall') };
  return (
    <div data-testid="dues-units">
      <Table<UnitLine>
        size="small"
        rowKey={(u) => u.unitId ?? '(overall)'}
        dataSource={ledger.byUnit}
        pagination={false}
        scroll={{ y: height }}
        onRow={(u) => ({
          onClick: () => onPick(u.unitId),
          className: 'ud-list-row',
          ...{ 'data-testid': 'dues-unit-row' },
        })}
        columns={[
          { key: 'unit', title: t('dues.ledger.unit'), dataIndex: 'unit', ellipsis: true },
          { key: 'members', title: t('dues.ledger.totals.members'), dataIndex: 'members', align: 'right', width: 110 },
          {
            key: 'paidMembers',
            title: t('dues.ledger.totals.paidMembers'),
            dataIndex: 'paidMembers',
            align: 'right',
            width: 100,
          },
          { key: 'due', title: t('dues.ledger.totals.due'), align: 'right', width: 140, render: (_, u) => vnd(u.due) },
          {
            key: 'collected',
            title: t('dues.ledger.totals.collected'),
            align: 'right',
            width: 140,
            render: (_, u) => vnd(u.collected),
          },
          {
            key: 'rate',
            title: t('dues.ledger.totals.rate'),
            align: 'right',
            width: 120,
            render: (_, u) => rateLabel(u.rate, i18n.language),
          },
        ]}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row className="ud-dues-total-row">
              <Table.Summary.Cell index={0}>{overall.unit}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {overall.members}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {overall.paidMembers}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {vnd(overall.due)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {vnd(overall.collected)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {rateLabel(overall.rate, i18n.language)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </div>
  );
}
