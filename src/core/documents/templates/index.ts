/** Document templates: Markdown + YAML front matter → DocumentModel. See resources/templates/_huong-dan.md. */
export { markdownToBody, markdownToDocument } from './body';
export { buildDocument, type BuildInput, FRONT_KEYS, resolveDocType, upperLevelOn } from './build';
export { TemplateError, type TemplateProblems, toAppError } from './errors';
export { fillCollect, fillTemplate, type FillOptions, type FillResult } from './fill';
export { FILTERS } from './filters';
export { parseTemplateMarkdown, type ParsedTemplate } from './front-matter';
export {
  defaultTemplatesDir,
  loadTemplates,
  readTemplate,
  templateInfo,
  type TemplateInfo,
  type TemplateVariable,
} from './load';
export { createMarkdown } from './markdown';
export {
  AUTOMATIC_NAMES,
  declaredVariables,
  exampleData,
  isAutomatic,
  usedNames,
  type VariableDecl,
  VARIABLE_TYPES,
} from './variables';
