import type { HandlerMap } from '../context';

// Jobs.get reads the session first: while locked both refuse (LOCKED), since a result may quote personal data.
export const jobHandlers: HandlerMap<'jobs.get' | 'jobs.wait'> = {
  'jobs.get': async ({ jobId }, ctx) => ctx.jobs.get(jobId),
  'jobs.wait': async ({ jobId }, ctx) => ctx.jobs.wait(jobId),
};
