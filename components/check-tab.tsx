import { useCallback, useEffect, useState } from 'react';
import { checkForm, countBySeverity, type FieldReport } from '@/lib/fields/form-check';
import { FormScan, type FromPanel, InsertResult, parseMessage } from '@/lib/messages';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';
import { type Finding, withUserTemplates } from '@/lib/structure';
import { insertFailureMessage, type MessageKey, t } from './i18n';

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
export function CheckTab({ send }: { send: (message: FromPanel) => Promise<unknown> }) {
  const [reports, setReports] = useState<FieldReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zh = t('uiLang').startsWith('zh');

  const run = useCallback(async () => {
    setReports(null);
    const scan = parseMessage(FormScan, await send({ type: 'form:scan' }).catch(() => null)) ?? { frames: [] };
    const user = await loadUserTemplates(database()).catch(() => []);
    const rules = await loadRuleSettings(database()).catch(() => ({}));
    const checked = checkForm(scan, { templates: withUserTemplates(user), rules });
    setReports(checked);
    void send({ type: 'check:errors', count: countBySeverity(checked).error }).catch(() => undefined);
  }, [send]);
  useEffect(() => {
    void run();
  }, [run]);

  const locate = (report: FieldReport, start: number, end: number) =>
    send({ type: 'field:locate', frameId: report.frameId, fieldId: report.field.id, start, end });

  const fix = async (report: FieldReport, finding: Finding) => {
    if (!finding.fix) return;
    setError(null);
    await locate(report, finding.fix.start, finding.fix.end);
    const reply = await send({ type: 'field:insert', text: finding.fix.text, frameId: report.frameId }).catch(
      () => null,
    );
    const result = parseMessage(InsertResult, reply);
    if (!result?.ok) setError(result ? insertFailureMessage(result) : t('insertFailed'));
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
          <ul>
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
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function excerpt(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  return piece.length > 24 ? `${piece.slice(0, 23)}…` : piece;
}
