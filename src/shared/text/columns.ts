/** Spreadsheet column letters as Excel shows them (0 → A, 25 → Z, 26 → AA), for the core's import and the UI. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 0, AA → 26; -1 for anything that is not letters. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.trim().toUpperCase()) {
    if (ch < 'A' || ch > 'Z') return -1;
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}
