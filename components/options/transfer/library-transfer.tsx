import './transfer.css';
import { type ChangeEvent, useState } from 'react';
import { database, type Snippet } from '@/lib/db/tianbao';
import { encodingLabel, type TextEncodingName } from '@/lib/decode-text';
import { applyImport, type ImportPlan, type ImportPolicy, previewImport } from '@/lib/snippets/import-apply';
import { sizeProblem } from '@/lib/snippets/import-decode';
import { readImportFile } from '@/lib/snippets/import-file';
import type { ImportProblem } from '@/lib/snippets/import-problems';
import { loadProfile, rememberAnswers } from '@/lib/snippets/profile';
import { StoreError } from '@/lib/snippets/store';
import { exportFileName, exportLibrary, serializeExport } from '@/lib/snippets/transfer';
import { downloadText } from '../../download';
import { storeErrorMessage, t } from '../../i18n';
import { beginWrite, showWritten } from '../snippets/use-library';

// A file read and checked, waiting for the user to choose a policy and confirm.
/** How many rows of a file the preview shows before anything is written. */
const PREVIEW_ROWS = 5;

interface Pending {
  encoding?: TextEncodingName;
  name: string;
  snippets: Snippet[];
  profile?: Record<string, string>;
  plan: ImportPlan;
}

type Outcome = { tone: 'ok' | 'error'; text: string; problems?: ImportProblem[] } | null;

const POLICIES: ImportPolicy[] = ['skip', 'overwrite', 'keep-both'];
const POLICY_LABEL = {
  skip: 'mgrPolicySkip',
  overwrite: 'mgrPolicyOverwrite',
  'keep-both': 'mgrPolicyKeepBoth',
} as const;

/**
 * Options page: export the library (optionally with the profile) and import a file. An import is
 * read and planned first, showing what it would do; nothing is written until the user confirms.
 */
export function LibraryTransfer() {
  const [withProfile, setWithProfile] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [policy, setPolicy] = useState<ImportPolicy>('skip');
  const [importProfile, setImportProfile] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const zh = t('uiLang').startsWith('zh');

  const exportAll = async () => {
    const db = database();
    const profile = withProfile ? await loadProfile(db) : undefined;
    const file = exportLibrary(await db.snippets.toArray(), profile ? { profile } : {});
    downloadText(exportFileName(), serializeExport(file));
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPending(null);
    if (!file) return;
    // A huge file is refused by its size, before the page reads it into memory.
    const tooLarge = sizeProblem(file.size);
    const read = tooLarge
      ? { ok: false as const, problems: [tooLarge] }
      : /\.docx$/i.test(file.name)
        ? // The Word reader loads only for a Word file; what it reads is planned like any other file.
          await import('@/lib/snippets/docx-import').then(async ({ readPickedFile }) =>
            readPickedFile(file.name, new Uint8Array(await file.arrayBuffer())),
          )
        : readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setOutcome({ tone: 'error', text: t('mgrImportRefused', file.name), problems: read.problems });
      return;
    }
    let plan: ImportPlan;
    try {
      plan = await previewImport(database(), read.snippets);
    } catch {
      setOutcome({ tone: 'error', text: storeErrorMessage('unavailable') });
      return;
    }
    setOutcome(null);
    setPolicy('skip');
    setImportProfile(false);
    setPending({
      name: file.name,
      snippets: read.snippets,
      plan,
      ...(read.profile ? { profile: read.profile } : {}),
      ...(read.encoding ? { encoding: read.encoding } : {}),
    });
  };

  const apply = async () => {
    if (!pending) return;
    try {
      const db = database();
      const ticket = beginWrite();
      const r = await applyImport(db, pending.snippets, policy);
      showWritten(ticket, r.written);
      if (importProfile && pending.profile) await rememberAnswers(db, pending.profile);
      const counts = [r.added, r.replaced, r.keptBoth, r.skipped, r.unchanged].map(String);
      setOutcome({ tone: 'ok', text: t('mgrImportDone', counts) });
      setPending(null);
    } catch (error) {
      setOutcome({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  const counts = pending?.plan.counts;
  return (
    <section aria-labelledby="transfer-heading" id="transfer">
      <h2 id="transfer-heading">{t('mgrTransferHeading')}</h2>
      <div className="toolbar-row">
        <button type="button" onClick={() => void exportAll()}>
          {t('mgrExportAll')}
        </button>
        <label className="check">
          <input type="checkbox" checked={withProfile} onChange={(e) => setWithProfile(e.target.checked)} />
          {t('mgrExportWithProfile')}
        </label>
        <label className="file-button">
          {t('mgrImportFile')}
          <input
            type="file"
            accept=".json,.txt,.csv,.docx,application/json,text/plain,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={pick}
          />
        </label>
      </div>
      <p className="muted">{t('mgrImportHint')}</p>
      <p className="muted">{t('word_importHint')}</p>
      {pending && counts && (
        <div className="import-plan">
          <h3 id="plan-heading">{t('mgrPlanHeading', [pending.name, String(pending.snippets.length)])}</h3>
          {pending.encoding && <p className="muted">{t('platform_importEncoding', encodingLabel(pending.encoding))}</p>}
          <ImportPreview snippets={pending.snippets} />
          <ul className="plan-counts">
            <li data-count="new">{t('mgrPlanNew', String(counts.new))}</li>
            <li data-count="unchanged">{t('mgrPlanUnchanged', String(counts.unchanged))}</li>
            <li data-count="duplicate">{t('mgrPlanDuplicate', String(counts.duplicate))}</li>
            <li data-count="conflict">{t('mgrPlanConflict', String(counts.conflict))}</li>
          </ul>
          {counts.duplicate + counts.conflict > 0 && (
            <fieldset className="policy">
              <legend>{t('mgrPolicyLegend')}</legend>
              {POLICIES.map((p) => (
                <label key={p} className="check">
                  <input type="radio" name="policy" checked={policy === p} onChange={() => setPolicy(p)} />
                  {t(POLICY_LABEL[p])}
                </label>
              ))}
            </fieldset>
          )}
          {pending.profile && (
            <label className="check">
              <input type="checkbox" checked={importProfile} onChange={(e) => setImportProfile(e.target.checked)} />
              {t('mgrImportProfile', String(Object.keys(pending.profile).length))}
            </label>
          )}
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void apply()}>
              {t('mgrImportApply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('mgrCancel')}
            </button>
          </div>
        </div>
      )}
      <div className={`status ${outcome?.tone ?? ''}`} role="status" aria-live="polite">
        {outcome?.text}
        {outcome?.problems && (
          <ul className="problems">
            {outcome.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
              <li key={i}>
                {zh ? p.zh : p.en}
                {p.path && <code>{p.path}</code>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** The first rows of a file being imported, as they will be stored: the writer sees them before anything is written. */
function ImportPreview({ snippets }: { snippets: readonly Snippet[] }) {
  const rows = snippets.slice(0, PREVIEW_ROWS);
  const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return (
    <table className="import-preview">
      <caption>{t('platform_previewHeading', String(rows.length))}</caption>
      <thead>
        <tr>
          <th scope="col">{t('platform_previewTitle')}</th>
          <th scope="col">{t('platform_previewBody')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td>{s.title}</td>
            <td>{clip(s.body)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
