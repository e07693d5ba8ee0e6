import { parseId, type SubgraphContext, tenantOf, type UserError, userError } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { dealByIdLoader } from '../deal/deal.service';
import { PERSON_COLUMNS, type PersonEntity } from '../person/person.entity';
import { personByIdLoader } from '../person/person.loaders';

export interface DealPersonPayload {
  dealId: string | null;
  userErrors: UserError[];
}

/** The people of many deals in one statement, by name. */
export function peopleOfDealLoader(ctx: SubgraphContext): DataLoader<string, PersonEntity[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PersonEntity[]>('peopleOfDeal', async (dealIds) => {
    const rows: Array<PersonEntity & { dealId: string }> = await ctx.db.run((manager) =>
      manager.query(
        `select person.*, dp.deal_id as "dealId" from crm.deal_people dp
         cross join lateral (
           select ${PERSON_COLUMNS} from crm.people p where p.tenant_id = dp.tenant_id and p.id = dp.person_id
         ) as person
         where dp.tenant_id = $1 and dp.deal_id = any($2::uuid[]) order by lower(person.name), person.id`,
        [tenantId, [...dealIds]],
      ),
    );
    return dealIds.map((dealId) => rows.filter((row) => row.dealId === dealId));
  });
}

async function checkPair(ctx: SubgraphContext, input: { dealId: string; personId: string }) {
  const dealId = parseId(input.dealId, 'input.dealId');
  const personId = parseId(input.personId, 'input.personId');
  const userErrors: UserError[] = [];
  if (!(await dealByIdLoader(ctx).load(dealId))) {
    userErrors.push(userError('DEAL_NOT_FOUND', 'No deal of this tenant has that id.', ['input', 'dealId']));
  }
  if (!(await personByIdLoader(ctx).load(personId))) {
    userErrors.push(
      userError('PERSON_NOT_FOUND', 'No person of this tenant has that id.', ['input', 'personId']),
    );
  }
  return { dealId, personId, userErrors };
}

/** Links a person to a deal; linking twice is ALREADY_LINKED. */
export async function addDealPerson(
  ctx: SubgraphContext,
  input: { dealId: string; personId: string },
): Promise<DealPersonPayload> {
  const { dealId, personId, userErrors } = await checkPair(ctx, input);
  if (userErrors.length > 0) return { dealId: null, userErrors };
  const inserted: unknown[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.deal_people (tenant_id, deal_id, person_id) values ($1, $2, $3)
       on conflict do nothing returning deal_id`,
      [tenantOf(ctx), dealId, personId],
    ),
  );
  if (inserted.length === 0) {
    return {
      dealId: null,
      userErrors: [userError('ALREADY_LINKED', 'This person is already on the deal.', ['input', 'personId'])],
    };
  }
  return { dealId, userErrors: [] };
}

/** Unlinks a person from a deal; a pair that is not linked is NOT_LINKED. */
export async function removeDealPerson(
  ctx: SubgraphContext,
  input: { dealId: string; personId: string },
): Promise<DealPersonPayload> {
  const { dealId, personId, userErrors } = await checkPair(ctx, input);
  if (userErrors.length > 0) return { dealId: null, userErrors };
  const [, removed]: [unknown, number] = await ctx.db.run((manager) =>
    manager.query(`delete from crm.deal_people where tenant_id = $1 and deal_id = $2 and person_id = $3`, [
      tenantOf(ctx),
      dealId,
      personId,
    ]),
  );
  if (removed === 0) {
    return {
      dealId: null,
      userErrors: [userError('NOT_LINKED', 'This person is not on the deal.', ['input', 'personId'])],
    };
  }
  return { dealId, userErrors: [] };
}
