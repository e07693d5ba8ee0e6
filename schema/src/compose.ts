import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { publicContractSchema } from '@nexora/kit';
import { codegenConfig } from './codegen-config';
import { buildPermissionCatalogue } from './permission-catalogue';
import { REPO_ROOT, SUBGRAPHS, defaultSubgraphUrl } from './registry';

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');
export const API_SCHEMA_PATH = path.join(REPO_ROOT, 'schema', 'api.graphql');
/** The partner contract: the API schema's `@tag(name: "public")` elements (served at /public/graphql). */
export const PUBLIC_SCHEMA_PATH = path.join(REPO_ROOT, 'schema', 'public.graphql');
export const PERMISSIONS_PATH = path.join(REPO_ROOT, 'schema', 'permissions.json');
export const CODEGEN_CONFIG_PATH = path.join(REPO_ROOT, 'codegen.yml');

export interface ComposedSchemas {
  supergraphSdl: string;
  apiSdl: string;
  /** schema/public.graphql */
  publicSdl: string;
  /** schema/permissions.json */
  permissionsJson: string;
  /** codegen.yml */
  codegenYaml: string;
}

/**
 * Composes every registered subgraph's SDL (with the shared directives and types) into the
 * supergraph, and derives the permission catalogue and codegen's config from the same registry.
 */
export function composeSupergraph(): ComposedSchemas {
  const catalogue = buildPermissionCatalogue(SUBGRAPHS);
  const result = composeServices(
    SUBGRAPHS.map(({ name, defaultPort, typeDefs }) => ({
      name,
      url: defaultSubgraphUrl(defaultPort),
      typeDefs,
    })),
  );
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Composition failed:\n${details}`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: `${printSchema(apiSchema)}\n`,
    publicSdl: `${printSchema(publicContractSchema(apiSchema, result.supergraphSdl))}\n`,
    permissionsJson: `${JSON.stringify(catalogue, null, 2)}\n`,
    codegenYaml: codegenConfig(SUBGRAPHS, REPO_ROOT),
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  let composed: ComposedSchemas;
  try {
    composed = composeSupergraph();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const outputs: Array<[string, string]> = [
    [SUPERGRAPH_PATH, composed.supergraphSdl],
    [API_SCHEMA_PATH, composed.apiSdl],
    [PUBLIC_SCHEMA_PATH, composed.publicSdl],
    [PERMISSIONS_PATH, composed.permissionsJson],
    [CODEGEN_CONFIG_PATH, composed.codegenYaml],
  ];
  if (check) {
    const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
    if (stale.length > 0) {
      console.error(
        `Stale: ${stale.map(([file]) => path.relative(REPO_ROOT, file)).join(', ')}. Run \`npm run compose\` and commit.`,
      );
      process.exit(1);
    }
    console.log(
      'supergraph.graphql, api.graphql, public.graphql, permissions.json and codegen.yml are up to date',
    );
    return;
  }
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`wrote ${outputs.map(([file]) => path.relative(REPO_ROOT, file)).join(', ')}`);
}

if (require.main === module) main();
