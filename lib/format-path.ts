/**
 * A path into a JSON value as a writer who edits the file reads it: `snippets[3].title`,
 * `sections[2].aliases[0]`; the empty path is the empty string (callers name the root their way).
 * The one formatter for zod issue paths and for the import checks' own walk paths.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
