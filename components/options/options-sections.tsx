import { ClearAll } from './clear/clear-all';
import { DraftsManager } from './drafts/drafts-manager';
import { PackManager } from './packs/pack-manager';
import { PreferencesEditor } from './preferences/preferences-editor';
import { ProfileEditor } from './profile/profile-editor';
import { RuleSettingsEditor } from './rules/rule-settings';
import { SiteSettingsEditor } from './sites/site-settings';
import { TemplateManager } from './templates/template-manager';
import { LibraryTransfer } from './transfer/library-transfer';
import { WordingSettings } from './wording/wording-settings';

export { FromPage } from './from-page/from-page';

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
