/** The bulletins page's texts (list, editor, preview, audience, sending) and the Email settings tab's. */
import { defineMessages } from '../../i18n/messages';
import { bulletinsEn } from './en';
import { suppressedEn, suppressedVi } from './suppressed';
import { bulletinsVi } from './vi';

export const bulletinsMessages = defineMessages(
  { bulletins: { ...bulletinsVi, suppressed: suppressedVi } },
  { bulletins: { ...bulletinsEn, suppressed: suppressedEn } },
);
