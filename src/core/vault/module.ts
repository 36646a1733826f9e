/** The vault: create, unlock, recover, lock, passphrase and keystore. Every command changes who holds the key. */
import { vaultContract } from '../../shared/vault-contract';
import { defineModule, withModes } from '../module';
import { vaultHandlers } from './handlers';

export const vaultModule = defineModule({
  name: 'vault',
  contract: vaultContract,
  commands: withModes(vaultHandlers, {
    'vault.create': 'write',
    'vault.unlock': 'write',
    'vault.unlockWithKeystore': 'write',
    'vault.recover': 'write',
    'vault.lock': 'write',
    'vault.changePassphrase': 'write',
    'vault.setKeystore': 'write',
    // Checks a recovery key against vault.json and prints it: changes nothing.
    'vault.recoverySheet': 'read',
  }),
});
