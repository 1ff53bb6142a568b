// Checks what the suites need before any of them starts, so that a missing piece stops the run at once with one
// sentence saying how to fix it, instead of failing a suite minutes in. The Chromium is resolved (and the npm one
// unpacked) here once, and handed to the test workers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium, launchChromium, type ChromiumChoice } from './support/browser';
import { adminQuery } from './support/databases';

const root = fileURLToPath(new URL('..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumChoice;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const [chromium, ...others] = await Promise.allSettled([
    usableChromium(),
    built(),
    databaseUrl ? postgresAnswers(databaseUrl) : Promise.resolve(),
  ]);
  const problems = [chromium, ...others].flatMap((check) => (check.status === 'rejected' ? [messageOf(check.reason)] : []));
  if (chromium.status === 'rejected' || problems.length > 0) {
    const error = new Error(problems.join('\n'));
    error.stack = error.message; // the sentence is the whole story; a stack into this file adds nothing
    throw error;
  }
  const { choice, seconds } = chromium.value;
  console.log(
    `Node ${process.version}; Chromium from ${choice.source}: ${choice.executablePath} (found and started in ${seconds} s)` +
      `; gateway and picker built${databaseUrl ? '; PostgreSQL answers' : ''}.`,
  );
  project.provide('chromium', choice);
}

async function usableChromium(): Promise<{ choice: ChromiumChoice; seconds: string }> {
  const started = performance.now();
  const choice = await findChromium();
  try {
    const browser = await launchChromium(choice);
    await browser.close();
  } catch (error) {
    const message = messageOf(error);
    const missing = /error while loading shared libraries: ([^:\s]+)/.exec(message)?.[1];
    throw new Error(
      missing
        ? `Chromium at ${choice.executablePath} cannot start without ${missing}: install it (on Debian the npm build needs libnss3, libnspr4 and libexpat1) or set CHROMIUM_PATH to a Chromium that starts.`
        : `Chromium at ${choice.executablePath} did not start (${message.split('\n')[0] ?? ''}): set CHROMIUM_PATH to a Chromium that starts.`,
      { cause: error },
    );
  }
  return { choice, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

/** The builds the suites serve and spawn: the picker's page, and the compiled gateway `npm start` runs. */
function built(): Promise<void> {
  const missing = [path.join('web', 'dist', 'index.html'), path.join('dist', 'main.js'), path.join('dist', 'cli', 'main.js')].filter(
    (file) => !existsSync(path.join(root, file)),
  );
  // A rejection, not a throw, so that setup() reports it together with the other checks.
  if (missing.length > 0)
    return Promise.reject(new Error(`The gateway is not built (${missing.join(', ')} missing): run \`npm run build\`.`));
  return Promise.resolve();
}

async function postgresAnswers(url: string): Promise<void> {
  try {
    await adminQuery(url, 'SELECT 1');
  } catch (error) {
    const shown = new URL(url);
    if (shown.password) shown.password = '***';
    const reason = error instanceof Error ? ('code' in error && String(error.code)) || error.message : String(error);
    throw new Error(
      `TEST_DATABASE_URL names ${shown}, where PostgreSQL does not answer (${reason}): start it, or unset TEST_DATABASE_URL to test against the embedded database only.`,
      { cause: error },
    );
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
