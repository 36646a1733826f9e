/**
 * The template catalogue: every *.md in resources/templates (files starting with "_" are guides for officers,
 * not templates). Feeds `uniondesk docs templates --json` and the editor's template picker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { docTypeName } from '../../../shared/document-model';
import { resourcesDir } from '../../paths';
import { resolveDocType } from './build';
import { TemplateError } from './errors';
import { parseTemplateMarkdown } from './front-matter';
import { declaredVariables, isAutomatic, usedNames, type VariableDecl } from './variables';

export interface TemplateVariable extends VariableDecl {
  /** Filled from the organisation profile or the document itself (org.*, today, date, docNumber). */
  automatic: boolean;
  /** Listed in the front matter's `variables`; false for a {{name}} only found in the text. */
  declared: boolean;
}

export interface TemplateInfo {
  /** The file name without ".md": what `docs render`/`docs issue` and the editor refer to. */
  id: string;
  file: string;
  title: string;
  /** The type code ("BB"); the raw front-matter value when it names no type ('' when absent). */
  type: string;
  typeName: string | null;
  description?: string;
  variables: TemplateVariable[];
  /** Set instead of throwing, so one broken file does not hide the others. */
  error?: string;
}

export function defaultTemplatesDir(): string {
  return path.join(resourcesDir(), 'templates');
}

export function templateInfo(id: string, text: string, file = `${id}.md`): TemplateInfo {
  try {
    const { front } = parseTemplateMarkdown(text);
    const decls = declaredVariables(front);
    const type = resolveDocType(front.type);
    const vars: TemplateVariable[] = decls.map((d) => ({ ...d, automatic: isAutomatic(d.name), declared: true }));
    const seen = new Set(decls.map((d) => d.name));
    for (const name of usedNames(text)) {
      if (seen.has(name) || [...seen].some((s) => name.startsWith(`${s}.`))) continue;
      seen.add(name);
      vars.push({
        name,
        label: name,
        type: 'text',
        required: !isAutomatic(name),
        automatic: isAutomatic(name),
        declared: false,
      });
    }
    return {
      id,
      file,
      title: typeof front.title === 'string' && front.title.trim() ? front.title.trim() : id,
      type: type ?? (typeof front.type === 'string' ? front.type : ''),
      typeName: type ? docTypeName(type) : null,
      ...(typeof front.description === 'string' ? { description: front.description.trim() } : {}),
      variables: vars,
    };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { id, file, title: id, type: '', typeName: null, variables: [], error: e.message };
  }
}

export function loadTemplates(dir: string = defaultTemplatesDir()): TemplateInfo[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.md') && !f.startsWith('_'))
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((f) => templateInfo(f.slice(0, -3), fs.readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f)));
}

/** The text of one template by id; null when there is none (the caller maps that to NOT_FOUND). */
export function readTemplate(id: string, dir: string = defaultTemplatesDir()): string | null {
  if (!/^[\w.-]+$/.test(id)) return null; // an id is a file name, never a path
  const file = path.join(dir, `${id}.md`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
