/** Đồng bộ's handlers. Placeholders until the sync client lands (issue 12). */
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../context';

const notYet = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Đồng bộ chưa sẵn sàng');
};

export const syncHandlers: HandlerMap<
  'sync.status' | 'sync.register' | 'sync.now' | 'sync.settings' | 'sync.conflicts' | 'sync.resolve' | 'sync.unregister'
> = {
  'sync.status': notYet,
  'sync.register': notYet,
  'sync.now': notYet,
  'sync.settings': notYet,
  'sync.conflicts': notYet,
  'sync.resolve': notYet,
  'sync.unregister': notYet,
};
