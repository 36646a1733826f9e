/**
 * fontkit 2 (installed with pdfmake, which lays text out with it) ships no types; this covers the one call the
 * pack's page stamping makes (see stamp.ts).
 */
declare module 'fontkit' {
  export function create(data: Buffer): unknown;
}
