import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import type { Communities } from '../domain/overview/assignGroups.ts';
import type { CommunityGraph } from '../domain/overview/detectCommunities.ts';

/** Only ids and ends go to the worker: copying the evidence would cost more than the work. */
export function communityGraphOf(dataset: Dataset): CommunityGraph {
  return {
    entities: dataset.entities.map((e) => ({ id: e.id })),
    relations: dataset.relations.map((r) => ({ source: r.source, target: r.target })),
  };
}

/** Finds a dataset's communities (Louvain) in a worker, so the page stays responsive. */
export function communitiesInWorker(dataset: Dataset): Promise<Communities> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./communityWorker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<Communities>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Finding communities failed: ${event.message}`));
    };
    worker.postMessage(communityGraphOf(dataset));
  });
}
