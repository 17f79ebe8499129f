import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { followLanguage, loadLanguage, t } from '@/components/i18n';
import { checkForm, excerpt, type FieldReport } from '@/lib/fields/form-check';
import { locateRange } from '@/lib/fields/locate';
import { pageGenre } from '@/lib/fields/page-genre';
import { type FieldIndex, FieldRegistry, pageSignals, scanFields } from '@/lib/fields/scan';
import { guardSubmissions } from '@/lib/fields/submit-guard';
import { GuardConfig, parseMessage } from '@/lib/messages';
import { GuardWording } from '@/lib/settings/wording-schema';
import { parseTemplate, RuleSettings, type Template, withUserTemplates } from '@/lib/structure';
import { askBeforeSubmit, type DialogItem, showNotice } from './dialog';

/**
 * The check before 提交, registered only for the sites where the writer switched it on
 * (entrypoints/background/sites.ts). Each frame guards its own submissions and checks every
 * field of the frames it can reach on the same origin (a frameset's toolbar frame submits the
 * report typed in its neighbour).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  // As in the form script: WXT's start message would name our extension id to the page, and its
  // `ctx` stops on a DOM event any page script can send (see entrypoints/form.content).
  noScriptStartedPostMessage: true,
  main() {
    const world = globalThis as { __tianbaoGuard?: unknown };
    if (world.__tianbaoGuard) return;

    // The dialog speaks the language of the settings, as the panel does (this script can carry
    // the catalogues; the small form script cannot).
    void loadLanguage();
    followLanguage(() => undefined);
    let templates: readonly Template[] = withUserTemplates([]);
    let rules: RuleSettings = {};
    let marker: string | undefined;
    let genre: string | undefined;
    let wording: GuardWording = { accepted: [], units: [] };
    // The writer's rules and templates live in the extension's database; until they arrive the
    // built-in ones check.
    void browser.runtime
      .sendMessage({ type: 'guard:config' })
      .then((reply) => {
        const config = parseMessage(GuardConfig, reply);
        if (!config) return;
        templates = withUserTemplates(
          config.templates.flatMap((t) => {
            const parsed = parseTemplate(t);
            return parsed.ok ? [parsed.template] : [];
          }),
        );
        rules = RuleSettings.safeParse(config.rules).data ?? {};
        marker = config.marker;
        genre = config.genre;
        // A damaged word list or unit list is left out whole, as the panel reads it.
        wording = GuardWording.safeParse(config.wording).data ?? wording;
      })
      .catch(() => undefined);

    let last: { reports: FieldReport[]; registries: FieldRegistry[] } | null = null;
    const registries = new WeakMap<Document, FieldRegistry>();
    // Labels and limits are found once per field; each decision reads only the texts again.
    const index: FieldIndex = new WeakMap();
    const errors = () => {
      const docs = reachableDocuments();
      const scan = {
        frames: docs.map((doc, frameId) => {
          const registry = registries.get(doc) ?? new FieldRegistry();
          registries.set(doc, registry);
          return { frameId, fields: scanFields(doc, registry, index), page: pageSignals(doc) };
        }),
      };
      // The writer's choice for the site, else the genre the whole page points to.
      const chosen = genre ?? pageGenre(scan, templates);
      const reports = checkForm(scan, {
        templates,
        rules,
        ...(marker ? { anonymisationMarker: marker } : {}),
        ...(chosen ? { genre: chosen } : {}),
        accepted: wording.accepted,
        units: wording.units,
        ...(wording.year !== undefined ? { year: wording.year } : {}),
      })
        .map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error') }))
        .filter((report) => report.findings.length > 0);
      last = { reports, registries: docs.map((doc) => registries.get(doc) as FieldRegistry) };
      return reports.reduce((n, report) => n + report.findings.length, 0);
    };

    const ask = async (): Promise<'back' | 'submit'> => {
      const found = last;
      if (!found) return 'submit';
      const items: DialogItem[] = found.reports.flatMap((report) =>
        report.findings.map((finding) => ({
          field: report.field.label || t('checkUnnamed'),
          message: t('uiLang').startsWith('zh') ? finding.message.zh : finding.message.en,
          excerpt: excerpt(report.field.text, finding.start, finding.end),
        })),
      );
      const answer = await askBeforeSubmit(document, items, {
        title: t('guardTitle', String(items.length)),
        intro: t('guardIntro'),
        back: t('guardBack'),
        submit: t('guardSubmit'),
        more: t('guardMore', String(Math.max(0, items.length - 12))),
        confirmHint: t('trust_guardConfirmHint'),
      });
      if (answer === 'back') {
        // Straight to the first error, selected, so the writer can start on it.
        const first = found.reports[0];
        const finding = first?.findings[0];
        const field = first && found.registries[first.frameId]?.get(first.field.id);
        if (field && finding) locateRange(field, finding.start, finding.end);
      }
      return answer;
    };

    const guard = guardSubmissions(window, {
      errors: () => {
        // The extension was updated or removed under this page: step aside for good.
        if (browser.runtime?.id === undefined) {
          guard.stop();
          world.__tianbaoGuard = undefined;
          return 0;
        }
        if (import.meta.env.MODE !== 'e2e') return errors();
        // The test build times each decision, for `npm run bench` (guard_decide_10000_ms).
        const start = performance.now();
        const found = errors();
        (world as { __tianbaoGuardMs?: number }).__tianbaoGuardMs = performance.now() - start;
        return found;
      },
      ask,
      notSent: (why) => showNotice(document, t(why === 'sent' ? 'trust_guardAlreadySent' : 'trust_guardPressAgain')),
    });
    world.__tianbaoGuard = guard;
  },
});

/** This frame's document and those of every frame of the page it may reach (same origin). */
function reachableDocuments(): Document[] {
  const docs: Document[] = [];
  const visit = (win: Window) => {
    let doc: Document;
    try {
      doc = win.document;
      if (!doc?.documentElement) return;
    } catch {
      return; // another origin
    }
    docs.push(doc);
    for (let i = 0; i < win.frames.length; i++) visit(win.frames[i] as Window);
  };
  let top: Window = window;
  try {
    // Up to the highest frame of the same origin.
    while (top.parent !== top && top.parent.document) top = top.parent;
  } catch {
    // The parent is another origin: start here.
  }
  visit(top);
  return docs;
}
