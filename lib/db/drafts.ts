import { Dexie, type EntityTable } from 'dexie';

/** One saved version of what the writer typed into one field of one page. */
export interface DraftVersion {
  id?: number;
  /** The page's origin (`https://oa.example.gov.cn`). */
  site: string;
  /** The page's path on that site (`/kaohe/edit`). */
  page: string;
  /** The field's identity on that page (lib/drafts/identity.ts). */
  field: string;
  /** The field's label or name when it was saved, for the lists. */
  label: string;
  /** The page's title when it was saved. */
  title: string;
  text: string;
  /** The field's whole length when `text` is only its first MAX_DRAFT_CHARS characters (not indexed). */
  cut?: number;
  /** Storage cost in bytes (two per UTF-16 unit), indexed so the total is read without the texts. */
  size: number;
  /** When this version was started and last grown (ms since the epoch). */
  createdAt: number;
  savedAt: number;
}

/** The database name in the extension's origin. Never opened from a content script. */
export const DRAFTS_DB_NAME = 'tianbao-drafts';

/**
 * Drafts live in a database of their own, so the shipped `tianbao` schema stays as it is and
 * clearing or evicting drafts never touches the library. A shipped version is never edited.
 */
export class DraftsDB extends Dexie {
  versions!: EntityTable<DraftVersion, 'id'>;

  constructor(name = DRAFTS_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      versions: '++id, [site+page+field], [site+page], site, savedAt, size',
    });
  }
}

let shared: DraftsDB | undefined;

/** The drafts database of this extension context, opened on first use. */
export function draftsDatabase(): DraftsDB {
  shared ??= new DraftsDB();
  return shared;
}
