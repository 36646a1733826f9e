/** The register's filters: document type, year, status. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, type DocTypeCode } from '../../shared/document-model';
import type { DocRecord } from '../../shared/documents-contract';
import { foldVi } from '../../shared/text/fold';
import { FilterBar } from '../common/FilterBar';

export interface RegisterFilterValues {
  type?: DocTypeCode;
  year?: number;
  status?: DocRecord['status'];
}

export const isFiltering = (f: RegisterFilterValues) => !!(f.type || f.year || f.status);

interface Props {
  value: RegisterFilterValues;
  onChange: (v: RegisterFilterValues) => void;
  years: number[];
}

export function RegisterFilters({ value, onChange, years }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<RegisterFilterValues>) => onChange({ ...value, ...patch });
  return (
    <FilterBar
      active={isFiltering(value)}
      onClear={() => onChange({})}
      clearLabel={t('documents.register.filters.clear')}
      clearTestId="docs-filter-clear"
    >
      <Select
        data-testid="docs-filter-type"
        className="ud-docs-filter-type"
        allowClear
        showSearch={{ filterOption: (input, option) => foldVi(String(option?.label ?? '')).includes(foldVi(input)) }}
        placeholder={t('documents.register.filters.type')}
        value={value.type}
        onChange={(type?: DocTypeCode) => set({ type })}
        options={DOC_TYPES.map((d) => ({ value: d.code, label: d.name }))}
      />
      <Select
        data-testid="docs-filter-year"
        className="ud-docs-filter-small"
        allowClear
        placeholder={t('documents.register.filters.year')}
        value={value.year}
        onChange={(year?: number) => set({ year })}
        options={years.map((y) => ({ value: y, label: String(y) }))}
      />
      <Select
        data-testid="docs-filter-status"
        className="ud-docs-filter-status"
        allowClear
        placeholder={t('documents.register.filters.status')}
        value={value.status}
        onChange={(status?: DocRecord['status']) => set({ status })}
        options={(['draft', 'issued'] as const).map((s) => ({ value: s, label: t(`documents.statuses.${s}`) }))}
      />
    </FilterBar>
  );
}
