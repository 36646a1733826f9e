/** Which legacy Vietnamese font a cell's font name is: how TCVN3/VNI text announces itself in a spreadsheet. */
import type { FontHint } from './types';

export function fontHint(name: string | undefined): FontHint | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (/^\.vn/i.test(n)) return /H$/.test(n) ? 'tcvn3H' : 'tcvn3'; // .VnTimeH, .VnArialH: the all-capitals fonts
  if (/^vni[- ]/i.test(n)) return 'vni';
  return undefined;
}
