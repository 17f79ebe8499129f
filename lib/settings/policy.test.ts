import { describe, expect, it } from 'vitest';
import { applySitePolicy, effectivePreferences, readPolicy, sitesWithPolicy } from './policy';
import { type SiteSettings, siteDefaults } from './sites';

const defaults = siteDefaults();

describe('readPolicy', () => {
  it('keeps the fields that validate, reports the others, and ignores unknown keys', () => {
    const read = readPolicy({
      sites: ['https://oa.example.gov.cn/kaohe/', 'not a url', 'http://10.1.2.3:8080'],
      submitCheck: true,
      anonymisationMarker: '**',
      draftRetentionDays: 7,
      drafts: 'yes',
      somethingElse: 1,
    });
    expect(read.policy).toEqual({
      sites: ['https://oa.example.gov.cn', 'http://10.1.2.3:8080'],
      submitCheck: true,
      draftRetentionDays: 7,
    });
    expect(read.invalid.sort()).toEqual(['anonymisationMarker', 'drafts']);
    expect(readPolicy(undefined)).toEqual({ policy: {}, invalid: [] });
  });
});

describe('effectivePreferences', () => {
  it('policy wins and is locked; the retention defaults to 30 days', () => {
    expect(effectivePreferences({ anonymisationMarker: '某' }, {})).toEqual({
      preferences: { anonymisationMarker: '某', draftRetentionDays: 30 },
      locked: [],
    });
    expect(
      effectivePreferences(
        { anonymisationMarker: '某', draftRetentionDays: 90 },
        { anonymisationMarker: '*', draftRetentionDays: 7 },
      ),
    ).toEqual({
      preferences: { anonymisationMarker: '*', draftRetentionDays: 7 },
      locked: ['anonymisationMarker', 'draftRetentionDays'],
    });
  });
});

describe('site policy', () => {
  it('keeps the policy’s sites on with the check before 提交 locked on, and drafts off when policy says so', () => {
    const site = 'https://oa.example.gov.cn';
    expect(applySitePolicy(site, defaults, { sites: [site], submitCheck: true })).toEqual({
      settings: { ...defaults, alwaysOn: true, submitCheck: true },
      locked: ['alwaysOn', 'submitCheck'],
    });
    // A site the writer switched on gets the locked check too; one that is off does not.
    const own = { ...defaults, alwaysOn: true };
    expect(applySitePolicy('https://b.gov.cn', own, { submitCheck: true }).settings.submitCheck).toBe(true);
    expect(applySitePolicy('https://c.gov.cn', defaults, { submitCheck: true }).settings.submitCheck).toBe(false);
    expect(applySitePolicy(site, defaults, { drafts: false })).toEqual({
      settings: { ...defaults, drafts: 'off' },
      locked: ['drafts'],
    });
  });

  it('adds a unit pack’s sites the writer has no settings for, kept on with the pack’s switches', () => {
    const own: [string, SiteSettings][] = [['https://a.gov.cn', { ...defaults }]];
    const packed = [
      { site: 'https://a.gov.cn', submitCheck: true },
      { site: 'https://oa.example.gov.cn', submitCheck: true, genre: 'kaohe-gwy' },
    ];
    expect(sitesWithPolicy(own, {}, packed)).toEqual([
      ['https://a.gov.cn', defaults],
      ['https://oa.example.gov.cn', { ...defaults, alwaysOn: true, submitCheck: true, genre: 'kaohe-gwy' }],
    ]);
  });

  it('lists the writer’s sites and the policy’s, each once', () => {
    const own: [string, SiteSettings][] = [['https://a.gov.cn', { ...defaults, genre: 'shuzhi' }]];
    const all = sitesWithPolicy(own, { sites: ['https://a.gov.cn', 'https://b.gov.cn'] });
    expect(all.map(([site, s]) => [site, s.alwaysOn, s.genre])).toEqual([
      ['https://a.gov.cn', true, 'shuzhi'],
      ['https://b.gov.cn', true, undefined],
    ]);
  });
});
