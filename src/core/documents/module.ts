/** Documents: templates, drafts, the register of outgoing documents, rendering to files (bytes). */
import { documentsContract } from '../../shared/documents-contract';
import * as m003 from '../db/migrations/003-documents';
import { defineModule, withModes } from '../module';
import { documentHandlers } from './handlers';
import { documentsFoldListener } from './register';

export const documentsModule = defineModule({
  name: 'documents',
  contract: documentsContract,
  commands: withModes(documentHandlers, {
    'docs.templates': 'read',
    'docs.create': 'write',
    'docs.get': 'read',
    'docs.save': 'write',
    'docs.issue': 'write',
    'docs.list': 'read',
    'docs.delete': 'write',
    'docs.render': 'read',
    'docs.renderMarkdown': 'read',
    'docs.preview': 'read',
    'docs.exportRegister': 'read',
  }),
  migrations: [{ version: 3, name: 'documents', up: m003.up }],
  tables: { documents: 'sync', document_versions: 'sync', document_counters: 'sync' },
  // search_fold is derived: rows written by any path other than ours (later, a sync pull) are re-folded.
  onChange: (change, ctx) => documentsFoldListener(ctx.session(), change),
});
