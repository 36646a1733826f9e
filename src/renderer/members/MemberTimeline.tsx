/** The member's lifecycle as a timeline: date (dd/mm/yyyy), what happened, the reason and the decision number. */
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatusEvent } from '../../shared/members-contract';
import { formatDateVi } from '../../shared/text/format';
import { STATUS_COLORS } from './transitions';

const DOT: Record<string, string> = {
  green: 'green',
  red: 'red',
  orange: 'orange',
  blue: 'blue',
  gold: 'gold',
  purple: 'purple',
};

export function MemberTimeline({ history }: { history: StatusEvent[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="member-timeline">
      {history.length === 0 && <Typography.Text type="secondary">{t('members.page.noHistory')}</Typography.Text>}
      <Timeline
        items={history.map((e) => ({
          key: e.id,
          color: DOT[STATUS_COLORS[e.toStatus]] ?? 'gray',
          content: (
            <div className="ud-timeline-item" data-testid="timeline-event">
              <div>
                <Typography.Text strong>{formatDateVi(e.date)}</Typography.Text> — {t(`members.events.${e.event}`)}
              </div>
              {e.reason && <div>{e.reason}</div>}
              {e.ref && <Typography.Text type="secondary">{t('members.page.ref', { ref: e.ref })}</Typography.Text>}
            </div>
          ),
        }))}
      />
    </div>
  );
}
