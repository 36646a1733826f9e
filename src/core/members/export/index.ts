/** Member list exports: pure renderers (data in, bytes out). Auditing sensitive exports is the caller's job. */
export { membersToXlsx, xlsxHeaders, XLSX_HEADER_ROW, XLSX_SHEET_NAME } from './xlsx';
export { membersToPdf, memberListDocDefinition } from './pdf';
export { tinosFiles } from '../../pdf/pdf';
export * from '../../../shared/text/format';
export type { ExportInput, ExportMember, ExportOrg } from './types';
