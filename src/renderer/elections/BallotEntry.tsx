/**
 * Ballot entry by keyboard: the numbers of the candidates struck out, Enter records the ballot (elections.addBallot),
 * an empty Enter records one that keeps everybody, Backspace in the empty box removes the last ballot
 * (elections.removeBallot). Whether the ballot counts is shown while typing, by the core's own rule.
 */
import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Tag, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../shared/elections-contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { BALLOT_CHARS, readBallot } from './ballotKeys';

interface Last {
  text: string;
  ok: boolean;
}

export function BallotEntry({ election, onChanged }: { election: Election; onChanged: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const names = election.candidates.map((c) => c.name);
  const [typed, setTyped] = useState('');
  const [last, setLast] = useState<Last | null>(null);
  const count = useRef(election.ballots.length);
  const queue = useRef(Promise.resolve());
  const ballot = readBallot(typed, names, election.seats);

  const state = (problem: string | null) =>
    problem
      ? t('elections.entry.invalid', { reason: t(`elections.entry.reasons.${problem}`) })
      : t('elections.entry.valid');

  // One after another, in the order typed: a fast typist's ballots are never reordered or lost.
  const enqueue = (work: () => Promise<void>) => {
    queue.current = queue.current.then(work).catch((err: unknown) => setLast({ text: detailText(t, err), ok: false }));
  };

  const record = () => {
    if (ballot.unknown.length) return;
    const struck = ballot.struck;
    setTyped('');
    enqueue(async () => {
      const res = await call('elections.addBallot', { id: election.id, struck });
      count.current = res.count;
      setLast({ text: t('elections.entry.recorded', { n: res.index + 1, state: state(res.reason) }), ok: res.valid });
      onChanged();
    });
  };

  const undo = () =>
    enqueue(async () => {
      if (count.current === 0) return;
      const index = count.current - 1;
      const res = await call('elections.removeBallot', { id: election.id, index });
      count.current = res.count;
      setLast({ text: t('elections.entry.removed', { n: index + 1 }), ok: true });
      onChanged();
    });

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      record();
    } else if (e.key === 'Backspace' && typed === '') {
      e.preventDefault();
      undo();
    }
  };

  if (!names.length) return <Alert type="info" showIcon title={t('elections.entry.noCandidates')} />;
  const struck = new Set(ballot.struck);
  return (
    <div data-testid="ballot-entry">
      <Typography.Paragraph type="secondary">{t('elections.entry.help')}</Typography.Paragraph>
      <div className="ud-ballot-line">
        <Input
          autoFocus
          size="large"
          value={typed}
          placeholder={t('elections.entry.placeholder')}
          onChange={(e) => BALLOT_CHARS.test(e.target.value) && setTyped(e.target.value)}
          onKeyDown={onKey}
          data-testid="ballot-input"
          aria-label={t('elections.entry.title')}
        />
        <Button icon={<UndoOutlined />} onClick={undo} data-testid="ballot-undo">
          {t('elections.entry.undo')}
        </Button>
      </div>
      <div
        className="ud-ballot-state"
        data-testid="ballot-state"
        data-valid={String(!ballot.problem && !ballot.unknown.length)}
      >
        {ballot.unknown.length ? (
          <Tag color="error">{t('elections.entry.unknownNumber', { n: ballot.unknown.join(', ') })}</Tag>
        ) : typed.trim() === '' ? (
          // Nothing typed yet: say what Enter would record, without the red of an error.
          <Tag>{t('elections.entry.emptyHint', { n: names.length, state: state(ballot.problem) })}</Tag>
        ) : (
          <Tag color={ballot.problem ? 'error' : 'success'}>{state(ballot.problem)}</Tag>
        )}
        <span className="ud-muted">
          {ballot.kept.length
            ? t('elections.entry.kept', { n: ballot.kept.length, seats: election.seats })
            : t('elections.entry.keptNone')}
        </span>
      </div>
      <ol className="ud-ballot-candidates" data-testid="ballot-candidates">
        {names.map((name) => (
          <li key={name} className={struck.has(name) ? 'ud-struck' : undefined}>
            {name}
          </li>
        ))}
      </ol>
      {last && (
        <Alert
          type={last.ok ? 'success' : 'warning'}
          showIcon
          title={last.text}
          data-testid="ballot-last"
          className="ud-meeting-alert"
        />
      )}
      <div className="ud-muted" data-testid="ballot-count">
        {t('elections.entry.count', { n: election.ballots.length, collected: election.collected })}
      </div>
    </div>
  );
}
