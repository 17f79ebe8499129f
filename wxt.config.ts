import { defineConfig } from 'wxt';
import { barePageEntries, smallerPageScripts } from './scripts/page-script-plugins';
import { preloadStarted } from './scripts/preload-started';
import { TARGETS } from './scripts/targets';

/**
 * Firefox's add-on settings: a fixed id (storage, managed policy and AMO address it), the oldest
 * Firefox ESR we support, and the data-collection declaration addons.mozilla.org requires of new
 * add-ons: none, nothing leaves the machine.
 */
const GECKO = {
  gecko: {
    id: 'tianbao@tianbao.invalid',
    strict_min_version: `${TARGETS.firefox}.0`,
    data_collection_permissions: { required: ['none'] },
  },
};

/**
 * The end-to-end build (`npm run build:e2e`, mode "e2e") differs from the shipped one in two ways:
 * it is granted http://127.0.0.1/* (and http://localhost/*, a second origin for cross-origin
 * frames) so that tests can open the panel without a real toolbar click (headless Chromium has no
 * toolbar), and its service worker exposes `tianbaoTogglePanel` and `tianbaoFocusSearch`. See docs/testing.md.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` and `define*` come from.
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // Manifest V3 for every browser, Firefox included: WXT's default MV2 Firefox build drops
  // optional_host_permissions (始终启用 could not ask for a site) and Alt+Shift+Y.
  manifestVersion: 3,
  // The sources zip addons.mozilla.org asks for: what builds the add-on, without test output or pictures.
  zip: {
    excludeSources: [
      'tests/screenshots/**',
      'tests/.site/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'docs/images/**',
    ],
  },
  // Syntax is lowered for the oldest browsers we support; their APIs are checked by scripts/compat.ts.
  // (TIANBAO_SOURCEMAP=1 adds source maps, for `npm run page-bytes`; never in what ships.) The page
  // scripts start bare and are minified once more (scripts/page-script-plugins.ts, docs/fields.md).
  // The panel's entry starts the library's read, then imports its UI code: that code is preloaded
  // from the page as if imported statically (scripts/preload-started.ts, docs/panel.md).
  vite: () => ({
    plugins: [
      barePageEntries(),
      smallerPageScripts(),
      preloadStarted({
        'entrypoints/panel/index.html': ['entrypoints/panel/panel-app.tsx', 'components/panel/panel-search.ts'],
      }),
    ],
    build: {
      sourcemap: process.env.TIANBAO_SOURCEMAP === '1',
      target: [`chrome${TARGETS.chrome}`, `edge${TARGETS.edge}`, `firefox${TARGETS.firefox}`],
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // IT policy (storage.managed): Chrome and Edge read its schema from the package; Firefox takes
    // the values from policies.json without one (docs/policy.md).
    ...(browser === 'firefox'
      ? { browser_specific_settings: GECKO }
      : { minimum_chrome_version: TARGETS.chrome, storage: { managed_schema: 'managed_schema.json' } }),
    // activeTab: the panel works on the tab the user clicked the button in, nowhere else.
    // scripting: to inject the form content script into that tab on demand.
    // storage: session storage remembers which frame of a tab holds the field being typed in.
    // contextMenus: 保存为素材 on selected text.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Room for "always on here": a site is granted only when the user asks (issue #6/#8).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: '__MSG_commandToggle__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' },
        description: '__MSG_commandSaveSelection__',
      },
      // Alt+Shift+F is not among Chrome's or Edge's own shortcuts (theirs are Alt+F / Alt+E for the
      // menu, Alt+Shift+I feedback, Alt+Shift+T/A/B focus moves); four suggested keys are allowed.
      'focus-search': {
        suggested_key: { default: 'Alt+Shift+F', mac: 'Alt+Shift+F' },
        description: '__MSG_commandFocusSearch__',
      },
    },
    web_accessible_resources: [
      // The panel is an extension page framed into the form page.
      { resources: ['panel.html'], matches: ['http://*/*', 'https://*/*'] },
    ],
    // Extension pages (panel, options) and the service worker load only the extension's own files
    // and connect nowhere (no fetch, XHR, WebSocket: nothing leaves the machine); no plugin, no
    // <base>, no form posts, no frames inside them. Only web pages (http/https) may frame an
    // extension page, and of those only panel.html is web-accessible. React's style={{}} sets
    // styles through the CSSOM, which style-src does not restrict.
    content_security_policy: {
      extension_pages: [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
        'frame-ancestors http: https:',
      ].join('; '),
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script is injected at runtime only (activeTab); keep no empty manifest entry.
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
});
