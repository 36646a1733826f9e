/**
 * The month's ledger: pick a group (or all), find a member, see each line (basis, due, paid, owing, method,
 * receipt) or the totals by group, and act on the month. A closed month shows its lock and offers adjustments only.
 */
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Input, Segmented, Tag } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVi } from '../../shared/text/fold';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { SearchTreeSelect } from '../common/SearchSelect';
import { unitTree } from '../members/unitTree';
import { useFillHeight } from '../members/useFillHeight';
import { useUnits } from '../members/useUnits';
import { AdjustDialog } from './AdjustDialog';
import { BulkPayDialog } from './BulkPayDialog';
import { ExemptionsDialog } from './ExemptionsDialog';
import { rateLabel, vnd } from './format';
import { ImportDialog, type ImportKind } from './ImportDialog';
import { LedgerActions } from './LedgerActions';
import { LedgerTable, type RowAction } from './LedgerTable';
import { PayDialog } from './PayDialog';
import { SalariesDialog } from './SalariesDialog';
import { UnitTotalsTable } from './UnitTotalsTable';
import { useDownload } from './useDownload';
import { useLedger, type LedgerRow } from './useLedger';

type Dialog =
  | { kind: 'pay' | 'adjust' | 'salaries' | 'exemptions'; row: LedgerRow }
  | { kind: 'bulk' }
  | { kind: 'import'; what: ImportKind }
  | null;

export function LedgerTab({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const { units } = useUnits();
  const [unitId, setUnitId] = useState<string | undefined>();
  const { ledger, error, loading, reload } = useLedger(month, unitId);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<'members' | 'units'>('members');
  const [dialog, setDialog] = useState<Dialog>(null);
  const { fetchAndSave } = useDownload();
  const fillRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(fillRef, 64, 240);
  const tree = useMemo(() => unitTree(units ?? []), [units]);

  const rows = useMemo(() => {
    const all = ledger?.rows ?? [];
    const q = foldVi(query.trim());
    if (!q) return all;
    return all.filter((r) => foldVi(`${r.fullName} ${r.idNumber ?? ''} ${r.memberCode ?? ''}`).includes(q));
  }, [ledger, query]);

  const onAction = useCallback(
    (action: RowAction, row: LedgerRow) => {
      if (action === 'receipt') void fetchAndSave(() => call('dues.receipt', { memberId: row.memberId, month }));
      else setDialog({ kind: action, row });
    },
    [call, fetchAndSave, month],
  );
  const done = () => {
    setDialog(null);
    void reload();
  };
  const totals = ledger?.totals;
  const count = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const unitName = unitId ? (units?.find((u) => u.id === unitId)?.name ?? '') : t('dues.bulk.allUnits');

  return (
    <div data-testid="dues-ledger-tab">
      <div className="ud-dues-toolbar">
        <SearchTreeSelect<string>
          className="ud-dues-unit"
          allowClear
          placeholder={t('dues.ledger.allUnits')}
          aria-label={t('dues.ledger.unit')}
          treeData={tree}
          treeDefaultExpandAll
          value={unitId}
          onChange={(v) => setUnitId(v || undefined)}
          data-testid="dues-unit"
        />
        <Input.Search
          className="ud-dues-search"
          allowClear
          placeholder={t('dues.ledger.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="dues-search"
        />
        <Segmented
          value={view}
          onChange={setView}
          options={(['members', 'units'] as const).map((v) => ({
            value: v,
            label: <span data-testid={`dues-view-${v}`}>{t(`dues.ledger.view.${v}`)}</span>,
          }))}
        />
        <LedgerActions
          ledger={ledger}
          month={month}
          unitId={unitId}
          onPayAll={() => setDialog({ kind: 'bulk' })}
          onImport={(what) => setDialog({ kind: 'import', what })}
          onClosed={() => void reload()}
        />
      </div>
      {error && <Alert type="error" showIcon title={error} role="alert" className="ud-dues-alert" />}
      {ledger && totals && (
        <div className="ud-dues-totals" data-testid="dues-totals">
          {ledger.closed ? (
            <Tag icon={<LockOutlined />} color="gold" data-testid="dues-closed">
              {t('dues.ledger.closed', { date: formatDateTime(ledger.closedAt) })}
            </Tag>
          ) : (
            <Tag icon={<UnlockOutlined />} color="green">
              {t('dues.ledger.open')}
            </Tag>
          )}
          <span>
            {t('dues.ledger.totals.due')}: <b data-testid="dues-total-due">{vnd(totals.due)}</b>
          </span>
          <span>
            {t('dues.ledger.totals.collected')}: <b data-testid="dues-total-collected">{vnd(totals.collected)}</b>
          </span>
          <span>
            {t('dues.ledger.totals.rate')}: <b data-testid="dues-total-rate">{rateLabel(totals.rate, i18n.language)}</b>
          </span>
          <span>
            {t('dues.ledger.totals.paidMembers')}: {count(totals.paidMembers)}/{count(totals.members)}
          </span>
          {ledger.closed && <span className="ud-muted">{t('dues.ledger.closedHint')}</span>}
        </div>
      )}
      <div ref={fillRef}>
        {view === 'members' || !ledger ? (
          <LedgerTable
            rows={rows}
            closed={ledger?.closed ?? false}
            loading={loading && !ledger}
            height={height}
            onAction={onAction}
          />
        ) : (
          <UnitTotalsTable
            ledger={ledger}
            height={height}
            onPick={(id) => {
              setUnitId(id ?? undefined);
              setView('members');
            }}
          />
        )}
      </div>
      {dialog?.kind === 'pay' && (
        <PayDialog month={month} row={dialog.row} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'adjust' && (
        <AdjustDialog month={month} row={dialog.row} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'salaries' && <SalariesDialog row={dialog.row} month={month} onClose={done} />}
      {dialog?.kind === 'exemptions' && <ExemptionsDialog row={dialog.row} month={month} onClose={done} />}
      {dialog?.kind === 'bulk' && ledger && (
        <BulkPayDialog
          month={month}
          unitId={unitId}
          unitName={unitName}
          rows={ledger.rows}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog kind={dialog.what} month={month} onClose={() => setDialog(null)} onDone={() => void reload()} />
      )}
    </div>
  );
}
