// Starts page.js's guard part (entrypoints/background/inject.ts).
globalThis.__tianbaoPage?.guard();
