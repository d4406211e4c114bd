// graphql-js on the engine benchmark fixtures (../Engine/Fixtures): the peer our engine is measured against.
// node bench.mjs [--quick] [--out results.json]
// Each benchmark is warmed up, then timed in samples of many iterations; the median sample is reported
// in operations per second. It also writes what execute returns, so the .NET side can check both did the same work.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : null;

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'Engine', 'Fixtures');
const read = (name) => readFileSync(join(fixtures, name), 'utf8');
const sdl = read('schema.graphql');
const querySource = read('query.graphql');
const introspectionSource = read('introspection.graphql');
const variables = JSON.parse(read('query.variables.json'));
const library = JSON.parse(read('library.json'));

const schema = buildSchema(sdl);
bindResolvers(schema, library);

const queryDocument = parse(querySource);
const introspectionDocument = parse(introspectionSource);
for (const [name, document] of [['query', queryDocument], ['introspection', introspectionDocument]]) {
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`The ${name} document is invalid: ${errors.map((e) => e.message).join('; ')}`);
}
const executeQuery = () => execute({ schema, document: queryDocument, variableValues: variables });
const executeIntrospection = () => execute({ schema, document: introspectionDocument });
for (const [name, run] of [['query', executeQuery], ['introspection', executeIntrospection]]) {
  const result = run();
  if (typeof result?.then === 'function') throw new Error(`Execution of the ${name} is not synchronous.`);
  if (result.errors) throw new Error(`Execution of the ${name} failed: ${result.errors.map((e) => e.message).join('; ')}`);
}

const benchmarks = [
  ['parse-query', () => parse(querySource)],
  ['parse-introspection', () => parse(introspectionSource)],
  ['validate-query', () => validate(schema, queryDocument)],
  ['validate-introspection', () => validate(schema, introspectionDocument)],
  ['execute-cached', executeQuery],
  ['introspection', executeIntrospection],
];

const warmupMs = quick ? 700 : 3000;
const sampleMs = quick ? 250 : 1000;
const samples = quick ? 6 : 15;
const results = [];
for (const [name, run] of benchmarks) {
  const measured = measure(run);
  results.push({ name, opsPerSec: measured.median, min: measured.min, max: measured.max, samples: measured.count });
  console.log(`graphql-js ${name.padEnd(24)} ${Math.round(measured.median).toLocaleString('en-GB').padStart(12)} ops/s`);
}

if (out) {
  writeFileSync(out, JSON.stringify({
    graphql: version,
    node: process.version,
    quick,
    results,
    outputs: {
      'execute-cached': executeQuery(),
      introspection: executeIntrospection(),
    },
  }, null, 1));
}

function measure(run) {
  let sink = 0;
  const warmupEnd = now() + warmupMs;
  let batch = 1;
  while (now() < warmupEnd) {
    for (let i = 0; i < batch; i++) sink ^= keep(run());
    batch = Math.min(batch * 2, 1 << 20);
  }
  // Size a batch to take about sampleMs, so timer resolution does not matter.
  const start = now();
  for (let i = 0; i < batch; i++) sink ^= keep(run());
  const perOp = Math.max((now() - start) / batch, 1e-6);
  const iterations = Math.max(1, Math.round(sampleMs / perOp));
  const rates = [];
  for (let s = 0; s < samples; s++) {
    const t0 = now();
    for (let i = 0; i < iterations; i++) sink ^= keep(run());
    rates.push(iterations / ((now() - t0) / 1000));
  }
  if (sink === 0.5) console.log('');
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], min: rates[0], max: rates[rates.length - 1], count: rates.length };
}

function keep(value) {
  // Touch the result so the work cannot be optimised away.
  return value === null || value === undefined ? 1 : typeof value === 'object' ? (Array.isArray(value) ? value.length : 2) : 3;
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function bindResolvers(target, data) {
  const authorsById = new Map(data.authors.map((a) => [a.id, a]));
  const booksById = new Map(data.books.map((b) => [b.id, b]));
  const booksByAuthor = new Map();
  for (const book of data.books) {
    if (!booksByAuthor.has(book.authorId)) booksByAuthor.set(book.authorId, []);
    booksByAuthor.get(book.authorId).push(book);
  }
  const query = target.getQueryType().getFields();
  query.books.resolve = (_, { first, genre }) => {
    const shelf = genre == null ? data.books : data.books.filter((b) => b.genre === genre);
    return shelf.slice(0, Math.max(0, first));
  };
  query.book.resolve = (_, { id }) => booksById.get(id) ?? null;
  query.authors.resolve = () => data.authors;
  query.search.resolve = (_, { text }) => {
    const needle = text.toLowerCase();
    return [
      ...data.books.filter((b) => b.title.toLowerCase().includes(needle)),
      ...data.authors.filter((a) => a.name.toLowerCase().includes(needle)),
    ];
  };
  target.getType('Book').getFields().author.resolve = (book) => authorsById.get(book.authorId);
  target.getType('Author').getFields().books.resolve = (author) => booksByAuthor.get(author.id) ?? [];
  target.getType('SearchResult').resolveType = (value) => ('isbn' in value ? 'Book' : 'Author');
}
