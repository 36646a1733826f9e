/**
 * Run by hostile.test.ts in its own process (`node --import tsx`): a real core reads every hostile file through
 * the members import and the dues payroll import, then must still answer a command. Prints one JSON line per
 * attempt, with the time it took and the process's peak RSS so far (MB), and the core's answer afterwards.
 */
import { createRequire } from 'node:module';
import { initCore } from '../helpers/core';
import { HOSTILE } from './hostile-files';

// exceljs is part of the core (exports); what must never happen is a hostile file reaching its reader.
let exceljsReads = 0;
const XLSX = createRequire(import.meta.url)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: unknown } };
const load = XLSX.prototype.load as (...args: unknown[]) => unknown;
XLSX.prototype.load = function (this: unknown, ...args: unknown[]) {
  exceljsReads++;
  return load.apply(this, args);
};

const { core } = await initCore();
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function attempt(name: string, command: string, input: Record<string, unknown>) {
  const started = Date.now();
  const r = await core.invoke(command, input);
  let outcome: { ok: boolean; code?: string; message?: string };
  if (!r.ok) outcome = { ok: false, code: r.error.code, message: r.error.message };
  else if (command === 'members.importData') {
    const job = await core.invoke('jobs.wait', { jobId: (r.value as { jobId: string }).jobId });
    const info = job.ok ? (job.value as { state: string; error?: { code: string; message: string } }) : null;
    outcome = info?.error
      ? { ok: false, code: info.error.code, message: info.error.message }
      : { ok: info?.state === 'done' };
  } else outcome = { ok: true };
  const ms = Date.now() - started;
  const after = await core.invoke('members.list', {});
  const answered = after.ok;
  console.log(JSON.stringify({ name, command, ...outcome, ms, peakMb: peakMb(), answered }));
}

console.log(JSON.stringify({ name: 'start', peakMb: peakMb() }));
for (const [name, file] of Object.entries(HOSTILE)) {
  const base64 = file.data().toString('base64');
  await attempt(name, 'members.importData', { fileName: file.fileName, base64, dryRun: true });
  await attempt(name, 'dues.importSalaries', { fileName: file.fileName, base64, fromMonth: '2026-07', dryRun: true });
}
// A refusal is final: no case may have sent the file on to exceljs (which would unpack it a second time).
console.log(JSON.stringify({ name: 'end', peakMb: peakMb(), exceljsReads }));
await core.close();
process.exit(0);
