/**
 * Help lines outside Russia, chosen by the browser's region. The numbers are data (helplines.json) with
 * their source and the date they were checked; names and notes are message keys, so both languages show.
 */
import { z } from 'zod';
import type { MessageKey } from '../i18n';
import data from './helplines.json';

const HelplineSchema = z.object({
  id: z.string(),
  /** ISO 3166 regions where the line applies; `*` for everywhere. */
  regions: z.array(z.string().regex(/^([A-Z]{2}|\*)$/)).min(1),
  name: z.string().regex(/^hl_/),
  note: z.string().regex(/^hl_/),
  /** As people dial it locally. */
  phone: z.string().optional(),
  /** For the tel: link. */
  tel: z
    .string()
    .regex(/^\+?\d+$/)
    .optional(),
  sms: z.string().optional(),
  /** The line's own site: where the number was taken from. */
  url: z.url(),
});
export type Helpline = Omit<z.infer<typeof HelplineSchema>, 'name' | 'note'> & {
  name: MessageKey;
  note: MessageKey;
};

const HelplinesFileSchema = z.object({
  checkedOn: z.iso.date(),
  checkedAgainst: z.string(),
  lines: z.array(HelplineSchema),
});

// Parsed once at load: a typo in the JSON fails the unit test and the build, not the user.
const file = HelplinesFileSchema.parse(data);
// name/note are checked against the locales by tests/unit/knowledge; the regex above keeps them in hl_*.
export const HELPLINES = file.lines as Helpline[];
export const HELPLINES_CHECKED_ON = file.checkedOn;

export interface HelplineChoice {
  /** Lines for the user's region, then the ones that apply everywhere. */
  regional: Helpline[];
  /** Every other country's line, so someone abroad or with another browser region still finds it. */
  others: Helpline[];
}

export function chooseHelplines(region: string | undefined): HelplineChoice {
  const here = (line: Helpline): boolean => region !== undefined && line.regions.includes(region);
  const everywhere = (line: Helpline): boolean => line.regions.includes('*');
  return {
    regional: [...HELPLINES.filter(here), ...HELPLINES.filter(everywhere)],
    others: HELPLINES.filter((line) => !here(line) && !everywhere(line)),
  };
}
