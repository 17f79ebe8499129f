import { type KeyboardEvent, useRef } from 'react';
import { type MessageKey, t } from '../i18n';

/** The panel's tabs, in order. */
export const PANEL_TABS = ['outline', 'snippets', 'check', 'drafts'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

const LABELS: Record<PanelTab, MessageKey> = {
  outline: 'tabOutline',
  snippets: 'tabSnippets',
  check: 'tabCheck',
  drafts: 'tabDrafts',
};

/** Id of a tab's button; its panel is `tabpanel-<tab>`. */
export const tabId = (tab: PanelTab) => `tab-${tab}`;

/**
 * The tab list, as WAI-ARIA tabs: one tab stop (the selected tab), ←/→ (and Home/End) move to the
 * next tab and show it.
 */
export function PanelTabs({ tab, onChange }: { tab: PanelTab; onChange(tab: PanelTab): void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = PANEL_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? PANEL_TABS[(at + 1) % PANEL_TABS.length]
        : event.key === 'ArrowLeft'
          ? PANEL_TABS[(at + PANEL_TABS.length - 1) % PANEL_TABS.length]
          : event.key === 'Home'
            ? PANEL_TABS[0]
            : event.key === 'End'
              ? PANEL_TABS[PANEL_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('extName')} ref={list} onKeyDown={onKeyDown}>
      {PANEL_TABS.map((value) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={tabId(value)}
          className="tab"
          aria-selected={tab === value}
          aria-controls={`tabpanel-${value}`}
          tabIndex={tab === value ? 0 : -1}
          onClick={() => onChange(value)}
        >
          {t(LABELS[value])}
        </button>
      ))}
    </div>
  );
}
