import { useTranslation } from 'react-i18next';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { Badge } from '../../components/Badge.tsx';
import { SourceGrade } from '../../components/SourceGrade.tsx';
import type { DatasetIndex } from '../../domain/dataset/indexDataset.ts';
import type { BriefItem as Item } from '../../domain/export/evidenceBrief.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { pickText } from '../../domain/text/pickText.ts';

interface BriefItemProps {
  index: DatasetIndex;
  item: Item;
  language: string;
}

/** One entity or relation in the brief: what it is, then every excerpt with its source. */
export function BriefItem({ index, item, language }: BriefItemProps) {
  const { t } = useTranslation();
  const title =
    item.type === 'entity'
      ? pickText(item.entity.name, language)
      : relationTitle(t, index, item.relation, language);
  return (
    <section className="brief-item">
      <h3>
        <Badge>{t(item.type === 'entity' ? 'export.entity' : 'export.relation')}</Badge> {title}
      </h3>
      <ol className="brief-excerpts">
        {item.excerpts.map(({ number, evidence, article }) => (
          <li key={number} className="brief-excerpt">
            <p className="brief-excerpt-meta">
              {t('export.excerpt', { number })} ·{' '}
              {t('export.paragraph', { number: evidence.paragraph })}{' '}
              <Badge tone={evidence.modality}>
                {evidence.modality === 'hedged'
                  ? t('export.hedged', { cue: evidence.cue ?? '' })
                  : t('export.stated')}
              </Badge>{' '}
              <SourceGrade reliability={article.reliability} credibility={evidence.credibility} />
            </p>
            <blockquote className="brief-quote" lang={article.language}>
              {evidence.quote}
            </blockquote>
            {evidence.gloss !== undefined && (
              <p className="gloss" lang="en">
                <span className="gloss-label">{t('export.translation')}</span> {evidence.gloss.en}
              </p>
            )}
            <div className="brief-source">
              <ArticleMeta article={article} headingLevel={4} compact />
            </div>
          </li>
        ))}
      </ol>
      {item.citations.length > 0 && (
        <ul className="brief-citations">
          {item.citations.map(({ citation, article }, i) => (
            <li key={i} className="brief-citation">
              <p className="brief-excerpt-meta">{t('citations.citedNoExcerpt')}</p>
              {citation.description !== undefined && (
                <p className="source-description">
                  <span className="citation-description-label">{t('citations.description')}</span>{' '}
                  {citation.description}
                </p>
              )}
              <div className="brief-source">
                <ArticleMeta article={article} headingLevel={4} compact />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
