// Which Chromium the picker's browser test drives. A fresh machine has only Node and npm and reaches no host
// that serves browser builds, so after CHROMIUM_PATH and a system Chromium comes the one @sparticuz/chromium
// ships inside its npm tarball (brotli-compressed, unpacked here on first use; nothing is downloaded).
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium as playwright, type Browser } from 'playwright-core';

export interface ChromiumChoice {
  executablePath: string;
  /** Every flag to launch it with: the npm build's own (if it is that one), then the test's. */
  args: string[];
  /** Where it was found, for the line the test run prints. */
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Headless, and nothing that phones home: this machine's network is closed to everything but 127.0.0.1.
const TEST_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Flags of the npm build's own list that are for its home, AWS Lambda, and wrong here: a single process goes
// down with the first browser context the test closes, and the test must see the same-origin and mixed-content
// rules a user's browser applies.
const NOT_HERE = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

/**
 * CHROMIUM_PATH, else the first system Chromium that exists, else the npm one (unpacked once per version).
 * CHROMIUM_FROM_NPM=1 skips the system ones, so that a machine that has one (CI's may) still tests what a fresh
 * machine gets.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, systemPaths = SYSTEM_CHROMIUMS): Promise<ChromiumChoice> {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named))
      throw new Error(`CHROMIUM_PATH names ${named}, which does not exist: point it at a Chromium binary or unset it.`);
    return { executablePath: named, args: TEST_FLAGS, source: 'CHROMIUM_PATH' };
  }
  const system = env.CHROMIUM_FROM_NPM === '1' ? undefined : systemPaths.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, args: TEST_FLAGS, source: 'system' };
  return unpackNpmChromium();
}

export function launchChromium(choice: ChromiumChoice): Promise<Browser> {
  return playwright.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
}

async function unpackNpmChromium(): Promise<ChromiumChoice> {
  const packageDir = npmPackageDir();
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const choice = (executablePath: string): ChromiumChoice => ({
    executablePath,
    args: [...sparticuz.args.filter((flag) => !NOT_HERE.has(flag)), ...TEST_FLAGS],
    source: '@sparticuz/chromium',
  });
  const target = path.join(os.tmpdir(), `sparticuz-chromium-${version}`);
  if (existsSync(path.join(target, 'chromium'))) return choice(path.join(target, 'chromium'));

  // The package unpacks into os.tmpdir() and reuses whatever it finds there, a half-written file from an
  // interrupted run or another version's included. So it unpacks into a fresh directory (it reads TMPDIR
  // synchronously when called), which is moved into place only once whole.
  const partial = mkdtempSync(`${target}.partial-`);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  let unpacking: Promise<string>;
  try {
    unpacking = sparticuz.executablePath(path.join(packageDir, 'bin'));
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  try {
    await unpacking;
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another run that unpacked the same version at the same time won the rename: use its copy.
    if (!existsSync(path.join(target, 'chromium'))) throw error;
  }
  return choice(path.join(target, 'chromium'));
}

function npmPackageDir(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    throw new Error(
      `No Chromium: CHROMIUM_PATH is unset, none of ${SYSTEM_CHROMIUMS.join(', ')} exists and @sparticuz/chromium is not installed: run \`npm install\` (it is a devDependency) or set CHROMIUM_PATH.`,
    );
  }
  // Its entry point is <package>/build/cjs/index.cjs; the package exports no package.json to resolve directly.
  return path.resolve(path.dirname(entry), '..', '..');
}
