/**
 * The analyzer: one ad in, one assessment out. Pure (no browser APIs, no file system), so the same code
 * runs in the CLI, the tests, the background service worker and extension pages.
 *
 * Per ad:
 * 1. read each field (reading/: hidden characters, look-alikes, spaced letters) and normalize it;
 * 2. tell the language and which catalogues can read it (lang.ts); none: the ad is *not checked*;
 * 3. for each reading language, on the text as typed or read back from translit (translit.ts): the
 *    prefilter picks candidate matchers, their RegExps run, and a part that is negated in its clause
 *    or lies in a warning (a sentence that warns, or the passage after a warning header) is dropped;
 *    the parts of a ` & ` matcher must meet within its sentences; `unless` phrases veto;
 * 4. on English findings compromise confirms negation; salary and contacts add computed findings;
 * 5. scoring.ts turns the findings into a level.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import {
  cueMatches,
  type Prepared,
  type PreparedCue,
  type PreparedLang,
  type PreparedMatcher,
} from './catalogue';
import { readContacts } from './contacts';
import { dropNegatedEnglish } from './english-nlp';
import { detectLanguage, type LanguageReading } from './lang';
import { candidateMatchers, combine, partMatches, Sentences, wordsOf, type Span } from './matcher';
import { hasInnerNegator, isNegated } from './negation';
import { normalize, toSourceRange, type Normalized } from './normalize';
import { findPay, isFarAbove, type Currency } from './salary';
import { quotedPhrase } from './phrases';
import { scoreFindings } from './scoring';
import { anyMatch, inRanges, sentenceAt } from './sentences';
import { respell, transliterate } from './translit';
import { quotedRanges, warningRanges } from './warning-ranges';
import type { AdInput, AnalyzeOptions, Assessment, Field, Finding } from './types';
import { CHECKED_LANGS, LANGUAGES, type CheckedLang } from '../languages/table';
import { MAX_FIELD_LENGTH, MAX_TEXT_LENGTH } from './limits';

export { MAX_FIELD_LENGTH, MAX_TEXT_LENGTH };

/** Respelled words, unknown to the neighbour as written, that make an ad read as surzhyk. */
const SURZHYK_MIN_WORDS = 1;

/** Characters around an English finding that compromise parses, at most, on each side. */
const NLP_WINDOW = 160;
const HIGH_PAY_RULE = 'engine.high-pay-unskilled';
const MOBILE_RULE = 'engine.contact-only-mobile';
/**
 * Kinds of advisory cue (patterns/<lang>/cues.yaml `advisory`: authorities, hotlines, advice to the
 * reader, "red flags" talk, case reports, "they offer you"…). A text with ADVISORY_KINDS of them warns
 * about lures rather than offering a job, and the lure phrases it quotes are no finding; with
 * QUOTING_KINDS, the phrases it quotes («…») or lists (numbered or bulleted lines) are no finding.
 * Measured on the development sets (ru, 2026-12): no lure shows more than one kind.
 */
export const ADVISORY_KINDS = 3;
export const QUOTING_KINDS = 2;

/** How many of the kinds of cue (advisory, safeguards) the text shows. */
function kindsShown(norm: string, words: ReadonlySet<string>, kinds: readonly PreparedCue[][]): number {
  let shown = 0;
  for (const kind of kinds) if (kind.some((cue) => cueMatches(cue, norm, words) >= 0)) shown++;
  return shown;
}

interface FieldText {
  field: Field;
  source: string;
  nz: Normalized;
  /** The text read back from translit into the main language, when it is typed in Latin letters. */
  read?: Normalized;
}

