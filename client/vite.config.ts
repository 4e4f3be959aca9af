import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on :3000 (`npm run dev` starts it); Vite serves the client on :5173 and proxies /api.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // The shared model's modules only declare things (vocabulary, zod schemas), but a
        // bundler cannot tell that `z.object(...)` at the top of a module has no side effect,
        // so without this every API schema, and zod with them, lands in the first visit's
        // bundle although the client only uses the vocabulary.
        moduleSideEffects: (id: string) => !/[\\/]model[\\/]src[\\/]/.test(id),
      },
    },
  },
});
