// `npm run gateway -- <command>`: the CLI as a process (the commands themselves are in commands.ts).
import { runCommand } from './commands.js';

const code = await runCommand(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exit(code);
