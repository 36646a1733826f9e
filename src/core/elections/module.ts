/**
 * Elections (congress and BCH): the vote count and its Biên bản kiểm phiếu. They read and write no table of their
 * own, so they need no unlocked vault: the count never asks for the session, the minutes only read the profile
 * when there is one.
 */
import { electionsContract } from '../../shared/elections-contract';
import { tallyElection } from '../../shared/elections/tally';
import * as m008 from '../db/migrations/008-elections';
import { defineModule } from '../module';
import { countMinutes } from './minutes';
import { placeholders } from '../placeholders';

export const electionsModule = defineModule({
  name: 'elections',
  contract: electionsContract,
  migrations: [{ version: 8, name: 'elections', up: m008.up }],
  commands: {
    // TODO(issue 9, this session): placeholders while helpers build them; each is replaced before it lands.
    ...placeholders([
      'elections.create',
      'elections.update',
      'elections.get',
      'elections.list',
      'elections.delete',
      'elections.addBallot',
      'elections.removeBallot',
      'elections.ballotPapers',
      'elections.recordedMinutes',
      'elections.recognition',
    ]),
    'elections.tally': { mode: 'read', handler: async (input) => tallyElection(input) },
    'elections.minutes': { mode: 'read', handler: async (input, ctx) => countMinutes(ctx.maybeSession(), input) },
  },
});
