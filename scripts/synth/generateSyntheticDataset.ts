import type {
  Article,
  Dataset,
  Entity,
  Evidence,
  Relation,
} from '../../src/domain/dataset/datasetSchema.ts';
import { seededRandom } from '../../src/domain/random/seededRandom.ts';

// Generated test and benchmark data. Every name is invented from syllables, every
// article says it is synthetic, and the dataset is flagged `synthetic: true`, so no
// one can mistake it for reporting. The same size and seed give the same dataset.

const SYLLABLES = [
  'nor',
  'ves',
  'tal',
  'mir',
  'dan',
  'kor',
  'el',
  'as',
  'bru',
  'sen',
  'vol',
  'ard',
  'ith',
  'qua',
  'ren',
  'lo',
  'zem',
  'pra',
  'ul',
  'tor',
];
const OUTLETS = [
  'The Veld Courier (fictional)',
  'Harbour Wire (fictional)',
  'Ostmark Daily (fictional)',
  'Kurgu Gazetesi (kurgusal)',
  null,
];

/** The share of each entity kind among the generated entities. */
const KIND_SHARES: [Entity['kind'], number][] = [
  ['state', 0.1],
  ['bloc', 0.03],
  ['official', 0.4],
  ['meeting', 0.37],
  ['topic', 0.1],
];

interface Interaction {
  kind: Relation['kind'];
  cameo: string;
  verb: string;
}

