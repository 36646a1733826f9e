/**
 * Backups: made and restored as jobs (the work queues itself behind the writes); listing reads the folder; a backup
 * file leaves the PC (export) and comes back (upload) as bytes, piece by piece.
 */
import { backupContract } from '../../shared/backup-contract';
import { defineModule, withModes } from '../module';
import { backupHandlers } from './handlers';

export const backupModule = defineModule({
  name: 'backup',
  contract: backupContract,
  commands: withModes(backupHandlers, {
    'backup.create': 'job',
    'backup.list': 'read',
    'backup.restore': 'job',
    // Reads a file of the backups folder, never the database.
    'backup.export': 'read',
    // Pieces of one file arrive in order: one at a time.
    'backup.upload': 'write',
  }),
});
