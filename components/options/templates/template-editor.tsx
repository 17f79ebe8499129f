import { type FormEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { database } from '@/lib/db/tianbao';
import {
  bareMessage,
  type FieldKey,
  fromForm,
  idTakenError,
  newSection,
  placeErrors,
  type SectionForm,
  type TemplateForm,
} from '@/lib/settings/template-form';
import { saveUserTemplate } from '@/lib/settings/templates';
import { StoreError } from '@/lib/snippets/store';
import { parseTemplate, type SchemaError, type Template } from '@/lib/structure';
import { storeErrorMessage, t } from '../../i18n';
import { LayoutFields } from './template-layouts';
import { Field, type FieldWiring, SectionFields } from './template-sections';

interface Props {
  initial: TemplateForm;
  /** A new genre: its id can be chosen, and must not be one another template has. */
  isNew: boolean;
  /** The template being edited is a built-in (what is saved is the user's copy that replaces it). */
  builtin: boolean;
  /** Every template listed, to refuse a new genre's id that is taken. */
  existing: readonly Template[];
  /** Leaves the editor: with the saved template, or undefined when cancelled. */
  onClose(saved: Template | undefined): void;
}

/** The form that edits a template (or creates one) and shows each problem beside its input. */
export function TemplateEditor({ initial, isNew, builtin, existing, onClose }: Props) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<SchemaError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // Bumped on each refused save, so focus moves to the first problem even when the errors look the same.
  const [attempt, setAttempt] = useState(0);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const zh = t('uiLang').startsWith('zh');
  const base = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const placed = useMemo(() => placeErrors(errors), [errors]);

  const domId = (key: FieldKey | string) => `${base}-${key.replace(/\./g, '-')}`;
  const wiring: FieldWiring = {
    id: domId,
    invalid: (key) =>
      placed.byField.has(key) ? { 'aria-invalid': true, 'aria-describedby': `${domId(key)}-error` } : {},
    error: (key) => {
      const list = placed.byField.get(key);
      if (!list) return null;
      return (
        <span className="field-error" id={`${domId(key)}-error`}>
          {list
            .map(({ error, entry }) =>
              entry === undefined
                ? bareMessage(error, zh)
                : t('templateEditorEntry', [String(entry + 1), bareMessage(error, zh)]),
            )
            .join(zh ? '；' : '; ')}
        </span>
      );
    },
  };

  useEffect(() => {
    // Opening the editor puts the caret in its first input, so Esc and Tab work from there.
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  useEffect(() => {
    if (attempt === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? summaryRef.current)?.focus();
  }, [attempt]);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const update = (patch: Partial<TemplateForm>) => setForm((current) => ({ ...current, ...patch }));
  // Moving, adding or removing a section renumbers the fields, so old messages would stand beside the wrong ones.
  const restructure = (sections: SectionForm[], focus: string) => {
    setErrors([]);
    setForm((current) => ({ ...current, sections }));
    setFocusTarget({ id: focus });
  };
  const move = (index: number, by: -1 | 1) => {
    const sections = [...form.sections];
    const [section] = sections.splice(index, 1);
    if (!section) return;
    const to = index + by;
    sections.splice(to, 0, section);
    // The same button at the section's new place, or the other one when that end disables it.
    const button = by < 0 ? (to === 0 ? 'down' : 'up') : to === sections.length - 1 ? 'up' : 'down';
    restructure(sections, `${domId(`sections.${to}.titleZh`)}-${button}`);
  };
  const remove = (index: number) =>
    restructure(
      form.sections.filter((_, i) => i !== index),
      `${base}-add-section`,
    );
  const add = () =>
    restructure([...form.sections, newSection(form)], domId(`sections.${form.sections.length}.titleZh`));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = parseTemplate(fromForm(form));
    const taken = isNew ? idTakenError(form.id, existing) : undefined;
    const problems = [...(taken ? [taken] : []), ...(parsed.ok ? [] : parsed.errors)];
    if (!parsed.ok || problems.length > 0) {
      setErrors(problems);
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const result = await saveUserTemplate(database(), JSON.stringify(parsed.template));
      if (!result.ok) {
        setErrors(result.errors);
        setAttempt((n) => n + 1);
        return;
      }
      onClose(result.template);
    } catch (error) {
      // What the user typed stays in the form; the stored templates are as they were.
      setFailure(storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable'));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(undefined);
    }
  };

  const input = (key: 'id' | 'nameZh' | 'nameEn' | 'keywords' | 'openings' | 'closings') => ({
    id: domId(key),
    value: form[key],
    onChange: (event: { target: { value: string } }) => update({ [key]: event.target.value }),
    ...wiring.invalid(key),
  });
  const heading = isNew
    ? t('templateEditorNewHeading')
    : t('templateEditorHeading', zh ? initial.nameZh : initial.nameEn);
  return (
    <form
      className="template-editor"
      ref={formRef}
      onSubmit={save}
      onKeyDown={onKeyDown}
      aria-labelledby={`${base}-heading`}
      noValidate
    >
      <h3 id={`${base}-heading`}>{heading}</h3>
      {builtin && <p className="muted">{t('templateEditorBuiltinNote')}</p>}
      {errors.length > 0 && (
        <div className="form-summary" ref={summaryRef} tabIndex={-1} role="alert">
          {t('templateEditorSummary', String(errors.length))}
          {placed.unplaced.length > 0 && (
            <ul>
              {placed.unplaced.map((error) => (
                <li key={error.path + error.zh}>{zh ? error.zh : error.en}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="tpl-pair">
        <Field wiring={wiring} field="nameZh" label={t('templateFieldNameZh')}>
          <input type="text" {...input('nameZh')} />
        </Field>
        <Field wiring={wiring} field="nameEn" label={t('templateFieldNameEn')}>
          <input type="text" {...input('nameEn')} />
        </Field>
      </div>
      {isNew && (
        <Field wiring={wiring} field="id" label={t('templateFieldId')}>
          <input type="text" spellCheck={false} {...input('id')} />
          <small className="muted">{t('templateFieldIdHint')}</small>
        </Field>
      )}
      <Field wiring={wiring} field="keywords" label={t('templateFieldKeywords')}>
        <textarea rows={3} {...input('keywords')} />
      </Field>
      <div className="tpl-pair">
        <Field wiring={wiring} field="openings" label={t('templateFieldOpenings')}>
          <textarea rows={3} {...input('openings')} />
        </Field>
        <Field wiring={wiring} field="closings" label={t('templateFieldClosings')}>
          <textarea rows={3} {...input('closings')} />
        </Field>
      </div>
      <h4>{t('templateSectionsHeading')}</h4>
      {form.sections.map((section, index) => (
        <SectionFields
          // Sections keep their template ids, so a moved section keeps its inputs.
          key={section.id}
          index={index}
          count={form.sections.length}
          section={section}
          wiring={wiring}
          onChange={(next) =>
            setForm((current) => ({ ...current, sections: current.sections.map((s, i) => (i === index ? next : s)) }))
          }
          onMove={move}
          onRemove={remove}
        />
      ))}
      <div>
        <button type="button" id={`${base}-add-section`} onClick={add}>
          {t('templateSectionAdd')}
        </button>
      </div>
      <LayoutFields
        form={form}
        wiring={wiring}
        onChange={(layouts) => {
          // Adding or removing a layout renumbers its fields, as sections do.
          setErrors([]);
          update({ layouts });
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => onClose(undefined)}>
          {t('mgrCancel')}
        </button>
        <span className="muted">{t('mgrEscHint')}</span>
      </div>
      {failure && (
        <div className="status error" role="alert">
          {failure}
        </div>
      )}
    </form>
  );
}
