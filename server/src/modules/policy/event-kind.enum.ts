import { registerEnumType } from 'type-graphql';
import { EVENT_KINDS } from '../../engine/types.js';
import { enumObject } from '../../graphql/enums.js';

export const EventKindEnum = enumObject(EVENT_KINDS);
registerEnumType(EventKindEnum, {
  name: 'EventKind',
  description: 'TRANSACTION or ACCOUNT (signup, login…)',
});
