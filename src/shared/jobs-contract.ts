/** The jobs' part of the contract: long work reports progress as `job.progress` and is awaited by id. */
import { z } from 'zod';
import type { ContractPart } from './contract-part';

export const jobState = z.enum(['queued', 'running', 'done', 'failed', 'interrupted']);
export const jobInfo = z.object({
  id: z.string(),
  kind: z.string(),
  state: jobState,
  done: z.number(),
  total: z.number(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
});
export type JobInfo = z.infer<typeof jobInfo>;
/** What a `job` command answers at once. */
export const jobRef = z.object({ jobId: z.string() });

export const jobsContract = {
  commands: {
    'jobs.get': { input: jobRef.strict(), output: jobInfo },
    /** Resolves when the job has finished (done or failed). */
    'jobs.wait': { input: jobRef.strict(), output: jobInfo },
  },
  events: {
    'job.progress': jobInfo,
  },
} as const satisfies ContractPart;
