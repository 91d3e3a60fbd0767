/**
 * Help lines outside Russia's IOM hotline (which is in content.ts). The numbers are data (helplines.json),
 * each with the pages it was checked against and the date; names and notes are message keys, so every
 * interface language shows them. Each number says where it can be dialled from, so the Help tab makes
 * it a call link only there (an 8-800 or 116 number does not work from another country).
 */
import { z } from 'zod';
import type { MessageKey } from '../i18n';
import data from './helplines.json';

/** ISO 3166 regions, or `*` for "from anywhere" (a number in international format). */
const RegionsSchema = z.array(z.string().regex(/^([A-Z]{2}|\*)$/)).min(1);

const NumberSchema = z.object({
  /** As people dial it where it works. */
  display: z.string().min(1),
  /** For the tel: link: digits, with a leading + for an international number. */
  tel: z.string().regex(/^\+?\d+$/),
  /** Where this number can be dialled from. */
  from: RegionsSchema,
});

const HelplineSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Countries the line serves; `*` for everywhere. */
  regions: RegionsSchema,
  /** Interface languages whose readers get this line among the first wherever they are (Ukrainians abroad). */
  languages: z.array(z.string()).optional(),
  name: z.string().regex(/^hl_/),
  note: z.string().regex(/^hl_/),
  /** Phone numbers; none for a line reached only through its site. */
  numbers: z.array(NumberSchema),
  sms: z.object({ display: z.string().regex(/^\d+$/), from: RegionsSchema }).optional(),
  /** The line's own site, for the "open website" link. */
  url: z.url().optional(),
  /** The pages the number and the note were checked against (official or NGO pages). */
  sources: z.array(z.url()).min(1),
  checkedOn: z.iso.date(),
});

export type HelplineNumber = z.infer<typeof NumberSchema>;
export type Helpline = Omit<z.infer<typeof HelplineSchema>, 'name' | 'note'> & {
  name: MessageKey;
  note: MessageKey;
};

const HelplinesFileSchema = z.object({
  checkedAgainst: z.string(),
  lines: z.array(HelplineSchema),
});

// Parsed once at load: a typo in the JSON fails the unit test and the build, not the user.
const file = HelplinesFileSchema.parse(data);
// name/note are checked against the locales by tests/unit/knowledge; the regex above keeps them in hl_*.
export const HELPLINES = file.lines as Helpline[];

/** Where the person is, as far as JobSafe knows: the candidate countries, and whether the user said so. */
export interface Place {
  /** ISO regions; several when guessed from the browser, one when chosen, none for "another country". */
  regions: readonly string[];
  /** True when the user chose the country; false for a guess from the browser's languages. */
  chosen: boolean;
}

/** Whether a number with this `from` list can be dialled from the place (any candidate region). */
export function canDial(from: readonly string[], place: Place): boolean {
  return from.includes('*') || place.regions.some((r) => from.includes(r));
}

export interface HelplineChoice {
  /** Lines for the place, then lines for the interface language's readers abroad, then the global ones. */
  here: Helpline[];
  /** Every other country's line, so no line is ever hidden. */
  others: Helpline[];
}

export function chooseHelplines(place: Place, uiLang?: string): HelplineChoice {
  const local = (line: Helpline): boolean => line.regions.some((r) => place.regions.includes(r));
  const forReaders = (line: Helpline): boolean =>
    uiLang !== undefined && (line.languages ?? []).includes(uiLang);
  const everywhere = (line: Helpline): boolean => line.regions.includes('*');
  const ordered = [
    ...HELPLINES.filter(local),
    ...HELPLINES.filter((l) => !local(l) && forReaders(l)),
    ...HELPLINES.filter((l) => !local(l) && !forReaders(l) && everywhere(l)),
  ];
  return { here: ordered, others: HELPLINES.filter((l) => !ordered.includes(l)) };
}
