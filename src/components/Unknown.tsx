import { useTranslation } from 'react-i18next';

/** The displayed answer for what the source does not say. */
export function Unknown() {
  const { t } = useTranslation();
  return <span className="unknown">{t('unknown')}</span>;
}

/** A value, or "unknown" when it is null. */
export function OrUnknown({ value }: { value: string | null | undefined }) {
  return value == null ? <Unknown /> : <>{value}</>;
}
