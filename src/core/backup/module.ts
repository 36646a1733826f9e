/** Backups: made and restored as jobs (the work queues itself behind the writes); listing reads the folder. */
import { backupContract } from '../../shared/backup-contract';
import { defineModule, withModes } from '../module';
import { backupHandlers } from './handlers';

export const backupModule = defineModule({
  name: 'backup',
  contract: backupContract,
  commands: withModes(backupHandlers, { 'backup.create': 'job', 'backup.list': 'read', 'backup.restore': 'job' }),
});
