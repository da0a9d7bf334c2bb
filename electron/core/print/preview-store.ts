// Rendered print previews kept in memory, each under a random 128-bit id that is its capability: the
// renderer shows a preview in an iframe loading `/preview/<id>` (browser mode) or
// `app://kiemdiem/preview/<id>` (Electron), and an iframe load cannot carry the API token, so only
// whoever received the id from `print.previewOpen` can fetch the document. Documents expire after
// ten minutes and at most twenty are kept (the oldest go first). Layer: electron/core.
import { randomBytes } from 'node:crypto';

export interface PreviewDocument {
  id: string;
  title: string;
  html: string;
  /** When it was stored, in ms since the epoch (the store's clock). */
  createdAt: number;
}

export interface PreviewStoreOptions {
  /** How long a document is served (default 10 minutes). */
  ttlMs?: number;
  /** How many documents are kept at most (default 20). */
  max?: number;
  /** Clock in ms, injectable for tests (default Date.now). */
  now?: () => number;
}

export interface PreviewStore {
  /** Stores a document and returns its new id (32 lower-case hex digits). */
  put(title: string, html: string): PreviewDocument;
  /** The document of an id, or null when unknown, malformed or expired. */
  get(id: string): PreviewDocument | null;
  /** Documents currently kept (expired ones are dropped first). */
  size(): number;
  clear(): void;
}

export const PREVIEW_TTL_MS = 10 * 60_000;
export const PREVIEW_MAX = 20;
const ID_PATTERN = /^[0-9a-f]{32}$/;

export function createPreviewStore(options: PreviewStoreOptions = {}): PreviewStore {
  const ttl = options.ttlMs ?? PREVIEW_TTL_MS;
  const max = options.max ?? PREVIEW_MAX;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: the first entries are the oldest.
  const docs = new Map<string, PreviewDocument>();

  const expired = (d: PreviewDocument, at: number) => at - d.createdAt >= ttl;
  function sweep(at: number) {
    for (const [id, d] of docs) if (expired(d, at)) docs.delete(id);
  }

  return {
    put(title, html) {
      const at = now();
      sweep(at);
      let id = randomBytes(16).toString('hex');
      while (docs.has(id)) id = randomBytes(16).toString('hex');
      const doc: PreviewDocument = { id, title, html, createdAt: at };
      docs.set(id, doc);
      while (docs.size > max) {
        const oldest = docs.keys().next().value;
        if (oldest === undefined) break;
        docs.delete(oldest);
      }
      return doc;
    },
    get(id) {
      if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
      const doc = docs.get(id);
      if (!doc) return null;
      if (expired(doc, now())) {
        docs.delete(id);
        return null;
      }
      return doc;
    },
    size() {
      sweep(now());
      return docs.size;
    },
    clear() {
      docs.clear();
    },
  };
}
