/**
 * The register document a voucher or a support payment rests on: searched by number or summary (docs.list), issued
 * decisions first, then other issued documents, then drafts. `useDocumentLabels` names linked documents in lists.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocRecord } from '../../shared/documents-contract';
import { DOC_TYPES } from '../../shared/document-model';
import { useApi } from '../api/ApiContext';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';
import { formatDateVi } from '../../shared/text/format';
import { useCommand } from './useCommand';

const rank = (d: DocRecord) => (d.status === 'issued' ? (d.type === 'QĐ' ? 0 : 1) : 2);
/** Issued decisions first, then other issued documents, then drafts; newest first within each. */
export const byPickOrder = (a: DocRecord, b: DocRecord) =>
  rank(a) - rank(b) || b.date.localeCompare(a.date) || (b.number ?? 0) - (a.number ?? 0);

/** "Quyết định số 3/QĐ-CĐCS ngày 02/03/2026 – summary" (a draft: "Quyết định (dự thảo) – summary"). */
export function documentLabel(d: DocRecord, draft: string): string {
  const typeName = DOC_TYPES.find((x) => x.code === d.type)?.name ?? d.type;
  const head = d.numberText ? `${typeName} số ${d.numberText} ngày ${formatDateVi(d.date)}` : `${typeName} (${draft})`;
  return `${head} – ${d.summary}`;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  testId: string;
  placeholder?: string;
}

export function DocumentSelect({ value, onChange, testId, placeholder }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<DocRecord[]>([]);

  useEffect(() => {
    let live = true;
    call('docs.list', { query: query || undefined }).then(
      (docs) => live && setFound([...docs].sort(byPickOrder).slice(0, 50)),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query]);

  const options = useMemo(
    () => found.map((d) => ({ value: d.id, label: documentLabel(d, t('funds.document.draft')) })),
    [found, t],
  );

  return (
    <SearchSelect<string>
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      onSearch={setTyped}
      options={options}
      placeholder={placeholder ?? t('funds.document.hint')}
      data-testid={testId}
    />
  );
}

/** The register's documents by id, named as on the voucher, for the vouchers linked to one. */
export function useDocumentLabels(): (id: string | null) => string | null {
  const { t } = useTranslation();
  const { data } = useCommand('docs.list', {});
  return useMemo(() => {
    const byId = new Map((data ?? []).map((d) => [d.id, documentLabel(d, t('funds.document.draft'))]));
    return (id) => (id ? (byId.get(id) ?? t('funds.document.missing')) : null);
  }, [data, t]);
}
