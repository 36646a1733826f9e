/** Bytes the core sends as base64: saved through the browser's own download, or read as text (HTML previews). */
const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

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
  const ext = file.fileName.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mime || TYPES[ext] || 'application/octet-stream' });
  downloadBlob(file.fileName, blob);
}

/** Saves bytes already in a Blob (a file fetched in pieces) the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadBase64(fileName: string, base64: string): void {
  downloadFile({ fileName, base64 });
}
