// GitHub's public GraphQL schema (from @octokit/graphql-schema), built once per process and shared by every
// fake: parsing and building its 1.2 MB of SDL takes a few hundred milliseconds.
import { buildASTSchema, Kind, parse, validate, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';

let built: Promise<GraphQLSchema> | undefined;

export function githubSchema(): Promise<GraphQLSchema> {
  built ??= load().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

async function load(): Promise<GraphQLSchema> {
  // Imported lazily: the package parses its 5 MB introspection JSON as soon as it is loaded.
  const { schema } = await import('@octokit/graphql-schema');
  const document = parse(schema.idl, { noLocation: true });
  const built = buildASTSchema(withoutDuplicateFields(document));
  // The first validation against a schema this size is slow (lazy caches); pay for it here, not in a test.
  validate(built, parse('{ viewer { login repositories(first: 1) { nodes { nameWithOwner } } } rateLimit { remaining } }'));
  return built;
}

/**
 * The published SDL defines a few fields twice (`EnterpriseOwnerInfo.repositoryDeployKeySetting` in 15.26.1),
 * which `buildSchema` rejects. GitHub serves the first definition; keep that one.
 */
function withoutDuplicateFields(document: DocumentNode): DocumentNode {
  const definitions = document.definitions.map((definition): DefinitionNode => {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION
    ) {
      return definition;
    }
    const seen = new Set<string>();
    const fields = (definition.fields ?? []).filter((field) => !seen.has(field.name.value) && seen.add(field.name.value));
    return fields.length === definition.fields?.length ? definition : ({ ...definition, fields } as DefinitionNode);
  });
  return { ...document, definitions };
}
