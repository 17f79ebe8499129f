import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { markPageSends } from '@/lib/fields/page-sends';

/**
 * The page's send starts, marked for the check before 提交 (lib/fields/page-sends.ts). Runs in the
 * page's main world, registered beside the check only on the sites where the writer switched it
 * on (entrypoints/background/sites.ts: world MAIN, document start, every frame), before the page's
 * own scripts. Kept tiny: every byte counts toward the page budget.
 */
export default defineUnlistedScript({
  // No `var pageSends` in the page's global scope: a page script declaring that name would fail.
  globalName: false,
  main() {
    try {
      markPageSends(window);
    } catch {
      // A page that broke the built-ins it is given (injected after it loaded): no marks, and
      // no error of ours in its console or its unhandledrejection listeners.
    }
  },
});
