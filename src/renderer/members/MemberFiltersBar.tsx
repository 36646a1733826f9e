/** The register filters: union group (tree), status, gender, age band, position text. */
import { Input, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, type MemberStatus, type Unit } from '../../shared/members-contract';
import { foldVi } from '../../shared/text/fold';
import { FilterBar } from '../common/FilterBar';
import { AGE_BANDS, type AgeBand } from './fields';
import { unitTree } from './unitTree';

export interface FilterValues {
  unitId?: string;
  status?: MemberStatus[];
  gender?: 'male' | 'female';
  age?: AgeBand;
  position?: string;
}

export const isFiltering = (f: FilterValues) =>
  !!(f.unitId || f.status?.length || f.gender || f.age || f.position?.trim());

export function MemberFiltersBar({
  value,
  onChange,
  units,
}: {
  value: FilterValues;
  onChange: (v: FilterValues) => void;
  units: Unit[];
}) {
  const { t } = useTranslation();
  const tree = useMemo(() => unitTree(units), [units]);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  return (
    <FilterBar
      active={isFiltering(value)}
      onClear={() => onChange({})}
      clearLabel={t('members.filters.clear')}
      clearTestId="filter-clear"
    >
      <TreeSelect
        data-testid="filter-unit"
        className="ud-filter-unit"
        allowClear
        showSearch={{ filterTreeNode: (input, node) => foldVi(String(node.title ?? '')).includes(foldVi(input)) }}
        treeDefaultExpandAll
        placeholder={t('members.filters.unit')}
        value={value.unitId}
        onChange={(unitId?: string) => set({ unitId: unitId || undefined })}
        treeData={tree}
      />
      <Select
        data-testid="filter-status"
        className="ud-filter-status"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('members.filters.status')}
        value={value.status ?? []}
        onChange={(status: MemberStatus[]) => set({ status })}
        options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`members.statuses.${s}`) }))}
      />
      <Select
        data-testid="filter-gender"
        className="ud-filter-small"
        allowClear
        placeholder={t('members.filters.gender')}
        value={value.gender}
        onChange={(gender?: 'male' | 'female') => set({ gender })}
        options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`members.genders.${g}`) }))}
      />
      <Select
        data-testid="filter-age"
        className="ud-filter-small"
        allowClear
        placeholder={t('members.filters.age')}
        value={value.age}
        onChange={(age?: AgeBand) => set({ age })}
        options={(Object.keys(AGE_BANDS) as AgeBand[]).map((a) => ({ value: a, label: t(`members.ages.${a}`) }))}
      />
      <Input
        data-testid="filter-position"
        className="ud-filter-position"
        allowClear
        placeholder={t('members.filters.position')}
        value={value.position ?? ''}
        onChange={(e) => set({ position: e.target.value })}
      />
    </FilterBar>
  );
}
