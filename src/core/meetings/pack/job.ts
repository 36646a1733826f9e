/**
 * `meetings.pack` as a persistent, resumable job (the work is in make.ts, loaded when a pack is made: pdf-lib,
 * fflate and the renderers stay out of the core's start-up).
 */
import type { MeetingPack } from '../../../shared/meetings-contract';
import type { JobKind } from '../../jobs/kinds';

export const PACK_JOB_KIND = 'meetings.pack';

export const meetingPackJob: JobKind<{ id: string }, MeetingPack> = {
  kind: PACK_JOB_KIND,
  resumable: true,
  async run({ id }, job) {
    const { makePack } = await import('./make');
    return makePack(id, job);
  },
};
