import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, followLanguage, loadLanguage, t } from '@/components/i18n';
import { LaterFromPage, LaterOptionsSections, scheduleLaterSections } from '@/components/options/options-lazy';
import { SnippetManager } from '@/components/options/snippets/snippet-manager';
import { database } from '@/lib/db/tianbao';

// The library is opened while the language setting is read and the page first drawn, so that the
// list's read starts on an open database (a failed open is the list's to report).
void database()
  .open()
  .catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  // The sections other than the library manager load once its list is drawn (options-lazy.tsx).
  scheduleLaterSections();
  const react = createRoot(root);
  // Drawn again when the language setting changes: every string comes from t() at render.
  const draw = () => {
    applyDocumentLanguage(document);
    document.title = t('optionsTitle');
    react.render(
      <StrictMode>
        <main className="options">
          <h1>{t('optionsTitle')}</h1>
          <nav className="options-nav">
            <a href="#add-heading">{t('optionsNavSnippets')}</a>
            <a href="#profile">{t('mgrNavProfile')}</a>
            <a href="#transfer">{t('mgrNavTransfer')}</a>
            <a href="#packs">{t('platform_packsHeading')}</a>
            <a href="#templates">{t('optionsNavTemplates')}</a>
            <a href="#rules">{t('rulesHeading')}</a>
            <a href="#wording">{t('check_wordingHeading')}</a>
            <a href="#preferences">{t('optionsNavPreferences')}</a>
            <a href="#sites">{t('sitesHeading')}</a>
            <a href="#drafts">{t('draftsHeading')}</a>
            <a href="#clear">{t('platform_clearHeading')}</a>
          </nav>
          <LaterFromPage />
          <SnippetManager />
          <LaterOptionsSections />
        </main>
      </StrictMode>,
    );
  };
  void loadLanguage().then(draw);
  followLanguage(draw);
}
