// Starts page.js's reader part (entrypoints/background/inject.ts).
globalThis.__tianbaoPage?.reader();
