import type { HandlerMap } from '../context';

export const jobHandlers: HandlerMap<'jobs.get' | 'jobs.wait'> = {
  'jobs.get': async ({ jobId }, ctx) => ctx.jobs.get(jobId),
  'jobs.wait': async ({ jobId }, ctx) => ctx.jobs.wait(jobId),
};
