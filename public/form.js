globalThis.__tianbaoPage?.form();
