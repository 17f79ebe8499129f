import { useState } from 'react';
import { downloadBlob } from './download';
import { t } from './i18n';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What to export: the report's text, a title to give it, and a file name for a text without a title. */
export interface WordSource {
  text: string;
  title?: string;
  /** Names the file when the text has no title of its own (the genre: 述职报告). */
  name?: string;
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
      const { docxFileName, exportBlocks, toBlocks } = await import('@/lib/word/export');
      const blocks = toBlocks(report.text, report.title ? { title: report.title } : {});
      const bytes = await exportBlocks(blocks);
      const name = docxFileName(blocks.find((b) => b.kind === 'title')?.text ?? report.name, report.text);
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
