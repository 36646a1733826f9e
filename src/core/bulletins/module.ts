/** Bulletins: the bản tin (document model body), its email/text/PDF renderings, audiences, consent, unsubscribes. */
import { bulletinsContract } from '../../shared/bulletins-contract';
import * as m012 from '../db/migrations/012-bulletins';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';

export const bulletinsModule = defineModule({
  name: 'bulletins',
  contract: bulletinsContract,
  migrations: [{ version: 12, name: 'bulletins', up: m012.up }],
  commands: {
    ...placeholders([
      'bulletins.create',
      'bulletins.update',
      'bulletins.get',
      'bulletins.list',
      'bulletins.delete',
      'bulletins.render',
      'audiences.count',
      'audiences.unsubscribe',
      'audiences.resubscribe',
      'audiences.suppressed',
    ]),
  },
});
