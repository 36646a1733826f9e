/**
 * One election: the papers above, then either the set-up, or the count — ballot entry (or totals) on the left and
 * the live results on the right, fetched again from the core after every ballot.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Skeleton, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { DocEditor } from '../documents/LazyDocEditor';
import '../documents/documents.css';
import { BallotEntry } from './BallotEntry';
import { ElectionPapers } from './ElectionPapers';
import { ElectionResults } from './ElectionResults';
import { ElectionSetup } from './ElectionSetup';
import { TotalsForm } from './TotalsForm';

export function ElectionView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<CommandOutput<'elections.get'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>(null);
  const [doc, setDoc] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setData(await call('elections.get', { id }));
    } catch (err) {
      setError(detailText(t, err));
    }
  }, [call, id, t]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (doc)
    return (
      <div className="ud-documents">
        <DocEditor id={doc} onClose={() => setDoc(null)} />
      </div>
    );
  if (error && !data) return <Alert type="error" showIcon title={error} data-testid="election-error" />;
  if (!data) return <Skeleton active />;
  const { election } = data;
  const active = tab ?? (election.candidates.length ? 'count' : 'setup');
  const count = (
    <Row gutter={24}>
      <Col span={11}>
        {election.countBy === 'ballots' ? (
          <BallotEntry election={election} onChanged={() => void reload()} />
        ) : (
          <TotalsForm election={election} onSaved={() => void reload()} />
        )}
      </Col>
      <Col span={13}>
        <ElectionResults data={data} />
      </Col>
    </Row>
  );
  return (
    <div data-testid="election-view" data-election-id={election.id}>
      <div className="ud-meeting-head">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="election-back">
          {t('elections.form.back')}
        </Button>
        <Typography.Title level={3} className="ud-page-title ud-meeting-title">
          {election.electing}
        </Typography.Title>
        <span className="ud-muted">{t('elections.list.seats', { n: election.seats })}</span>
      </div>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      <ElectionPapers election={election} onOpenDoc={setDoc} />
      <Tabs
        activeKey={active}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'count',
            label: <span data-testid="election-tab-count">{t('elections.entry.title')}</span>,
            children: count,
          },
          {
            key: 'setup',
            label: <span data-testid="election-tab-setup">{t('elections.form.setup')}</span>,
            children: (
              <ElectionSetup
                election={election}
                onSaved={() => {
                  void reload();
                  setTab('count');
                }}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
