import { type LayoutForm, newLayout, type TemplateForm } from '@/lib/settings/template-form';
import { t } from '../../i18n';
import { Field, type FieldWiring } from './template-sections';

/**
 * The layouts of a genre in the templates editor: each a name and, per section, whether the layout
 * has it and whether it may be left out. The check follows the layout that fits the text best.
 */
export function LayoutFields({
  form,
  wiring,
  onChange,
}: {
  form: TemplateForm;
  wiring: FieldWiring;
  onChange(layouts: LayoutForm[]): void;
}) {
  const zh = t('uiLang').startsWith('zh');
  const set = (index: number, next: LayoutForm) => onChange(form.layouts.map((l, i) => (i === index ? next : l)));
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  return (
    <>
      <h4>{t('check_layoutsHeading')}</h4>
      <p className="muted">{t('check_layoutsIntro')}</p>
      {form.layouts.map((layout, index) => (
        <fieldset key={layout.id} className="tpl-section tpl-layout">
          <legend>
            {t('check_layoutLegend', String(index + 1))} {zh ? layout.nameZh : layout.nameEn}
          </legend>
          <div className="tpl-pair">
            <Field wiring={wiring} field={`layouts.${index}.nameZh`} label={t('check_layoutNameZh')}>
              <input
                type="text"
                id={wiring.id(`layouts.${index}.nameZh`)}
                value={layout.nameZh}
                onChange={(event) => set(index, { ...layout, nameZh: event.target.value })}
                {...wiring.invalid(`layouts.${index}.nameZh`)}
              />
            </Field>
            <Field wiring={wiring} field={`layouts.${index}.nameEn`} label={t('check_layoutNameEn')}>
              <input
                type="text"
                id={wiring.id(`layouts.${index}.nameEn`)}
                value={layout.nameEn}
                onChange={(event) => set(index, { ...layout, nameEn: event.target.value })}
                {...wiring.invalid(`layouts.${index}.nameEn`)}
              />
            </Field>
          </div>
          <table className="tpl-layout-sections" id={wiring.id(`layouts.${index}.sections`)}>
            <thead>
              <tr>
                <th />
                <th>{t('check_layoutHas')}</th>
                <th>{t('check_layoutOptional')}</th>
              </tr>
            </thead>
            <tbody>
              {form.sections.map((section) => {
                const title = (zh ? section.titleZh : section.titleEn) || section.id;
                const has = layout.sections.includes(section.id);
                return (
                  <tr key={section.id}>
                    <td>{title}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('check_layoutHas')} ${title}`}
                        checked={has}
                        onChange={(event) =>
                          set(index, { ...layout, sections: toggle(layout.sections, section.id, event.target.checked) })
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('check_layoutOptional')} ${title}`}
                        checked={layout.optional.includes(section.id)}
                        disabled={!has || !section.required}
                        onChange={(event) =>
                          set(index, { ...layout, optional: toggle(layout.optional, section.id, event.target.checked) })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {wiring.error(`layouts.${index}.sections`)}
          <button type="button" onClick={() => onChange(form.layouts.filter((_, i) => i !== index))}>
            {t('check_layoutRemove')}
          </button>
        </fieldset>
      ))}
      <div>
        <button type="button" onClick={() => onChange([...form.layouts, newLayout(form)])}>
          {t('check_layoutAdd')}
        </button>
      </div>
    </>
  );
}
