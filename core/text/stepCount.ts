/** "1 step", "2 steps": a count of steps as a sentence says it. */
export const stepCount = (count: number): string => `${count} ${count === 1 ? 'step' : 'steps'}`;
