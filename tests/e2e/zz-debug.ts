import { launchBrowser } from './harness';
const b = await launchBrowser();
try {
  const page = await b.page();
  await page.goto(b.serverUrl('hh.ru', '/vacancy/100000001'), { waitUntil: 'load' });
  await page.waitForSelector('.vacancy-description[data-jobsafe-risk="high"]', { timeout: 20_000 });
  const extension = (await b.browser.extensions()).get(b.extensionId)!;
  await page.triggerExtensionAction(extension);
  const target = await b.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
  const p = await target.asPage();
  await new Promise((r) => setTimeout(r, 1500));
  console.log(await p.evaluate(() => {
    const out: string[] = [`inner ${innerWidth} scroll ${document.documentElement.scrollWidth} client ${document.documentElement.clientWidth} body ${document.body.getBoundingClientRect().width} h ${innerHeight} sh ${document.documentElement.scrollHeight}`];
    for (const el of document.querySelectorAll('*')) { const r = el.getBoundingClientRect(); if (r.right > 381) out.push(`${el.localName}.${el.className} ${Math.round(r.left)}-${Math.round(r.right)}`); }
    return out.slice(0, 20).join('\n');
  }));
} finally { await b.close(); }
