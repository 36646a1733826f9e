/** Jobs: reading a job's state never waits behind the write queue (the job itself may be what holds it). */
import { jobsContract } from '../../shared/jobs-contract';
import { defineModule, withModes } from '../module';
import { jobHandlers } from './handlers';

export const jobsModule = defineModule({
  name: 'jobs',
  contract: jobsContract,
  commands: withModes(jobHandlers, { 'jobs.get': 'read', 'jobs.wait': 'read' }),
});
