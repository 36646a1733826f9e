/** The documents page's texts (register, template picker, editor), brought in by its page entry. */
import { defineMessages } from '../../i18n/messages';
import { documentsEn } from './en';
import { documentsVi } from './vi';

export const documentsMessages = defineMessages({ documents: documentsVi }, { documents: documentsEn });
