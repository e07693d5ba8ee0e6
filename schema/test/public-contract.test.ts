import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { publicContractSchema } from '@nexora/kit';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])`;

/** Composes SDL documents as subgraphs and cuts the API schema down to its public contract. */
function contractOf(...subgraphs: string[]): string {
  const result = composeServices(
    subgraphs.map((sdl, index) => ({
      name: `s${index}`,
      url: `http://localhost:${4100 + index}/graphql`,
      typeDefs: parse(`${LINK}\n${sdl}`),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return printSchema(
    publicContractSchema(result.schema.toAPISchema().toGraphQLJSSchema(), result.supergraphSdl),
  );
}

describe('publicContractSchema', () => {
  it('keeps tagged fields, whole tagged types and what they use; drops the rest', () => {
    const contract = contractOf(
      `type Query {
         things(filter: ThingFilter): [Thing!]! @tag(name: "public")
         secrets: [Secret!]!
       }
       type Mutation { deleteThing(id: ID!): Boolean @tag(name: "public") }
       type Thing @key(fields: "id") { id: ID! @tag(name: "public") name: String! @tag(name: "public") cost: Int owner: Owner }
       type Owner { id: ID! }
       type Secret { value: String! }
       input ThingFilter { name: String kind: Kind }
       enum Kind { A B }`,
      `type Thing @key(fields: "id") { id: ID! price: Money @tag(name: "public") }
       type Money @shareable @tag(name: "public") { amount: String! currency: String! }`,
    );
    expect(contract).toContain('things(filter: ThingFilter): [Thing!]!');
    expect(contract).toMatch(/type Thing \{\s+id: ID!\s+name: String!\s+price: Money\s+\}/);
    expect(contract).toMatch(/type Money \{\s+amount: String!\s+currency: String!\s+\}/);
    expect(contract).toMatch(/input ThingFilter \{\s+name: String\s+kind: Kind\s+\}/);
    expect(contract).toContain('enum Kind');
    expect(contract).toContain('deleteThing(id: ID!): Boolean');
    for (const hidden of ['secrets', 'Secret', 'cost', 'owner', 'Owner'])
      expect(contract).not.toContain(hidden);
  });

  it('refuses tags that make no schema: a public field whose type has no public field', () => {
    expect(() =>
      contractOf(`type Query { owner: Owner @tag(name: "public") } type Owner { id: ID! }`),
    ).toThrow('Query.owner is public but its type Owner has no public field');
    expect(() => contractOf(`type Query { a: Int }`)).toThrow('No Query field is tagged');
  });
});
