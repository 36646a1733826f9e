/**
 * One member of the register, found as one types (name or CCCD, without diacritics): support and registrations go
 * to members only, so unlike the meetings' person field no typed name is accepted.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';

interface Props {
  value?: string;
  onChange?: (memberId: string | undefined, name?: string) => void;
  placeholder?: string;
  testId?: string;
  /** Members already chosen elsewhere (a programme's list), left out of the options. */
  exclude?: ReadonlySet<string>;
}

export function MemberSelect({ value, onChange, placeholder, testId, exclude }: Props) {
  const { call } = useApi();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<{ value: string; label: string; name: string }[]>([]);

  useEffect(() => {
    let live = true;
    call('members.list', { query: query || undefined, status: ['active'], limit: 30 }).then(
      (res) =>
        live &&
        setFound(
          res.items.map((m) => ({
            value: m.id,
            name: m.fullName,
            label: [m.fullName, m.idNumber, m.unit].filter(Boolean).join(' — '),
          })),
        ),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query]);

  return (
    <SearchSelect<string>
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined, found.find((o) => o.value === v)?.name)}
      onSearch={setTyped}
      options={found.filter((o) => !exclude?.has(o.value)).map(({ value: v, label }) => ({ value: v, label }))}
      placeholder={placeholder}
      data-testid={testId}
      className="ud-full-width"
    />
  );
}
