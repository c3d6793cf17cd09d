import { describe, expect, it } from 'vitest';
import { CROWDED_MIN_ELEMENTS, isCrowded } from '../domain/graph/crowdedGraph.ts';
import { NEIGHBOURHOOD_MAX_ZOOM, neighbourhoodViewport } from './graphViewport.ts';

describe('neighbourhoodViewport', () => {
  it('frames the entity and its neighbours, centred between them', () => {
    const view = neighbourhoodViewport(
      800,
      600,
      [0, 0],
      [
        [400, 0],
        [0, -200],
      ],
      40,
      0.75,
    );
    // 720 px for 400 units across, 520 px for 200 units down: the width decides.
    expect(view).toEqual({ zoom: 1.8, x: 200, y: -100 });
  });

  it('does not zoom in past the cap for a close pair', () => {
    expect(neighbourhoodViewport(800, 600, [0, 0], [[10, 0]], 40, 0.75).zoom).toBe(
      NEIGHBOURHOOD_MAX_ZOOM,
    );
  });

  it('when the neighbourhood is too wide to read, centres on the entity at the zoom where labels show', () => {
    const hub = neighbourhoodViewport(
      800,
      600,
      [50, 60],
      [
        [-5000, 0],
        [5000, 0],
      ],
      40,
      0.75,
    );
    expect(hub).toEqual({ zoom: 0.75, x: 50, y: 60 });
  });
});

describe('the overview threshold', () => {
  it('counts a graph above 2,000 visible elements as an overview', () => {
    expect(CROWDED_MIN_ELEMENTS).toBe(2000);
    expect(isCrowded(2000)).toBe(false);
    expect(isCrowded(2001)).toBe(true);
  });
});
