/**
 * The production build without minification, for readable function names in scripts/perf-profile.ts:
 *   npx wxt build -c scripts/perf-profile.config.ts   (writes .output/chrome-mv3; `npm run build` after)
 */
import { mergeConfig, type UserConfig } from 'vite';
import base from '../wxt.config';

type ViteConfig = (env: unknown) => UserConfig;

export default {
  ...base,
  vite: (env: unknown) => mergeConfig((base.vite as ViteConfig)(env), { build: { minify: false } }),
};
