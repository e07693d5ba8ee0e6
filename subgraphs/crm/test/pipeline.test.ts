import { randomUUID } from 'node:crypto';
import { domainEvent, errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { seedTenant } from '../src/modules/pipeline/pipeline.seed';
import { call, defaultPipeline, MEMBER, type Pipeline, PIPELINES, startCrm, VIEWER } from './deal-fixtures';

const CREATE = /* GraphQL */ `
  mutation ($input: CreatePipelineInput!) {
    createPipeline(input: $input) {
      pipeline {
        id
        name
        isDefault
        stages {
          id
          name
          position
          winProbability
          kind
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdatePipelineInput!) {
    updatePipeline(input: $input) {
      pipeline {
        id
        name
        stages {
          id
          name
          position
          winProbability
          kind
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
const REORDER = /* GraphQL */ `
  mutation ($input: ReorderStagesInput!) {
    reorderStages(input: $input) {
      pipeline {
        id
        stages {
          id
          name
          position
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

interface PipelinePayload {
  pipeline: Pipeline | null;
  userErrors: Array<{ field: string[] | null; code: string }>;
}

const STAGES = [
  { name: 'New', winProbability: 20 },
  { name: 'Demo', winProbability: 60 },
  { name: 'Signed', winProbability: 100, kind: 'WON' },
  { name: 'Dropped', winProbability: 0, kind: 'LOST' },
];

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

describe('pipelines', () => {
  it('seeds the default Sales pipeline and lost reasons for a tenant on first use, once', async () => {
    const tenantId = randomUUID();
    const pipeline = await defaultPipeline(crm, { tenantId });
    expect(pipeline.name).toBe('Sales');
    expect(
      pipeline.stages.map((stage) => [stage.name, stage.position, stage.winProbability, stage.kind]),
    ).toEqual([
      ['Lead in', 0, 10, 'OPEN'],
      ['Qualified', 1, 25, 'OPEN'],
      ['Proposal', 2, 50, 'OPEN'],
      ['Negotiation', 3, 75, 'OPEN'],
      ['Won', 4, 100, 'WON'],
      ['Lost', 5, 0, 'LOST'],
    ]);
    const reasons = await call<{ lostReasons: Array<{ name: string }> }>(
      crm,
      { tenantId },
      `{ lostReasons { id name } }`,
    );
    expect(reasons.body.data!.lostReasons.map((reason) => reason.name)).toContain('Price too high');

    // Concurrent first requests and repeated seeding never duplicate anything.
    const other = randomUUID();
    await Promise.all(Array.from({ length: 5 }, () => call(crm, { tenantId: other }, PIPELINES)));
    const counts = await queryAsSuperuser<{ pipelines: number; stages: number; reasons: number }>(
      `select (select count(*)::int from crm.pipelines where tenant_id = $1) as pipelines,
              (select count(*)::int from crm.pipeline_stages where tenant_id = $1) as stages,
              (select count(*)::int from crm.lost_reasons where tenant_id = $1) as reasons`,
      [other],
    );
    expect(counts[0]).toEqual({ pipelines: 1, stages: 6, reasons: 7 });
  });

  it('sets a tenant up when identity announces it (identity.tenant.created), once even if redelivered', async () => {
    const tenantId = randomUUID();
    const event = domainEvent('identity.tenant.created', tenantId, {
      tenantId,
      name: 'Fresh',
      slug: 'fresh',
    });
    await crm.runtime.events.publish(event);
    await crm.runtime.events.publish(event);
    await crm.runtime.events.publish({ ...event, id: randomUUID() });
    const counts = () =>
      queryAsSuperuser<{ pipelines: number; reasons: number }>(
        `select (select count(*)::int from crm.pipelines where tenant_id = $1) as pipelines,
                (select count(*)::int from crm.lost_reasons where tenant_id = $1) as reasons`,
        [tenantId],
      );
    // The bus delivers on a later tick; wait (bounded) for the handler's commit, without any request.
    for (let attempt = 0; attempt < 100 && (await counts())[0].pipelines === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await counts())[0]).toEqual({ pipelines: 1, reasons: 7 });
  });

  it('seeding is idempotent even when the setup marker is gone (unique keys + on conflict do nothing)', async () => {
    const tenantId = randomUUID();
    await defaultPipeline(crm, { tenantId });
    await queryAsSuperuser(`delete from crm.tenant_setup where tenant_id = $1`, [tenantId]);
    const ctx = crm.runtime.systemContext(tenantId);
    await seedTenant(ctx, tenantId);
    await ctx.db.finish('commit');
    const [{ pipelines, reasons }] = await queryAsSuperuser<{ pipelines: number; reasons: number }>(
      `select (select count(*)::int from crm.pipelines where tenant_id = $1) as pipelines,
              (select count(*)::int from crm.lost_reasons where tenant_id = $1) as reasons`,
      [tenantId],
    );
    expect({ pipelines, reasons }).toEqual({ pipelines: 1, reasons: 7 });
  });

  it('creates a pipeline with ordered stages, finds it by id, and refuses bad stage lists', async () => {
    const tenantId = randomUUID();
    const created = await call<{ createPipeline: PipelinePayload }>(crm, { tenantId }, CREATE, {
      input: { name: '  Renewals ', stages: STAGES },
    });
    const pipeline = created.body.data!.createPipeline.pipeline!;
    expect(pipeline.name).toBe('Renewals');
    expect(pipeline.isDefault).toBe(false);
    expect(pipeline.stages.map((stage) => [stage.name, stage.position, stage.kind])).toEqual([
      ['New', 0, 'OPEN'],
      ['Demo', 1, 'OPEN'],
      ['Signed', 2, 'WON'],
      ['Dropped', 3, 'LOST'],
    ]);
    const byId = await call<{ pipeline: { name: string } }>(
      crm,
      { tenantId },
      `query ($id: ID!) { pipeline(id: $id) { name } }`,
      {
        id: pipeline.id,
      },
    );
    expect(byId.body.data!.pipeline.name).toBe('Renewals');
    const list = await call<{ pipelines: Pipeline[] }>(crm, { tenantId }, PIPELINES);
    expect(list.body.data!.pipelines.map((candidate) => candidate.name)).toEqual(['Sales', 'Renewals']);

    const bad = async (input: Record<string, unknown>) => {
      const result = await call<{ createPipeline: PipelinePayload }>(crm, { tenantId }, CREATE, { input });
      expect(result.body.data!.createPipeline.pipeline).toBeNull();
      return result.body.data!.createPipeline.userErrors.map((error) => error.code).sort();
    };
    expect(await bad({ name: 'renewals', stages: STAGES })).toEqual(['PIPELINE_NAME_TAKEN']);
    expect(await bad({ name: ' ', stages: STAGES })).toEqual(['NAME_REQUIRED']);
    expect(await bad({ name: 'x'.repeat(101), stages: STAGES })).toEqual(['NAME_TOO_LONG']);
    expect(await bad({ name: 'No won', stages: [STAGES[0], STAGES[3]] })).toEqual(['WON_STAGE_REQUIRED']);
    expect(await bad({ name: 'Only closed', stages: [STAGES[2], STAGES[3]] })).toEqual([
      'OPEN_STAGE_REQUIRED',
    ]);
    expect(
      await bad({
        name: 'Two won',
        stages: [...STAGES, { name: 'Also won', winProbability: 100, kind: 'WON' }],
      }),
    ).toEqual(['WON_STAGE_REQUIRED']);
    expect(await bad({ name: 'Dup', stages: [...STAGES, { name: 'demo', winProbability: 5 }] })).toEqual([
      'STAGE_NAME_TAKEN',
    ]);
    expect(
      await bad({ name: 'Odds', stages: [{ name: 'A', winProbability: 101 }, ...STAGES.slice(2)] }),
    ).toEqual(['WIN_PROBABILITY_INVALID']);
    expect(
      await bad({ name: 'Odds', stages: [{ name: 'A', winProbability: -1 }, ...STAGES.slice(2)] }),
    ).toEqual(['WIN_PROBABILITY_INVALID']);
    const [{ count }] = await queryAsSuperuser<{ count: number }>(
      `select count(*)::int as count from crm.pipelines where tenant_id = $1`,
      [tenantId],
    );
    expect(count).toBe(2);
  });

  it('updates names and probabilities, appends stages, and reorders every stage', async () => {
    const tenantId = randomUUID();
    const sales = await defaultPipeline(crm, { tenantId });
    const [lead, qualified] = sales.stages;
    const updated = await call<{ updatePipeline: PipelinePayload }>(crm, { tenantId }, UPDATE, {
      input: {
        id: sales.id,
        name: 'Direct sales',
        stages: [
          { id: lead.id, name: 'Qualified', winProbability: 15 },
          { id: qualified.id, name: 'Lead in' },
        ],
        addStages: [{ name: 'Contract', winProbability: 90 }],
      },
    });
    const pipeline = updated.body.data!.updatePipeline.pipeline!;
    expect(updated.body.data!.updatePipeline.userErrors).toEqual([]);
    expect(pipeline.name).toBe('Direct sales');
    expect(pipeline.stages.map((stage) => `${stage.name}:${stage.winProbability}:${stage.kind}`)).toEqual([
      'Qualified:15:OPEN',
      'Lead in:25:OPEN',
      'Proposal:50:OPEN',
      'Negotiation:75:OPEN',
      'Won:100:WON',
      'Lost:0:LOST',
      'Contract:90:OPEN',
    ]);

    const ids = pipeline.stages.map((stage) => stage.id);
    const order = [ids[6], ...ids.slice(0, 6)].reverse();
    const reordered = await call<{ reorderStages: PipelinePayload }>(crm, { tenantId }, REORDER, {
      input: { pipelineId: sales.id, stageIds: order },
    });
    expect(reordered.body.data!.reorderStages.pipeline!.stages.map((stage) => stage.id)).toEqual(order);
    expect(reordered.body.data!.reorderStages.pipeline!.stages.map((stage) => stage.position)).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);

    const mismatch = async (stageIds: string[]) => {
      const result = await call<{ reorderStages: PipelinePayload }>(crm, { tenantId }, REORDER, {
        input: { pipelineId: sales.id, stageIds },
      });
      return result.body.data!.reorderStages.userErrors.map((error) => error.code);
    };
    expect(await mismatch(order.slice(1))).toEqual(['STAGES_MISMATCH']);
    expect(await mismatch([...order.slice(1), order[1]])).toEqual(['STAGES_MISMATCH']);
    expect(await mismatch([...order.slice(1), randomUUID()])).toEqual(['STAGES_MISMATCH']);

    const bad = await call<{ updatePipeline: PipelinePayload }>(crm, { tenantId }, UPDATE, {
      input: {
        id: sales.id,
        stages: [
          { id: randomUUID(), name: 'Ghost' },
          { id: ids[0], winProbability: 200 },
        ],
      },
    });
    expect(bad.body.data!.updatePipeline.userErrors.map((error) => error.code)).toEqual([
      'WIN_PROBABILITY_INVALID',
    ]);
    const unknownStage = await call<{ updatePipeline: PipelinePayload }>(crm, { tenantId }, UPDATE, {
      input: { id: sales.id, stages: [{ id: randomUUID(), name: 'Ghost' }] },
    });
    expect(unknownStage.body.data!.updatePipeline.userErrors.map((error) => error.code)).toEqual([
      'STAGE_NOT_FOUND',
    ]);
    const duplicate = await call<{ updatePipeline: PipelinePayload }>(crm, { tenantId }, UPDATE, {
      input: { id: sales.id, addStages: [{ name: 'won', winProbability: 1 }] },
    });
    expect(duplicate.body.data!.updatePipeline.userErrors.map((error) => error.code)).toEqual([
      'STAGE_NAME_TAKEN',
    ]);
  });

  it('answers NOT_FOUND for an unknown or foreign pipeline and BAD_USER_INPUT for a malformed id', async () => {
    const tenantId = randomUUID();
    const foreign = await defaultPipeline(crm, { tenantId: randomUUID() });
    for (const id of [randomUUID(), foreign.id]) {
      const update = await call(crm, { tenantId }, UPDATE, { input: { id, name: 'Mine now' } });
      expect(errorCodes(update)).toEqual(['NOT_FOUND']);
      const reorder = await call(crm, { tenantId }, REORDER, { input: { pipelineId: id, stageIds: [] } });
      expect(errorCodes(reorder)).toEqual(['NOT_FOUND']);
      const read = await call(crm, { tenantId }, `query ($id: ID!) { pipeline(id: $id) { id } }`, { id });
      expect(read.body.data).toEqual({ pipeline: null });
    }
    const malformed = await call(crm, { tenantId }, `{ pipeline(id: "nope") { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const [{ name }] = await queryAsSuperuser<{ name: string }>(
      `select name from crm.pipelines where id = $1`,
      [foreign.id],
    );
    expect(name).toBe('Sales');
  });

  it('lets only holders of crm.pipeline:write change pipelines; viewers and members read them', async () => {
    const tenantId = randomUUID();
    for (const permissions of [MEMBER, VIEWER]) {
      const result = await call(crm, { tenantId, permissions }, CREATE, {
        input: { name: 'Nope', stages: STAGES },
      });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      const read = await call<{ pipelines: Pipeline[] }>(crm, { tenantId, permissions }, PIPELINES);
      expect(read.body.data!.pipelines).toHaveLength(1);
    }
    const none = await call(crm, { tenantId, permissions: [] }, PIPELINES);
    expect(errorCodes(none)).toEqual(['FORBIDDEN']);
  });
});
