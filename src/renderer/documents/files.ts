/** Bytes the core sends as base64: saved through the browser's own download, or read as text (the HTML preview). */

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function base64ToText(base64: string): string {
  return new TextDecoder('utf-8').decode(base64ToBytes(base64));
}

/** An <a download> click on a blob URL: works in Electron and in the browser, and never touches the network. */
export function downloadFile(file: { fileName: string; base64: string; mime?: string }): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

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
