/**
 * Every fact the knowledge tabs take from IOM Russia is present and exact in every interface language.
 * Each row names the phrase in the seed pages (../shared/seeds, outside the repository) that the fact
 * comes from, so the table itself is checked against the source, and the words each locale must carry.
 * A second table lists distortions found in review that must not come back.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGS, type UiLang } from '../../../src/i18n';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

const norm = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

function messages(lang: UiLang): Record<string, string> {
  const raw = JSON.parse(
    readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, norm(v.message)]));
}
const locale = Object.fromEntries(UI_LANGS.map((l) => [l, messages(l)])) as Record<
  UiLang,
  Record<string, string>
>;

interface Fact {
  fact: string;
  /** Words of the seed the fact comes from. */
  seed: string;
  key: string;
  /** What the key's message must contain, per language (lower case; a RegExp for word forms). */
  has: Record<UiLang, (string | RegExp)[]>;
}

const FACTS: Fact[] = [
  {
    fact: 'the shelter opened on 30 April 2013',
    seed: 'On 30 April, 2013 a shelter for temporary accommodation',
    key: 'help_spb_text',
    has: { en: ['30 april 2013'], ru: ['30 апреля 2013'], uk: ['30 квітня 2013'] },
  },
  {
    fact: 'the shelter is the only institution giving comprehensive rehabilitation',
    seed: 'the shelter is the only institution that provides comprehensive rehabilitation assistance',
    key: 'help_spb_text',
    has: {
      en: ['only institution', 'comprehensive rehabilitation'],
      ru: ['единственное учреждение', 'комплексную реабилитационную помощь'],
      uk: ['єдина установа', 'комплексну реабілітаційну допомогу'],
    },
  },
  {
    fact: 'the shelter takes up to 8 people and helps renew documents and return voluntarily',
    seed: 'assistance in renewal of documents and voluntary return to the country of origin if necessary',
    key: 'help_spb_text',
    has: {
      en: ['up to 8 people', 'renew their documents', 'voluntarily'],
      ru: ['до 8 человек', 'восстановить документы', 'добровольно'],
      uk: ['до 8 осіб', 'відновити документи', 'добровільно'],
    },
  },
  {
    fact: 'the shelter is for Russian and foreign citizens, whatever their nationality or religion',
    seed: 'regardless of nationality and religion',
    key: 'help_spb_text',
    has: {
      en: ['russian and foreign citizens', 'nationality or religion'],
      ru: ['граждан россии и других стран', 'национальности и вероисповедания'],
      uk: ['громадян росії та інших країн', 'національності й віросповідання'],
    },
  },
  {
    fact: 'information and consultation centres work in Moscow and St Petersburg',
    seed: 'the Information and Consultation Centers are functioning in Moscow and St. Petersburg',
    key: 'help_moscow_title',
    has: {
      en: ['moscow', 'st. petersburg'],
      ru: ['москве', 'санкт-петербурге'],
      uk: ['москві', 'санкт-петербурзі'],
    },
  },
  {
    fact: 'the centres advise migrants from many regions and foreigners coming to Russia for work',
    seed: 'migrants from many regions of Russia as well as foreign nationals coming to Russia for work',
    key: 'help_moscow_text',
    has: {
      en: ['many regions of russia', 'come to russia for work', '2-ya zvenigorodskaya'],
      ru: ['многих регионов россии', 'приезжают в россию на работу', '2-я звенигородская'],
      uk: ['багатьох регіонів росії', 'приїжджають до росії на роботу', '2-га звенигородська'],
    },
  },
  {
    fact: 'the hotline hours, free from every region of Russia',
    seed: '8-800-333-00-16 (8:30 AM - 6:30 PM weekdays). Free of charge calls from all Russian regions',
    key: 'help_hotline_hours',
    has: {
      en: ['every region of russia', '8:30–18:30', 'weekdays'],
      ru: ['всех регионов россии', '8:30 до 18:30', 'будням'],
      uk: ['усіх регіонів росії', '8:30 до 18:30', 'будні'],
    },
  },
  {
    fact: 'causes: poverty',
    seed: '• Poverty',
    key: 'cause_poverty',
    has: { en: ['poverty'], ru: ['бедность'], uk: ['бідність'] },
  },
  {
    fact: 'causes: gender inequality',
    seed: 'general gender inequality',
    key: 'cause_family',
    has: {
      en: ['family crises', 'domestic violence', 'gender inequality'],
      ru: ['кризис семьи', 'домашнее насилие', 'гендерное неравенство'],
      uk: ['криза сім’ї', 'домашнє насильство', 'ґендерна нерівність'],
    },
  },
  {
    fact: 'causes: alcoholism and social orphanhood',
    seed: 'Alcoholism, social orphanhood',
    key: 'cause_alcohol',
    has: {
      en: ['alcoholism', 'social orphanhood'],
      ru: ['алкоголизм', 'социальное сиротство'],
      uk: ['алкоголізм', 'соціальне сирітство'],
    },
  },
  {
    fact: 'causes: development gaps between countries',
    seed: 'Large development gaps between countries',
    key: 'cause_gaps',
    has: { en: ['development gaps'], ru: ['разрыв в развитии'], uk: ['розрив у розвитку'] },
  },
  {
    fact: 'at risk: large families and single mothers facing violence in the family',
    seed: 'poor migrants, large families, single mothers experiencing violence in the family',
    key: 'risk_women_children',
    has: {
      en: ['large families', 'single mothers who face violence in the family', 'poor migrants'],
      ru: ['многодетные семьи', 'одинокие матери, страдающие от насилия в семье', 'бедные мигранты'],
      uk: ['багатодітні сім’ї', 'самотні матері, які потерпають від насильства в сім’ї', 'бідні мігранти'],
    },
  },
  {
    fact: 'at risk: homeless, low-educated men',
    seed: 'Young and middle-aged men, low-educated, unemployed, homeless',
    key: 'risk_men',
    has: {
      en: ['middle-aged men', 'little education', 'without a home'],
      ru: ['среднего возраста', 'низким уровнем образования', 'без жилья'],
      uk: ['середнього віку', 'низьким рівнем освіти', 'без житла'],
    },
  },
  {
    fact: 'at risk: teenagers from troubled families, irregular migrants, former prisoners',
    seed: 'teenagers from troubled families, orphans, irregular labor migrants, former convicts',
    key: 'risk_centres',
    has: {
      en: ['teenagers from troubled families', 'orphans', 'irregular labour migrants', 'former prisoners'],
      ru: ['подростки из неблагополучных семей', 'сироты', 'без законного статуса', 'бывшие заключённые'],
      uk: ['підлітки з неблагополучних сімей', 'сироти', 'без законного статусу', 'колишні ув’язнені'],
    },
  },
  {
    fact: 'at risk: people with disabilities and drug addiction',
    seed: 'Disabled people, drug addicts',
    key: 'risk_disabled',
    has: {
      en: ['disabilities', 'drug addiction'],
      ru: ['инвалидностью', 'наркозависимостью'],
      uk: ['інвалідністю', 'наркозалежністю'],
    },
  },
  {
    fact: 'rule 1 covers job, study and marriage agencies',
    seed: 'an agency that helps organize a trip to study abroad or a marriage agency',
    key: 'advice_rule_license',
    has: {
      en: ['job agency', 'study abroad', 'marriage agency', 'original licence'],
      ru: ['по трудоустройству', 'учёбы за границей', 'брачное агентство', 'оригинал лицензии'],
      uk: ['з працевлаштування', 'навчання за кордоном', 'шлюбне агентство', 'оригінал ліцензії'],
    },
  },
  {
    fact: 'rule 3: ask the embassy staff about the visa; no other visa gives the right to work',
    seed: 'When applying for a visa, consult with the embassy staff',
    key: 'advice_rule_work_visa',
    has: {
      en: ['embassy staff', 'no other visa', 'illegal work is a crime'],
      ru: ['сотрудниками посольства', 'никакая другая виза', 'нелегальная работа — преступление'],
      uk: ['працівниками посольства', 'жодна інша віза', 'нелегальна робота — злочин'],
    },
  },
  {
    fact: 'rule 5: overstaying makes the next trip impossible',
    seed: 'Violation of the visa regime will make your next trip abroad impossible',
    key: 'advice_rule_visa_period',
    has: { en: ['next trip abroad impossible'], ru: ['станет невозможной'], uk: ['стане неможливою'] },
  },
  {
    fact: 'rule 9: a copy of the passport helps to get temporary documents',
    seed: 'If you lose your passport, a copy of it can help you apply for temporary documents',
    key: 'advice_rule_passport',
    has: {
      en: ['temporary documents', 'only the police and border officers'],
      ru: ['временные документы', 'только полиция и пограничники'],
      uk: ['тимчасові документи', 'лише поліція й прикордонники'],
    },
  },
  {
    fact: 'rule 10: contact the embassy or consulate when in trouble or documents are lost',
    seed: 'If you are in trouble or if you have lost your documents, please contact the representation',
    key: 'advice_rule_embassy',
    has: {
      en: ['embassy and consulates', 'lose your documents'],
      ru: ['посольства и консульств', 'потеряете документы'],
      uk: ['посольства та консульств', 'загубите документи'],
    },
  },
  {
    fact: 'rule 11: NGOs and services help people in difficult situations abroad',
    seed: 'non-governmental organizations and services are actively working to provide assistance',
    key: 'advice_rule_ngos',
    has: {
      en: ['non-governmental organisations'],
      ru: ['неправительственные организации'],
      uk: ['неурядові організації'],
    },
  },
  {
    fact: 'the places where sexual exploitation happens',
    seed: 'Places: city streets, bars, brothels, saunas, massage parlors',
    key: 'form_sexual',
    has: {
      en: ['city streets', 'bars', 'brothels', 'saunas', 'massage parlours'],
      ru: ['улицы городов', 'бары', 'бордели', 'сауны', 'массажные салоны'],
      uk: ['вулиці міст', 'бари', 'борделі', 'сауни', 'масажні салони'],
    },
  },
  {
    fact: 'forced participation in pornography, especially of children',
    seed: 'Forcing participation in the production of pornographic materials (especially the use of children)',
    key: 'form_pornography',
    has: { en: ['pornography', 'children'], ru: ['порнографии', 'детей'], uk: ['порнографії', 'дітей'] },
  },
  {
    fact: 'forced labour: sweatshops, industry, construction, domestic slavery, child labour',
    seed: 'sweatshops, informal and shadow economy, industry, construction, domestic work (domestic slavery), child labour',
    key: 'form_labour',
    has: {
      en: ['sweatshops', 'shadow economy', 'industry', 'construction', 'domestic slavery', 'child labour'],
      ru: [
        'подпольные цеха',
        'теневая экономика',
        'промышленность',
        'строительство',
        'домашнее рабство',
        'детский труд',
      ],
      uk: [
        'підпільні цехи',
        'тіньова економіка',
        'промисловість',
        'будівництво',
        'домашнє рабство',
        'дитяча праця',
      ],
    },
  },
  {
    fact: 'insurance is in the sample ad',
    seed: 'Travel, insurance, accommodation are paid by the employer',
    key: 'rf_ad_text_example',
    has: {
      en: ['travel, insurance and housing paid by the employer', 'no professional training'],
      ru: [
        'дорогу, страховку и проживание оплачивает работодатель',
        'профессиональная подготовка не требуется',
      ],
      uk: ['дорогу, страховку й проживання оплачує роботодавець', 'професійна підготовка не потрібна'],
    },
  },
  {
    fact: 'the red flag: a tourist or guest visa or false documents',
    seed: 'on a guest or tourist visa or false documents',
    key: 'advice_flag_visa',
    has: { en: ['false documents'], ru: ['поддельные документы'], uk: ['підроблені документи'] },
  },
  {
    fact: 'the myth of abduction: many, not most, go willingly',
    seed: 'many are actually lured into accompanying someone willingly',
    key: 'fact_abducted',
    has: {
      en: ['many are lured', 'willingly'],
      ru: ['многих заманивают', 'добровольно'],
      uk: ['багатьох заманюють', 'добровільно'],
    },
  },
  {
    fact: 'the myth of the poor: highly educated women are at risk too',
    seed: 'highly educated women are at risk because there are few jobs available to them',
    key: 'fact_poor',
    has: { en: ['highly educated women'], ru: ['высокообразованные женщины'], uk: ['високоосвічені жінки'] },
  },
  {
    fact: 'the myth of women: research found most victims women and children, men more at risk in labour',
    seed: 'More research is needed on labor exploitation, where men are often more at risk',
    key: 'fact_women',
    has: {
      en: ['women and children', 'sexual exploitation', 'men are often more at risk'],
      ru: ['женщины и дети', 'сексуальной эксплуатации', 'мужчины часто рискуют сильнее'],
      uk: ['жінки й діти', 'сексуальної експлуатації', 'чоловіки часто ризикують сильніше'],
    },
  },
  {
    fact: 'transportation: victims are often resold',
    seed: 'often resold during transportation',
    key: 'stage_transport_text',
    has: { en: ['often sold on'], ru: ['часто перепродают'], uk: ['часто перепродують'] },
  },
  {
    fact: 'debt bondage: working off the money paid for the victims',
    seed: 'victims are forced to work off the money traffickers paid for them',
    key: 'control_debt',
    has: { en: ['work off the money'], ru: ['отрабатывать деньги'], uk: ['відпрацьовувати гроші'] },
  },
  {
    fact: 'isolation includes restricting movement',
    seed: 'seizure and retention of documents, restriction of freedom of movement, communication with loved ones',
    key: 'control_isolation',
    has: {
      en: ['documents taken and kept', 'freedom of movement', 'loved ones'],
      ru: ['удерживают документы', 'свободу передвижения', 'с близкими'],
      uk: ['утримують документи', 'свободу пересування', 'з близькими'],
    },
  },
];

