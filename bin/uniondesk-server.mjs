#!/usr/bin/env node
// `uniondesk-server`: the upper-level union's sync server, run directly from TypeScript (tsx), no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/server/cli/main.ts');
const code = await main(process.argv.slice(2));
// Exit once stdout has drained, so a pipe reader gets the whole output even if a handle lingers.
process.stdout.write('', () => process.exit(code));
