import { sitePattern } from './sites';

// Before issue 15 a site's always-on grant was its host's pattern without a port (`http://host/*`,
// every port of the host: every other service it runs), or `*://host/*` (both schemes). Now a
// grant is the site's exact origin (`http://host:8080/*`). Grants the browser already holds stay
// until removed. Measured in Chromium 156: removing a broad grant also removes every grant it
// contains (the site's exact one included), and adding one takes the writer's click and the
// browser's prompt, even for a pattern a held grant covers. So an old grant is narrowed only on the
// writer's click: it is removed, then the exact origins of the always-on sites under it are asked
// for again, in one prompt.

/** A host permission of the form `scheme://host[:port]/*`, as parsed here. */
interface HostPattern {
  /** `http`, `https`, or `*` for both. */
  scheme: string;
  host: string;
  /** Undefined: every port. */
  port?: string;
}

const HOST_PATTERN = /^(\*|https?):\/\/([^/:*]+)(?::(\d+))?\/\*$/;

/** `pattern` parsed, or null for any other shape (wildcard hosts, `<all_urls>`, paths): never ours. */
export function parseHostPattern(pattern: string): HostPattern | null {
  const match = HOST_PATTERN.exec(pattern);
  if (!match?.[1] || !match[2]) return null;
  return { scheme: match[1], host: match[2].toLowerCase(), ...(match[3] ? { port: match[3] } : {}) };
}

/** Whether host permission `pattern` gives access to the pages of `site` (an origin). */
export function patternCovers(pattern: string, site: string): boolean {
  const parsed = parseHostPattern(pattern);
  if (!parsed) return false;
  const exact = parseHostPattern(sitePattern(site));
  if (!exact) return false;
  return (
    (parsed.scheme === '*' || parsed.scheme === exact.scheme) &&
    parsed.host === exact.host &&
    (parsed.port === undefined || parsed.port === exact.port)
  );
}

/** Whether `pattern` is a host's pattern wider than any one origin (every port, or both schemes). */
export function isBroadHostPattern(pattern: string): boolean {
  const parsed = parseHostPattern(pattern);
  return parsed !== null && (parsed.port === undefined || parsed.scheme === '*');
}

/** An old broad grant and the always-on sites under it (each needs its exact grant when it goes). */
export interface OldGrant {
  pattern: string;
  sites: string[];
}

/**
 * The old broad grants the browser holds (`granted`) that cover some of the writer's always-on
 * sites (`alwaysOn`: origins, port included), each with those sites. Grants the manifest itself
 * lists (`required`, never removable), exact ones, other shapes and broad grants covering no
 * always-on site (not made for a site the extension keeps on) are left alone.
 */
export function oldGrants({
  granted,
  required,
  alwaysOn,
}: {
  granted: readonly string[];
  required: readonly string[];
  alwaysOn: readonly string[];
}): OldGrant[] {
  return granted
    .filter((pattern) => !required.includes(pattern) && isBroadHostPattern(pattern))
    .map((pattern) => ({ pattern, sites: alwaysOn.filter((site) => patternCovers(pattern, site)) }))
    .filter((grant) => grant.sites.length > 0);
}

/**
 * The broad grants to remove with `site`'s own when the writer revokes it: those covering it and
 * no other site the writer has settings for (a grant for another site of theirs stays).
 */
export function broadGrantsOnlyFor(site: string, granted: readonly string[], otherSites: readonly string[]): string[] {
  return granted.filter(
    (pattern) =>
      isBroadHostPattern(pattern) &&
      patternCovers(pattern, site) &&
      !otherSites.some((other) => other !== site && patternCovers(pattern, other)),
  );
}
