import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { canonicalDocumentHash, sha256Hex } from './canonical-document';

/** One document of the safelist: its id as listed, its text, and the hashes it is found by. */
export interface PersistedDocument {
  id: string;
  text: string;
  sha256: string;
}

/**
 * The first-party safelist: the documents the web client's codegen wrote to
 * `web/src/__generated__/persisted-documents.json` (`{ "<id>": "<document>" }`, the id being the
 * SHA-1 of the text with the client preset's default). A document is found by its listed id (a
 * `documentId` without prefix), by the SHA-256 of its text (`documentId: "sha256:<hex>"`, the APQ
 * `sha256Hash`), or, for a client sending the full text, by its canonical form.
 */
export class PersistedDocuments {
  private readonly byId = new Map<string, PersistedDocument>();
  private readonly bySha256 = new Map<string, PersistedDocument>();
  private readonly byCanonical = new Map<string, PersistedDocument>();

  constructor(entries: Record<string, string> = {}) {
    for (const [id, text] of Object.entries(entries)) {
      const document = { id, text, sha256: sha256Hex(text) };
      this.byId.set(id, document);
      this.bySha256.set(document.sha256, document);
      this.byCanonical.set(canonicalDocumentHash(parse(text, { noLocation: true })), document);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** The document a `documentId` names: `sha256:<hex>` of its text, or its id as listed. */
  byDocumentId(documentId: string): PersistedDocument | undefined {
    return documentId.startsWith('sha256:')
      ? this.bySha256.get(documentId.slice('sha256:'.length))
      : this.byId.get(documentId);
  }

  /** The document an APQ `sha256Hash` names. */
  bySha256Hash(hash: string): PersistedDocument | undefined {
    return this.bySha256.get(hash.toLowerCase());
  }

  /** The listed document a client's full text stands for (see canonicalDocumentHash). */
  byCanonicalHash(canonicalHash: string): PersistedDocument | undefined {
    return this.byCanonical.get(canonicalHash);
  }
}

/**
 * Reads the safelist file. A missing file is an empty list unless `required` (a safelist that is
 * logged or enforced must exist); anything else wrong with it stops the start with a sentence
 * naming the file.
 */
export function loadPersistedDocuments(file: string, required: boolean): PersistedDocuments {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return new PersistedDocuments();
    throw new Error(
      `Cannot read the safelist at ${file} (${code ?? (error as Error).message}); run \`npm run codegen\` or set SAFELIST_PATH.`,
    );
  }
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    throw new Error(`The safelist at ${file} is not JSON.`);
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    throw new Error(`The safelist at ${file} must be a JSON object of id → document.`);
  for (const [id, document] of Object.entries(entries)) {
    if (typeof document !== 'string') throw new Error(`The safelist at ${file}: "${id}" is not a document.`);
    try {
      parse(document);
    } catch (error) {
      throw new Error(`The safelist at ${file}: "${id}" does not parse (${(error as Error).message}).`);
    }
  }
  return new PersistedDocuments(entries as Record<string, string>);
}
