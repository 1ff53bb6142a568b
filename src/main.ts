// `npm start` (node dist/main.js): the server, loaded after Node is told to cache compiled code. On Node 22.1 and
// later the cache (in the system's temporary directory, or NODE_COMPILE_CACHE) lets every start after the first
// skip most of the parsing of the gateway's modules; Node 20 has no such cache and starts as before.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./serve.js');
