/**
 * The elections part of the in-memory core for component tests: elections.* over a map, counted by the real
 * `tallyElection` and `ballotProblem` (pure shared code, the same the core runs). Checked against the contract.
 */
import { ballotProblem, tallyElection } from '../../src/shared/elections/tally';
import type { Election } from '../../src/shared/elections-contract';
import { AppError } from '../../src/shared/errors';
import type { FakeHandlers } from './fakeContract';
import type { FakeCore } from './fakeCore';
import { baseFields, para, type FakeDocs } from './fakeDocs';

export interface FakeElections {
  elections: Map<string, Election>;
  add(fields: Partial<Election> & { electing: string }): Election;
}

const pdf = (name: string) => ({ fileName: name, mime: 'application/pdf', base64: 'JVBERi0=' });

export function installFakeElections(core: FakeCore, docs: FakeDocs): FakeElections {
  const elections = new Map<string, Election>();
  let seq = 0;
  const get = (id: string) => {
    const e = elections.get(id);
    if (!e) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc bầu cử.');
    return e;
  };
  const add: FakeElections['add'] = (fields) => {
    const e: Election = {
      id: `el-${++seq}`,
      meetingId: null,
      body: 'bch',
      seats: 1,
      candidates: [],
      denominator: 'valid',
      issued: 0,
      collected: 0,
      countBy: 'ballots',
      totals: null,
      invalid: null,
      convened: null,
      present: null,
      date: null,
      place: null,
      counters: [],
      ballots: [],
      updatedAt: '2026-01-01T00:00:00Z',
      ...fields,
    };
    elections.set(e.id, e);
    return e;
  };
  const live = (e: Election) => {
    const names = e.candidates.map((c) => c.name);
    const invalidByReason = { outsideList: 0, blank: 0, tooManyKept: 0 };
    for (const b of e.ballots) {
      const p = ballotProblem(b, names, e.seats);
      if (p) invalidByReason[p]++;
    }
    try {
      const tally = tallyElection({
        seats: e.seats,
        candidates: names,
        denominator: e.denominator,
        issued: e.issued,
        collected: e.collected,
        ...(e.countBy === 'ballots' ? { ballots: e.ballots } : { totals: e.totals ?? {}, invalid: e.invalid ?? 0 }),
      });
      return { election: e, tally, problem: null, invalidByReason };
    } catch (err) {
      return { election: e, tally: null, problem: (err as Error).message, invalidByReason };
    }
  };
  const mine: FakeHandlers = {
    'elections.create': (i) => ({ id: add(i).id }),
    'elections.update': (i) => {
      const e = get(i.id);
      elections.set(i.id, { ...e, ...i, updatedAt: new Date().toISOString() } as Election);
      return { id: i.id };
    },
    'elections.get': (i) => live(get(i.id)),
    'elections.list': (i) => ({
      items: [...elections.values()]
        .filter((e) => !i.meetingId || e.meetingId === i.meetingId)
        .map(({ id, meetingId, body, electing, seats, updatedAt, ballots }) => ({
          id,
          meetingId,
          body,
          electing,
          seats,
          updatedAt,
          ballotCount: ballots.length,
        })),
    }),
    'elections.delete': (i) => {
      get(i.id);
      elections.delete(i.id);
      return { ok: true as const };
    },
    'elections.addBallot': (i) => {
      const e = get(i.id);
      const reason = ballotProblem(
        i.struck,
        e.candidates.map((c) => c.name),
        e.seats,
      );
      const ballots = [...e.ballots, i.struck];
      elections.set(i.id, { ...e, ballots });
      return { index: ballots.length - 1, valid: reason === null, reason, count: ballots.length };
    },
    'elections.removeBallot': (i) => {
      const e = get(i.id);
      if (i.index >= e.ballots.length) throw new AppError('NOT_FOUND', 'Không có phiếu này.');
      const ballots = e.ballots.filter((_, n) => n !== i.index);
      elections.set(i.id, { ...e, ballots });
      return { count: ballots.length };
    },
    'elections.ballotPapers': () => pdf('phieu-bau.pdf'),
    'elections.recordedMinutes': (i) =>
      i.format === 'pdf'
        ? pdf('bien-ban-kiem-phieu.pdf')
        : { fileName: 'bien-ban-kiem-phieu.docx', mime: 'application/octet-stream', base64: 'UEsDBA==' },
    'elections.recognition': (i) => {
      const doc = docs.add({
        fields: baseFields({ type: 'TTr', summary: `Đề nghị công nhận ${i.meetingId}` }),
        body: { type: 'doc', content: [para('Tờ trình')] },
      });
      return { documentId: doc.id };
    },
  };
  Object.assign(core.handlers, mine);
  return { elections, add };
}
