import type { Excursion } from '../../core/index.ts';

/** Words for where a path leaves the view: "left the view at step 2, came back at step 3". */
export function excursionText(excursions: readonly Excursion[]): string {
  if (excursions.length === 0) return '';
  const one = ({ left, cameBack }: Excursion) =>
    left === 0
      ? `starts outside the view${cameBack === null ? '' : `, came in at step ${cameBack}`}`
      : `left the view at step ${left}${cameBack === null ? '' : `, came back at step ${cameBack}`}`;
  if (excursions.length <= 2) return excursions.map(one).join('; ');
  const last = excursions[excursions.length - 1]!;
  return `left the view ${excursions.length} times (first at step ${excursions[0]!.left})${last.cameBack === null ? ', ends outside' : ''}`;
}
