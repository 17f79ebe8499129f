import { loadLanguage } from '@/components/i18n';
import { startPanelList } from '@/components/panel/panel-start';

// The panel's entry: it starts what the first screen waits on, then loads the UI code. The list's
// library code is fetched, the database opened and the snippets read, and the language setting
// read, while React is fetched and draws the frame, not after: nothing here may import React, zod
// or Dexie (each would be waited for before this runs). docs/panel.md says what may be on this path.
startPanelList();
const language = loadLanguage();
void import('./panel-app').then((app) => app.drawPanel(language));
