/**
 * Renders jobsafe.svg to public/icon/<size>.png (the sizes WXT puts in the manifest) with headless
 * Chromium, so the icons are reproducible from one vector source:
 *   npx tsx src/ui/shared/icons/render.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(fileURLToPath(new URL('jobsafe.svg', import.meta.url)), 'utf8');
const out = (size: number): string =>
  fileURLToPath(new URL(`../../../../public/icon/${size}.png`, import.meta.url));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.screenshot({
      path: out(size) as `${string}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    process.stdout.write(`public/icon/${size}.png\n`);
  }
} finally {
  await browser.close();
}
