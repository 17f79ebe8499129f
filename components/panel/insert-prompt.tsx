import { type FormEvent, useState } from 'react';
import type { Snippet } from '@/lib/db/tianbao';
import type { VariableIssue } from '@/lib/snippets/variables';
import { t } from '../i18n';

/** What stands between a click on a snippet and its insertion, when anything does. */
export type Pending =
  | { kind: 'preview'; snippet: Snippet; text: string; caret: number }
  | { kind: 'ask'; snippet: Snippet; names: string[] }
  | { kind: 'broken'; snippet: Snippet; issues: VariableIssue[] };

/** The preview of a long snippet, the small form for missing variables, or what is wrong with them. */
export function InsertPrompt({
  pending,
  onInsert,
  onAnswer,
  onCancel,
}: {
  pending: Pending;
  onInsert: (text: string, caret: number) => void;
  onAnswer: (answers: Record<string, string>, remember: boolean) => void;
  onCancel: () => void;
}) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [remember, setRemember] = useState(true);
  const zh = t('uiLang').startsWith('zh');
  const { snippet } = pending;

  if (pending.kind === 'broken') {
    return (
      <div className="prompt error" role="alert">
        <p>{t('panelVariablesBroken', snippet.title)}</p>
        <ul>
          {pending.issues.map((issue) => (
            <li key={`${issue.code}-${issue.start}`}>{zh ? issue.zh : issue.en}</li>
          ))}
        </ul>
        <button type="button" onClick={onCancel}>
          {t('panelCancel')}
        </button>
      </div>
    );
  }

  if (pending.kind === 'preview') {
    return (
      <div
        className="prompt"
        role="dialog"
        aria-label={t('panelPreviewTitle', [snippet.title, String(pending.text.length)])}
      >
        <p className="prompt-title">{t('panelPreviewTitle', [snippet.title, String(pending.text.length)])}</p>
        <div className="preview">{pending.text}</div>
        <div className="prompt-actions">
          <button type="button" className="primary" onClick={() => onInsert(pending.text, pending.caret)}>
            {t('panelInsert')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('panelCancel')}
          </button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAnswer(answers, remember);
  };
  return (
    <form className="prompt" onSubmit={submit} aria-label={t('panelAskTitle', snippet.title)}>
      <p className="prompt-title">{t('panelAskTitle', snippet.title)}</p>
      {pending.names.map((name, i) => (
        <label key={name} className="ask-field">
          {name}
          <input
            // The first answer is where the writer starts typing.
            // biome-ignore lint/a11y/noAutofocus: the form opens because the writer asked to insert.
            autoFocus={i === 0}
            required
            value={answers[name] ?? ''}
            onChange={(event) => setAnswers({ ...answers, [name]: event.target.value })}
          />
        </label>
      ))}
      <label className="remember">
        <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
        {t('panelRemember')}
      </label>
      <div className="prompt-actions">
        <button type="submit" className="primary">
          {t('panelInsert')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('panelCancel')}
        </button>
      </div>
    </form>
  );
}
