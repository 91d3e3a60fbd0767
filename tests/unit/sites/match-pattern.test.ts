import { describe, expect, it } from 'vitest';
import { compileMatchPattern, parseMatchPattern } from '../../../src/sites/match-pattern';

describe('match patterns', () => {
  it.each([
    '<all_urls>',
    '*://*/*',
    'https://*.example.com',
    'https://ex*ample.com/*',
    'ftp://example.com/*',
    'https://example.com:8080/*',
  ])('rejects or flags %s', (pattern) => {
    const parsed = parseMatchPattern(pattern);
    expect(parsed === undefined || parsed.host === '*').toBe(true);
  });

  it('matches the bare host and its subdomains for *.host', () => {
    const test = compileMatchPattern('*://*.hh.ru/*');
    expect(test(new URL('https://hh.ru/vacancy/1'))).toBe(true);
    expect(test(new URL('http://spb.hh.ru/'))).toBe(true);
    expect(test(new URL('https://xhh.ru/'))).toBe(false);
    expect(test(new URL('ftp://hh.ru/'))).toBe(false);
  });

  it('matches * in the path across slashes and the query string, and nothing else', () => {
    const test = compileMatchPattern('*://*.avito.ru/*/vakansii*');
    expect(test(new URL('https://www.avito.ru/moskva/vakansii?q=x'))).toBe(true);
    expect(test(new URL('https://www.avito.ru/moskva/vakansii/povar_1'))).toBe(true);
    expect(test(new URL('https://www.avito.ru/moskva/kvartiry'))).toBe(false);
  });

  it('ignores the port, as browsers do', () => {
    expect(compileMatchPattern('https://hh.ru/*')(new URL('https://hh.ru:8443/x'))).toBe(true);
  });

  it('throws on an invalid pattern', () => {
    expect(() => compileMatchPattern('hh.ru')).toThrow(/Invalid match pattern/);
  });
});
