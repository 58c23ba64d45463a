// Opens the knowledge base a command names: --db FILE, else $PARKLENS_DB, else ./parklens.db.
import { DEFAULT_DB_FILE, SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export function dbPath(flag: string | boolean | undefined): string {
  return (typeof flag === 'string' && flag) || process.env.PARKLENS_DB || DEFAULT_DB_FILE;
}

export function openStore(flag?: string | boolean): Store {
  return new SqliteStore(dbPath(flag));
}
