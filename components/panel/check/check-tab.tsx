import './check.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkForm, countBySeverity, excerpt, type FieldReport } from '@/lib/analysis/form-check';
import { editWithReadBack } from '@/lib/analysis/inserted';
import { pageGenre } from '@/lib/analysis/page-genre';
import { database } from '@/lib/db/tianbao';
import { type FieldContext, FormScan, type FromPanel, parseMessage } from '@/lib/messages';
import { setRuleSetting } from '@/lib/settings/rules';
import { addAcceptedWord } from '@/lib/settings/wording';
import { StoreError } from '@/lib/snippets/store';
import { type Finding, RULES } from '@/lib/structure';
import { loadCheckOptions } from '../../check-options';
import { insertFailureMessage, type MessageKey, storeErrorMessage, t } from '../../i18n';
import { useSiteSettings } from '../../options/sites/site-settings';

const SEVERITY: Record<Finding['severity'], MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/**
 * 检查: every field of the form checked with the report engine, grouped by field, with counts.
 * A finding selects its text in the page; a safe fix applies with one click (Ctrl+Z in the page
 * undoes it), then the form is checked again.
 */
export function CheckTab({
  send,
  site,
  context,
}: {
  send: (message: FromPanel) => Promise<unknown>;
  /** The page's site: its chosen genre is used for whole-report fields. */
  site: string | null;
  /** The field the writer works in, for checking that field alone. */
  context: FieldContext | null;
}) {
  const [checked, setChecked] = useState<FieldReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Findings the writer chose to ignore this time (until the panel closes), by where and what.
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [scope, setScope] = useState<'form' | 'field'>('form');
  const siteSettings = useSiteSettings(site);
  const _genre = siteSettings?.genre;
  const zh = t('uiLang').startsWith('zh');

  const run = useCallback(async () => {
    setChecked(null);
    const scan = parseMessage(FormScan, await send({ type: 'form:scan' }).catch(() => null)) ?? { frames: [] };
    // The same options as the check before 提交 (check-options.ts); the writer's choice of genre
    // for the site, else the genre the whole page points to.
    const options = await loadCheckOptions(site);
    const chosen = options.genre ?? pageGenre(scan, options.templates ?? []);
    setChecked(checkForm(scan, { ...options, ...(chosen ? { genre: chosen } : {}) }));
  }, [send, site]);
  useEffect(() => {
    void run();
  }, [run]);

  const reports = useMemo(
    () =>
      checked
        ?.filter(
          (report) => scope === 'form' || (report.field.id === context?.fieldId && report.frameId === context?.frameId),
        )
        // `source` keeps the whole report: an ignored finding is told by its place among all of them.
        .map((report) => ({
          ...report,
          source: report,
          findings: report.findings.filter((finding) => !ignored.has(findingKey(report, finding))),
        }))
        .filter((report) => report.findings.length > 0) ?? null,
    [checked, ignored, scope, context],
  );
  // The toolbar badge counts the errors of the whole form that are not ignored.
  useEffect(() => {
    if (!checked) return;
    const errors = checked.flatMap((report) =>
      report.findings.filter((f) => f.severity === 'error' && !ignored.has(findingKey(report, f))),
    ).length;
    void send({ type: 'check:errors', count: errors }).catch(() => undefined);
  }, [checked, ignored, send]);

  const ignore = (report: FieldReport, finding: Finding) =>
    setIgnored((current) => new Set([...current, findingKey(report, finding)]));

  const switchOff = async (finding: Finding) => {
    setError(null);
    try {
      await setRuleSetting(database(), finding.rule, 'off');
      await run();
    } catch (failure) {
      setError(storeErrorMessage(failure instanceof StoreError ? failure.code : 'unavailable'));
    }
  };

  // 添加到我的词表: the finding's words are never flagged again, here or in the check before 提交.
  const acceptWords = async (report: FieldReport, finding: Finding) => {
    setError(null);
    try {
      await addAcceptedWord(database(), report.field.text.slice(finding.start, finding.end));
      await run();
    } catch (failure) {
      setError(storeErrorMessage(failure instanceof StoreError ? failure.code : 'unavailable'));
    }
  };

  const locate = (report: FieldReport, start: number, end: number) =>
    send({ type: 'field:locate', frameId: report.frameId, fieldId: report.field.id, start, end });

  // A fix is one edit of its field: applied only where the text still reads as checked.
  const fix = async (report: FieldReport, finding: Finding) => {
    if (!finding.fix) return;
    setError(null);
    const { start, end, text } = finding.fix;
    const was = report.field.text.slice(start, end);
    const edit = {
      type: 'field:edit',
      frameId: report.frameId,
      fieldId: report.field.id,
      start,
      end,
      was,
      text,
    } as const;
    // (Its answer lost, the status says only what the field shows: a lost answer may follow a fix
    // that went in, and 插入失败 then would have the writer apply it twice.)
    const result = await editWithReadBack(send, edit, report.field.text);
    if (!result) setError(t('trust2_insertUnconfirmed', text));
    else if (!result.ok) setError(insertFailureMessage(result));
    await run();
  };

  if (reports === null) return <p className="muted pad">{t('checkRunning')}</p>;
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  return (
    <div className="check" data-checked="true">
      <div className="check-head">
        <span className={counts.error ? 'summary error' : 'summary'}>
          {total === 0
            ? t('checkClean')
            : t('checkSummary', [total, counts.error, counts.warning, counts.info].map(String))}
        </span>
        <button type="button" onClick={() => void run()}>
          {t('checkRun')}
        </button>
      </div>
      <div className="check-scope" role="radiogroup" aria-label={t('checkScope')}>
        <label>
          <input type="radio" name="scope" checked={scope === 'form'} onChange={() => setScope('form')} />
          {t('checkScopeForm')}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={scope === 'field'}
            disabled={!context?.fieldId}
            onChange={() => setScope('field')}
          />
          {t('checkScopeField')}
        </label>
        {ignored.size > 0 && (
          <button type="button" className="link" onClick={() => setIgnored(new Set())}>
            {t('checkShowIgnored', String(ignored.size))}
          </button>
        )}
      </div>
      {error && (
        <p className="status error" role="alert">
          {error}
        </p>
      )}
      {reports.map((report) => (
        <section key={`${report.frameId}:${report.field.id}`} className="check-field">
          <h2>{report.field.label || t('checkUnnamed')}</h2>
          {report.analysed !== undefined && (
            <p className="muted">{t('analysedPart', [String(report.field.text.length), String(report.analysed)])}</p>
          )}
          <ul aria-label={report.field.label || t('checkUnnamed')}>
            {report.findings.map((finding) => (
              <li key={`${finding.rule}:${finding.start}:${finding.end}`} className={`finding ${finding.severity}`}>
                <button
                  type="button"
                  className="finding-text"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => void locate(report, finding.start, finding.end)}
                >
                  <span className="severity">{t(SEVERITY[finding.severity])}</span>
                  {zh ? finding.message.zh : finding.message.en}
                  {finding.end > finding.start && (
                    <q className="excerpt">{excerpt(report.field.text, finding.start, finding.end)}</q>
                  )}
                </button>
                <span className="finding-actions">
                  {finding.fix && (
                    <button
                      type="button"
                      className="fix"
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => void fix(report, finding)}
                    >
                      {t('checkFix')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link"
                    aria-label={t('checkIgnoreLabel', excerptOrRule(report, finding))}
                    onClick={() => ignore(report.source, finding)}
                  >
                    {t('checkIgnore')}
                  </button>
                  {isWording(finding) && (
                    <button
                      type="button"
                      className="link"
                      aria-label={t('check_addWordLabel', report.field.text.slice(finding.start, finding.end))}
                      onClick={() => void acceptWords(report, finding)}
                    >
                      {t('check_addWord')}
                    </button>
                  )}
                  {finding.rule in RULES && (
                    <button
                      type="button"
                      className="link"
                      aria-label={t('checkRuleOffLabel', ruleName(finding.rule, zh))}
                      onClick={() => void switchOff(finding)}
                    >
                      {t('checkRuleOff')}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * What makes a finding the same one after the form is checked again: its field, rule, text and
 * message, and which occurrence of those it is in the field (the second “,” of a paragraph).
 */
function findingKey(report: FieldReport, finding: Finding): string {
  const base = (f: Finding) =>
    [report.frameId, report.field.id, f.rule, report.field.text.slice(f.start, f.end), f.message.zh].join('\u0000');
  const own = base(finding);
  const occurrence = report.findings.filter((f) => f.start < finding.start && base(f) === own).length;
  return `${own}\u0000${occurrence}`;
}

function excerptOrRule(report: FieldReport, finding: Finding): string {
  return excerpt(report.field.text, finding.start, finding.end) || report.field.label || finding.rule;
}

function ruleName(rule: string, zh: boolean): string {
  const entry = (RULES as Record<string, readonly [string, string, string]>)[rule];
  return entry ? (zh ? entry[1] : entry[2]) : rule;
}

// Findings about the words themselves (a typo, a variant form, a formulation) can be answered with
// 添加到我的词表; those about structure, numbering or punctuation cannot.
function isWording(finding: Finding): boolean {
  return (
    finding.end > finding.start &&
    finding.end - finding.start <= 60 &&
    /^(?:wording\/(?!unit-required)|formulation\/|charset\/look-alike|charset\/compat)/.test(finding.rule)
  );
}
