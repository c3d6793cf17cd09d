import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dataset/datasetVocabulary.ts';

/**
 * A date as YYYY, YYYY-MM or YYYY-MM-DD, committed on Enter or when the field is
 * left, so half-typed dates never reach the filter.
 */
export function DateInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string | null;
  onCommit: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  const isValid = text === '' || isIsoDate(text);
  const commit = () => {
    if (isValid) onCommit(text === '' ? null : text);
  };
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        inputMode="numeric"
        placeholder={t('filters.datePlaceholder')}
        size={11}
        aria-invalid={!isValid}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
