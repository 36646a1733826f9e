/** The register's filters: document type, year, status. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, type DocTypeCode } from '../../shared/document-model';
import type { DocRecord } from '../../shared/documents-contract';
import { FilterBar, useFilters } from '../common/FilterBar';
import { SearchSelect } from '../common/SearchSelect';

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
  const { bar, field, wrap } = useFilters(
    value,
    onChange,
    isFiltering(value),
    'documents.register.filters',
    'docs-filter-clear',
  );
  return (
    <FilterBar {...bar}>
      {wrap(
        'type',
        <SearchSelect
          {...field('type')}
          data-testid="docs-filter-type"
          className="ud-docs-filter-type"
          options={DOC_TYPES.map((d) => ({ value: d.code, label: d.name }))}
        />,
      )}
      {wrap(
        'year',
        <Select
          {...field('year')}
          data-testid="docs-filter-year"
          className="ud-docs-filter-small"
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />,
      )}
      {wrap(
        'status',
        <Select
          {...field('status')}
          data-testid="docs-filter-status"
          className="ud-docs-filter-status"
          options={(['draft', 'issued'] as const).map((s) => ({ value: s, label: t(`documents.statuses.${s}`) }))}
        />,
      )}
    </FilterBar>
  );
}
