import { describe, expect, it } from 'vitest';
import { forgetSite, loadSite, loadSites, memoryArea, SITE_KEY_PREFIX, siteOf, sitePattern, updateSite } from './sites';

const SITE = 'https://oa.example.gov.cn';

describe('site settings', () => {
  it('gives the defaults for a site never seen', async () => {
    expect(await loadSite(memoryArea(), SITE)).toEqual({
      alwaysOn: false,
      submitCheck: false,
      drafts: 'auto',
      excludedFields: [],
      offered: false,
    });
  });

  it('changes one setting and keeps the others', async () => {
    const area = memoryArea();
    await updateSite(area, SITE, { submitCheck: true, genre: 'shuzhi' });
    await updateSite(area, SITE, { alwaysOn: true });
    expect(await loadSite(area, SITE)).toMatchObject({ alwaysOn: true, submitCheck: true, genre: 'shuzhi' });
  });

  it('reads a damaged entry as the defaults instead of failing', async () => {
    const area = memoryArea({ [SITE_KEY_PREFIX + SITE]: { alwaysOn: 'yes', drafts: 7 } });
    expect(await loadSite(area, SITE)).toMatchObject({ alwaysOn: false, drafts: 'auto' });
  });

  it('lists sites in order and forgets one', async () => {
    const area = memoryArea({ other: 1 });
    await updateSite(area, 'https://b.gov.cn', { submitCheck: true });
    await updateSite(area, 'http://a.gov.cn:8080', { alwaysOn: true });
    expect((await loadSites(area)).map(([site]) => site)).toEqual(['http://a.gov.cn:8080', 'https://b.gov.cn']);
    await forgetSite(area, 'https://b.gov.cn');
    expect((await loadSites(area)).map(([site]) => site)).toEqual(['http://a.gov.cn:8080']);
    expect(await area.get('other')).toEqual({ other: 1 });
  });

  it('names the site of http(s) pages only, and the pattern that covers it', () => {
    expect(siteOf('https://oa.example.gov.cn/a/b?c=1')).toBe(SITE);
    expect(siteOf('http://10.1.2.3:8080/x')).toBe('http://10.1.2.3:8080');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('file:///tmp/x.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    // The exact origin: port included, the default one written out (no port would mean every port).
    expect(sitePattern('http://10.1.2.3:8080')).toBe('http://10.1.2.3:8080/*');
    expect(sitePattern('https://oa.example.gov.cn')).toBe('https://oa.example.gov.cn:443/*');
    // Firefox's patterns cannot name a port: its host's pattern instead.
    expect(sitePattern('http://10.1.2.3:8080', { port: false })).toBe('http://10.1.2.3/*');
    expect(sitePattern('http://oa.example.gov.cn')).toBe('http://oa.example.gov.cn:80/*');
  });
});

describe('site settings read back', () => {
  it.each([
    ['a genre too long', { genre: 'x'.repeat(101) }],
    ['a genre that is no text', { genre: 3 }],
    ['an excluded list that is no list', { excludedFields: 'a' }],
    ['an excluded key that is no text', { excludedFields: ['a', 2] }],
    ['an entry that is a list', [true]],
    ['an entry that is text', 'on'],
  ])('takes the defaults for %s', async (_, entry) => {
    const area = memoryArea({ [SITE_KEY_PREFIX + SITE]: entry });
    expect(await loadSite(area, SITE)).toEqual({
      alwaysOn: false,
      submitCheck: false,
      drafts: 'auto',
      excludedFields: [],
      offered: false,
    });
  });

  it('keeps every valid setting, and drops keys it does not know', async () => {
    const stored = { alwaysOn: true, genre: 'shuzhi', drafts: 'off', excludedFields: ['#a'], offered: true, x: 1 };
    const area = memoryArea({ [SITE_KEY_PREFIX + SITE]: stored });
    expect(await loadSite(area, SITE)).toEqual({
      alwaysOn: true,
      submitCheck: false,
      genre: 'shuzhi',
      drafts: 'off',
      excludedFields: ['#a'],
      offered: true,
    });
  });
});
