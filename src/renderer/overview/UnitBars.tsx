/** Active members per union group as horizontal bars (plain CSS): the largest groups, the rest summed in one bar. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewReport } from '../../shared/overview-contract';

const SHOWN = 8;

export function UnitBars({ units }: { units: OverviewReport['members']['byUnit'] }) {
  const { t } = useTranslation();
  const named = units.filter((u) => u.unitId !== null);
  const none = units.find((u) => u.unitId === null);
  const top = named.slice(0, SHOWN);
  const rest = named.slice(SHOWN);
  const bars = top.map((u) => ({ key: u.unitId as string, name: u.name ?? '', count: u.count }));
  if (rest.length)
    bars.push({
      key: 'others',
      name: t('overview.members.others', { count: rest.length }),
      count: rest.reduce((sum, u) => sum + u.count, 0),
    });
  if (none) bars.push({ key: 'none', name: t('overview.members.noUnit'), count: none.count });
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure className="ud-section-title" aria-label={t('overview.members.byUnit')} style={{ margin: 0 }}>
      <Typography.Text strong>{t('overview.members.byUnit')}</Typography.Text>
      <ul className="ud-overview-bars ud-section-title" data-testid="overview-units">
        {bars.map((b) => (
          <li key={b.key} className="ud-overview-bar" data-testid="overview-unit">
            <span className="ud-overview-bar-name" title={b.name}>
              {b.name}
            </span>
            <span className="ud-overview-bar-track" aria-hidden>
              <span className="ud-overview-bar-fill" style={{ width: `${(b.count / max) * 100}%`, display: 'block' }} />
            </span>
            <span className="ud-overview-bar-count" data-testid="overview-unit-count">
              {b.count}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
