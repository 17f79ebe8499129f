import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, followLanguage, t } from '@/components/i18n';
import { Panel } from '@/components/panel/panel';
import { refuseClicksWhileCovered } from './covered';

/** Draws the panel once `language` (the setting, read by the entry) is known, and again when it changes. */
export function drawPanel(language: Promise<void>): void {
  refuseClicksWhileCovered(document, () => t('trust_panelCovered'));
  const root = document.getElementById('root');
  if (!root) return;
  const react = createRoot(root);
  // Drawn again when the language setting changes: every string comes from t() at render.
  const draw = () => {
    applyDocumentLanguage(document);
    react.render(
      <StrictMode>
        <Panel />
      </StrictMode>,
    );
  };
  void language.then(draw);
  followLanguage(draw);
}
