import { loadLanguage } from '@/components/i18n';
import { startPanelList } from '@/components/panel/panel-start';

// The panel's entry: it starts what the first screen waits on, then runs the UI code (preloaded by
// the page meanwhile). The snippets are read with IndexedDB itself and the language setting is read
// while React loads, not after it: nothing here may import React, zod or Dexie (each would be waited
// for before this runs). docs/panel.md says what may be on this path.
startPanelList();
const language = loadLanguage();
void import('./panel-app').then((app) => app.drawPanel(language));
