import '../../panel/drafts/drafts.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { draftsDatabase } from '@/lib/db/drafts';
import { database } from '@/lib/db/tianbao';
import { formatBytes } from '@/lib/drafts/history';
import { allVersions, clearAll, clearSite, deleteVersion, exportDrafts, groupVersions } from '@/lib/drafts/store';
import { loadUserTemplates } from '@/lib/settings/templates';
import { withUserTemplates } from '@/lib/structure';
import { downloadText } from '../../download';
import { t } from '../../i18n';
import {
  ConfirmButton,
  copyText,
  DraftModeSelect,
  DraftVersionRow,
  setExcluded,
} from '../../panel/drafts/draft-versions';
import { DraftsError } from '../../panel/drafts/drafts-error';
import { ExportWordButton } from '../../word-export';
import { useSiteSettings } from '../sites/site-settings';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/**
 * The options page's 草稿 section: every draft by site, page and field with its versions; copy or
 * delete a version; per site the switch, the fields not saved and clearing; export all, clear all.
 */
export function DraftsManager() {
  const db = draftsDatabase();
  const versions = useLiveQuery(() => allVersions(db), []);
  const [status, setStatus] = useState<Status>(null);
  const bytes = (versions ?? []).reduce((sum, v) => sum + v.size, 0);
  const sites = groupVersions(versions ?? []);
  const say = (ok: boolean, text: string) => setStatus({ tone: ok ? 'ok' : 'error', text });

  return (
    <section aria-labelledby="drafts-heading" id="drafts" data-drafts-ready={versions !== undefined}>
      <h2 id="drafts-heading">{t('draftsHeading')}</h2>
      <p className="muted">{t('draftsIntro')}</p>
      <DraftsError />
      <div className="drafts-head">
        <span>{t('draftsUsage', [String(versions?.length ?? 0), formatBytes(bytes)])}</span>
        <button
          type="button"
          disabled={!versions?.length}
          onClick={() =>
            downloadText(`tianbao-drafts-${new Date().toISOString().slice(0, 10)}.json`, exportDrafts(versions ?? []))
          }
        >
          {t('draftsExport')}
        </button>
        <ConfirmButton
          label={t('draftsClearAll')}
          question={t('draftsClearAllConfirm')}
          onConfirm={() => void clearAll(db).then(() => say(true, t('draftsCleared', String(versions?.length ?? 0))))}
        />
      </div>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
      {versions?.length === 0 && <p className="muted">{t('draftsNone')}</p>}
      {[...sites].map(([site, pages]) => (
        <SiteDrafts key={site} site={site} pages={pages} say={say} />
      ))}
    </section>
  );
}

function SiteDrafts({
  site,
  pages,
  say,
}: {
  site: string;
  pages: ReturnType<typeof groupVersions> extends Map<string, infer P> ? P : never;
  say(ok: boolean, text: string): void;
}) {
  const db = draftsDatabase();
  const settings = useSiteSettings(site);
  const user = useLiveQuery(() => loadUserTemplates(database()).catch(() => []), []);
  return (
    <section className="draft-site" aria-label={site}>
      <h3>{site}</h3>
      <div className="drafts-head">
        <DraftModeSelect site={site} settings={settings} />
        <ConfirmButton
          label={t('draftsClearSite')}
          question={t('draftsClearSiteConfirm', site)}
          onConfirm={() => void clearSite(db, site).then((count) => say(true, t('draftsCleared', String(count))))}
        />
      </div>
      {settings && settings.excludedFields.length > 0 && (
        <div className="draft-excluded">
          {t('draftsExcluded')}
          {settings.excludedFields.map((field) => (
            <button key={field} type="button" onClick={() => void setExcluded(site, settings, field, false)}>
              {t('draftsIncludeAgain', field)}
            </button>
          ))}
        </div>
      )}
      {[...pages].map(([page, fields]) => (
        <div key={page} className="draft-page">
          <h4>
            {[...fields.values()][0]?.[0]?.title || page} <span className="muted">{page}</span>
          </h4>
          {fields.size > 1 && (
            // The page's fields as one report: each field's newest version, in the outline's order.
            <ExportWordButton
              label={t('word_exportForm')}
              source={async () => {
                const { formReport } = await import('@/lib/word/form-report');
                const latest = [...fields.values()].flatMap((list) => (list[0] ? [list[0]] : []));
                const report = formReport(latest, withUserTemplates(user ?? []));
                return report.title ? { text: report.text, title: report.title } : { text: report.text };
              }}
            />
          )}
          {[...fields].map(([field, list]) => (
            <section key={field} className="draft-field" aria-label={list[0]?.label || field}>
              <h5>{list[0]?.label || field}</h5>
              <ExportWordButton source={() => (list[0] ? { text: list[0].text } : undefined)} />
              <ol className="draft-versions">
                {list.map((version) => (
                  <DraftVersionRow
                    key={version.id}
                    version={version}
                    onCopy={() =>
                      void copyText(version.text).then((ok) => say(ok, t(ok ? 'draftsCopied' : 'draftsCopyFailed')))
                    }
                    onDelete={() =>
                      void deleteVersion(db, version.id as number).then(() => say(true, t('draftsDeleted')))
                    }
                  />
                ))}
              </ol>
            </section>
          ))}
        </div>
      ))}
    </section>
  );
}
