/**
 * Exact sums of `Money` amounts (decimal strings with at most 2 fraction digits, as the API sends
 * them): in hundredths as BigInt, so a column of 300 deals adds up to the cent, unlike floats.
 */
export interface MoneyValue {
  amount: string;
  currency: string;
}

function toHundredths(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

function fromHundredths(value: bigint): string {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const fraction = String(absolute % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${absolute / 100n}.${fraction}`;
}

/** Adds (sign 1) or subtracts (sign -1) amounts into per-currency totals, keeping currencies apart. */
export function addMoney(
  totals: readonly MoneyValue[],
  changes: ReadonlyArray<{ money: MoneyValue | null | undefined; sign: 1 | -1 }>,
): MoneyValue[] {
  const sums = new Map<string, bigint>();
  for (const total of totals)
    sums.set(total.currency, (sums.get(total.currency) ?? 0n) + toHundredths(total.amount));
  for (const { money, sign } of changes) {
    if (!money) continue;
    const change = toHundredths(money.amount) * BigInt(sign);
    sums.set(money.currency, (sums.get(money.currency) ?? 0n) + change);
  }
  return [...sums]
    .filter(([, sum]) => sum !== 0n)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, amount: fromHundredths(sum) }));
}
