/**
 * Elections (congress and BCH): the vote count and its Biên bản kiểm phiếu from a full input (`elections.tally`,
 * `elections.minutes`: no table, no unlocked vault needed: the count never asks for the session, the minutes only
 * read the profile when there is one), and recorded elections: the election with its candidates, the ballots
 * entered one by one (tables `elections`, `election_ballots`), its live count, ballot papers, its minutes, and the
 * tờ trình công nhận of a congress's elected bodies (a draft in the register, linked from the meeting).
 */
import { electionsContract } from '../../shared/elections-contract';
import { tallyElection } from '../../shared/elections/tally';
import * as m008 from '../db/migrations/008-elections';
import { defineModule, withModes } from '../module';
import { electionHandlers } from './handlers';
import { countMinutes } from './minutes';

export const electionsModule = defineModule({
  name: 'elections',
  contract: electionsContract,
  migrations: [{ version: 8, name: 'elections', up: m008.up }],
  tables: { elections: 'sync', election_ballots: 'sync' },
  commands: {
    'elections.tally': { mode: 'read', handler: async (input) => tallyElection(input) },
    'elections.minutes': { mode: 'read', handler: async (input, ctx) => countMinutes(ctx.maybeSession(), input) },
    ...withModes(electionHandlers, {
      'elections.create': 'write',
      'elections.update': 'write',
      'elections.get': 'read',
      'elections.list': 'read',
      'elections.delete': 'write',
      'elections.addBallot': 'write',
      'elections.removeBallot': 'write',
      'elections.ballotPapers': 'read',
      'elections.recordedMinutes': 'read',
      'elections.recognition': 'write',
    }),
  },
});
