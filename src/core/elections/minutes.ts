/**
 * `elections.minutes`: the Biên bản kiểm phiếu as a docx or pdf file. Like `docs.renderMarkdown` it reads the
 * organisation profile for the header when the vault is unlocked and otherwise needs the header in the input; it
 * writes nothing, so it needs no unlocked vault.
 */
import type { MinutesInput } from '../../shared/elections-contract';
import type { FileData } from '../../shared/file-data';
import { tallyElection } from '../../shared/elections/tally';
import { deliver } from '../deliver';
import { fileNameFor, MIME, renderModel } from '../documents/files';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { setColumnWidths } from './columns';
import { countMinutesSource, RESULTS_HEADER, RESULTS_WIDTHS } from './minutes-text';

export async function countMinutes(s: Session | null, input: MinutesInput): Promise<FileData> {
  // The count's own checks first: a bad election is reported as such, not as a document problem.
  const result = tallyElection(input);
  const { markdown, data } = countMinutesSource(input, result);
  const t = await import('../documents/templates'); // the engine is loaded only when a document is made
  const { profile, upperLevels } = s ? await getOrg(s.db) : { profile: null, upperLevels: [] };
  let model;
  try {
    model = t.buildDocument(markdown, { org: profile, upperLevels, data, today: new Date(), markdownValues: true });
  } catch (err) {
    throw t.toAppError(err);
  }
  // Full names on one line: the name column takes what STT and the figures do not need.
  setColumnWidths(model.body.content, RESULTS_HEADER, RESULTS_WIDTHS);
  const bytes = await renderModel(model, input.format, true); // buildDocument's own documentModel.parse output
  return deliver(fileNameFor(model, input.format), MIME[input.format], bytes);
}
