/**
 * The rates and base salaries, both with the date they apply from (nothing hard-coded: the shipped 1% / 0.5% and
 * 2,340,000 are rows here like the user's own). Every change shows the open months it alters before it is saved.
 */
import { App, Button, Card, Col, Row, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { BaseSalaryForm, RuleForm } from './RuleForms';
import { confirmImpact } from './impact';
import { vnd } from './format';
import { rowTestId } from './rowTestId';

type Rules = CommandOutput<'dues.rules'>;
type Rule = Rules['rules'][number];
type Base = Rules['baseSalaries'][number];

export function RulesTab() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const [data, setData] = useState<Rules | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await call('dues.rules', {}));
      setError(null);
    } catch (err) {
      setError(detailText(t, err));
    }
  }, [call, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const saved = () => {
    void message.success(t('dues.rules.saved'));
    void load();
  };
  const remove = async (rule: Rule) => {
    try {
      const impact = await call('dues.deleteRule', { id: rule.id, dryRun: true });
      confirmImpact(
        modal,
        t,
        impact,
        async () => {
          await call('dues.deleteRule', { id: rule.id });
          saved();
        },
        (err) => void message.error(detailText(t, err)),
      );
    } catch (err) {
      void message.error(detailText(t, err));
    }
  };

  return (
    <div data-testid="dues-rules">
      <FormError error={error} />
      <Row gutter={16}>
        <Col span={24}>
          <Card size="small" title={t('dues.rules.rulesTitle')}>
            <Table<Rule>
              size="small"
              rowKey="id"
              loading={!data && !error}
              dataSource={data?.rules ?? []}
              pagination={false}
              onRow={rowTestId('dues-rule-row')}
              columns={[
                { key: 'from', title: t('dues.rules.from'), render: (_, r) => formatDateVi(r.from), width: 120 },
                {
                  key: 'rate',
                  title: t('dues.rules.rate'),
                  align: 'right',
                  width: 90,
                  render: (_, r) => `${r.rate.toLocaleString('vi-VN')}%`,
                },
                {
                  key: 'basis',
                  title: t('dues.rules.basis'),
                  width: 170,
                  render: (_, r) => t(`dues.rules.bases.${r.basis}`),
                },
                {
                  key: 'cap',
                  title: t('dues.rules.capColumn'),
                  align: 'right',
                  width: 150,
                  // 0.1 reads as "10% LCS", the way the rule is written.
                  render: (_, r) =>
                    t('dues.rules.capValue', { percent: (r.capBaseMultiple * 100).toLocaleString('vi-VN') }),
                },
                {
                  key: 'fixed',
                  title: t('dues.rules.fixed'),
                  align: 'right',
                  width: 130,
                  render: (_, r) => (r.fixedAmount === null ? t('dues.rules.fixedAutoShort') : vnd(r.fixedAmount)),
                },
                {
                  key: 'higher',
                  title: t('dues.rules.higher'),
                  render: (_, r) => (r.higherRate === null ? '' : `${r.higherRate}% ${r.higherRateRef ?? ''}`),
                },
                { key: 'rounding', title: t('dues.rules.rounding'), render: (_, r) => vnd(r.rounding), width: 120 },
                {
                  key: 'delete',
                  width: 64,
                  render: (_, r) => (
                    <Button size="small" type="link" danger onClick={() => void remove(r)}>
                      {t('dues.rules.delete')}
                    </Button>
                  ),
                },
              ]}
            />
            <RuleForm onSaved={saved} />
          </Card>
        </Col>
        <Col xs={24} xl={12} className="ud-dues-mt">
          <Card size="small" title={t('dues.rules.baseTitle')}>
            <Table<Base>
              size="small"
              rowKey="id"
              loading={!data && !error}
              dataSource={data?.baseSalaries ?? []}
              pagination={false}
              columns={[
                { key: 'from', title: t('dues.rules.from'), render: (_, b) => formatDateVi(b.from) },
                { key: 'amount', title: t('dues.rules.amount'), align: 'right', render: (_, b) => vnd(b.amount) },
              ]}
            />
            <BaseSalaryForm onSaved={saved} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
