// The Node flags `npm start` runs the gateway with, read from package.json: the bench measures what production runs
// (start-up, idle memory) and serves its comparison with the same settings.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
const command = /^node((?:\s+--\S+)*)\s+dist\/main\.js$/.exec(packageJson.scripts.start);
if (!command) throw new Error(`npm start is not "node [--flags] dist/main.js": ${packageJson.scripts.start}`);

export const startFlags: string[] = command[1]!
  .trim()
  .split(/\s+/)
  .filter((flag) => flag !== '');
