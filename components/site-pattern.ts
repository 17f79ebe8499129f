import { sitePattern } from '@/lib/settings/sites';

/**
 * The host permission pattern of `site` in the browser this build is for: its exact origin, port
 * included, in Chrome and Edge; in Firefox, whose match patterns cannot name a port, its host.
 */
export function grantPattern(site: string): string {
  return sitePattern(site, { port: !import.meta.env.FIREFOX });
}
