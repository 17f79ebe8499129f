/** What an action in the options page did: a line, and the problems it lists (a refused file's). */
export interface Status {
  tone: 'ok' | 'error';
  text: string;
  details?: string[];
}

/** The polite live region that shows `status` (empty until there is one). */
export function StatusLine({ status }: { status: Status | null }) {
  return (
    <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
      {status?.text}
      {status?.details && (
        <ul>
          {status.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
