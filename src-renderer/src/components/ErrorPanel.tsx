import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';
import { errorText } from '../state/error-text';

export function ErrorPanel({ error, title }: { error: unknown; title?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <strong>{title ?? t('errors.loadFailed')}</strong>
      <span>{errorText(error, currentLang(i18n.language))}</span>
    </div>
  );
}
