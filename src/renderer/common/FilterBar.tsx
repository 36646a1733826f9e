/**
 * The frame every register's filter row shares (members, documents, and the registers still to come): the filters
 * wrap on narrow windows, and a "clear" button appears only while something is filtered.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './lists.css';

interface Props {
  /** Whether any filter is set (shows the clear button). */
  active: boolean;
  onClear: () => void;
  clearLabel: string;
  clearTestId: string;
  children: ReactNode;
}

export function FilterBar({ active, onClear, clearLabel, clearTestId, children }: Props) {
  return (
    <Space wrap className="ud-filters">
      {children}
      {active && (
        <Button icon={<ClearOutlined />} onClick={onClear} data-testid={clearTestId}>
          {clearLabel}
        </Button>
      )}
    </Space>
  );
}

/**
 * One filter with its visible label above it (a placeholder alone is no label: it vanishes once something is chosen
 * and screen readers may not read it). `id` is the control's, so a click on the label focuses the control.
 */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="ud-filter-field">
      <label htmlFor={id} className="ud-filter-label">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * A register's filter values bound to its bar: `bar` for the FilterBar (clearing empties every filter), and
 * `field(key)` for one control: what it shows, a change that keeps the other filters (a cleared control leaves its
 * key undefined, so "is anything filtered" stays a plain check), a clear button, the id its label points at and
 * "Tất cả" as the empty value. `wrap(key, control, label)` puts the control under its label `labels.label` (the key
 * by default) translated. `labels.clear` names the bar's clear button.
 */
export function useFilters<F extends object>(
  value: F,
  onChange: (v: F) => void,
  active: boolean,
  labels: string,
  clearTestId: string,
) {
  const { t } = useTranslation();
  const bar = { active, onClear: () => onChange({} as F), clearLabel: t(`${labels}.clear`), clearTestId };
  const idOf = (key: string) => `${labels.replace(/\./g, '-')}-${key}`;
  const field = <K extends keyof F & string>(key: K) => ({
    id: idOf(key),
    value: value[key],
    onChange: (v: F[K] | null | '') => onChange({ ...value, [key]: v === null || v === '' ? undefined : v }),
    allowClear: true,
    placeholder: t('shell.filterAll'),
  });
  const wrap = (key: keyof F & string, control: ReactNode, label: string = key) => (
    <FilterField key={key} id={idOf(key)} label={t(`${labels}.${label}`)}>
      {control}
    </FilterField>
  );
  return { bar, field, wrap };
}

interface CountProps {
  /** null while the first answer is awaited: the line keeps its height. */
  count: number | null;
  /** Translation keys for the plain and the filtered count ({{n}}: the formatted number). */
  keys: { all: string; filtered: string };
  filtered: boolean;
  testId: string;
  /** The search the shown rows answer, so tests (and tools) can tell a settled list from a pending one. */
  shownQuery: string | undefined;
}

/** "Có 1.234 đoàn viên" above a register, with the number in the reader's language. */
export function ListCount({ count, keys, filtered, testId, shownQuery }: CountProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Typography.Text className="ud-list-count" data-testid={testId} data-query={shownQuery}>
      {count === null ? '\u00a0' : t(filtered ? keys.filtered : keys.all, { n: nf.format(count) })}
    </Typography.Text>
  );
}
