/** The settings (their table comes with the foundation migration, see app/module.ts). */
import { settingsContract } from '../../shared/settings-contract';
import { defineModule, withModes } from '../module';
import { settingsHandlers } from './handlers';

export const settingsModule = defineModule({
  name: 'settings',
  contract: settingsContract,
  commands: withModes(settingsHandlers, { 'settings.get': 'read', 'settings.update': 'write' }),
});
