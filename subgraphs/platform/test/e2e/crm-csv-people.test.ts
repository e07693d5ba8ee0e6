import { exportCsv, importCsv, startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('csv-people-a'), e2e.signUpTenant('csv-people-b')]);
});
afterAll(async () => {
  await e2e?.stop();
});

const importPeople = (csv: string, token: string, query = '') => importCsv(e2e, 'people', csv, token, query);

const peopleCount = async (token: string) =>
  (await e2e.gql<{ people: { totalCount: number } }>(`{ people(first: 1) { totalCount } }`, {}, token)).body
    .data!.people.totalCount;

describe('people as CSV through the gateway', () => {
  it('reports bad rows by line and imports nothing, imports the rest with skipBadRows, and exports them back', async () => {
    const rows = ['firstName,lastName,email,jobTitle'];
    for (let index = 1; index <= 300; index += 1)
      rows.push(`Person${index},Tester,person${index}@people.example,Engineer`);
    rows[50] = ',NoFirst,nofirst@people.example,';
    rows[120] = 'Bad,Mail,not-an-email,';
    rows[250] = 'Twice,Over,person3@people.example,';
    const csv = `${rows.join('\n')}\n`;

    const refused = await importPeople(csv, a.token);
    expect(refused.status).toBe('FAILED');
    expect(refused.errors.map((error) => [error.line, error.code])).toEqual([
      [51, 'FIRST_NAME_REQUIRED'],
      [121, 'EMAIL_INVALID'],
      [251, 'DUPLICATE_IN_FILE'],
    ]);
    expect(await peopleCount(a.token)).toBe(0);

    const skipped = await importPeople(csv, a.token, '?skipBadRows=true');
    expect({ status: skipped.status, imported: skipped.imported }).toEqual({
      status: 'SUCCEEDED',
      imported: 297,
    });
    expect(await peopleCount(a.token)).toBe(297);
    expect(await peopleCount(b.token)).toBe(0);

    const again = await importPeople('firstName,email\nDup,person1@people.example\n', a.token);
    expect(again.errors.map((error) => error.code)).toEqual(['EMAIL_TAKEN']);

    const records = await exportCsv(e2e, 'people', a.token);
    expect(records).toHaveLength(297);
    expect(Object.keys(records[0])).toEqual([
      'id',
      'firstName',
      'lastName',
      'email',
      'jobTitle',
      'companyId',
      'ownerId',
      'createdAt',
      'updatedAt',
    ]);
    expect(new Set(records.map((record) => record.email)).size).toBe(297);

    expect(await exportCsv(e2e, 'people', b.token)).toEqual([]);
  });
});
