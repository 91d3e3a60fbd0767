/**
 * The opt-in sites (Telegram Web, VK): never in the manifest's content scripts, each adapter's pages
 * covered by the host permissions requested for it, and no permission for anything else.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchPattern, parseMatchPattern } from '../../../src/sites/match-pattern';
import { OPT_IN_ORIGINS, OPT_IN_SITES } from '../../../src/sites/opt-in';
import { adapterFor, SITE_MATCHES } from '../../../src/sites/registry';

describe('opt-in sites', () => {
  it.each(OPT_IN_SITES.map((site) => [site.adapter.id, site] as const))(
    '%s gets no content script from the manifest',
    (_id, site) => {
      for (const url of site.adapter.testUrls)
        expect(SITE_MATCHES.filter((pattern) => compileMatchPattern(pattern)(new URL(url)))).toEqual([]);
    },
  );

  it.each(OPT_IN_SITES.map((site) => [site.adapter.id, site] as const))(
    "%s's pages are covered by the host permissions requested for it",
    (_id, site) => {
      const granted = site.origins.map(compileMatchPattern);
      for (const pattern of site.adapter.matches) {
        const parsed = parseMatchPattern(pattern);
        expect(parsed, pattern).toBeDefined();
        const sample = new URL(
          `https://${parsed?.host.replace(/^\*\./, '')}${parsed?.path.replace(/\*/g, 'x')}`,
        );
        expect(
          granted.some((test) => test(sample)),
          `${pattern} is outside ${site.origins.join(', ')}`,
        ).toBe(true);
      }
      for (const url of site.adapter.testUrls) expect(adapterFor(new URL(url))).toBe(site.adapter);
    },
  );

  it("turns Telegram's web clients and its public channel pages on together", () => {
    const telegram = OPT_IN_SITES.find((site) => site.adapter.id === 'telegram');
    expect(telegram?.origins).toEqual(['https://web.telegram.org/*', 'https://t.me/*']);
    expect(adapterFor(new URL('https://t.me/s/rabota_za_granicey?before=120'))?.id).toBe('telegram');
  });

  it('requests https hosts only, none of them all sites', () => {
    for (const origin of OPT_IN_ORIGINS) {
      expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(parseMatchPattern(origin)?.host).not.toBe('*');
    }
  });

  it('leaves other Telegram and VK addresses alone', () => {
    expect(adapterFor(new URL('https://web.telegram.org/'))).toBeUndefined();
    // A profile card and a single post's page show no message list; only t.me/s/<channel> does.
    expect(adapterFor(new URL('https://t.me/durov'))).toBeUndefined();
    expect(adapterFor(new URL('https://t.me/durov/123'))).toBeUndefined();
    expect(adapterFor(new URL('https://vk.company/ru/'))).toBeUndefined();
  });
});
