/** What is wrong with Node `actual` for the range `required` (">=X[.Y[.Z]]"), or null when it will do. */
export function nodeProblem(required: string, actual: string): string | null;