/** Distortions found in review (issue 13, item 8): none may return, in any language. */
const NEVER: { key: string; not: Partial<Record<UiLang, (string | RegExp)[]>> }[] = [
  {
    key: 'help_hotline_hours',
    not: { en: ['moscow time'], ru: ['московскому времени'], uk: ['київським', 'московським'] },
  },
  { key: 'help_spb_text', not: { en: ['new documents'], ru: ['новые документы'], uk: ['нові документи'] } },
  {
    key: 'fact_abducted',
    not: { en: [/\bmost\b/], ru: ['чаще люди едут сами', 'большинство'], uk: ['більшість'] },
  },
  { key: 'risk_men', not: { ru: ['без образования'], uk: ['без освіти'] } },
  {
    key: 'advice_flag_visa',
    not: { en: ['someone else’s documents'], ru: ['чужие документы'], uk: ['чужі документи'] },
  },
  { key: 'rf_visa_title', not: { ru: ['чужим документам'], uk: ['чужими документами'] } },
  { key: 'control_debt', not: { en: ['never be worked off'], ru: ['невозможно отработать'] } },
  { key: 'form_labour', not: { en: ['farms'] } },
  { key: 'fact_sexual', not: { en: ['construction'], ru: ['стройках'] } },
];

const contains = (text: string, p: string | RegExp): boolean =>
  typeof p === 'string' ? text.includes(p) : p.test(text);

const seedsPresent = existsSync(SEEDS);
if (!seedsPresent)
  console.warn(`seed-facts: ${SEEDS} is absent, so the facts are checked against the locales only`);
const seedText = seedsPresent
  ? norm(
      ['iom-russia-counter-trafficking.txt', 'iom-russia-projects-short.txt']
        .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
        .join('\n'),
    )
  : '';

describe('seed facts', () => {
  it.skipIf(!seedsPresent).each(FACTS)('comes from the seeds: $fact', ({ seed }) => {
    expect(seedText).toContain(norm(seed));
  });

  it.each(FACTS)('every language has it: $fact', ({ key, has }) => {
    for (const lang of UI_LANGS) {
      const text = locale[lang][key];
      expect(text, `${lang}: ${key} exists`).toBeDefined();
      for (const p of has[lang]) expect(contains(text!, p), `${lang}: ${key} has ${String(p)}`).toBe(true);
    }
  });

  it.each(NEVER)('no distortion comes back in $key', ({ key, not }) => {
    for (const [lang, patterns] of Object.entries(not) as [UiLang, (string | RegExp)[]][])
      for (const p of patterns)
        expect(contains(locale[lang][key]!, p), `${lang}: ${key} has ${String(p)}`).toBe(false);
  });
});
