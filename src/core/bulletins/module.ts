/** Bulletins: the bản tin (document model body), its email/text/PDF renderings, audiences, consent, unsubscribes. */
import { bulletinsContract } from '../../shared/bulletins-contract';
import * as m012 from '../db/migrations/012-bulletins';
import { defineModule, withModes } from '../module';
import { bulletinHandlers } from './handlers';

export const bulletinsModule = defineModule({
  name: 'bulletins',
  contract: bulletinsContract,
  migrations: [{ version: 12, name: 'bulletins', up: m012.up }],
  commands: withModes(bulletinHandlers, {
    'bulletins.create': 'write',
    'bulletins.update': 'write',
    'bulletins.get': 'read',
    'bulletins.list': 'read',
    'bulletins.delete': 'write',
    'bulletins.render': 'read',
    'audiences.count': 'read',
    'audiences.unsubscribe': 'write',
    'audiences.resubscribe': 'write',
    // Reads the files, then applies every verdict in one commit: bounded (25 MB × 20 files, a time budget).
    'audiences.importReplies': 'write',
    'audiences.suppressed': 'read',
  }),
  tables: {
    bulletins: 'sync',
    email_suppressions: 'sync',
    member_unsubscribe_tokens: 'sync',
  },
});
