import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { E2E_EXTENSION_DIR, launchWithExtension } from '../../scripts/browser';
import { expect, sitePatternOf, siteUrl, test } from './fixtures';

// Chromium on Linux reads managed policy from every JSON file here, for every Chromium on the machine.
const POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: from the SHA-256 of its absolute path, in letters a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * A real policy file, written before the browser starts and removed after. It cannot reach other
 * tests on this machine: it names only the id of a copy of the build at a path of its own (so no
 * other extension, this worktree's or another's, has that id), under a file name of its own.
 */
test('policy set by IT is applied and shown locked: marker, retention, a site kept on with the check before 提交', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tianbao-policy-'));
  const extensionDir = join(root, 'extension');
  cpSync(E2E_EXTENSION_DIR, extensionDir, { recursive: true });
  const id = unpackedId(extensionDir);
  const origin = new URL(siteUrl('demo-form')).origin;
  const policyFile = join(POLICY_DIR, `tianbao-test-${randomUUID()}.json`);
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    policyFile,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [id]: {
            sites: [origin],
            submitCheck: true,
            anonymisationMarker: '*',
            draftRetentionDays: 7,
            unitPack: readFileSync(resolve('tests/fixtures/packs/xian-fgj-2026.1.json'), 'utf8'),
          },
        },
      },
    }),
  );
  const profile = join(root, 'profile');
  let context: Awaited<ReturnType<typeof launchWithExtension>>['context'] | undefined;
  try {
    const launched = await launchWithExtension(profile, extensionDir);
    context = launched.context;
    expect(new URL(launched.worker.url()).host).toBe(id);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#preferences`);
    const marker = options.getByLabel('匿名化标记');
    await expect(marker).toHaveValue('*');
    await expect(marker).toBeDisabled();
    await expect(options.getByLabel('草稿保留天数')).toHaveValue('7');
    await expect(options.getByLabel('草稿保留天数')).toBeDisabled();
    await expect(options.locator('#preferences')).toContainText('由单位管理员通过策略设置，不能在此更改。');

    // The policy's site is listed, kept on with the check before 提交, and cannot be switched off.
    const site = options.getByRole('listitem', { name: new URL(origin).host });
    await expect(site.getByLabel(/^始终启用/)).toBeChecked();
    await expect(site.getByLabel(/^始终启用/)).toBeDisabled();
    await expect(site.getByLabel('提交前检查')).toBeChecked();
    await expect(site.getByLabel('提交前检查')).toBeDisabled();
    // And the scripts are registered there without the writer doing anything.
    const registered = await launched.worker.evaluate(async () => {
      const g = globalThis as unknown as {
        tianbaoSyncSites(): Promise<void>;
        tianbaoRegisteredSites(): Promise<Record<string, string[]>>;
      };
      await g.tianbaoSyncSites();
      return g.tianbaoRegisteredSites();
    });
    // The policy's unit pack is installed, marked as policy's, with no way to remove it here.
    const pack = options.locator('#packs').getByRole('listitem', { name: '某县发改局素材包' });
    await expect(pack).toContainText('由单位策略安装');
    await expect(pack.getByRole('button')).toHaveCount(0);
    expect(registered).toEqual({
      'tianbao-always-on': [sitePatternOf('demo-form')],
      'tianbao-submit-check': [sitePatternOf('demo-form')],
    });
  } finally {
    rmSync(policyFile, { force: true });
    await context?.close();
    rmSync(root, { recursive: true, force: true });
  }
});
