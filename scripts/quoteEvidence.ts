// npm run data:quote -- <dataset.json> <article-id> "<the exact words>" [--hedged "<cue>"] [--gloss "…"]
// Prints the evidence object for a quote — paragraph and offset counted for you —
// ready to paste into an entity's or a relation's "evidence". When the words are
// not in the article verbatim, it names the closest passage instead.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Dataset, Evidence } from '../src/domain/dataset/datasetSchema.ts';
import { closestPassage } from '../src/domain/evidence/closestPassage.ts';
import { findQuote } from '../src/domain/evidence/splitAtQuote.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { hedged: { type: 'string' }, gloss: { type: 'string' } },
});
const [datasetFile, articleId, quote] = positionals;
if (datasetFile === undefined || articleId === undefined || quote === undefined) {
  console.error(
    'usage: npm run data:quote -- <dataset.json> <article-id> "<the exact words>" [--hedged "<cue>"] [--gloss "…"]',
  );
  process.exit(2);
}
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
const article = dataset.articles.find((a) => a.id === articleId);
if (article === undefined) {
  console.error(`error   no article has the id "${articleId}" in ${datasetFile}`);
  process.exit(1);
}
if (values.hedged !== undefined && !quote.includes(values.hedged)) {
  console.error(`error   the cue "${values.hedged}" is not part of the quote`);
  process.exit(1);
}
if (article.language.split('-')[0] !== 'en' && values.gloss === undefined) {
  console.error(
    `note    the article is in "${article.language}": data:check asks for --gloss "<the editors' English translation>"`,
  );
}
const places = findQuote(article.paragraphs, quote);
if (places.length === 0) {
  const closest = closestPassage(article.paragraphs, quote);
  console.error(
    closest === null
      ? 'error   these words are not in the article'
      : `error   these words are not in the article verbatim; the closest passage is paragraph ${closest.paragraph}, offset ${closest.offset}: "${closest.text}"`,
  );
  process.exit(1);
}
if (places.length > 1) {
  console.error(
    `note    the words occur ${places.length} times; the first is used, the others are at ${places
      .slice(1)
      .map((p) => `paragraph ${p.paragraph}, offset ${p.offset}`)
      .join('; ')}`,
  );
}
const evidence: Evidence = {
  article: article.id,
  paragraph: places[0]!.paragraph,
  offset: places[0]!.offset,
  quote,
  modality: values.hedged === undefined ? 'stated' : 'hedged',
  ...(values.hedged === undefined ? {} : { cue: values.hedged }),
  ...(values.gloss === undefined ? {} : { gloss: { en: values.gloss } }),
};
console.log(JSON.stringify(evidence, null, 2));
