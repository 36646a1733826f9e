import type { HandlerMap } from '../context';
import { getOrg, updateOrg } from './org';

export const orgHandlers: HandlerMap<'org.get' | 'org.update'> = {
  'org.get': async (_input, ctx) => getOrg(ctx.session().db),
  'org.update': async (patch, ctx) => {
    const s = ctx.session();
    return updateOrg(s.db, s.record, patch);
  },
};
