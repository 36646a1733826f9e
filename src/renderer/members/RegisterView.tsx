/**
 * Sổ đoàn viên: one search box (results as you type), filters, the count and the virtual table; the member page,
 * import wizard and export dialog open over it.
 */
import { SearchOutlined } from '@ant-design/icons';
import { App, Input } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { downloadBase64 } from '../api/download';
import { detailText } from '../common/errors';
import { ListCount } from '../common/FilterBar';
import { useDebounced } from '../common/useDebounced';
import { FormError } from '../common/FormError';
import { ExportDialog } from './ExportDialog';
import { AGE_BANDS } from './fields';
import { ImportWizard } from './ImportWizard';
import { MemberDrawer, type DrawerTarget } from './MemberDrawer';
import { isFiltering, MemberFiltersBar, type FilterValues } from './MemberFiltersBar';
import { MemberTable } from './MemberTable';
import { RegisterActions } from './RegisterActions';
import { useFillHeight } from './useFillHeight';
import { useMemberList, type ListFilters } from './useMemberList';

export const SEARCH_DEBOUNCE_MS = 120;

interface Props {
  units: Unit[];
  /** Bumped when groups were edited elsewhere: names in the list may have changed. */
  unitsVersion: number;
  onUnitsChanged: () => void;
  /** Where to put the action buttons (the tab bar); inline above the list without one. */
  actionsSlot?: HTMLElement | null;
}

export function RegisterView({ units, unitsVersion, onUnitsChanged, actionsSlot }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterValues>({});
  const [drawer, setDrawer] = useState<DrawerTarget>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const settledQuery = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const settledPosition = useDebounced(filters.position ?? '', SEARCH_DEBOUNCE_MS);

  const listFilters = useMemo<ListFilters>(() => {
    const f: ListFilters = {};
    if (settledQuery.trim()) f.query = settledQuery;
    if (filters.status?.length) f.status = filters.status;
    if (filters.unitId) f.unitId = filters.unitId;
    if (filters.gender) f.gender = filters.gender;
    if (filters.age) Object.assign(f, AGE_BANDS[filters.age]);
    if (settledPosition.trim()) f.position = settledPosition.trim();
    if (filters.tag) f.tag = filters.tag;
    return f;
  }, [settledQuery, settledPosition, filters.status, filters.unitId, filters.gender, filters.age, filters.tag]);

  const list = useMemberList(listFilters);
  const { reload } = list;
  const tableBox = useRef<HTMLDivElement>(null);
  const height = useFillHeight(tableBox, 72);

  const firstUnits = useRef(unitsVersion);
  useEffect(() => {
    if (unitsVersion !== firstUnits.current) reload();
  }, [unitsVersion, reload]);

  const changed = useCallback(() => {
    reload();
    onUnitsChanged();
  }, [reload, onUnitsChanged]);

  const print = async () => {
    setPrinting(true);
    try {
      const res = await call('members.export', { ...listFilters, format: 'pdf', includeSensitive: false });
      if (res.base64) downloadBase64(res.fileName, res.base64);
      void message.success(t('members.export.done', { n: res.count, file: res.fileName }));
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setPrinting(false);
    }
  };

  const filtered = !!listFilters.query || isFiltering(filters);
  const actions = (
    <RegisterActions
      onAdd={() => setDrawer({ kind: 'new' })}
      onImport={() => setImporting(true)}
      onExport={() => setExporting(true)}
      onPrint={() => void print()}
      printing={printing}
    />
  );
  return (
    <div className="ud-register">
      <div className="ud-register-top">
        <Input
          size="large"
          autoFocus
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('members.search')}
          aria-label={t('members.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="members-search"
          className="ud-register-search"
        />
        {actionsSlot ? createPortal(actions, actionsSlot) : actions}
      </div>
      <MemberFiltersBar value={filters} onChange={setFilters} units={units} />
      <ListCount
        count={list.loaded ? list.total : null}
        keys={{ all: 'members.count', filtered: 'members.countFiltered' }}
        filtered={filtered}
        testId="members-count"
        shownQuery={list.shownQuery}
      />
      <FormError error={list.error} />
      <div ref={tableBox}>
        <MemberTable
          rows={list.rows}
          store={list.store}
          loading={!list.loaded}
          height={height}
          emptyText={t(filtered ? 'members.emptyFiltered' : 'members.empty')}
          onOpen={(id) => setDrawer({ kind: 'member', id })}
          ensure={list.ensure}
        />
      </div>
      <MemberDrawer
        target={drawer}
        units={units}
        onOpen={setDrawer}
        onClose={() => setDrawer(null)}
        onChanged={changed}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={changed} />
      <ExportDialog open={exporting} filters={listFilters} total={list.total} onClose={() => setExporting(false)} />
    </div>
  );
}
