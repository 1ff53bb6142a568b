// The picker page: built into web/dist and served by the gateway at /picker (src/server/pickerPage.ts), with a
// gzip and a brotli copy of each text file beside it, so the gateway never compresses per request.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/picker/',
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'], threshold: 0 })],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev:picker` serves the page with hot reload and sends API calls to a gateway on port 4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
