// First: it starts loading the library before anything else of this page runs.
import './start-library';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, followLanguage, loadLanguage, t } from '@/components/i18n';
import { Panel } from '@/components/panel/panel';
import { refuseClicksWhileCovered } from './covered';

refuseClicksWhileCovered(document, () => t('trust_panelCovered'));

const root = document.getElementById('root');
if (root) {
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
  void loadLanguage().then(draw);
  followLanguage(draw);
}
