// Event types as a GraphQL enum: the dotted names upper-cased, `.` as `_` (SYNC_FINISHED is 'sync.finished').
import { builder } from '../../../schema/builder.js';
import { eventTypes, type EventType } from '../eventTypes.js';

export const EventTypeEnum = builder.enumType('EventType', {
  description: "What happened; webhook bodies and REST spell it dotted ('sync.finished' for SYNC_FINISHED).",
  values: Object.fromEntries(eventTypes.map((type) => [enumName(type), { value: type }])),
});

function enumName(type: EventType): string {
  return type.toUpperCase().replaceAll('.', '_');
}
