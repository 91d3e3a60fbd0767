import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Suites that compile a catalogue load the Russian dictionary first (a few seconds, more on a busy
    // machine): counted work, but not instant.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
