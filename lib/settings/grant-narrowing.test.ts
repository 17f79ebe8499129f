import { describe, expect, it } from 'vitest';
import { broadGrantsOnlyFor, isBroadHostPattern, oldGrants, parseHostPattern, patternCovers } from './grant-narrowing';

const REQUIRED = ['http://127.0.0.1/*'];

describe('host patterns', () => {
  it('parses a host’s pattern, and leaves every other shape alone', () => {
    expect(parseHostPattern('http://oa.gov.cn:8080/*')).toEqual({ scheme: 'http', host: 'oa.gov.cn', port: '8080' });
    expect(parseHostPattern('*://OA.gov.cn/*')).toEqual({ scheme: '*', host: 'oa.gov.cn' });
    for (const other of ['<all_urls>', 'http://*/*', 'https://*.gov.cn/*', 'http://oa.gov.cn/app/*', 'file:///*']) {
      expect(parseHostPattern(other), other).toBeNull();
    }
  });
  it('a port-less or any-scheme pattern is broad; an exact origin is not', () => {
    expect(isBroadHostPattern('http://oa.gov.cn/*')).toBe(true);
    expect(isBroadHostPattern('*://oa.gov.cn:443/*')).toBe(true);
    expect(isBroadHostPattern('https://oa.gov.cn:443/*')).toBe(false);
    expect(isBroadHostPattern('<all_urls>')).toBe(false);
  });
  it('covers a site by scheme, host and port (the default port written out)', () => {
    expect(patternCovers('http://oa.gov.cn/*', 'http://oa.gov.cn:8080')).toBe(true);
    expect(patternCovers('http://oa.gov.cn/*', 'https://oa.gov.cn')).toBe(false);
    expect(patternCovers('*://oa.gov.cn/*', 'https://oa.gov.cn')).toBe(true);
    expect(patternCovers('https://oa.gov.cn:443/*', 'https://oa.gov.cn')).toBe(true);
    expect(patternCovers('http://oa.gov.cn:80/*', 'http://oa.gov.cn:8080')).toBe(false);
    expect(patternCovers('http://gov.cn/*', 'http://oa.gov.cn')).toBe(false);
  });
});

describe('oldGrants', () => {
  it('finds an old all-port grant with the always-on site under it, also when the exact grant is held', () => {
    for (const granted of [['http://oa.gov.cn/*'], ['http://oa.gov.cn/*', 'http://oa.gov.cn:8080/*']]) {
      expect(
        oldGrants({ granted: [...REQUIRED, ...granted], required: REQUIRED, alwaysOn: ['http://oa.gov.cn:8080'] }),
      ).toEqual([{ pattern: 'http://oa.gov.cn/*', sites: ['http://oa.gov.cn:8080'] }]);
    }
  });
  it('an any-scheme grant over an https site on its default port', () => {
    expect(oldGrants({ granted: ['*://oa.gov.cn/*'], required: [], alwaysOn: ['https://oa.gov.cn'] })).toEqual([
      { pattern: '*://oa.gov.cn/*', sites: ['https://oa.gov.cn'] },
    ]);
  });
  it('lists every always-on site under the grant, so that none loses its access when it goes', () => {
    const found = oldGrants({
      granted: ['http://oa.gov.cn/*'],
      required: [],
      alwaysOn: ['http://oa.gov.cn:8080', 'http://oa.gov.cn:9090', 'https://oa.gov.cn'],
    });
    expect(found).toEqual([
      { pattern: 'http://oa.gov.cn/*', sites: ['http://oa.gov.cn:8080', 'http://oa.gov.cn:9090'] },
    ]);
  });
  it('leaves alone exact grants, grants for no always-on site, other shapes and what the manifest requires', () => {
    const found = oldGrants({
      granted: [...REQUIRED, 'http://oa.gov.cn:8080/*', 'http://mail.gov.cn/*', 'https://*.gov.cn/*', '<all_urls>'],
      required: REQUIRED,
      alwaysOn: ['http://127.0.0.1:5173', 'http://oa.gov.cn:8080', 'https://x.gov.cn'],
    });
    expect(found).toEqual([]);
  });
});

describe('broadGrantsOnlyFor (revoking a site)', () => {
  it('takes the old grant that covered only the revoked site', () => {
    expect(broadGrantsOnlyFor('http://oa.gov.cn:8080', ['http://oa.gov.cn/*', 'http://mail.gov.cn/*'], [])).toEqual([
      'http://oa.gov.cn/*',
    ]);
  });
  it('keeps it while another site of the writer lies under it', () => {
    const others = ['http://oa.gov.cn:8080', 'http://oa.gov.cn:9090'];
    expect(broadGrantsOnlyFor('http://oa.gov.cn:8080', ['http://oa.gov.cn/*'], others)).toEqual([]);
  });
  it('never an exact grant (the caller removes the site’s own)', () => {
    expect(broadGrantsOnlyFor('http://oa.gov.cn:8080', ['http://oa.gov.cn:8080/*'], [])).toEqual([]);
  });
});
