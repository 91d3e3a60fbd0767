import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { CATALOGUE_FILE } from './src/background/catalogue-file';
import { OPT_IN_ORIGINS } from './src/sites/opt-in';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // The stack: the browser API comes from webextension-polyfill (Promise-based on Chrome too).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The compiled pattern catalogue ships as a data file the background fetches (src/background/catalogue.ts),
    // not as part of its script (5 MB of RegExp sources would exceed what Firefox's add-on linter parses).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve('src/analysis/compiled/catalogue.json'),
        relativeDest: CATALOGUE_FILE,
      });
    },
  },
  // Store packages (`npm run zip`, checked by scripts/check-packages.ts). The sources zip is what Mozilla's
  // reviewers rebuild with `npm ci && npm run build:firefox`: no tests, fixtures, generated or local files
  // (WXT already leaves out dotfiles, node_modules, *.test.* and .output).
  zip: {
    excludeSources: [
      'tests/**',
      'src/analysis/compiled/**',
      'docs/screenshots/**',
      'coverage/**',
      'test-results/**',
      'tmp/**',
      'stats.html',
      '**/*.log',
      '**/*.zip',
    ],
    exclude: ['**/*.map'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permission for all sites at install: content scripts run only on the job sites they
    // declare; any other page is checked through activeTab when the user asks for it.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Telegram Web and VK are read only once the user turns them on in the options page, which requests
    // these hosts then (never at install): optional_host_permissions in MV3, optional_permissions in MV2.
    ...(browser === 'firefox'
      ? { optional_permissions: OPT_IN_ORIGINS }
      : { optional_host_permissions: OPT_IN_ORIGINS }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jobsafe@jobsafe.invalid',
              strict_min_version: '115.0',
              // JobSafe collects nothing: every ad is analyzed on the device.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android (it opens the popup as a full page; the popup and options are
            // responsive down to 320 px). 128: the popover the badge's panel opens in (125+) and
            // storage.session (115+); Android has no ESR, so current versions are far above it. The
            // context menu does not exist there: the background leaves it out (src/background/index.ts).
            gecko_android: { strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
