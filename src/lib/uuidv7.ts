// Time-ordered ids (UUID version 7, RFC 9562), as Prisma's @default(uuid(7)) makes them, for rows inserted in bulk
// by raw SQL. Ids made by this process only ever increase: within one millisecond the 12 bits after the version
// count up (from a random start), and when they run out the time moves on by a millisecond.
import { randomBytes, randomInt } from 'node:crypto';

const state = { ms: 0, counter: 0 };

export function uuidv7(now = Date.now()): string {
  if (now > state.ms) {
    state.ms = now;
    state.counter = randomInt(0x800); // room to count up within the millisecond
  } else if (++state.counter > 0xfff) {
    state.ms += 1;
    state.counter = 0;
  }
  const random = randomBytes(8);
  random[0] = ((random[0] ?? 0) & 0x3f) | 0x80; // the variant
  const time = state.ms.toString(16).padStart(12, '0');
  const tail = random.toString('hex');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${state.counter.toString(16).padStart(3, '0')}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
