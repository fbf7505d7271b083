/** Called now and then during long computations, so a worker can report how far it is. */
export type Progress = (done: number, total: number) => void;
