/**
 * Elections (congress and BCH): for now the vote count. It reads and writes no table, so it needs no unlocked
 * vault: the handler never asks for the session.
 */
import { electionsContract } from '../../shared/elections-contract';
import { tallyElection } from '../../shared/elections/tally';
import { defineModule } from '../module';

export const electionsModule = defineModule({
  name: 'elections',
  contract: electionsContract,
  commands: {
    'elections.tally': { mode: 'read', handler: async (input) => tallyElection(input) },
  },
});
