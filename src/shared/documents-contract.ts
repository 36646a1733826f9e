/** The documents part of the contract: templates, drafts, the register of outgoing documents, rendering. */
import { z } from 'zod';
import { isoDate } from './iso-date';
import { fileData } from './file-data';
import { docBody, docTypeCode, documentModel, officialFields } from './document-model';

export const templateVariable = z.object({
  name: z.string(),
  label: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  required: z.boolean().optional(),
  /** Filled from the organisation profile or the document itself (org.*, today, date, docNumber). */
  automatic: z.boolean().optional(),
  declared: z.boolean().optional(),
  example: z.unknown().optional(),
});
export const templateInfo = z.object({
  id: z.string(),
  file: z.string().optional(),
  title: z.string(),
  type: z.string(),
  typeName: z.string().nullable().optional(),
  description: z.string().optional(),
  variables: z.array(templateVariable),
  /** Set when the file cannot be read, instead of hiding the other templates. */
  error: z.string().optional(),
});
export type TemplateInfo = z.infer<typeof templateInfo>;

export const docRecord = z.object({
  id: z.string(),
  type: docTypeCode,
  year: z.number().int(),
  number: z.number().int().nullable(),
  /** "07/BB-CĐCS" once issued. */
  numberText: z.string().nullable(),
  summary: z.string(),
  date: z.string(),
  status: z.enum(['draft', 'issued']),
  version: z.number().int(),
  templateId: z.string().nullable(),
  signer: z.string().nullable(),
  recipients: z.array(z.string()),
  issuedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type DocRecord = z.infer<typeof docRecord>;

export const renderFormat = z.enum(['docx', 'pdf', 'html', 'txt']);
const idRef = z.object({ id: z.string().min(1) }).strict();
const file = fileData;

export const documentCommands = {
  'docs.templates': { input: z.object({}).strict(), output: z.array(templateInfo) },
  /**
   * A new draft from a template id, from template-style Markdown text (front matter + body), or from given content;
   * templates are filled with the organisation profile and `data`.
   */
  'docs.create': {
    input: z
      .object({
        templateId: z.string().max(200).optional(),
        markdown: z.string().max(2_000_000).optional(),
        data: z.record(z.string(), z.unknown()).optional(),
        model: documentModel.optional(),
      })
      .strict(),
    output: z.object({ doc: docRecord, model: documentModel }),
  },
  'docs.get': {
    input: z.object({ id: z.string().min(1), version: z.number().int().positive().optional() }).strict(),
    output: z.object({
      doc: docRecord,
      model: documentModel,
      versions: z.array(z.object({ version: z.number().int(), issued: z.boolean(), createdAt: z.string() })),
    }),
  },
  /** Saves a draft in place; on an issued document it makes a new version (the old one stays readable). */
  'docs.save': {
    input: z.object({ id: z.string().min(1), fields: officialFields, body: docBody }).strict(),
    output: docRecord,
  },
  /** Assigns the next number for the type and year, records date, signer and recipients, and locks the text. */
  'docs.issue': { input: z.object({ id: z.string().min(1), date: isoDate.optional() }).strict(), output: docRecord },
  'docs.list': {
    input: z
      .object({
        query: z.string().max(200).optional(),
        type: docTypeCode.optional(),
        year: z.number().int().optional(),
        status: z.enum(['draft', 'issued']).optional(),
      })
      .strict(),
    output: z.array(docRecord),
  },
  'docs.delete': { input: idRef, output: z.object({ ok: z.literal(true) }) },
  'docs.render': {
    input: z
      .object({ id: z.string().min(1), version: z.number().int().positive().optional(), format: renderFormat })
      .strict(),
    output: file,
  },
  /**
   * Renders template-style Markdown without touching the register (uniondesk docs render). Uses the organisation
   * profile for defaults when the vault is unlocked; otherwise the front matter must say everything.
   */
  'docs.renderMarkdown': {
    input: z
      .object({
        markdown: z.string().max(2_000_000),
        data: z.record(z.string(), z.unknown()).optional(),
        format: renderFormat,
      })
      .strict(),
    output: file,
  },
  /** Live preview of unsaved content. */
  'docs.preview': { input: z.object({ model: documentModel, format: z.enum(['html', 'pdf']) }).strict(), output: file },
  'docs.exportRegister': {
    input: z.object({ year: z.number().int().optional() }).strict(),
    output: file.extend({ count: z.number().int() }),
  },
} as const;

/** The documents' part of the contract, in the shape contract.ts merges. */
export const documentsContract = { commands: documentCommands } as const;
