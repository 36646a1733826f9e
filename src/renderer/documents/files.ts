/** Printing documents; downloads and base64 helpers live in api/download.ts and are re-exported here. */
export { base64ToBytes, base64ToText, downloadFile } from '../api/download';

/**
 * Prints a standalone HTML page (the core's rendering, with its own @page A4 rules) from a hidden frame.
 * The frame runs no scripts (no allow-scripts); allow-same-origin lets us call print() on it, allow-modals lets it show
 * the print dialog. Resolves once the dialog was opened.
 */
export function printHtml(html: string, doc: Document = document): Promise<void> {
  // One print frame at a time; an older one (its dialog long closed) goes now.
  doc.querySelectorAll('iframe[data-ud-print]').forEach((f) => f.remove());
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.setAttribute('data-ud-print', '');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
    frame.onload = () => {
      try {
        const win = frame.contentWindow;
        if (!win) throw new Error('no print frame');
        // Removed after the dialog closes (removing it earlier would empty Chromium's print preview).
        win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0));
        win.focus();
        win.print();
        resolve();
      } catch (err) {
        frame.remove();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    frame.srcdoc = html;
    doc.body.appendChild(frame);
  });
}
