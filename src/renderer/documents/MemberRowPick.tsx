/**
 * "Chọn từ danh sách đoàn viên": a search over the member register (typed without diacritics too) that adds the
 * picked member as a new row of a list of people, with the group and position filled in (memberRow).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';

interface Props {
  onPick: (member: Member) => void;
  testId: string;
}

export function MemberRowPick({ onPick, testId }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<Member[]>([]);

  useEffect(() => {
    let live = true;
    call('members.list', { query: query || undefined, limit: 30 }).then(
      (res) => live && setFound(res.items),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query]);

  return (
    <SearchSelect<string>
      value={null}
      onSearch={setTyped}
      onChange={(id) => {
        const m = found.find((x) => x.id === id);
        if (m) onPick(m);
        setTyped('');
      }}
      options={found.map((m) => ({
        value: m.id,
        label: [m.fullName, m.position, m.unit].filter(Boolean).join(' — '),
      }))}
      placeholder={t('documents.picker.pickMember')}
      aria-label={t('documents.picker.pickMember')}
      data-testid={testId}
      className="ud-full-width"
    />
  );
}
