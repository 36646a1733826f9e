/** The members page's texts (register, member page, import, export, groups), brought in by its page entry. */
import { defineMessages } from '../../i18n/messages';
import { memberFieldsEn, membersEn } from './en';
import { memberFieldsVi, membersVi } from './vi';

export const membersMessages = defineMessages(
  { members: membersVi, memberFields: memberFieldsVi },
  { members: membersEn, memberFields: memberFieldsEn },
);
