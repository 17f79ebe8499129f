import { ClearAll } from './clear-all';
import { DraftsManager } from './drafts-manager';
import { LibraryTransfer } from './library-transfer';
import { PackManager } from './pack-manager';
import { PreferencesEditor } from './preferences-editor';
import { ProfileEditor } from './profile-editor';
import { RuleSettingsEditor } from './rule-settings';
import { SiteSettingsEditor } from './site-settings';
import { TemplateManager } from './template-manager';
import { WordingSettings } from './wording-settings';

export { FromPage } from './from-page';

/**
 * The options page's sections below the library manager, in page order. They load as one chunk
 * after the list is drawn (options-lazy.tsx), so the list does not wait for their code.
 */
export function LaterSections() {
  return (
    <>
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
    </>
  );
}
