import { TEMPLATE_IDS, TEMPLATE_INFO, type TemplateId } from '../../../../src-shared/templates';
import { currentLang } from '../../i18n';
import { useBundle } from '../budget/use-bundle';
import { PlanImportButton } from '../files/PlanImportButton';
import { templateStrings } from './templates-i18n';
import './templates.css';

/**
 * What a workspace without plans shows: the four templates as cards (a click opens the template
 * dialog on that template: the plan list owns the dialog, so it outlives this page once the
 * plan exists) and how to bring in a colleague's plan file.
 */
export function FirstStart({
  onOpen,
  onChoose,
}: {
  onOpen: (planId: string) => void;
  onChoose: (templateId: TemplateId) => void;
}) {
  const { t, i18n } = useBundle('templates', templateStrings);
  const lang = currentLang(i18n.language);
  return (
    <section className="first-start" data-testid="first-start">
      <h2>{t('templates:firstTitle')}</h2>
      <p className="muted">{t('templates:firstLead')}</p>
      <div className="template-cards">
        {TEMPLATE_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="template-card"
            onClick={() => onChoose(id)}
            data-testid={`template-card-${id}`}
          >
            <strong>{lang === 'zh-CN' ? TEMPLATE_INFO[id].nameZh : TEMPLATE_INFO[id].nameEn}</strong>
            <span className="muted">{t(`templates:describe.${id}`)}</span>
          </button>
        ))}
      </div>
      <div className="first-import">
        <p>{t('templates:firstImport')}</p>
        <PlanImportButton onOpen={onOpen} testId="first-start-import" />
      </div>
    </section>
  );
}
