// Structured JSON logs. Credentials are redacted by path as a second line of defence: the code never passes
// API keys or tokens to the logger in the first place.
import pino, { type Logger } from 'pino';

export type { Logger };

export const redactedPaths = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.apiKey',
  '*.accessToken',
  '*.refreshToken',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } }, destination);
}
