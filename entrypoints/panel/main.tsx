import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, followLanguage, loadLanguage, t } from '@/components/i18n';
import { loadPanelStore } from '@/components/lazy-store';
import { Panel } from '@/components/panel';
import { refuseClicksWhileCovered } from './covered';

// The library's code and the database are needed for the list: fetched and opened while the
// language setting is read and the panel's frame is drawn (a failed open is the list's to report).
void loadPanelStore()
  .then((store) => store.database().open())
  .catch(() => undefined);
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
