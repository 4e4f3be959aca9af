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
  },
});
