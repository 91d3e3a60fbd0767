/**
 * The packaged catalogue (src/background/catalogue.ts): read once from the extension's own file, parsed
 * at the boundary, and a failed read never cached, so the next ad tries again.
 */
import { describe, expect, it } from 'vitest';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { packagedAnalyzer } from '../../../src/background/catalogue';

const URL_ = 'chrome-extension://abc/catalogue.json';
const LURE =
  'Работа в Дубае для девушек, хостес. Визу туристическую сделаем, паспорт хранится у работодателя.';

function fetcher(answers: Array<() => Response>) {
  const calls: string[] = [];
  const fn = (async (url: string) => {
    calls.push(url);
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next();
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('the packaged catalogue', () => {
  it('is fetched once from the extension file and analyzes with it', async () => {
    const { fn, calls } = fetcher([() => new Response(JSON.stringify(compiled))]);
    const analyze = packagedAnalyzer(URL_, fn);
    expect((await analyze({ text: LURE })).level).toBe('high');
    expect((await analyze({ text: 'Бухгалтер в офис, оформление по ТК РФ.' })).level).toBe('none');
    expect(calls).toEqual([URL_]);
  });

  it('fails an ad loudly when the file is missing or not a catalogue, and tries again next time', async () => {
    const { fn, calls } = fetcher([
      () => new Response('not found', { status: 404 }),
      () => new Response(JSON.stringify({ version: 1 })),
      () => new Response(JSON.stringify(compiled)),
    ]);
    const analyze = packagedAnalyzer(URL_, fn);
    await expect(analyze({ text: LURE })).rejects.toThrow(/catalogue\.json: HTTP 404/);
    await expect(analyze({ text: LURE })).rejects.toThrow();
    expect((await analyze({ text: LURE })).level).toBe('high');
    expect(calls).toHaveLength(3);
  });
});
