// Starts page.js's form part (entrypoints/background/inject.ts).
globalThis.__tianbaoPage?.form();
