import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseArticleText } from '../../domain/annotation/articleText.ts';
import { addArticle } from '../../domain/annotation/draftEdits.ts';
import { isHttpUrl } from '../../domain/articles/isHttpUrl.ts';
import {
  isoDateSchema,
  languageTagSchema,
  RELIABILITY_GRADES,
  type Dataset,
  type Reliability,
} from '../../domain/dataset/datasetSchema.ts';
import { MAX_ARTICLE_MB, readArticleFile } from './readArticleFile.ts';

const FIELDS = ['titleField', 'publisher', 'author', 'published', 'url', 'licence'] as const;
type Field = (typeof FIELDS)[number];

interface AddArticleFormProps {
  dataset: Dataset;
  onAdded: (dataset: Dataset, articleId: string, notes: string[]) => void;
  onCancel: () => void;
}

/** Paste or open an article, say what is known about it; empty fields stay unknown. */
export function AddArticleForm({ dataset, onAdded, onCancel }: AddArticleFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<Record<Field, string>>({
    titleField: '',
    publisher: '',
    author: '',
    published: '',
    url: '',
    licence: '',
  });
  const [language, setLanguage] = useState('en');
  const [annotatedBy, setAnnotatedBy] = useState('');
  const [reliability, setReliability] = useState<Reliability | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);

  const openFile = async (file: File) => {
    const read = await readArticleFile(file);
    if (!read.ok) {
      setProblem(t(`annotate.bad.${read.problem}`, { name: file.name, max: MAX_ARTICLE_MB }));
      return;
    }
    setProblem(null);
    setText(read.text);
    setFileNote(read.hadActiveContent ? t('annotate.bad.scripts') : null);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = (field: Field) => meta[field].trim() || null;
    const url = value('url');
    const published = value('published');
    if (url !== null && !isHttpUrl(url)) {
      setProblem(t('annotate.bad.url'));
      return;
    }
    if (published !== null && !isoDateSchema.safeParse(published).success) {
      setProblem(t('annotate.bad.date'));
      return;
    }
    if (!languageTagSchema.safeParse(language.trim()).success) {
      setProblem(t('annotate.bad.language'));
      return;
    }
    const { paragraphs, applied } = normaliseArticleText(text);
    const result = addArticle(
      dataset,
      {
        title: value('titleField'),
        publisher: value('publisher'),
        author: value('author'),
        published,
        url,
        language: language.trim(),
        licence: value('licence'),
        annotatedBy: annotatedBy.trim() || 'Diplograph editors',
      },
      paragraphs,
    );
    if (!result.ok) {
      setProblem(t(`annotate.refused.${result.reason}`));
      return;
    }
    const withGrade =
      reliability === ''
        ? result.dataset
        : {
            ...result.dataset,
            articles: result.dataset.articles.map((a) =>
              a.id === result.id ? { ...a, reliability } : a,
            ),
          };
    const notes = [
      applied.length === 0
        ? t('annotate.article.noNormalisation')
        : t('annotate.article.normalised', {
            list: applied.map((code) => t(`annotate.normalisation.${code}`)).join(', '),
          }),
      ...(fileNote === null ? [] : [fileNote]),
    ];
    onAdded(withGrade, result.id, notes);
  };

  return (
    <form className="annotate-add-article" onSubmit={submit}>
      <h2>{t('annotate.article.add')}</h2>
      <label>
        {t('annotate.article.text')}
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('annotate.article.file')}
        <input
          type="file"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void openFile(file);
          }}
        />
      </label>
      {fileNote !== null && <p role="status">{fileNote}</p>}
      <p>{t('annotate.article.metaHint')}</p>
      {FIELDS.map((field) => (
        <label key={field}>
          {t(`annotate.article.${field}`)}
          <input
            value={meta[field]}
            onChange={(e) => setMeta({ ...meta, [field]: e.target.value })}
          />
        </label>
      ))}
      <label>
        {t('annotate.article.language')}
        <input value={language} onChange={(e) => setLanguage(e.target.value)} />
      </label>
      <label>
        {t('annotate.article.annotatedBy')}
        <input value={annotatedBy} onChange={(e) => setAnnotatedBy(e.target.value)} />
      </label>
      <label>
        {t('annotate.article.reliability')}
        <select
          value={reliability}
          onChange={(e) => setReliability(e.target.value as Reliability | '')}
        >
          <option value="">{t('annotate.article.reliabilityNone')}</option>
          {RELIABILITY_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {t(`terms.reliability.${grade}`)}
            </option>
          ))}
        </select>
      </label>
      {problem !== null && <p role="alert">{problem}</p>}
      <div className="annotate-row">
        <button type="submit">{t('annotate.article.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('annotate.article.cancel')}
        </button>
      </div>
    </form>
  );
}
