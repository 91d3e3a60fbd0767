/**
 * Contacts in an ad: phone numbers found and typed with libphonenumber-js (max metadata: the small
 * metadata cannot tell mobile from fixed line), messenger mentions and @handles, and whether the ad
 * names a company, an office, an address or a website. IOM red flag 2: only a mobile phone, no office.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { anyMatch, execAll } from './sentences';

/** `fixed-or-mobile`: numbering plans (US, Canada) that do not tell the two apart. */
export type PhoneKind = 'mobile' | 'fixed-line' | 'fixed-or-mobile' | 'toll-free' | 'other';

export interface Phone {
  number: string;
  kind: PhoneKind;
  /** Offsets into the string the phone was found in. */
  start: number;
  end: number;
  where: 'text' | 'contacts';
}

export interface Contacts {
  phones: Phone[];
  /** Messenger mentions and handles in the text (original offsets). */
  messengers: Array<{ start: number; end: number }>;
  /** The ad names a company, office, address or website, or has an office or toll-free number. */
  identified: boolean;
}

const HANDLE = /(?<![\p{L}\p{N}_.@])@[a-z][a-z0-9_]{3,31}(?![\p{L}\p{N}_])/giu;
const MESSENGER_LINK = /(?:https?:\/\/)?(?:t\.me|wa\.me|telegram\.me|viber\.click)\/[\w+-]+/giu;
/** Web sites other than messenger links; e-mail addresses do not count (free mail is not an office). */
const WEBSITE =
  /(?:https?:\/\/|www\.)(?!t\.me|wa\.me|telegram\.me)[^\s]+|(?<![@\w.-])[a-z0-9-]{2,}\.(?:ru|рф|com|org|net|ua|kz|by|de|eu|io|uz)(?![\w.-]*@)(?![\p{L}\p{N}])/iu;

function kindOf(type: string | undefined): PhoneKind {
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE') return 'fixed-line';
  if (type === 'FIXED_LINE_OR_MOBILE') return 'fixed-or-mobile';
  if (type === 'TOLL_FREE' || type === 'SHARED_COST') return 'toll-free';
  return 'other';
}

export function findPhones(text: string, country: CountryCode, where: Phone['where']): Phone[] {
  return findPhoneNumbersInText(text, country).map((m) => ({
    number: m.number.number,
    kind: kindOf(m.number.getType()),
    start: m.startsAt,
    end: m.endsAt,
    where,
  }));
}

export interface ContactInput {
  text: string;
  /** Normalized text, for the messenger and company expressions. */
  norm: string;
  normToSource: (a: number, b: number) => [number, number];
  employer?: string;
  contacts?: readonly string[];
  country: CountryCode;
  messengerRes: readonly RegExp[];
  companyRes: readonly RegExp[];
}

export function readContacts(input: ContactInput): Contacts {
  // The phone finder is the costliest step here; text without a run of digits has no number.
  const phones = /\d{3}/.test(input.text) ? findPhones(input.text, input.country, 'text') : [];
  for (const c of input.contacts ?? []) phones.push(...findPhones(c, input.country, 'contacts'));
  const messengers: Contacts['messengers'] = [];
  for (const re of input.messengerRes) {
    re.lastIndex = 0;
    for (const m of execAll(re, input.norm)) {
      const [start, end] = input.normToSource(m.index, m.index + m[0].length);
      messengers.push({ start, end });
    }
  }
  for (const re of [HANDLE, MESSENGER_LINK]) {
    for (const m of execAll(re, input.text)) messengers.push({ start: m.index, end: m.index + m[0].length });
  }
  if (phones.length === 0 && messengers.length === 0) return { phones, messengers, identified: false };
  const contactsText = (input.contacts ?? []).join('\n');
  const identified =
    Boolean(input.employer?.trim()) ||
    phones.some((p) => p.kind === 'fixed-line' || p.kind === 'toll-free') ||
    anyMatch(input.norm, input.companyRes) ||
    WEBSITE.test(`${input.text}\n${contactsText}`.replace(MESSENGER_LINK, ' '));
  return { phones, messengers, identified };
}
