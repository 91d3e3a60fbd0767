import { readFileSync } from 'node:fs';
import { launchBrowser } from './harness';
import { setSettings } from './page-helpers';
const pages: [string, string, string][] = [
  ['olx-pl/listing-realestate-2026-02.html', 'www.olx.pl', '/praca/warszawa/'],
];
const b = await launchBrowser({
  routes: [
    ...pages.map(([f, host, path]) => ({
      host,
      path,
      body: readFileSync('/work/shared/real-pages/' + f, 'utf8'),
    })),
  ],
});
await setSettings(b, { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'ru' });
try {
  for (const w of [360, 1280]) {
    const page = await b.page();
    await page.setViewport({ width: w, height: 800 });
    await page.goto('https://www.olx.pl/praca/warszawa/', { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    console.log(
      w,
      await page.evaluate(() => [
        document.querySelectorAll('jobsafe-badge[data-dock]').length,
        document.querySelectorAll('jobsafe-badge').length,
      ]),
    );
    await page.evaluate(() =>
      document.querySelectorAll('jobsafe-badge')[3]!.scrollIntoView({ block: 'start' }),
    );
    await new Promise((r) => setTimeout(r, 500));
    await page.screenshot({ path: `/tmp/explore/olx-${w}.png` });
  }
  const page = await b.page();
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(b.serverUrl('hh.ru', '/search/vacancy?text=x'), { waitUntil: 'load' });
  await page.waitForSelector('[data-jobsafe-risk="high"] jobsafe-badge');
  await page.evaluate(() => {
    const h = document.querySelector('[data-jobsafe-risk="high"] jobsafe-badge')!;
    h.scrollIntoView({ block: 'start' });
  });
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(() =>
    (
      document
        .querySelector('[data-jobsafe-risk="high"] jobsafe-badge')!
        .shadowRoot!.querySelector('button') as HTMLElement
    ).click(),
  );
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: `/tmp/explore/hh-open-360.png` });
  await page.setViewport({ width: 1280, height: 800 });
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(() =>
    (
      document
        .querySelector('[data-jobsafe-risk="high"] jobsafe-badge')!
        .shadowRoot!.querySelector('button') as HTMLElement
    ).click(),
  );
  await page.evaluate(() =>
    (
      document
        .querySelector('[data-jobsafe-risk="high"] jobsafe-badge')!
        .shadowRoot!.querySelector('button') as HTMLElement
    ).click(),
  );
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: `/tmp/explore/hh-open-1280.png` });
} finally {
  await b.close();
}
