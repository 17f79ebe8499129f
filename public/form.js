// Starts the form part of page.js, which is loaded just before this file (entrypoints/page/ and
// entrypoints/background/inject.ts say which file loads when).
globalThis.__tianbaoPage?.form();
