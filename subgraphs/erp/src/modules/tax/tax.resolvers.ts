import { badUserInput, notFound, parseId, type SubgraphContext } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { accountByIdLoader } from '../account/account.loaders';
import { DEFAULT_CURRENCY, normalizeCurrency, toMoney } from '../invoice/money';
import { computeLineTax } from './tax.compute';
import { createTaxRate, deleteTaxRate, findTaxRate, listTaxRates, updateTaxRate } from './tax.service';
import { formatRate } from './tax.types';

export const taxResolvers: Resolvers = {
  Query: {
    taxRates: (_root, args, ctx) => listTaxRates(ctx, args),
    taxRate: (_root, { id }, ctx) => findTaxRate(ctx, id),
    taxComputation: (_root, args, ctx) => taxComputation(ctx, args),
  },
  Mutation: {
    createTaxRate: (_root, { input }, ctx) => createTaxRate(ctx, input),
    updateTaxRate: (_root, { input }, ctx) => updateTaxRate(ctx, input),
    deleteTaxRate: (_root, { input }, ctx) => deleteTaxRate(ctx, input),
  },
  TaxRate: {
    rate: (taxRate) => formatRate(taxRate.rate),
    account: async (taxRate, _args, ctx) => {
      const account = await accountByIdLoader(ctx).load(taxRate.accountId);
      if (!account) throw new Error(`Account ${taxRate.accountId} of tax rate ${taxRate.id} is missing`);
      return account;
    },
    createdAt: (taxRate) => taxRate.createdAt.toISOString(),
    updatedAt: (taxRate) => taxRate.updatedAt.toISOString(),
  },
};

async function taxComputation(
  ctx: SubgraphContext,
  args: { taxRateId: string; amount: string; currency?: string | null },
) {
  const id = parseId(args.taxRateId, 'taxRateId');
  const currency = args.currency == null ? DEFAULT_CURRENCY : normalizeCurrency(args.currency);
  if (!currency) throw badUserInput('"currency" is not an ISO 4217 code such as "USD".', 'currency');
  const taxRate = await findTaxRate(ctx, id);
  if (!taxRate) throw notFound('Tax rate', id);
  let line;
  try {
    line = computeLineTax(args.amount, currency, { rate: taxRate.rate, inclusive: taxRate.inclusive });
  } catch {
    throw badUserInput(`"amount" is not an amount of ${currency}, e.g. "100.00".`, 'amount');
  }
  return {
    net: toMoney(line.net, currency),
    tax: toMoney(line.tax, currency),
    gross: toMoney(line.gross, currency),
  };
}
