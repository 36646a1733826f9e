import type { HandlerMap } from '../context';
import { getElection, listElections } from './read';
import { generateRecognition } from './recognition';
import { recordedMinutes } from './recorded-minutes';
import { addBallot, createElection, deleteElection, removeBallot, updateElection } from './store';

type Names =
  | 'elections.create'
  | 'elections.update'
  | 'elections.get'
  | 'elections.list'
  | 'elections.delete'
  | 'elections.addBallot'
  | 'elections.removeBallot'
  | 'elections.ballotPapers'
  | 'elections.recordedMinutes'
  | 'elections.recognition';

export const electionHandlers: HandlerMap<Names> = {
  'elections.create': async (input, ctx) => ({ id: await createElection(ctx.session(), input) }),
  'elections.update': async (input, ctx) => (await updateElection(ctx.session(), input), { id: input.id }),
  'elections.get': async ({ id }, ctx) => getElection(ctx.session().db, id),
  'elections.list': async ({ meetingId }, ctx) => listElections(ctx.session().db, meetingId),
  'elections.delete': async ({ id }, ctx) => (await deleteElection(ctx.session(), id), { ok: true }),
  'elections.addBallot': async ({ id, struck }, ctx) => addBallot(ctx.session(), id, struck),
  'elections.removeBallot': async ({ id, index }, ctx) => removeBallot(ctx.session(), id, index),
  // The ballot sheet brings docx (~10 MB): loaded when papers are printed, not when the core starts.
  'elections.ballotPapers': async ({ id, perPage, format }, ctx) =>
    (await import('./ballot-sheet')).ballotPapers(ctx.session(), id, perPage, format),
  'elections.recordedMinutes': async ({ id, format }, ctx) => recordedMinutes(ctx.session(), id, format),
  'elections.recognition': async ({ meetingId, overwrite }, ctx) =>
    generateRecognition(ctx.session(), meetingId, overwrite === true),
};
