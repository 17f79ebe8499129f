import type { ReactNode } from 'react';
import type { FieldKey, SectionField, SectionForm } from '@/lib/settings/template-form';
import { SectionRole } from '@/lib/structure/template-schema';
import { type MessageKey, t } from '../../i18n';

const ROLE_LABELS: Record<SectionRole, MessageKey> = {
  opening: 'templateRoleOpening',
  results: 'templateRoleResults',
  duties: 'templateRoleDuties',
  integrity: 'templateRoleIntegrity',
  problems: 'templateRoleProblems',
  causes: 'templateRoleCauses',
  plans: 'templateRolePlans',
  closing: 'templateRoleClosing',
  de: 'templateRoleDe',
  neng: 'templateRoleNeng',
  qin: 'templateRoleQin',
  ji: 'templateRoleJi',
  lian: 'templateRoleLian',
  situation: 'templateRoleSituation',
  experience: 'templateRoleExperience',
  suggestions: 'templateRoleSuggestions',
  aspect: 'templateRoleAspect',
  other: 'templateRoleOther',
};

/** How the editor wires one input: its element id, its error state, and the message beside it. */
export interface FieldWiring {
  id(key: FieldKey): string;
  invalid(key: FieldKey): { 'aria-invalid'?: true; 'aria-describedby'?: string };
  error(key: FieldKey): ReactNode;
}

/** A labelled input with its error message beside it. */
export function Field({
  wiring,
  field,
  label,
  children,
}: {
  wiring: FieldWiring;
  field: FieldKey;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="tpl-field">
      <label htmlFor={wiring.id(field)}>{label}</label>
      {children}
      {wiring.error(field)}
    </div>
  );
}

interface Props {
  index: number;
  count: number;
  section: SectionForm;
  wiring: FieldWiring;
  onChange(section: SectionForm): void;
  onMove(index: number, by: -1 | 1): void;
  onRemove(index: number): void;
}

/** One section of the template editor: titles, aliases, whether it is required, lengths, hints, role. */
export function SectionFields({ index, count, section, wiring, onChange, onMove, onRemove }: Props) {
  const key = (field: SectionField): FieldKey => `sections.${index}.${field}`;
  const text = (
    field: 'titleZh' | 'titleEn' | 'aliases' | 'cues' | 'minLength' | 'maxLength' | 'hintZh' | 'hintEn',
  ) => ({
    id: wiring.id(key(field)),
    value: section[field],
    onChange: (event: { target: { value: string } }) => onChange({ ...section, [field]: event.target.value }),
    ...wiring.invalid(key(field)),
  });
  const zh = t('uiLang').startsWith('zh');
  const base = wiring.id(`sections.${index}.titleZh`);
  return (
    <fieldset className="tpl-section">
      <legend>
        {t('templateSectionNumber', String(index + 1))} {zh ? section.titleZh : section.titleEn}
      </legend>
      <div className="tpl-pair">
        <Field wiring={wiring} field={key('titleZh')} label={t('templateFieldTitleZh')}>
          <input type="text" {...text('titleZh')} />
        </Field>
        <Field wiring={wiring} field={key('titleEn')} label={t('templateFieldTitleEn')}>
          <input type="text" {...text('titleEn')} />
        </Field>
      </div>
      <Field wiring={wiring} field={key('aliases')} label={t('templateFieldAliases')}>
        <textarea rows={3} {...text('aliases')} />
      </Field>
      <Field wiring={wiring} field={key('cues')} label={t('check_sectionCues')}>
        <textarea rows={2} {...text('cues')} />
      </Field>
      <div className="tpl-row">
        <div className="tpl-field">
          <label className="check">
            <input
              type="checkbox"
              id={wiring.id(key('required'))}
              checked={section.required}
              onChange={(event) => onChange({ ...section, required: event.target.checked })}
              {...wiring.invalid(key('required'))}
            />
            {t('templateFieldRequired')}
          </label>
          {wiring.error(key('required'))}
        </div>
        <Field wiring={wiring} field={key('minLength')} label={t('templateFieldMin')}>
          <input type="number" min={0} step={1} inputMode="numeric" {...text('minLength')} />
        </Field>
        <Field wiring={wiring} field={key('maxLength')} label={t('templateFieldMax')}>
          <input type="number" min={1} step={1} inputMode="numeric" {...text('maxLength')} />
        </Field>
        <Field wiring={wiring} field={key('role')} label={t('templateFieldRole')}>
          <select
            id={wiring.id(key('role'))}
            value={section.role}
            onChange={(event) => onChange({ ...section, role: SectionRole.parse(event.target.value) })}
            {...wiring.invalid(key('role'))}
          >
            {SectionRole.options.map((role) => (
              <option key={role} value={role}>
                {t(ROLE_LABELS[role])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="tpl-pair">
        <Field wiring={wiring} field={key('hintZh')} label={t('templateFieldHintZh')}>
          <textarea rows={2} {...text('hintZh')} />
        </Field>
        <Field wiring={wiring} field={key('hintEn')} label={t('templateFieldHintEn')}>
          <textarea rows={2} {...text('hintEn')} />
        </Field>
      </div>
      <div className="row-actions">
        <button type="button" id={`${base}-up`} disabled={index === 0} onClick={() => onMove(index, -1)}>
          {t('templateSectionUp')}
        </button>
        <button type="button" id={`${base}-down`} disabled={index === count - 1} onClick={() => onMove(index, 1)}>
          {t('templateSectionDown')}
        </button>
        <button type="button" disabled={count === 1} onClick={() => onRemove(index)}>
          {t('templateSectionRemove')}
        </button>
      </div>
    </fieldset>
  );
}
