/** The register filters: union group (tree), status, gender, age band, position text, tag (one of those in use). */
import { Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, type MemberStatus, type Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { FilterBar, useFilters } from '../common/FilterBar';
import { SearchSelect, SearchTreeSelect } from '../common/SearchSelect';
import { AGE_BANDS, type AgeBand } from './fields';
import { unitTree } from './unitTree';

export interface FilterValues {
  unitId?: string;
  status?: MemberStatus[];
  gender?: 'male' | 'female';
  age?: AgeBand;
  position?: string;
  tag?: string;
}

export const isFiltering = (f: FilterValues) =>
  !!(f.unitId || f.status?.length || f.gender || f.age || f.position?.trim() || f.tag);

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
  const { call } = useApi();
  const tree = useMemo(() => unitTree(units), [units]);
  const [tags, setTags] = useState<string[]>([]);
  // Read again with the units (they change when the register does): a tag added in the form is offered at once.
  useEffect(() => {
    call('members.tags', {}).then(
      (r) => setTags(r.items.map((x) => x.tag)),
      () => setTags([]),
    );
  }, [call, units]);
  const { bar, field, wrap } = useFilters(value, onChange, isFiltering(value), 'members.filters', 'filter-clear');
  return (
    <FilterBar {...bar}>
      {wrap(
        'unitId',
        <SearchTreeSelect
          {...field('unitId')}
          data-testid="filter-unit"
          className="ud-filter-unit"
          treeDefaultExpandAll
          treeData={tree}
        />,
        'unit',
      )}
      {wrap(
        'status',
        <Select
          {...field('status')}
          value={value.status ?? []}
          data-testid="filter-status"
          className="ud-filter-status"
          mode="multiple"
          maxTagCount="responsive"
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`members.statuses.${s}`) }))}
        />,
      )}
      {wrap(
        'gender',
        <Select
          {...field('gender')}
          data-testid="filter-gender"
          className="ud-filter-small"
          options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`members.genders.${g}`) }))}
        />,
      )}
      {wrap(
        'age',
        <Select
          {...field('age')}
          data-testid="filter-age"
          className="ud-filter-small"
          options={(Object.keys(AGE_BANDS) as AgeBand[]).map((a) => ({ value: a, label: t(`members.ages.${a}`) }))}
        />,
      )}
      {tags.length > 0 &&
        wrap(
          'tag',
          <SearchSelect<string>
            {...field('tag')}
            data-testid="filter-tag"
            className="ud-filter-small"
            options={tags.map((tag) => ({ value: tag, label: tag }))}
          />,
        )}
      {wrap(
        'position',
        <Input
          {...field('position')}
          data-testid="filter-position"
          className="ud-filter-position"
          value={value.position ?? ''}
          onChange={(e) => onChange({ ...value, position: e.target.value })}
        />,
      )}
    </FilterBar>
  );
}
