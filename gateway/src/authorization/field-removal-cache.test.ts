import { buildSchema, getOperationAST, parse, print } from 'graphql';
import { FieldRemovalCache } from './field-removal-cache';

const sdl = 'type Query { hello: String secret: String other: String }';
const source = '{ hello secret other }';
const document = parse(source);
const operation = getOperationAST(document)!;

describe('FieldRemovalCache: one rewrite per (document, forbidden fields)', () => {
  it('returns the same rewrite for the same document and refusals, in whatever order they come', () => {
    const cache = new FieldRemovalCache();
    const schema = buildSchema(sdl);
    const first = cache.removalFor(
      schema,
      source,
      document,
      operation,
      new Set(['Query.secret', 'Query.other']),
    );
    const again = cache.removalFor(
      schema,
      source,
      parse(source),
      operation,
      new Set(['Query.other', 'Query.secret']),
    );
    expect(again).toBe(first);
    expect(print(first.document)).not.toMatch(/\bsecret\b|\bother\b/);
  });

  it('keeps different refusals, operations and schemas apart', () => {
    const cache = new FieldRemovalCache();
    const schema = buildSchema(sdl);
    const secret = cache.removalFor(schema, source, document, operation, new Set(['Query.secret']));
    const other = cache.removalFor(schema, source, document, operation, new Set(['Query.other']));
    expect(other).not.toBe(secret);
    expect(other.queryHash).not.toBe(secret.queryHash);
    expect(print(secret.document)).toContain('other');
    const updated = cache.removalFor(
      buildSchema(sdl),
      source,
      document,
      operation,
      new Set(['Query.secret']),
    );
    expect(updated).not.toBe(secret);
    expect(updated.queryHash).toBe(secret.queryHash);
  });

  it('rewrites documents past the length cap every time instead of holding them', () => {
    const cache = new FieldRemovalCache(10, 8);
    const schema = buildSchema(sdl);
    const forbidden = new Set(['Query.secret']);
    const first = cache.removalFor(schema, source, document, operation, forbidden);
    expect(cache.removalFor(schema, source, document, operation, forbidden)).not.toBe(first);
  });
});
