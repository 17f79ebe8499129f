import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, followLanguage, loadLanguage, t } from '@/components/i18n';
import { ClearAll } from '@/components/options/clear/clear-all';
import { DraftsManager } from '@/components/options/drafts/drafts-manager';
import { FromPage } from '@/components/options/from-page/from-page';
import { PackManager } from '@/components/options/packs/pack-manager';
import { PreferencesEditor } from '@/components/options/preferences/preferences-editor';
import { ProfileEditor } from '@/components/options/profile/profile-editor';
import { RuleSettingsEditor } from '@/components/options/rules/rule-settings';
import { SiteSettingsEditor } from '@/components/options/sites/site-settings';
import { SnippetManager } from '@/components/options/snippets/snippet-manager';
import { TemplateManager } from '@/components/options/templates/template-manager';
import { LibraryTransfer } from '@/components/options/transfer/library-transfer';
import { WordingSettings } from '@/components/options/wording/wording-settings';
import { database } from '@/lib/db/tianbao';

// The library is opened while the language setting is read and the page first drawn, so that the
// list's read starts on an open database (a failed open is the list's to report).
void database()
  .open()
  .catch(() => undefined);

const root = document.getElementById('root');
if (root) {
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
          <FromPage />
          <SnippetManager />
          <ProfileEditor />
          <LibraryTransfer />
          <PackManager />
          <TemplateManager />
          <RuleSettingsEditor />
          <WordingSettings />
          <PreferencesEditor />
          <SiteSettingsEditor />
          <DraftsManager />
          <ClearAll />
        </main>
      </StrictMode>,
    );
  };
  void loadLanguage().then(draw);
  followLanguage(draw);
}
