/**
 * The country chooser for help lines, shared by the popup's Help tab and the options page. The first
 * option is the browser guess (`auto`), the last "another country"; the countries come from the help
 * line data (src/knowledge/place.ts) with names in the interface language.
 */
import { regionChoices } from '../../knowledge/place';
import type { RegionSetting } from '../../knowledge/place';
import { useT } from './i18n-context';

export function RegionSelect({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: RegionSetting;
  onChange: (region: RegionSetting) => void;
  describedBy?: string;
}) {
  const { t, region } = useT();
  const choices = regionChoices(region);
  // A stored code JobSafe no longer lists still shows as itself rather than jumping to the guess.
  const known = value === 'auto' || value === 'other' || choices.includes(value);
  return (
    <select
      id={id}
      name="region"
      value={value}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      <option value="auto">{t('help_place_auto')}</option>
      {!known && <option value={value}>{region(value)}</option>}
      {choices.map((code) => (
        <option key={code} value={code}>
          {region(code)}
        </option>
      ))}
      <option value="other">{t('help_place_elsewhere')}</option>
    </select>
  );
}
