import { IOM_SOURCE_URL } from '../../knowledge/content';
import { useT } from './i18n-context';

/** The attribution under every piece of IOM Russia guidance. */
export function IomSource() {
  const { t } = useT();
  return (
    <p class="js-source">
      <a href={IOM_SOURCE_URL} target="_blank" rel="noopener noreferrer">
        {t('ui_source_iom')}
      </a>
    </p>
  );
}
