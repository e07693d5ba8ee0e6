import { createHash } from 'node:crypto';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse, visit, type DocumentNode } from 'graphql';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What a document is for the safelist, independent of how a client printed it: the web client's
 * codegen lists each document printed with `printExecutableGraphQLDocument` (selections sorted,
 * whitespace reduced), while urql prints the same operation its own way and its normalized cache
 * adds `__typename` to every selection set. So both sides drop unaliased `__typename` (it reveals
 * only type names and costs nothing) and are printed the codegen's way; equal prints are the same
 * operation. Mutation root fields keep their order (it is their execution order).
 */
export function canonicalDocumentHash(document: DocumentNode): string {
  const withoutTypename = visit(document, {
    Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
  });
  return sha256Hex(printExecutableGraphQLDocument(withoutTypename));
}

/** The canonical hash of a document's text, or null when it does not parse (within `maxTokens`). */
export function canonicalHashOfText(text: string, maxTokens: number): string | null {
  let document: DocumentNode;
  try {
    document = parse(text, { noLocation: true, maxTokens });
  } catch {
    return null;
  }
  return canonicalDocumentHash(document);
}
