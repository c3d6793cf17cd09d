import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache: main.tsx starts the dataset's load in it before React renders. */
export const queryClient = new QueryClient();
