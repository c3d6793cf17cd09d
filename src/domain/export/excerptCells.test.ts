import { expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { EXCERPT_COLUMNS, excerptCells } from './excerptCells.ts';

it('gives one value per column: the quote, where it is, and what the article says of itself', () => {
  const dataset = seedDataset();
  dataset.articles[0]!.publisher = 'A publisher';
  const index = indexDataset(dataset);
  const evidence = index.relationById.get('russia-west-tensions')!.evidence[0]!;
  const cells = excerptCells(index, evidence, 2);
  expect(cells).toHaveLength(EXCERPT_COLUMNS.length);
  const byColumn = Object.fromEntries(EXCERPT_COLUMNS.map((c, i) => [c, cells[i]]));
  expect(byColumn).toMatchObject({
    excerpt_number: 2,
    quote: evidence.quote,
    paragraph: evidence.paragraph,
    offset: evidence.offset,
    publisher: 'A publisher',
    article_title: null,
    url: null,
  });
});
