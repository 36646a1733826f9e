#!/usr/bin/env node
// `uniondesk`: runs the TypeScript CLI directly (tsx), so it works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Exit once stdout has drained, so a pipe reader gets the whole output even if a handle lingers.
process.stdout.write('', () => process.exit(code));
