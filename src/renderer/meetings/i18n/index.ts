/** The meetings page's texts (list, meeting tabs, the quorum setting), brought in by its page entry. */
import { defineMessages } from '../../i18n/messages';
import { meetingsEn } from './en';
import { meetingsVi } from './vi';

export const meetingsMessages = defineMessages({ meetings: meetingsVi }, { meetings: meetingsEn });
