import type { HandlerMap } from '../context';
import { getSettings, updateSettings } from './settings';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': async (_input, ctx) => getSettings(ctx.session().db),
  'settings.update': async (patch, ctx) => {
    const s = ctx.session();
    return updateSettings(s.db, s.record, patch);
  },
};
