/**
 * A person for a meeting: a member found in the register as one types (members.list), or — for someone outside it
 * (a guest chairing, a delegate from the upper level) — the name as typed. Values are PersonKeys (meetingRecord.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';
import type { PersonKey } from './meetingRecord';

interface Option {
  value: PersonKey;
  label: string;
  /** The name alone (the label may add the union group). */
  name: string;
}

interface Props {
  value?: PersonKey | PersonKey[] | null;
  onChange?: (v: PersonKey | PersonKey[] | null) => void;
  /** Names of the people already chosen (the record's), so the field shows them before any search. */
  known?: Record<PersonKey, string>;
  /** Several members (invitees); no free names then. */
  multiple?: boolean;
  testId?: string;
  placeholder?: string;
  /** Called with the person picked (a candidate list takes the name, not only the key). */
  onPick?: (person: { memberId: string | null; name: string }) => void;
  autoFocus?: boolean;
}

export function PersonSelect({ value, onChange, known = {}, multiple, testId, placeholder, onPick, autoFocus }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<Option[]>([]);

  useEffect(() => {
    let live = true;
    call('members.list', { query: query || undefined, status: ['active'], limit: 30 }).then(
      (res) =>
        live &&
        setFound(
          res.items.map((m) => ({
            value: `m:${m.id}`,
            label: m.unit ? `${m.fullName} — ${m.unit}` : m.fullName,
            name: m.fullName,
          })),
        ),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query]);

  const options = useMemo(() => {
    const byValue = new Map<string, Option>();
    for (const [k, name] of Object.entries(known)) byValue.set(k, { value: k, label: name, name });
    for (const o of found) byValue.set(o.value, o);
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    for (const k of chosen)
      if (k.startsWith('n:') && !byValue.has(k)) byValue.set(k, { value: k, label: k.slice(2), name: k.slice(2) });
    const name = typed.trim();
    if (!multiple && name)
      byValue.set(`n:${name}`, { value: `n:${name}`, label: t('meetings.info.outside', { name }), name });
    return [...byValue.values()];
  }, [known, found, typed, multiple, value, t]);

  return (
    <SearchSelect<PersonKey | PersonKey[]>
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? undefined}
      onChange={(v) => {
        onChange?.(v ?? null);
        const picked = typeof v === 'string' ? options.find((o) => o.value === v) : undefined;
        if (picked)
          onPick?.({ memberId: picked.value.startsWith('m:') ? picked.value.slice(2) : null, name: picked.name });
      }}
      onSearch={setTyped}
      onBlur={() => setTyped('')}
      options={options.map(({ value: v, label }) => ({ value: v, label }))}
      placeholder={placeholder ?? t('meetings.info.personPlaceholder')}
      data-testid={testId}
      autoFocus={autoFocus}
      className="ud-full-width"
    />
  );
}
