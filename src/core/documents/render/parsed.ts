/**
 * Models the core has just parsed with documentModel (the dispatcher checks a command's input against the contract;
 * the template builder parses what it builds). Rendering one of these need not parse it again: zod copies the whole
 * body, about a millisecond for a 20-page document, which is most of an HTML preview. Anything not marked, such as a
 * model read back from the database or handed to toDocx by any other caller, still goes through the schema.
 * No imports: the handlers mark models without loading the renderers.
 */
const parsed = new WeakSet<object>();

/** Only for a value fresh out of documentModel.parse and not changed since. */
export function markParsed<T extends object>(model: T): T {
  parsed.add(model);
  return model;
}

export const isParsed = (model: object): boolean => parsed.has(model);
