/**
 * Bản tin: the list (#/bulletins), one bulletin (#/bulletins/<id>: compose, preview, send) and one sending
 * (#/bulletins/c:<campaignId>). The shell passes the part after the page as `sub`; without a shell route the page
 * keeps it itself.
 */
import { useState } from 'react';
import type { PageProps } from '../shell/page';
import { BulletinList } from './BulletinList';
import { BulletinView } from './BulletinView';
import { CampaignView } from './CampaignView';
import './bulletins.css';

export const CAMPAIGN_PREFIX = 'c:';

export function BulletinsPage({ sub, onSub }: Partial<Pick<PageProps, 'sub' | 'onSub'>>) {
  const [own, setOwn] = useState<string | undefined>(sub);
  const open = onSub ? sub : own;
  const go = (to?: string) => (onSub ? onSub(to) : setOwn(to));
  const openCampaign = (id: string) => go(`${CAMPAIGN_PREFIX}${id}`);
  let body;
  if (!open) body = <BulletinList onOpen={go} onCampaign={openCampaign} />;
  else if (open.startsWith(CAMPAIGN_PREFIX))
    body = <CampaignView key={open} id={open.slice(CAMPAIGN_PREFIX.length)} onBack={() => go(undefined)} />;
  else body = <BulletinView key={open} id={open} onBack={() => go(undefined)} onCampaign={openCampaign} />;
  return (
    <div data-testid="bulletins-page" className="ud-bulletins">
      {body}
    </div>
  );
}
