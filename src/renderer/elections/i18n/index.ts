/** The elections page's texts, brought in by its page entry. */
import { defineMessages } from '../../i18n/messages';
import { electionsEn } from './en';
import { electionsVi } from './vi';

export const electionsMessages = defineMessages({ elections: electionsVi }, { elections: electionsEn });
