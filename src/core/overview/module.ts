/** Tổng quan: one read that counts what the home page shows (members, documents, dues this month). */
import { overviewContract } from '../../shared/overview-contract';
import type { HandlerMap } from '../context';
import { defineModule, withModes } from '../module';
import { localToday, overviewReport } from './overview';

const overviewHandlers: HandlerMap<'overview.get'> = {
  'overview.get': async ({ asOf }, ctx) => overviewReport(ctx.session().db, asOf ?? localToday()),
};

export const overviewModule = defineModule({
  name: 'overview',
  contract: overviewContract,
  commands: withModes(overviewHandlers, { 'overview.get': 'read' }),
});
