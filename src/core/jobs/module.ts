/** Jobs: reading a job's state never waits behind the write queue (the job itself may be what holds it). */
import { jobsContract } from '../../shared/jobs-contract';
import * as m005 from '../db/migrations/005-persistent-jobs';
import { defineModule, withModes } from '../module';
import { jobHandlers } from './handlers';

export const jobsModule = defineModule({
  name: 'jobs',
  contract: jobsContract,
  commands: withModes(jobHandlers, { 'jobs.get': 'read', 'jobs.wait': 'read' }),
  // The jobs table itself is created by the foundation (001, app module); 005 makes its rows outlive the process.
  migrations: [{ version: 5, name: 'persistent-jobs', up: m005.up }],
});
