/**
 * Cuộc họp: the list (#/meetings), a new meeting (#/meetings/new) and one meeting (#/meetings/<id>). The shell passes
 * the part after the page as `sub`; without a shell route the page keeps it itself.
 */
import { useState } from 'react';
import type { PageProps } from '../shell/page';
import { MeetingList } from './MeetingList';
import { MeetingView } from './MeetingView';
import './meetings.css';

export function MeetingsPage({ sub, onSub, open: openPage }: Partial<Pick<PageProps, 'sub' | 'onSub' | 'open'>>) {
  const [own, setOwn] = useState<string | undefined>(sub);
  const open = onSub ? sub : own;
  const go = (to?: string) => (onSub ? onSub(to) : setOwn(to));
  return (
    <div data-testid="meetings-page" className="ud-meetings">
      {open ? (
        <MeetingView
          key={open}
          id={open === 'new' ? null : open}
          onBack={() => go(undefined)}
          onOpen={(id) => go(id)}
          openElection={openPage && ((id) => openPage('elections', id))}
        />
      ) : (
        <MeetingList onOpen={go} onNew={() => go('new')} />
      )}
    </div>
  );
}
