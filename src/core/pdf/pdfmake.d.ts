/**
 * pdfmake 0.3 ships no TypeScript types and @types/pdfmake describes 0.2. This covers only what we call on its Node
 * entry (js/index.js, a CommonJS module exporting one shared instance). Move it to a shared types folder, or
 * drop it, if another module adds its own.
 */
declare module 'pdfmake' {
  export interface PdfFontFiles {
    normal: string;
    bold?: string;
    italics?: string;
    bolditalics?: string;
  }
  export interface PdfOutput {
    getBuffer(): Promise<Buffer>;
  }
  export interface PdfMake {
    /** The class of the shared instance: lets a module own a private instance with its own fonts and policies. */
    constructor: new () => PdfMake;
    setFonts(fonts: Record<string, PdfFontFiles>): void;
    setUrlAccessPolicy(allow: ((url: string) => boolean) | undefined): void;
    setLocalAccessPolicy(allow: ((path: string) => boolean) | undefined): void;
    createPdf(docDefinition: Record<string, unknown>, options?: Record<string, unknown>): PdfOutput;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
