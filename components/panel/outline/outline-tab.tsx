import './outline.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { mergeEdits } from '@/lib/analysis/edits';
import {
  type FieldSectionState,
  formOutline,
  headingInsertion,
  type Outline,
  outlineOf,
  type SectionState,
} from '@/lib/analysis/outline';
import { pageGenre } from '@/lib/analysis/page-genre';
import { fieldRole } from '@/lib/analysis/sections';
import { database } from '@/lib/db/tianbao';
import { type FieldContext, FormScan, type FromPanel, parseMessage } from '@/lib/messages';
import { effectivePreferences } from '@/lib/settings/policy';
import { loadPreferences, type Preferences } from '@/lib/settings/preferences';
import { updateSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { loadProfile } from '@/lib/snippets/profile';
import { type Template, withUserTemplates } from '@/lib/structure';
import { type MessageKey, t } from '../../i18n';
import { keepsSiteSettings, useSiteSettings } from '../../options/sites/site-settings';
import { usePolicy } from '../../policy';
import { ExportWordButton } from '../../word-export';

const STATE_LABEL: Record<SectionState, MessageKey> = {
  present: 'outlinePresent',
  missing: 'outlineMissing',
  optional: 'outlineOptional',
  thin: 'outlineThin',
  empty: 'outlineEmpty',
  order: 'outlineOrder',
  twice: 'outlineTwice',
};

/**
 * 提纲: the sections the report in the current field should have, in order, each with its hint and
 * its state in what is written; a written section is one click from its text. An empty field can
 * take the whole outline in one click. The genre is detected and can be changed.
 */
export function OutlineTab({
  context,
  site,
  send,
  onChanged,
}: {
  context: FieldContext | null;
  /** The page's site: the genre chosen here is remembered for it. */
  site: string | null;
  send: (message: FromPanel) => Promise<unknown>;
  onChanged: () => void;
}) {
  // The built-in templates alone when the database cannot be read.
  const user = useLiveQuery(() => loadUserTemplates(database()).catch(() => []), []);
  const profile = useLiveQuery(() => loadProfile(database()).catch(() => ({})), []);
  const own = useLiveQuery(() => loadPreferences(database()).catch((): Preferences => ({})), []);
  const policy = usePolicy();
  const preferences = own && policy ? effectivePreferences(own, policy.policy).preferences : undefined;
  const siteSettings = useSiteSettings(site);
  const [chosen, setChosen] = useState<string>();
  const genre = chosen ?? siteSettings?.genre;
  const choose = (id: string) => {
    setChosen(id);
    if (site && keepsSiteSettings()) void updateSite(browser.storage.local, site, { genre: id }).catch(() => undefined);
  };
  // The whole form, read again whenever the field is (the panel opening, a pause in typing): a
  // form with one field per section is outlined field by field.
  const [scan, setScan] = useState<FormScan | null>(null);
  useEffect(() => {
    if (context === undefined) return;
    void send({ type: 'form:scan' })
      .then((reply) => setScan(parseMessage(FormScan, reply) ?? null))
      .catch(() => undefined);
  }, [context, send]);
  if (user === undefined || preferences === undefined) return null;
  const templates = withUserTemplates(user);
  // Without the writer's choice, the genre the whole page points to (its titles, the form's heading).
  const pageGuess = genre === undefined && scan ? pageGenre(scan, templates) : undefined;
  const byField = scan && formOutline(scan, templates, genre ?? pageGuess);
  if (byField && (!context?.fieldId || fieldRole(context.label, templates, genre ?? pageGuess).kind !== 'report')) {
    return (
      <div className="outline">
        <GenreSelect templates={templates} value={byField.genre} detected={genre === undefined} onChange={choose} />
        <p className="muted">{t('outlineByField')}</p>
        <ol className="outline-rows" aria-label={t('outlineSectionList')}>
          {byField.rows.map((row) => (
            <li key={row.id} className={`outline-row ${FIELD_STATE_CLASS[row.state]}`} data-section={row.id}>
              <button
                type="button"
                disabled={!row.field}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() =>
                  row.field &&
                  void send({
                    type: 'field:locate',
                    frameId: row.field.frameId,
                    fieldId: row.field.id,
                    start: 0,
                    end: 0,
                  })
                }
              >
                <span className="state">{t(FIELD_STATE_LABEL[row.state])}</span>
                <span className="outline-title">{row.title}</span>
                <span className="outline-hint">
                  {row.field
                    ? t('outlineFieldIs', [row.field.label, String(row.field.length)])
                    : t('outlineNoFieldFor')}
                </span>
                {row.hint && <span className="outline-hint">{row.hint}</span>}
              </button>
            </li>
          ))}
        </ol>
        <div className="outline-export">
          <ExportWordButton
            label={t('word_exportForm')}
            source={async () => {
              const { formReport } = await import('@/lib/word/form-report');
              const fields = scan.frames.flatMap((frame) => frame.fields.filter((field) => field.visible));
              const report = formReport(fields, templates, byField.genre);
              return report.title ? { text: report.text, title: report.title } : { text: report.text };
            }}
          />
        </div>
      </div>
    );
  }
  if (!context?.fieldId) return <p className="muted pad">{t('outlineNoField')}</p>;
  // The default genre of the settings, for a field that can hold a report (not a one-line input).
  const fallback = context.kind === 'input' ? undefined : preferences.defaultGenre;
  const outline: Outline | undefined = outlineOf(context.label, context.text, templates, genre ?? pageGuess, {
    fallback,
    profile: profile ?? {},
  });
  if (!outline) return <p className="muted pad">{t('outlineNoField')}</p>;
  const { frameId, fieldId } = context;

  // A missing section's heading goes where the template has it, the numbers of the headings after
  // it moved on: one edit of the field, undone by one Ctrl+Z.
  const insertHeading = async (index: number) => {
    const insertion = headingInsertion(context.text, outline.rows, index);
    if (!insertion || fieldId === undefined) return;
    const heading = { start: insertion.at, end: insertion.at, text: insertion.text };
    const edit = mergeEdits(context.text, [heading, ...insertion.renumber], { edit: 0, offset: insertion.caret });
    if (!edit) return;
    await send({ type: 'field:edit', frameId: frameId ?? 0, fieldId, ...edit });
    onChanged();
  };

  const insertSkeleton = async () => {
    await send({ type: 'field:insert', text: outline.skeleton, ...(frameId !== undefined ? { frameId } : {}) });
    onChanged();
  };

  return (
    // data-length: the length of the text outlined, so a test or the bench can tell a refresh.
    <div className="outline" data-length={context.text.length}>
      <GenreSelect
        templates={templates}
        value={outline.genre}
        detected={outline.detected || (genre === undefined && pageGuess !== undefined)}
        fromDefault={outline.fromDefault === true}
        onChange={choose}
      />
      {outline.analysed !== undefined && (
        <p className="muted">{t('analysedPart', [String(context.text.length), String(outline.analysed)])}</p>
      )}
      {context.text.trim() === '' && (
        <div className="prompt">
          <p>{t('outlineSkeletonHint')}</p>
          <div className="prompt-actions">
            <button type="button" className="primary" onClick={() => void insertSkeleton()}>
              {t('outlineInsertSkeleton')}
            </button>
          </div>
        </div>
      )}
      <ol className="outline-rows" aria-label={t('outlineSectionList')}>
        {outline.rows.map((row, index) => (
          <li key={row.id} className={`outline-row ${row.state}`} data-section={row.id}>
            <button
              type="button"
              disabled={row.state === 'missing' || row.state === 'optional'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() =>
                void send({ type: 'field:locate', frameId: frameId ?? 0, fieldId, start: row.start, end: row.end })
              }
            >
              <span className="state">{t(STATE_LABEL[row.state])}</span>
              <span className="outline-title">{row.title}</span>
              {row.hint && <span className="outline-hint">{row.hint}</span>}
            </button>
            {(row.state === 'missing' || row.state === 'optional') && row.headed && context.text.trim() !== '' && (
              <button
                type="button"
                className="add-heading"
                aria-label={t('outlineAddHeading', row.title)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void insertHeading(index)}
              >
                {t('outlineAddHeadingShort')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {context.text.trim() !== '' && (
        <div className="outline-export">
          <ExportWordButton
            source={() => ({
              text: context.text,
              name: templates.find((template) => template.id === outline.genre)?.name.zh ?? '',
            })}
          />
        </div>
      )}
    </div>
  );
}

const FIELD_STATE_LABEL: Record<FieldSectionState, MessageKey> = {
  present: 'outlinePresent',
  thin: 'outlineThin',
  empty: 'outlineFieldEmpty',
  'no-field': 'outlineNoFieldState',
};
// The per-field states drawn like the matching states of a one-field report.
const FIELD_STATE_CLASS: Record<FieldSectionState, SectionState> = {
  present: 'present',
  thin: 'thin',
  empty: 'missing',
  'no-field': 'optional',
};

/** The genre the outline follows: detected, or chosen by the writer (and remembered for the site). */
function GenreSelect({
  templates,
  value,
  detected,
  fromDefault = false,
  onChange,
}: {
  templates: readonly Template[];
  value: string;
  detected: boolean;
  /** The genre is the default one of the settings (nothing chosen or detected). */
  fromDefault?: boolean;
  onChange: (id: string) => void;
}) {
  return (
    <label className="genre">
      {t('outlineGenre')}
      <select value={value} aria-label={t('outlineGenre')} onChange={(event) => onChange(event.target.value)}>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name.zh}
          </option>
        ))}
      </select>
      {detected && <span className="muted">{t('outlineDetected')}</span>}
      {fromDefault && <span className="muted">{t('outlineDefault')}</span>}
    </label>
  );
}
