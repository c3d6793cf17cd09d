import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useViewStore } from '../store/useViewStore.ts';
import { Explorer } from './Explorer.tsx';
import { queryClient } from './queryClient.ts';

/** The composition root: providers around the explorer. */
export function App() {
  const { t } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      {/* Each panel has its own boundary; this one catches what the layout itself throws. */}
      <ErrorBoundary name={t('app.panel.explorer')} onReset={useViewStore.getState().resetView}>
        <Explorer />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
