/**
 * Reading an image file for the body: PNG or JPEG only (what Word, PDF and the model accept), embedded as a data URL.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

export type ImageResult = { ok: true; src: string; alt: string } | { ok: false; reason: 'type' | 'size' | 'read' };

export function readImageFile(file: File): Promise<ImageResult> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return Promise.resolve({ ok: false, reason: 'type' });
  if (file.size > MAX_IMAGE_BYTES) return Promise.resolve({ ok: false, reason: 'size' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const src = typeof reader.result === 'string' ? reader.result : '';
      resolve(
        DATA_URL.test(src) ? { ok: true, src, alt: file.name.replace(/\.[^.]+$/, '') } : { ok: false, reason: 'read' },
      );
    };
    reader.onerror = () => resolve({ ok: false, reason: 'read' });
    reader.readAsDataURL(file);
  });
}
