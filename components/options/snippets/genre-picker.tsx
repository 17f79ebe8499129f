import { useMemo } from 'react';
import { BUILTIN_TEMPLATES, type Template } from '@/lib/structure';
import { t } from '../../i18n';

/** Which genres and sections a snippet belongs to; both lists empty means "any". */
export interface Placement {
  genres: string[];
  sections: string[];
}

const toggle = (list: readonly string[], id: string, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((x) => x !== id);

/**
 * Checkboxes for the genres of the built-in templates, and for the sections of the genres
 * checked. Ids the picker does not know (from an import) are kept untouched.
 */
export function GenrePicker({ value, onChange }: { value: Placement; onChange(next: Placement): void }) {
  const zh = t('uiLang').startsWith('zh');
  const label = (text: { zh: string; en: string }) => (zh ? text.zh : text.en);
  const sections = useMemo(() => sectionsOf(BUILTIN_TEMPLATES.filter((g) => value.genres.includes(g.id))), [value]);
  return (
    <details className="placement" open={value.genres.length > 0 || value.sections.length > 0}>
      <summary>{t('mgrPlacementSummary')}</summary>
      <fieldset>
        <legend>{t('mgrFieldGenres')}</legend>
        {BUILTIN_TEMPLATES.map((genre) => (
          <label key={genre.id} className="check">
            <input
              type="checkbox"
              checked={value.genres.includes(genre.id)}
              onChange={(e) => onChange({ ...value, genres: toggle(value.genres, genre.id, e.target.checked) })}
            />
            {label(genre.name)}
          </label>
        ))}
      </fieldset>
      {sections.length > 0 && (
        <fieldset>
          <legend>{t('mgrFieldSections')}</legend>
          {sections.map((section) => (
            <label key={section.id} className="check">
              <input
                type="checkbox"
                checked={value.sections.includes(section.id)}
                onChange={(e) => onChange({ ...value, sections: toggle(value.sections, section.id, e.target.checked) })}
              />
              {label(section.title)}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}

// Sections of the chosen genres, once per id (many genres share 开头, 存在问题…).
function sectionsOf(genres: readonly Template[]): Template['sections'] {
  const seen = new Set<string>();
  return genres.flatMap((g) => g.sections).filter((s) => !seen.has(s.id) && seen.add(s.id));
}
