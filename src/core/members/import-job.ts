/**
 * Importing a member file as a persistent, resumable job. The import writes every row in ONE transaction, so its
 * only checkpoint is "applied", written inside that transaction together with the report: after a crash the job
 * either finds it (the rows committed: it returns the stored report) or not (nothing was written: it runs again
 * from the file's bytes, which are the job's input, kept encrypted in the database until the job ends).
 */
import type { ImportReport } from '../../shared/members-contract';
import type { JobKind } from '../jobs/kinds';
import { applyImport } from './import-apply';

export interface ImportJobInput {
  fileName: string;
  base64: string;
  dryRun: boolean;
  mapping?: Record<string, string>;
  /** Absent in jobs stored before it existed: those import flagged rows. */
  skipFlagged?: boolean;
}

type Checkpoint = { phase: 'applied'; report: ImportReport } | null;

export const membersImportJob: JobKind<ImportJobInput, ImportReport> = {
  kind: 'members.import',
  resumable: true,
  async run({ fileName, base64, dryRun, mapping, skipFlagged = false }, job) {
    const applied = job.lastCheckpoint as Checkpoint;
    if (applied?.phase === 'applied') return applied.report;
    return job.exclusive(async () => {
      const s = job.session;
      // exceljs is heavy: load the importer only when a file is imported.
      const { parseMemberFile, importFailure, assertColumnsChosen } = await import('./import');
      const data = Buffer.from(base64, 'base64');
      const onProgress = (d: number, t: number) => job.progress(d, t * 2);
      // A file we cannot read as member data is the user's to fix (VALIDATION); any other throw is our bug (INTERNAL).
      const parsed = await parseMemberFile({ fileName, data }, { mapping, onProgress }).catch((err: unknown) => {
        throw importFailure(err);
      });
      // A preview shows a column still to choose; an import refuses it rather than guess.
      if (!dryRun) {
        try {
          assertColumnsChosen(parsed);
        } catch (err) {
          throw importFailure(err);
        }
      }
      const n = parsed.candidates.length;
      return applyImport(
        s,
        parsed,
        { dryRun, skipFlagged },
        (d) => job.progress(n + d, n * 2),
        (trx, report) => job.checkpoint({ phase: 'applied', report } satisfies Checkpoint, trx),
      );
    });
  },
};
