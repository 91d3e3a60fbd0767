/**
 * Renders the extension's icons with headless Chromium, so they are reproducible from vector sources:
 * - jobsafe.svg to public/icon/<size>.png (the sizes WXT puts in the manifest);
 * - the toolbar's level variants to public/icon/<level>-<size>.png: the shield with the shared level
 *   icon of the badge and the popup (levels.ts) in place of its tick, set per tab by the background.
 *   npx tsx src/ui/shared/icons/render.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { ICON_MARK_WIDTH, LEVEL_COLORS, LEVEL_ICONS } from '../levels';
import { TOOLBAR_ICON_LEVELS, TOOLBAR_ICON_SIZES } from '../toolbar-icons';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(fileURLToPath(new URL('jobsafe.svg', import.meta.url)), 'utf8');
const out = (name: string): string =>
  fileURLToPath(new URL(`../../../../public/icon/${name}.png`, import.meta.url));

/** The shield without its tick, and the level icon on it: a white shape, the mark in the level's colour. */
function levelSvg(level: (typeof TOOLBAR_ICON_LEVELS)[number]): string {
  const { shape, mark } = LEVEL_ICONS[level];
  const shield = svg.replace(/<path d="M38 64[^>]*\/>/, '');
  const emblem =
    `<g transform="translate(29 16) scale(3.5)"><path d="${shape}" fill="#ffffff"/>` +
    `<path d="${mark}" fill="none" stroke="${LEVEL_COLORS[level]}" stroke-width="${ICON_MARK_WIDTH}" ` +
    `stroke-linecap="round" stroke-linejoin="round"/></g>`;
  return shield.replace('</svg>', `${emblem}</svg>`);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const render = async (source: string, size: number, name: string) => {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.screenshot({
      path: out(name) as `${string}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    process.stdout.write(`public/icon/${name}.png\n`);
  };
  for (const size of SIZES) await render(svg, size, String(size));
  for (const level of TOOLBAR_ICON_LEVELS)
    for (const size of TOOLBAR_ICON_SIZES) await render(levelSvg(level), size, `${level}-${size}`);
} finally {
  await browser.close();
}
