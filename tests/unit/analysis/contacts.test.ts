import { beforeAll, describe, expect, it } from 'vitest';
import { findPhones } from '../../../src/analysis/contacts';
import type { Analyzer } from '../../../src/analysis/index';
import { inlineAnalyzer, rule } from './helpers';

describe('phones', () => {
  it('finds and types Russian numbers (max metadata)', () => {
    const text =
      'Звоните 8 916 123-45-67, горячая линия 8-800-333-00-16, офис +7 (495) 123-45-67. ИНН 7707083893';
    const kinds = findPhones(text, 'RU', 'text').map((p) => [text.slice(p.start, p.end), p.kind]);
    expect(kinds).toEqual([
      ['8 916 123-45-67', 'mobile'],
      ['8-800-333-00-16', 'toll-free'],
      ['+7 (495) 123-45-67', 'fixed-line'],
    ]);
  });
});

describe('mobile-only contacts', () => {
  let analyzer: Analyzer;
  // Contacts are read only next to another finding (a lone weak signal never warns): these ads all say
  // where the job is, which a context rule finds.
  beforeAll(async () => {
    analyzer = await inlineAnalyzer({
      'patterns/ru/t.yaml': rule({ id: 'ru.work-abroad.europe', strength: 'weak', match: ['европа'] }),
      'patterns/en/t.yaml': rule({ id: 'en.work-abroad.dubai', strength: 'weak', match: ['dubai'] }),
    });
  });
  const only = async (ad: { text: string; employer?: string; contacts?: string[]; lang?: string }) =>
    (await analyzer.analyze(ad)).findings.find((f) => f.rule === 'engine.contact-only-mobile');

  it('flags a mobile number or a messenger with no company, office or address, and quotes it', async () => {
    expect(await only({ text: 'Работа в Европе. Звоните 8 916 123-45-67' })).toMatchObject({
      evidence: '8 916 123-45-67',
      strength: 'weak',
    });
    expect(await only({ text: 'Работа в Европе. Пишите в ватсап' })).toMatchObject({ evidence: 'ватсап' });
    expect(await only({ text: 'Work in Dubai. Text @dubaijobs_hr' })).toMatchObject({
      evidence: '@dubaijobs_hr',
    });
    expect(await only({ text: 'Work in Dubai. wa.me/15551234567' })).toBeDefined();
  });

  it('stays quiet when the ad names an employer, an office phone, an address or a website', async () => {
    expect(
      await only({ text: 'Работа в Европе. Звоните 8 916 123-45-67', employer: 'ООО Ромашка' }),
    ).toBeUndefined();
    expect(await only({ text: 'Работа в Европе. ООО «Ромашка». Звоните 8 916 123-45-67' })).toBeUndefined();
    expect(
      await only({ text: 'Работа в Европе. Звоните 8 916 123-45-67 или +7 (495) 123-45-67' }),
    ).toBeUndefined();
    expect(
      await only({ text: 'Работа в Европе. Адрес: ул. Ленина, 5. Тел. 8 916 123-45-67' }),
    ).toBeUndefined();
    expect(
      await only({ text: 'Работа в Европе. Подробнее на www.romashka.ru, тел. 8 916 123-45-67' }),
    ).toBeUndefined();
    expect(await only({ text: 'Работа в Европе, без контактов' })).toBeUndefined();
  });

  it('a single mobile-only signal never raises a warning by itself, so alone it is not even read', async () => {
    const a = await analyzer.analyze({ text: 'Пишите в WhatsApp 8 916 123-45-67' });
    expect(a.level).toBe('none');
    expect(a.findings).toEqual([]);
    // Next to context it is a finding, still no warning on its own.
    expect(
      (await analyzer.analyze({ text: 'Работа в Европе. Пишите в WhatsApp 8 916 123-45-67' })).level,
    ).toBe('none');
  });
});
