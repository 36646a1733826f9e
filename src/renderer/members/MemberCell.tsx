import { useSyncExternalStore, type ReactNode } from 'react';
import type { Member } from '../../shared/members-contract';
import type { MemberStore } from './memberStore';

/** One cell of the register: shows its row's member once the page holding it has arrived. */
export function MemberCell({
  store,
  index,
  render,
  empty = null,
}: {
  store: MemberStore;
  index: number;
  render: (m: Member) => ReactNode;
  empty?: ReactNode;
}) {
  const member = useSyncExternalStore(store.subscribe, () => store.get(index));
  return <>{member ? render(member) : empty}</>;
}
