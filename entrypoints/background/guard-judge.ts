import { loadCheckOptions } from '@/components/check-options';
import { t } from '@/components/i18n';
import { interpretScan } from '@/lib/analysis/field-read';
import { judgeForm } from '@/lib/analysis/guard-judge';
import { FormRead, type GuardVerdict, parseMessage } from '@/lib/messages';
import { settingsLanguage } from './language';

/**
 * The check before 提交 of a page's form, judged here, where the engine and the writer's settings
 * are: the page script sends its fields' texts as the writer pauses and when it holds a
 * submission, and keeps only this verdict. Null for a scan that is not one (nothing is judged).
 */
export async function judgeSubmission(scanJson: string, site: string | null): Promise<GuardVerdict | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(scanJson);
  } catch {
    return null;
  }
  // What the page read, checked, then understood here (labels tidied, limits found).
  const read = parseMessage(FormRead, raw);
  if (!read) return null;
  const scan = interpretScan(read);
  const [options] = await Promise.all([loadCheckOptions(site), settingsLanguage()]);
  const found = judgeForm(scan, options);
  const zh = t('uiLang').startsWith('zh');
  return {
    items: found.map((item) => ({
      frameId: item.frameId,
      fieldId: item.fieldId,
      field: item.label || t('checkUnnamed'),
      message: zh ? item.finding.message.zh : item.finding.message.en,
      excerpt: item.excerpt,
      start: item.finding.start,
      end: item.finding.end,
      severity: item.finding.severity,
    })),
    words: {
      title: t('guardTitle', String(found.length)),
      intro: t('guardIntro'),
      back: t('guardBack'),
      submit: t('guardSubmit'),
      more: t('guardMore', String(Math.max(0, found.length - 12))),
      confirmHint: t('trust_guardConfirmHint'),
      alreadySent: t('trust_guardAlreadySent'),
      pressAgain: t('trust_guardPressAgain'),
      unreachable: t('guard_unreachable'),
    },
  };
}
