import { detectCommunities, type CommunityGraph } from '../domain/overview/detectCommunities.ts';

// Finds a large dataset's communities off the main thread; see communitiesInWorker.
self.onmessage = (event: MessageEvent<CommunityGraph>) => {
  self.postMessage(detectCommunities(event.data));
};
