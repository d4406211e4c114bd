// graphql-js's view of schemas, for tests/GraphQL.Tests/GraphQLJs/*.cs.
//   node schemas.mjs introspection-query     prints getIntrospectionQuery with every option on
//   node schemas.mjs round-trip cases.jsonl  reads {id, sdl, introspection} per line and prints, per line,
//     {id, fromSdl, fromIntrospection} (printSchema of buildSchema(sdl) and of buildClientSchema(introspection.data))
//     or {id, error} when graphql-js refuses either.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [command, input] = process.argv.slice(2);
if (command === 'introspection-query') {
  process.stdout.write(getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
    experimentalDirectiveDeprecation: true,
  }));
} else if (command === 'round-trip') {
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, sdl, introspection } = JSON.parse(line);
    let answer;
    try {
      const fromSdl = printSchema(buildSchema(sdl));
      const fromIntrospection = printSchema(buildClientSchema(introspection.data));
      answer = { id, fromSdl, fromIntrospection };
    } catch (error) {
      answer = { id, error: String(error?.message ?? error) };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  }
} else {
  process.stderr.write('Usage: node schemas.mjs introspection-query | round-trip cases.jsonl\n');
  process.exit(2);
}
