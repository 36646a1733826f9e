/** A sending's state as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../shared/campaigns-contract';

const COLORS: Record<Campaign['state'], string> = {
  ready: 'blue',
  sending: 'processing',
  paused: 'orange',
  finished: 'green',
  cancelled: 'default',
};

export function CampaignStateTag({ state }: { state: Campaign['state'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="campaign-state">
      {t(`bulletins.campaign.states.${state}`)}
    </Tag>
  );
}
