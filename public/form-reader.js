globalThis.__tianbaoPage?.reader();
