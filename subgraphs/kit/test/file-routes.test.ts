import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  countRows,
  fetchSigned,
  graphqlError,
  signedHeaders,
  startTestSubgraph,
  type FileRoute,
  type RunningSubgraph,
  type SignedHeaders,
  type SubgraphModule,
} from '../src';

class CreateNotes implements MigrationInterface {
  name = 'CreateNotes1000000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create table kit_files.notes (tenant_id uuid not null, body text not null)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table kit_files.notes`);
  }
}

/** Writes a note in the request transaction, then answers as `?outcome=` asks. */
const writeNote: FileRoute = {
  method: 'POST',
  path: 'notes/write',
  permission: 'kit.note:write',
  description: 'test route',
  handle: async ({ ctx, body, query }) => {
    let text = '';
    for await (const chunk of body) text += String(chunk);
    await ctx.db.run((manager) =>
      manager.query('insert into kit_files.notes (tenant_id, body) values ($1, $2)', [
        ctx.caller.tenantId,
        text,
      ]),
    );
    const outcome = query.get('outcome');
    if (outcome === 'refuse') return { status: 400, body: { refused: true } };
    if (outcome === 'throw-code') throw graphqlError('CONFLICT', 'Taken.');
    if (outcome === 'crash') throw new Error('secret internal detail');
    return { status: 201, body: { written: text.length } };
  },
};

const streamNotes: FileRoute = {
  method: 'GET',
  path: 'notes/stream',
  permission: 'kit.note:read',
  description: 'test route',
  handle: async ({ response, query }) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first part;');
    if (query.get('outcome') === 'fail-midway') throw new Error('failed while streaming');
    response.end('done');
  },
};

const filesModule: SubgraphModule = {
  name: 'kit_files',
  defaultPort: 0,
  typeDefs: parse('type Query { ping: String }'),
  resolvers: { Query: { ping: () => 'pong' } },
  database: { schema: 'kit_files', entities: [], migrations: [CreateNotes] },
  files: [writeNote, streamNotes],
};

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(filesModule);
});
afterAll(async () => {
  await subgraph?.stop();
});

const url = (path: string) => `http://127.0.0.1:${subgraph.port}/files/${path}`;
const headersFor = (tenantId: string, permissions: string[]) =>
  signedHeaders({ audience: 'kit_files', tenantId, userId: randomUUID(), permissions });
const notesOf = (tenantId: string) =>
  countRows('select 1 from kit_files.notes where tenant_id = $1', [tenantId]);

describe('file routes declared by a module', () => {
  it('commit the request transaction when the handler answers below 400', async () => {
    const tenantId = randomUUID();
    const response = await fetchSigned(url('notes/write'), headersFor(tenantId, ['kit.note:write']), {
      method: 'POST',
      body: 'hello',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ written: 5 });
    expect(await notesOf(tenantId)).toBe(1);
  });

  it.each([
    ['refuse', 400, { refused: true }],
    ['throw-code', 409, { errors: [{ message: 'Taken.', extensions: { code: 'CONFLICT' } }] }],
    [
      'crash',
      500,
      { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    ],
  ])('roll it back when the handler answers %s (%i)', async (outcome, status, body) => {
    const tenantId = randomUUID();
    const response = await fetchSigned(
      url(`notes/write?outcome=${outcome}`),
      headersFor(tenantId, ['kit.note:write']),
      {
        method: 'POST',
        body: 'hello',
      },
    );
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
    expect(await notesOf(tenantId)).toBe(0);
  });

  it('refuse a missing signature (401), a missing tenant or permission (403), another method (405)', async () => {
    const tenantId = randomUUID();
    const post = (headers: SignedHeaders, path = 'notes/write') =>
      fetchSigned(url(path), headers, { method: 'POST', body: 'x' }).then((response) => response.status);
    const unsigned = await fetch(url('notes/write'), { method: 'POST', body: 'x' });
    expect(unsigned.status).toBe(401);
    expect(await post(headersFor(tenantId, ['kit.note:read']))).toBe(403);
    expect(
      await post(
        signedHeaders({
          audience: 'kit_files',
          tenantId: null,
          userId: randomUUID(),
          permissions: ['kit.note:write'],
        }),
      ),
    ).toBe(403);
    expect(await post(signedHeaders({ audience: 'other', tenantId, permissions: ['kit.note:write'] }))).toBe(
      401,
    );
    expect(await post(headersFor(tenantId, ['kit.note:read']), 'notes/stream')).toBe(405);
    expect(await notesOf(tenantId)).toBe(0);
  });

  it('refuse a context signed for another route, query, length or type (401 CONTEXT_BODY_MISMATCH), writing nothing', async () => {
    const tenantId = randomUUID();
    const signed = headersFor(tenantId, ['kit.note:write']);
    const send = (bound: Record<string, string>, target = 'notes/write', body = 'hello') =>
      fetch(url(target), { method: 'POST', headers: { 'content-type': 'text/plain', ...bound }, body });
    const request = {
      method: 'POST',
      target: '/files/notes/write',
      contentLength: 5,
      contentType: 'text/plain',
    };
    const replays = [
      // The context of a POST to notes/write?outcome=refuse, sent to notes/write (a success).
      send(signed.forStream({ ...request, target: '/files/notes/write?outcome=refuse' })),
      send(signed.forStream({ ...request, contentLength: 4 })),
      send(signed.forStream({ ...request, contentType: 'text/csv' })),
      send(signed.forStream({ ...request, method: 'PUT' })),
      // A GraphQL request's body binding is no pass for a file route.
      send(signed.forBody('hello')),
    ];
    for (const response of await Promise.all(replays)) {
      expect(response.status).toBe(401);
      expect((await response.json()).errors[0].extensions.code).toBe('CONTEXT_BODY_MISMATCH');
    }
    expect(await notesOf(tenantId)).toBe(0);
    // Control: the same headers for the very request they were signed for are accepted.
    expect((await send(signed.forStream(request))).status).toBe(201);
    expect(await notesOf(tenantId)).toBe(1);
  });

  it('stream an answer, and cut it (never a half answer that looks whole) when the handler fails midway', async () => {
    const tenantId = randomUUID();
    const whole = await fetchSigned(url('notes/stream'), headersFor(tenantId, ['kit.note:read']));
    expect(await whole.text()).toBe('first part;done');
    const cut = await fetchSigned(
      url('notes/stream?outcome=fail-midway'),
      headersFor(tenantId, ['kit.note:read']),
    );
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
  });
});
