import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DraftsManager } from '@/components/drafts-manager';
import { FromPage } from '@/components/from-page';
import { applyDocumentLanguage, t } from '@/components/i18n';
import { LibraryTransfer } from '@/components/library-transfer';
import { ProfileEditor } from '@/components/profile-editor';
import { RuleSettingsEditor } from '@/components/rule-settings';
import { SnippetManager } from '@/components/snippet-manager';
import { TemplateManager } from '@/components/template-manager';

applyDocumentLanguage(document);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="options">
        <h1>{t('optionsTitle')}</h1>
        <nav className="options-nav">
          <a href="#add-heading">{t('optionsNavSnippets')}</a>
          <a href="#profile">{t('mgrNavProfile')}</a>
          <a href="#transfer">{t('mgrNavTransfer')}</a>
          <a href="#templates">{t('optionsNavTemplates')}</a>
          <a href="#rules">{t('rulesHeading')}</a>
          <a href="#drafts">{t('draftsHeading')}</a>
        </nav>
        <FromPage />
        <SnippetManager />
        <ProfileEditor />
        <LibraryTransfer />
        <TemplateManager />
        <RuleSettingsEditor />
        <DraftsManager />
      </main>
    </StrictMode>,
  );
}
