// Event types in GraphQL: the dotted names upper-cased, `.` as `_` (SYNC_FINISHED is 'sync.finished').
import { builder } from '../../../schema/builder.js';
import { eventTypes, type EventType } from '../eventTypes.js';

const enumName = (type: EventType) => type.toUpperCase().replaceAll('.', '_');

export const EventTypeEnum = builder.enumType('EventType', {
  description: "What happened, as webhook bodies and REST spell it in lower case with dots: SYNC_FINISHED is 'sync.finished'.",
  values: Object.fromEntries(eventTypes.map((type) => [enumName(type), { value: type }])),
});
