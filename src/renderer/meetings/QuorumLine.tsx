/** "Có mặt 9/11 — đủ 2/3": the core's figures for the meeting, green when it can decide. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { meetingFigures } from '../../shared/meetings-contract';

export type MeetingFigures = z.infer<typeof meetingFigures>;

export function quorumText(t: (k: string, o?: Record<string, unknown>) => string, f: MeetingFigures): string {
  const q = f.quorum;
  const rule = !q.fraction
    ? t('meetings.attendance.noQuorum')
    : q.met
      ? t('meetings.attendance.quorumMet', { fraction: q.fraction })
      : t('meetings.attendance.quorumNotMet', { fraction: q.fraction, required: q.required });
  return `${f.presentText} — ${rule}`;
}

export function QuorumLine({ figures }: { figures: MeetingFigures }) {
  const { t } = useTranslation();
  const color = !figures.quorum.fraction ? 'default' : figures.quorum.met ? 'success' : 'warning';
  return (
    <Tag color={color} className="ud-quorum" data-testid="meeting-quorum" data-met={String(figures.quorum.met)}>
      {quorumText(t, figures)}
    </Tag>
  );
}
