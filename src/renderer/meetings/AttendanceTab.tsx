/**
 * Điểm danh: one row per person convened, ticked with one click or one key (C/V/P/U, ↑ ↓ between rows). Every tick
 * replaces the attendance (meetings.setAttendance) and the quorum above comes back from the core at once.
 */
import { Alert, Button, Input, Segmented } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { personKey, personRefFrom, personRefOf, type MeetingRecord, type PersonKey } from './meetingRecord';
import type { AttendanceEntry } from '../../shared/meetings-contract';
import { PersonSelect } from './PersonSelect';
import type { MeetingFigures } from './QuorumLine';

type State = 'present' | 'absent' | 'excused' | 'proxy';
interface Mark {
  state: State;
  reason: string;
  proxy: PersonKey | null;
}
const STATES: State[] = ['present', 'absent', 'excused', 'proxy'];
const KEYS: Record<string, State> = { c: 'present', v: 'absent', p: 'excused', u: 'proxy' };

function initialMarks(m: MeetingRecord): Map<PersonKey, Mark> {
  const marks = new Map<PersonKey, Mark>();
  for (const a of m.attendance)
    marks.set(personKey(a.member)!, { state: a.state, reason: a.reason ?? '', proxy: personKey(a.proxy) ?? null });
  return marks;
}

export function AttendanceTab(props: { meeting: MeetingRecord; figures: MeetingFigures; onSaved: () => void }) {
  const { meeting, figures, onSaved } = props;
  const { t } = useTranslation();
  const { call } = useApi();
  const [marks, setMarks] = useState(() => initialMarks(meeting));
  const [error, setError] = useState<string | null>(null);
  const queue = useRef(Promise.resolve());
  const rows = useRef<(HTMLDivElement | null)[]>([]);

  const people = [...figures.convenedMembers];
  for (const a of meeting.attendance)
    if (!people.some((p) => personKey(p) === personKey(a.member))) people.push(a.member);
  const names = new Map(people.map((p) => [personKey(p)!, p]));

  // Saves run one after another, each with the marks as they were when it was asked for.
  const save = (next: Map<PersonKey, Mark>) => {
    const attendance = [...next].flatMap(([key, m]): AttendanceEntry[] => {
      const person = names.get(key);
      if (!person) return [];
      const member = personRefFrom(person);
      if (m.state === 'present') return [{ member, state: 'present' as const }];
      if (m.state === 'proxy' && m.proxy) {
        return [{ member, state: 'proxy', proxy: personRefOf(m.proxy)! }];
      }
      const state = m.state === 'proxy' ? 'absent' : m.state;
      return [{ member, state, reason: m.reason.trim() || null }];
    });
    queue.current = queue.current.then(async () => {
      try {
        await call('meetings.setAttendance', { id: meeting.id, attendance });
        setError(null);
        onSaved();
      } catch (err) {
        setError(detailText(t, err));
      }
    });
  };

  const change = (key: PersonKey, patch: Partial<Mark>, persist = true) => {
    const next = new Map(marks);
    next.set(key, { state: 'present', reason: '', proxy: null, ...marks.get(key), ...patch });
    setMarks(next);
    if (persist) save(next);
  };

  const allPresent = () => {
    const next = new Map(marks);
    for (const p of people) next.set(personKey(p)!, { state: 'present', reason: '', proxy: null });
    setMarks(next);
    save(next);
  };

  const onKey = (e: KeyboardEvent, i: number, key: PersonKey) => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const state = KEYS[e.key.toLowerCase()];
    if (state) {
      e.preventDefault();
      change(key, { state });
      if (state === 'present') rows.current[i + 1]?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      rows.current[i + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };

  if (!people.length) return <Alert type="info" showIcon title={t('meetings.attendance.noInvitees')} />;
  return (
    <div data-testid="meeting-attendance">
      <div className="ud-meeting-toolbar">
        <span className="ud-muted">{t('meetings.attendance.help')}</span>
        <Button onClick={allPresent} data-testid="attendance-all-present">
          {t('meetings.attendance.allPresent')}
        </Button>
      </div>
      <FormError error={error} testId="attendance-error" />
      <div className="ud-attendance" role="list">
        {people.map((p, i) => {
          const key = personKey(p)!;
          const mark = marks.get(key);
          return (
            <div
              key={key}
              role="listitem"
              tabIndex={0}
              ref={(el) => {
                rows.current[i] = el;
              }}
              className={`ud-attendance-row ud-attendance-${mark?.state ?? 'none'}`}
              onKeyDown={(e) => onKey(e, i, key)}
              data-testid={`attendance-row-${i}`}
              data-state={mark?.state ?? ''}
            >
              <span className="ud-attendance-name">{p.name}</span>
              <Segmented<State>
                value={mark?.state ?? (undefined as unknown as State)}
                onChange={(state) => change(key, { state })}
                options={STATES.map((s) => ({
                  value: s,
                  label: <span data-testid={`attendance-${i}-${s}`}>{t(`meetings.attendance.${s}`)}</span>,
                }))}
              />
              <span className="ud-attendance-extra">
                {mark?.state === 'absent' || mark?.state === 'excused' ? (
                  <Input
                    size="small"
                    placeholder={t('meetings.attendance.reasonPlaceholder')}
                    value={mark.reason}
                    onChange={(e) => change(key, { reason: e.target.value }, false)}
                    onBlur={() => save(marks)}
                    data-testid={`attendance-${i}-reason`}
                  />
                ) : mark?.state === 'proxy' ? (
                  <PersonSelect
                    value={mark.proxy}
                    onChange={(v) => change(key, { proxy: (v as PersonKey | null) ?? null })}
                    testId={`attendance-${i}-proxy`}
                  />
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
