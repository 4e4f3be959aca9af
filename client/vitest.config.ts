import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';

/**
 * Client tests run in real Chromium (Debian's, never a downloaded build):
 * Cytoscape, canvas export and CodeMirror need a real layout engine and canvas.
 */
export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: discovering them mid-run makes Vite reload the page and fail a test file.
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react/jsx-dev-runtime',
      'cytoscape',
      'cytoscape-fcose',
      'cytoscape-dagre',
      'canvas2svg',
      '@codemirror/autocomplete',
      '@codemirror/commands',
      '@codemirror/language',
      '@codemirror/state',
      '@codemirror/view',
      '@testing-library/react',
      '@tanstack/react-query',
      'compromise/two',
    ],
  },
  test: {
    name: 'client',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testSetup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      // The app's own size: below 1280 px wide it starts with the queries column closed.
      viewport: { width: 1280, height: 720 },
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
