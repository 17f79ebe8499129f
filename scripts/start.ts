import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, EXTENSION_DIR, findChromium, NO_CHROMIUM } from './browser';
import { buildSite, serveSite } from './site';

// `npm start`: after `npm run build` (the npm script runs it first), serves the bundled demo form
// on 127.0.0.1 and opens Chromium/Chrome with the extension loaded on it. Without a browser or a
// display it says so and prints what to open by hand instead.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PORT = Number(process.env.TIANBAO_PORT ?? 5178);

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`没有找到构建好的扩展 (${EXTENSION_DIR})：请先运行 npm run build。`);
  process.exit(1);
}

await buildSite();
const site = await serveSite(PORT).catch(() => serveSite(0));
const demo = site.url('demo-form');

console.log(`
填报助手 Tianbao
  扩展目录 Extension:  ${EXTENSION_DIR}
  演示表单 Demo form:  ${demo}
  打开侧边栏：点击工具栏上的“填报助手”按钮（在拼图图标里，可固定到工具栏），或按 Alt+Shift+Y。
  Open the panel: click the Tianbao toolbar button (under the puzzle icon) or press Alt+Shift+Y.
`);

const browser = findChromium();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY);

if (!browser || !hasDisplay) {
  console.log(browser ? '没有可用的图形界面（未设置 DISPLAY），无法打开浏览器。' : NO_CHROMIUM);
  console.log(
    [
      '',
      '手动试用：在 Chrome/Edge 打开 chrome://extensions，开启“开发者模式”，',
      `点击“加载已解压的扩展程序”，选择 ${EXTENSION_DIR}，然后打开 ${demo}`,
      'To try it by hand: open chrome://extensions, turn on Developer mode, choose "Load unpacked",',
      `pick ${EXTENSION_DIR}, then open ${demo}`,
      '',
      '演示表单会一直提供服务，按 Ctrl+C 结束。 The demo form stays served; press Ctrl+C to stop.',
    ].join('\n'),
  );
  process.on('SIGINT', () => void site.close().then(() => process.exit(0)));
} else {
  // A profile of its own, kept between runs so that the library survives a restart.
  const profile = join(ROOT, '.tianbao-profile');
  const args = [...chromiumArgs(EXTENSION_DIR, { headless: false }), `--user-data-dir=${profile}`, demo];
  // Chromium refuses to start as root with its sandbox on; only then is it turned off.
  if (process.getuid?.() !== 0) args.splice(args.indexOf('--no-sandbox'), 1);
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => void site.close().then(() => process.exit(0)));
  process.on('SIGINT', () => child.kill());
}