const INTERACTIONS: Interaction[] = [
  { kind: 'cooperates-with', cameo: '057', verb: 'signed an agreement with' },
  { kind: 'cooperates-with', cameo: '04', verb: 'held talks with' },
  { kind: 'supports', cameo: '07', verb: 'sent aid to' },
  { kind: 'supports', cameo: '061', verb: 'expanded trade with' },
  { kind: 'in-tension-with', cameo: '111', verb: 'criticised' },
  { kind: 'in-tension-with', cameo: '15', verb: 'moved troops towards' },
  { kind: 'pursues-policy-toward', cameo: '163', verb: 'imposed an embargo on' },
  { kind: 'weakens-influence-of', cameo: '17', verb: 'pressed' },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A synthetic dataset of about `entities` entities and 2.5 relations per entity,
 * with every entity kind, stances, dates, and articles whose sentences are the
 * verbatim excerpts behind every item.
 */
export function generateSyntheticDataset(entities: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = (parts: number) => {
    let text = '';
    for (let i = 0; i < parts; i++) text += pick(SYLLABLES);
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const date = () =>
    `${2030 + Math.floor(random() * 6)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;

  // Articles: sentences are appended as items need evidence; each article says it is synthetic.
  const articleCount = Math.max(3, Math.ceil(entities / 40));
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `synthetic-article-${i + 1}`,
    language: 'en',
    title: `Synthetic article ${i + 1} (fictional test data)`,
    publisher: OUTLETS[i % OUTLETS.length]!,
    author: null,
    published: date(),
    url: null,
    licence: 'CC0-1.0 (generated test data)',
    annotatedBy: 'Diplograph synthetic data generator',
    paragraphs: [
      'This is a synthetic article generated as test data for Diplograph. Every name in it is invented.',
    ],
  }));
  const SENTENCES_PER_PARAGRAPH = 6;
  let sentencesInParagraph = SENTENCES_PER_PARAGRAPH;
  const quote = (sentence: string, extra: Partial<Evidence> = {}): Evidence => {
    const article = pick(articles);
    if (sentencesInParagraph >= SENTENCES_PER_PARAGRAPH || article.paragraphs.length === 1) {
      article.paragraphs.push('');
      sentencesInParagraph = 0;
    }
    const index = article.paragraphs.length - 1;
    const current = article.paragraphs[index]!;
    const offset = current === '' ? 0 : current.length + 1;
    article.paragraphs[index] = current === '' ? sentence : `${current} ${sentence}`;
    sentencesInParagraph += 1;
    return {
      article: article.id,
      paragraph: index + 1,
      offset,
      quote: sentence,
      modality: 'stated',
      ...extra,
    };
  };

  const result: Entity[] = [];
  const byKind = new Map<Entity['kind'], Entity[]>(KIND_SHARES.map(([kind]) => [kind, []]));
  let serial = 0;
  for (const [kind, share] of KIND_SHARES) {
    const count = Math.max(kind === 'bloc' ? 1 : 2, Math.round(entities * share));
    for (let i = 0; i < count; i++) {
      serial += 1;
      const name =
        kind === 'state'
          ? `${word(2)} ${serial}`
          : kind === 'bloc'
            ? `${word(2)} Compact ${serial}`
            : kind === 'official'
              ? `${word(1)} ${word(2)} ${serial}`
              : kind === 'meeting'
                ? `Meeting ${serial} at ${word(2)}`
                : `${word(2)} question ${serial}`;
      const evidence = [quote(`${name} was named in a fictional report.`)];
      const entity: Entity =
        kind === 'meeting'
          ? {
              id: `${kind}-${serial}`,
              kind,
              name: { en: name },
              date: { date: date() },
              place: { en: word(2) },
              cameo: '04',
              evidence,
            }
          : { id: `${kind}-${serial}`, kind, name: { en: name }, evidence };
      result.push(entity);
      byKind.get(kind)!.push(entity);
    }
  }
  const states = byKind.get('state')!;
  const nameOf = (e: Entity) => e.name.en;
  const relations: Relation[] = [];
  const add = (relation: Omit<Relation, 'id'>) =>
    relations.push({ id: `relation-${relations.length + 1}`, ...relation });

  for (const official of byKind.get('official')!) {
    const state = pick(states);
    add({
      kind: 'holds-office',
      source: official.id,
      target: state.id,
      role: { en: 'Minister' },
      evidence: [quote(`${nameOf(official)} serves as a minister of ${nameOf(state)}.`)],
    });
  }
  const officials = byKind.get('official')!;
  for (const meeting of byKind.get('meeting')!) {
    const [a, b] = [pick(officials), pick(officials)];
    for (const official of a === b ? [a] : [a, b]) {
      add({
        kind: 'takes-part-in',
        source: official.id,
        target: meeting.id,
        evidence: [quote(`${nameOf(official)} attended ${nameOf(meeting)}.`)],
      });
    }
  }
  const blocs = byKind.get('bloc')!;
  states.forEach((state, i) => {
    // Every bloc gets members: the first states go round the blocs in turn.
    const bloc = i < blocs.length ? blocs[i]! : pick(blocs);
    add({
      kind: 'member-of',
      source: state.id,
      target: bloc.id,
      evidence: [quote(`${nameOf(state)} is a member of ${nameOf(bloc)}.`)],
    });
  });
  for (const topic of byKind.get('topic')!) {
    const state = pick(states);
    add({
      kind: 'concerns',
      source: topic.id,
      target: state.id,
      evidence: [quote(`${nameOf(topic)} concerns ${nameOf(state)}.`)],
    });
  }
  const actors = [...states, ...officials];
  const target = Math.round(result.length * 2.5);
  while (relations.length < target) {
    const [a, b] = [pick(actors), pick(actors)];
    if (a === b) continue;
    const interaction = pick(INTERACTIONS);
    const isHedged = random() < 0.2;
    const sentence = isHedged
      ? `${nameOf(a)} may have ${interaction.verb} ${nameOf(b)}.`
      : `${nameOf(a)} ${interaction.verb} ${nameOf(b)}.`;
    add({
      kind: interaction.kind,
      source: a.id,
      target: b.id,
      cameo: interaction.cameo,
      start: { date: date() },
      evidence: [quote(sentence, isHedged ? { modality: 'hedged', cue: 'may' } : {})],
    });
  }

  return {
    formatVersion: 1,
    id: `synthetic-${entities}-${seed}`,
    title: { en: `Synthetic test data: ${result.length} fictional entities (seed ${seed})` },
    description: {
      en: 'Generated by npm run data:synth. Every name is invented; this is not reporting.',
    },
    synthetic: true,
    articles: articles.filter((a) => a.paragraphs.length > 1),
    entities: result,
    relations,
  };
}
