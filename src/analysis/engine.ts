/**
 * The analyzer: one ad in, one assessment out. Pure (no browser APIs, no file system), so the same code
 * runs in the CLI, the tests, the background service worker and extension pages.
 *
 * Per ad: detect the language; normalize each field; the prefilter picks the candidate expressions; the
 * RegExps run; matches in a warning sentence, after a negator in their clause, or next to an `unless`
 * phrase are dropped; on English ads with candidates compromise confirms negation; salary and contacts
 * add computed findings; scoring.ts turns the findings into a level.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Prepared, PreparedLang, RuleLang } from './catalogue';
import { readContacts } from './contacts';
import { dropNegatedEnglish } from './english-nlp';
import { detectLang } from './lang';
import { candidateExpressions, matchRules } from './matcher';
import { hasInnerNegator, isNegated } from './negation';
import { normalize, toSourceRange, type Normalized } from './normalize';
import { findPay, isFarAbove, READER_DEFAULTS } from './salary';
import { scoreFindings } from './scoring';
import { anyMatch, inRanges, sentenceAt, sentencesMatching } from './sentences';
import type { AdInput, AnalyzeOptions, Assessment, Field, Finding } from './types';

/** Only this many characters of the text are analyzed; an ad page is rarely longer (bounded time). */
export const MAX_TEXT_LENGTH = 20_000;
/** Cap for the short fields (title, salary, employer). */
export const MAX_FIELD_LENGTH = 1_000;

/** Characters around an English finding that compromise parses, at most, on each side. */
const NLP_WINDOW = 160;
const HIGH_PAY_RULE = 'engine.high-pay-unskilled';
const MOBILE_RULE = 'engine.contact-only-mobile';
/** Letters of the other script from which a mixed ad is also read with that language's rules. */
export const MIXED_MIN_LETTERS = 20;
const SCRIPT_LETTERS: Record<RuleLang, RegExp> = { ru: /[\u0400-\u04ff]/gu, en: /[a-z]/giu };
const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
const DEFAULT_COUNTRY: Record<RuleLang, CountryCode> = { ru: 'RU', en: 'US' };

interface FieldText {
  field: Field;
  source: string;
  nz: Normalized;
}

function isRuleLang(lang: string): lang is RuleLang {
  return lang === 'ru' || lang === 'en';
}

export class Analyzer {
  constructor(readonly prepared: Prepared) {}

  /** Rule findings in one field: matched, then filtered by warnings, `unless` and negation. */
  private matchField(f: FieldText, lang: PreparedLang): Finding[] {
    const ids = candidateExpressions(f.nz.norm, lang);
    if (ids.length === 0) return [];
    const raw = matchRules(f.nz.norm, lang, ids);
    if (raw.length === 0) return [];
    const norm = f.nz.norm;
    const warnings = sentencesMatching(norm, lang.warnings);
    const byRule = new Map<string, Finding>();
    for (const m of raw.sort((a, b) => a.start - b.start)) {
      if (byRule.has(m.rule.id)) continue; // one finding per rule: its first occurrence
      if (inRanges(m.start, warnings)) continue;
      const [s, e] = sentenceAt(norm, m.start);
      const unless = lang.unless.get(m.rule.id);
      if (unless && anyMatch(norm.slice(s, e), unless)) continue;
      if (isNegated(norm, s, m.start, lang)) continue;
      if (!m.ownNegator && hasInnerNegator(norm, m.start, m.end, lang)) continue;
      const [start, end] = toSourceRange(f.nz, m.start, m.end);
      byRule.set(m.rule.id, {
        rule: m.rule.id,
        category: m.rule.category,
        strength: m.rule.strength,
        evidence: f.source.slice(start, end),
        start,
        end,
        ...(f.field === 'text' ? {} : { field: f.field }),
        advice: m.rule.advice,
      });
    }
    return [...byRule.values()];
  }

  private builtin(id: string, f: FieldText, start: number, end: number): Finding | undefined {
    const b = this.prepared.builtins.get(id);
    if (!b) return undefined;
    return {
      rule: b.id,
      category: b.category,
      strength: b.strength,
      evidence: f.source.slice(start, end),
      start,
      end,
      ...(f.field === 'text' ? {} : { field: f.field }),
      advice: b.advice,
    };
  }

  /** Pay far above the reference, only when the ad also says no skills or experience are needed. */
  private salaryFinding(
    fields: FieldText[],
    lang: PreparedLang,
    ruleLang: RuleLang,
    findings: Finding[],
  ): Finding | undefined {
    // The reader's country decides when the ad names none; the countries the ad names are not passed yet.
    const reader = READER_DEFAULTS[ruleLang];
    const where = { countries: [], defaultCountry: reader.country };
    for (const f of fields) {
      if (f.field === 'employer') continue;
      // Amounts first: most ads state none far above the reference, and then the cue scan is skipped.
      const pay = findPay(f.nz.norm, { defaultCurrency: reader.currency }).find((p) =>
        isFarAbove(p, this.prepared.salary, where),
      );
      if (!pay) continue;
      const noSkills =
        findings.some((x) => x.category === 'too-good') ||
        fields.some((x) => anyMatch(x.nz.norm, lang.noSkills));
      if (!noSkills) return undefined;
      const [start, end] = toSourceRange(f.nz, pay.start, pay.end);
      return this.builtin(HIGH_PAY_RULE, f, start, end);
    }
    return undefined;
  }

