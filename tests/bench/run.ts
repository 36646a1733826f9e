/** `npm run bench`: prints one JSON document of figures (ours beside the raw work in the same run). */
import os from 'node:os';
import { documentsBench } from './documents.bench';
import { duesBench } from './dues.bench';
import { fundsBench } from './funds.bench';
import { mailBench } from './mail.bench';
import { meetingsBench } from './meetings.bench';
import { overviewBench } from './overview.bench';
import { membersBench } from './members.bench';
import { recordsBench } from './records.bench';
import { rendererBench } from './renderer.bench';
import { syncBench } from './sync';
import { vaultBench } from './vault.bench';
import type { Suite } from './util';

const suites: Record<string, Suite> = {
  vault: vaultBench,
  members: membersBench,
  records: recordsBench,
  documents: documentsBench,
  meetings: meetingsBench,
  mail: mailBench,
  dues: duesBench,
  funds: fundsBench,
  renderer: rendererBench,
  overview: overviewBench,
  sync: syncBench,
};
const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
for (const [name, suite] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await suite();
}
process.stdout.write(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      results,
    },
    null,
    2,
  ) + '\n',
);
