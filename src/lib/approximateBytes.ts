// How much heap a value roughly holds, for caches bounded by bytes rather than entries: strings at two bytes a
// character (V8's worst case), a fixed cost per object, array slot and number. An estimate, erring high.
const OBJECT_BYTES = 64;
const SLOT_BYTES = 16;

export function approximateBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (value === null || typeof value !== 'object' || depth > 64) return SLOT_BYTES;
  if (value instanceof Date) return OBJECT_BYTES;
  let bytes = OBJECT_BYTES;
  if (Array.isArray(value)) {
    for (const item of value) bytes += SLOT_BYTES + approximateBytes(item, depth + 1);
    return bytes;
  }
  for (const key in value) bytes += SLOT_BYTES + 2 * key.length + approximateBytes((value as Record<string, unknown>)[key], depth + 1);
  return bytes;
}