  private contactFinding(
    ad: AdInput,
    text: FieldText,
    lang: PreparedLang,
    ruleLang: RuleLang,
  ): Finding | undefined {
    const c = readContacts({
      text: text.source,
      norm: text.nz.norm,
      normToSource: (a, b) => toSourceRange(text.nz, a, b),
      employer: ad.employer,
      contacts: ad.contacts,
      country: DEFAULT_COUNTRY[ruleLang],
      messengerRes: this.prepared.messengers,
      companyRes: lang.company,
    });
    if (c.identified) return undefined;
    const anyPhone = c.phones.length > 0;
    const onlyMobile = c.phones.every((p) => p.kind === 'mobile' || p.kind === 'fixed-or-mobile');
    if (!onlyMobile || (!anyPhone && c.messengers.length === 0)) return undefined;
    // The finding quotes the first mobile or messenger in the text; contacts outside the text have no
    // offsets to quote, so they count only together with one in the text.
    const inText = [...c.phones.filter((p) => p.where === 'text'), ...c.messengers].sort(
      (a, b) => a.start - b.start,
    )[0];
    return inText ? this.builtin(MOBILE_RULE, text, inText.start, inText.end) : undefined;
  }

  async analyze(ad: AdInput, options: AnalyzeOptions = {}): Promise<Assessment> {
    const id = ad.id;
    const text = ad.text.slice(0, MAX_TEXT_LENGTH);
    const partial = ad.text.length > MAX_TEXT_LENGTH;
    const short = (s: string | undefined) => (s ? s.slice(0, MAX_FIELD_LENGTH) : undefined);
    const title = short(ad.title);
    const lang = detectLang(title ? `${title}\n${text}` : text, ad.lang);
    const base = id === undefined ? {} : { id };
    if (!isRuleLang(lang))
      return { ...base, level: 'none', score: 0, lang, checked: false, partial, findings: [] };
    const rules = this.prepared.langs[lang];

    const fields: FieldText[] = [{ field: 'text', source: text, nz: normalize(text) }];
    for (const [field, value] of [
      ['title', title],
      ['salary', short(ad.salary)],
      ['employer', short(ad.employer)],
    ] as const) {
      if (value) fields.push({ field, source: value, nz: normalize(value) });
    }

    let findings: Finding[] = [];
    for (const f of fields) if (f.field !== 'salary') findings.push(...this.matchField(f, rules));

    const textField = fields[0] as FieldText;
    // A mixed ad (an English job title over a Russian text, a Russian paragraph in an English ad) is
    // also read with the other language's rules. Each rule set matches only its own script, so nothing
    // is found twice, and a lure phrase in the minority language is not missed.
    const other: RuleLang = lang === 'ru' ? 'en' : 'ru';
    if (count(text, SCRIPT_LETTERS[other]) >= MIXED_MIN_LETTERS) {
      findings.push(...this.matchField(textField, this.prepared.langs[other]));
    }

    // compromise confirms negation around the English findings in the text.
    const english = findings.filter((f) => f.field === undefined && f.rule.startsWith('en.'));
    if (english.length > 0) {
      const sentences = new Map<string, [number, number]>();
      for (const f of english) {
        // The sentence in source offsets, from the normalized sentence around the finding.
        const normPos = textField.nz.map.findIndex((o) => o >= f.start);
        const [s, e] = sentenceAt(textField.nz.norm, Math.max(0, normPos));
        const [a, b] = toSourceRange(textField.nz, s, Math.max(s + 1, e));
        // A run-on "sentence" (lists without full stops) is cut to a window around the finding.
        const range: [number, number] = [Math.max(a, f.start - NLP_WINDOW), Math.min(b, f.end + NLP_WINDOW)];
        sentences.set(range.join(':'), range);
      }
      const kept = new Set(dropNegatedEnglish(text, english, [...sentences.values()]));
      findings = findings.filter((f) => !english.includes(f) || kept.has(f));
    }

    const pay = this.salaryFinding(fields, rules, lang, findings);
    if (pay) findings.push(pay);
    const mobile = this.contactFinding(ad, textField, rules, lang);
    if (mobile) findings.push(mobile);

    findings.sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '') || a.start - b.start);
    const { level, score } = scoreFindings(findings, options.sensitivity);
    return { ...base, level, score, lang, checked: true, partial, findings };
  }
}