/** The first normalized index whose original offset is at or after `pos`. */
function viewIndexOf(nz: Normalized, pos: number): number {
  let lo = 0;
  let hi = nz.norm.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nz.starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Analyzer {
  constructor(readonly prepared: Prepared) {}

  /** The letters only this language writes among those of its script (patterns/languages.yaml), as a test. */
  private readonly ownLettersOf = new Map<CheckedLang, RegExp | undefined>();
  private ownLetters(lang: CheckedLang): RegExp | undefined {
    if (!this.ownLettersOf.has(lang)) {
      const letters = this.prepared.languages.get(lang)?.letters;
      this.ownLettersOf.set(lang, letters ? new RegExp(`[${letters}]`, 'u') : undefined);
    }
    return this.ownLettersOf.get(lang);
  }

  /** The spans of a matcher's parts that count: not negated in their clause, not in a warning. */
  private liveParts(
    norm: string,
    m: PreparedMatcher,
    lang: PreparedLang,
    warnings: Array<[number, number]>,
    sentences: Sentences,
  ): Span[][] {
    return partMatches(norm, m).map((spans, k) => {
      const own = m.parts[k]?.ownNegator ?? false;
      return spans.filter((s) => {
        if (inRanges(s.start, warnings)) return false;
        if (isNegated(norm, sentences.startOf(s.start), s.start, lang)) return false;
        return own || !hasInnerNegator(norm, s.start, s.end, lang);
      });
    });
  }

  /** Rule findings in one field, read by one language's catalogue. */
  /** Is `lang` read in a neighbour's spelling here: the neighbour is the main language or read too? */
  private respells(lang: CheckedLang, reading: LanguageReading): boolean {
    const from = this.prepared.languages.get(lang)?.respell?.from;
    return from !== undefined && (reading.lang === from || (reading.read as string[]).includes(from));
  }

  /**
   * `alsoWarn`: the other reading languages, whose warnings apply too. A sentence that warns in one of
   * them warns for every catalogue: a Ukrainian "це нелегальна робота" silences the Russian rules that
   * read the same Cyrillic words (the two catalogues share many), not only the Ukrainian ones. They are
   * found on the field as typed and carried over by source offsets, since `nz` may be respelled.
   */
  private matchField(
    f: FieldText,
    nz: Normalized,
    lang: PreparedLang,
    quoting: boolean,
    alsoWarn: readonly PreparedLang[],
  ): Finding[] {
    const norm = nz.norm;
    const ids = candidateMatchers(wordsOf(norm), lang);
    if (ids.length === 0) return [];
    const warnings = warningRanges(norm, lang);
    // A sentence written in this language's own letters (Ukrainian і, ї, є, ґ; Russian ы, э, ъ) is not
    // the other language's: its cue misreads it there (Russian "не платите" warns, Ukrainian "нічого не
    // платите" is an offer's terms: the Ukrainian imperative is "не платіть").
    const ownLetters = alsoWarn.length > 0 ? this.ownLetters(lang.lang) : undefined;
    for (const other of alsoWarn)
      for (const [a, b] of warningRanges(f.nz.norm, other)) {
        if (ownLetters?.test(f.nz.norm.slice(a, b))) continue;
        const [start, end] = toSourceRange(f.nz, a, b);
        warnings.push([viewIndexOf(nz, start), viewIndexOf(nz, end)]);
      }
    if (quoting) warnings.push(...quotedRanges(norm));
    const sentences = new Sentences(norm);
    const byRule = new Map<string, Finding>();
    const hits: Array<{ m: PreparedMatcher; span: Span }> = [];
    for (const id of ids) {
      const m = lang.matchers[id] as PreparedMatcher;
      if (byRule.has(m.rule.id)) continue;
      const parts = this.liveParts(norm, m, lang, warnings, sentences);
      for (const span of combine(parts, m.lead, m.within, sentences)) hits.push({ m, span });
    }
    for (const { m, span } of hits.sort((a, b) => a.span.start - b.span.start)) {
      if (byRule.has(m.rule.id)) continue; // one finding per rule: its first occurrence
      const unless = lang.unless.get(m.rule.id);
      if (unless) {
        const [s] = sentenceAt(norm, span.start);
        const [, e] = sentenceAt(norm, Math.max(span.start, span.end - 1));
        if (anyMatch(norm.slice(s, e), unless)) continue;
      }
      const [start, end] = toSourceRange(nz, span.start, span.end);
      byRule.set(m.rule.id, {
        rule: m.rule.id,
        category: m.rule.category,
        strength: m.rule.strength,
        evidence: f.source.slice(start, end),
        start,
        end,
        ...(f.field === 'text' ? {} : { field: f.field }),
        advice: m.rule.advice,
        phrase: quotedPhrase(f.source, { start, end }),
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
      phrase: quotedPhrase(f.source, { start, end }),
    };
  }

  /** Pay far above the reference, only when the ad also says no skills or experience are needed. */
  /** ISO codes of the countries the text names (its place lists), in the order they first appear. */
  private countriesOf(norm: string, lang: PreparedLang): string[] {
    const at: Array<[string, number]> = [];
    const words = new Set(wordsOf(norm));
    for (const [code, cue] of lang.places) {
      const at0 = cueMatches(cue, norm, words);
      if (at0 >= 0) at.push([code, at0]);
    }
    return at.sort((a, b) => a[1] - b[1]).map(([code]) => code);
  }

  /**
   * Pay far above the reference for unskilled work in the job's country (the countries the ad names,
   * else the currency's and the reader's: salary.ts), only when the ad also says no skills or
   * experience are needed.
   */
  private salaryFinding(fields: FieldText[], lang: PreparedLang, findings: Finding[]): Finding | undefined {
    const reader = LANGUAGES[lang.lang];
    // The countries the ad names are looked for only once an amount is found (most ads state none).
    let where: { countries: string[]; defaultCountry: string } | undefined;
    for (const f of fields) {
      if (f.field === 'employer') continue;
      // Translit is read in its language's words ("300 zl/ned vy4itaem": per week, a deduction).
      const nz = f.read ?? f.nz;
      const pays = findPay(nz.norm, { defaultCurrency: reader.currency as Currency });
      if (pays.length === 0) continue;
      where ??= {
        countries: [...new Set(fields.flatMap((x) => this.countriesOf((x.read ?? x.nz).norm, lang)))],
        defaultCountry: reader.country,
      };
      const known = where;
      const pay = pays.find((p) => isFarAbove(p, this.prepared.salary, known));
      if (!pay) continue;
      const noSkills =
        findings.some((x) => x.category === 'too-good') ||
        fields.some((x) => anyMatch((x.read ?? x.nz).norm, lang.noSkills));
      if (!noSkills) return undefined;
      const [start, end] = toSourceRange(nz, pay.start, pay.end);
      return this.builtin(HIGH_PAY_RULE, f, start, end);
    }
    return undefined;
  }

  private contactFinding(ad: AdInput, text: FieldText, lang: PreparedLang): Finding | undefined {
    const c = readContacts({
      text: text.source,
      norm: text.nz.norm,
      normToSource: (a, b) => toSourceRange(text.nz, a, b),
      employer: ad.employer,
      contacts: ad.contacts,
      country: LANGUAGES[lang.lang].country as CountryCode,
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

  /** compromise confirms negation around the English findings in the text. */
  private confirmEnglish(text: FieldText, findings: Finding[]): Finding[] {
    const english = findings.filter((f) => f.field === undefined && f.rule.startsWith('en.'));
    if (english.length === 0) return findings;
    const sentences = new Map<string, [number, number]>();
    for (const f of english) {
      // The sentence in source offsets, from the normalized sentence around the finding.
      const [s, e] = sentenceAt(text.nz.norm, viewIndexOf(text.nz, f.start));
      const [a, b] = toSourceRange(text.nz, s, Math.max(s + 1, e));
      // A run-on "sentence" (lists without full stops) is cut to a window around the finding.
      const range: [number, number] = [Math.max(a, f.start - NLP_WINDOW), Math.min(b, f.end + NLP_WINDOW)];
      sentences.set(range.join(':'), range);
    }
    const kept = new Set(dropNegatedEnglish(text.source, english, [...sentences.values()]));
    return findings.filter((f) => !english.includes(f) || kept.has(f));
  }

  async analyze(ad: AdInput, options: AnalyzeOptions = {}): Promise<Assessment> {
    const id = ad.id;
    const text = ad.text.slice(0, MAX_TEXT_LENGTH);
    const cut = ad.text.length > MAX_TEXT_LENGTH;
    const short = (s: string | undefined) => (s ? s.slice(0, MAX_FIELD_LENGTH) : undefined);
    const { lexicon } = this.prepared;
    const fields: FieldText[] = [{ field: 'text', source: text, nz: normalize(text, lexicon) }];
    for (const [field, value] of [
      ['title', short(ad.title)],
      ['salary', short(ad.salary)],
      ['employer', short(ad.employer)],
    ] as const) {
      if (value) fields.push({ field, source: value, nz: normalize(value, lexicon) });
    }
    const textField = fields[0] as FieldText;
    // The title and the text, one passage: what the language and the advisory cues are judged on.
    const titleAt = fields.findIndex((f) => f.field === 'title');
    const passage = (nz: readonly Normalized[]): string => {
      const title = titleAt < 0 ? undefined : nz[titleAt]?.norm;
      const body = (nz[0] as Normalized).norm; // fields[0] is the text
      return title ? `${title}\n${body}` : body;
    };
    const detectNorm = passage(fields.map((f) => f.nz));
    const detectWords = wordsOf(detectNorm);
    const reading = detectLanguage(detectNorm, detectWords, this.prepared, ad.lang);
    const base = id === undefined ? {} : { id };
    const partial = cut || reading.partial;
    const main = reading.read[0];
    if (main === undefined) {
      return { ...base, level: 'none', score: 0, lang: reading.lang, checked: false, partial, findings: [] };
    }

    // Latin-letter Russian or Ukrainian is read into Cyrillic once, for the advisory cues and the rules.
    const { translit } = reading;
    const translitNz = translit
      ? fields.map((f) => transliterate(f.nz, this.prepared, translit, f.source))
      : undefined;
    // A text that warns about lures quotes their phrases: it is advice, not an offer.
    const wordSet = new Set(detectWords);
    const shown = (pick: (l: PreparedLang) => readonly PreparedCue[][]) =>
      Math.max(
        ...reading.read.map((l) => {
          const lang = this.prepared.langs[l];
          if (l !== translit || !translitNz) return kindsShown(detectNorm, wordSet, pick(lang));
          const norm = passage(translitNz);
          return kindsShown(norm, new Set(wordsOf(norm)), pick(lang));
        }),
      );
    const kinds = shown((l) => l.advisory);
    if (kinds >= ADVISORY_KINDS) {
      return { ...base, level: 'none', score: 0, lang: reading.lang, checked: true, partial, findings: [] };
    }
    const quoting = kinds >= QUOTING_KINDS;

    let findings: Finding[] = [];
    for (const lang of CHECKED_LANGS) {
      const rules = this.prepared.langs[lang];
      const read = reading.read.includes(lang);
      // A neighbour's spelling (surzhyk: Russian words in Ukrainian letters) is read back into the
      // language's own; such an ad shows Ukrainian evidence only, so the language is read here even
      // without its own evidence when at least one respelled word is no word of the neighbour's.
      const respelled = this.respells(lang, reading)
        ? fields.map((f) => respell(f.nz, this.prepared, lang))
        : undefined;
      if (!read && !respelled?.some((r) => r.foreign >= SURZHYK_MIN_WORDS)) continue;
      fields.forEach((f, i) => {
        // The salary line is read too: "официально МРОТ, остальное наличными" is often only there.
        const nz =
          translit === lang && translitNz ? (translitNz[i] as Normalized) : (respelled?.[i]?.nz ?? f.nz);
        if (reading.translit === lang && lang === main) f.read = nz;
        // What warns in another reading language of the same letters warns for this catalogue too
        // (translit has its own text; an English cue such as "alert" in markup says nothing of Cyrillic).
        const script = LANGUAGES[lang].script;
        const alsoWarn =
          translit === lang
            ? []
            : reading.read
                .filter((l) => l !== lang && LANGUAGES[l].script === script)
                .map((l) => this.prepared.langs[l as CheckedLang]);
        findings.push(...this.matchField(f, nz, rules, quoting, alsoWarn));
      });
    }
    // Two catalogues may quote the same words (Russian and Ukrainian share many): keep one per rule.
    findings = [...new Map(findings.map((f) => [f.rule, f])).values()];
    findings = this.confirmEnglish(textField, findings);

    const rules = this.prepared.langs[main as CheckedLang];
    const pay = this.salaryFinding(fields, rules, findings);
    if (pay) findings.push(pay);
    // Only a mobile or a messenger is a weak signal, which alone never warns: read the contacts (the
    // phone parser is the costliest step of an ordinary ad) only when something else was found.
    if (findings.length > 0) {
      const mobile = this.contactFinding(ad, textField, rules);
      if (mobile) findings.push(mobile);
    }
    if (quoting) {
      // In a text that warns, what it quotes or lists is an example, not this ad's offer.
      const quoted = quotedRanges(textField.nz.norm).map(([a, b]) => toSourceRange(textField.nz, a, b));
      findings = findings.filter((f) => f.field !== undefined || !inRanges(f.start, quoted));
    }

    findings.sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '') || a.start - b.start);
    // Lawful safeguards stated outright (the passport stays with you, no fee, a licence number): looked
    // for only where something was found, since they can only lower a level.
    const safeguards = findings.length > 0 ? shown((l) => l.safeguards) : 0;
    const { level, score } = scoreFindings(findings, options.sensitivity, safeguards);
    return { ...base, level, score, lang: reading.lang, checked: true, partial, findings };
  }
}
