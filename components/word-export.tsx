import { useState } from 'react';
import { downloadBlob } from './download';
import { t } from './i18n';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What to export: the report's text and, when the text has none, the title to give it. */
export interface WordSource {
  text: string;
  title?: string;
}

/**
 * 导出 Word: saves `source()` as a .docx in the 公文 layout (GB/T 9704). The writer (the npm `docx`
 * library) is loaded on the first click, so the page it sits on does not carry it; nothing leaves the
 * machine but the downloaded file.
 */
export function ExportWordButton({
  source,
  label,
}: {
  /** The text at the moment of the click; may load what it needs first. */
  source: () => WordSource | undefined | Promise<WordSource | undefined>;
  label?: string;
}) {
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const report = await source();
      if (!report || report.text.trim() === '') {
        setStatus({ tone: 'error', text: t('word_exportEmpty') });
        return;
      }
      const { docxFileName, exportDocx } = await import('@/lib/word/export');
      const bytes = await exportDocx(report.text, report.title ? { title: report.title } : {});
      const name = docxFileName(report.title, report.text);
      downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
      setStatus({ tone: 'ok', text: t('word_exported', name) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: t('word_exportFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="word-export">
      <button
        type="button"
        disabled={busy}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void run()}
        title={t('word_exportHint')}
      >
        {label ?? t('word_exportWord')}
      </button>
      <span className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </span>
    </span>
  );
}
