globalThis.__tianbaoPage?.guard();
