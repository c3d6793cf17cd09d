import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Explorer } from './Explorer.tsx';

const queryClient = new QueryClient();

/** The composition root: providers around the explorer. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Explorer />
    </QueryClientProvider>
  );
}
