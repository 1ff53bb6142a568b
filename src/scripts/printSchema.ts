// `npm run schema` writes schema.graphql from the Pothos schema; `--check` fails when the committed file is
// stale, so clients generating types from it never see a schema the server does not serve.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../server/graphqlSchema.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run schema` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is up to date.\n');
} else {
  await writeFile(target, printed);
  process.stdout.write(`Wrote ${target}\n`);
}
