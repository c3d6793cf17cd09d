// npm run data:add-article -- <dataset.json> <article.txt> --id <id> --language <tag>
//   [--title "…"] [--publisher "…"] [--author "…"] [--published YYYY-MM-DD] [--url https://…]
//   [--licence "…"] [--annotated-by "…"] [--note "…"] [--dataset-title "…"] [--synthetic]
// Adds a plain-text article (one paragraph per line) to a dataset — creating the
// dataset file when it does not exist yet — with every field the text does not give
// left null ("unknown"), then checks the whole dataset as data:check does.
// Given the id of an imported article whose text is not held (cited only), it adds
// the text to that article, keeps what the import knew (URL, publisher, date), and
// prints the sentences its citations' locators name: where to look for excerpts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { checkDatasetFile } from './checkData.ts';
import { articleSchema, type Article, type Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { formatPath } from '../src/domain/dataset/validateDataset.ts';
import { articleTextHash, normaliseArticleText } from '../src/domain/annotation/articleText.ts';
import { citedSentences } from '../src/domain/annotation/citedSentences.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    language: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    author: { type: 'string' },
    published: { type: 'string' },
    url: { type: 'string' },
    licence: { type: 'string' },
    'annotated-by': { type: 'string' },
    note: { type: 'string' },
    'dataset-title': { type: 'string' },
    synthetic: { type: 'boolean', default: false },
  },
});
const [datasetFile, textFile] = positionals;
if (
  datasetFile === undefined ||
  textFile === undefined ||
  values.id === undefined ||
  values.language === undefined
) {
  console.error(
    'usage: npm run data:add-article -- <dataset.json> <article.txt> --id <id> --language <tag> [--title …] [--publisher …] [--author …] [--published YYYY-MM-DD] [--url https://…] [--licence …] [--annotated-by …]',
  );
  process.exit(2);
}

// The same normalisation as the browser's "Add article": line endings, NFC, no bidi controls.
const text = existsSync(textFile) ? normaliseArticleText(readFileSync(textFile, 'utf8')) : null;
const paragraphs = text?.paragraphs ?? [];
const article: Article = {
  id: values.id,
  language: values.language,
  title: values.title ?? null,
  publisher: values.publisher ?? null,
  author: values.author ?? null,
  published: values.published ?? null,
  url: values.url ?? null,
  licence: values.licence ?? null,
  annotatedBy: values['annotated-by'] ?? 'Diplograph editors',
  ...(values.note === undefined ? {} : { note: { en: values.note } }),
  paragraphs,
  ...(paragraphs.length > 0 ? { textHash: articleTextHash(paragraphs) } : {}),
};
if (!existsSync(textFile)) {
  console.error(
    `error   ${textFile} does not exist: save the article's text there first, one paragraph per line`,
  );
  process.exit(1);
}
const checked = articleSchema.safeParse(article);
if (!checked.success) {
  for (const issue of checked.error.issues) {
    console.error(`error   ${formatPath(issue.path.map(String))}: ${issue.message}`);
  }
  process.exit(1);
}
const isNew = !existsSync(datasetFile);
const dataset: Dataset = isNew
  ? {
      $schema: './dataset.schema.json',
      formatVersion: 1,
      id: basename(datasetFile, '.json'),
      title: { en: values['dataset-title'] ?? basename(datasetFile, '.json') },
      synthetic: values.synthetic,
      articles: [],
      entities: [],
      relations: [],
    }
  : (JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset);
const at = dataset.articles.findIndex((a) => a.id === article.id);
const known = at < 0 ? undefined : dataset.articles[at]!;
if (known !== undefined && known.paragraphs.length > 0) {
  console.error(`error   ${datasetFile} already has an article with the id "${article.id}"`);
  process.exit(1);
}
if (known === undefined) {
  dataset.articles.push(checked.data);
} else {
  // A cited article whose text was not held: the text is added, and what the import
  // knew stays unless the command gives it.
  const given = Object.fromEntries(
    (['title', 'publisher', 'author', 'published', 'url', 'licence'] as const)
      .filter((field) => values[field] !== undefined)
      .map((field) => [field, values[field]]),
  );
  dataset.articles[at] = {
    ...known,
    ...given,
    language: checked.data.language,
    paragraphs: checked.data.paragraphs,
    ...(checked.data.textHash === undefined ? {} : { textHash: checked.data.textHash }),
  };
}
writeFileSync(datasetFile, await format(JSON.stringify(dataset, null, 2), { parser: 'json' }));
console.log(
  known === undefined
    ? `${isNew ? 'created' : 'updated'} ${datasetFile}: added article "${article.id}" (${article.paragraphs.length} paragraphs); fields not given are null, shown as "unknown"`
    : `updated ${datasetFile}: added the text of the cited article "${article.id}" (${article.paragraphs.length} paragraphs), keeping what the import knew of it`,
);
if (known !== undefined) {
  // The coders counted sentences of their own processed text: a help, checked by eye.
  for (const cited of citedSentences(dataset, article.id)) {
    if (cited.found === null) {
      console.log(`${cited.item} cites sentence ${cited.sentence}: the text has fewer sentences`);
      continue;
    }
    const { paragraph, offset, text: sentence } = cited.found;
    console.log(
      `${cited.item} cites sentence ${cited.sentence} (paragraph ${paragraph}, offset ${offset}): "${sentence}"`,
    );
    console.log(
      `  read it, then quote what supports the item: npm run data:quote -- ${datasetFile} ${article.id} "<the exact words>"`,
    );
  }
}
if (text !== null && text.applied.length > 0)
  console.log(`normalised the text: ${text.applied.join(', ')}`);
const report = checkDatasetFile(datasetFile);
for (const line of report.errors) console.error(`error   ${line}`);
for (const line of report.warnings) console.warn(`warning ${line}`);
