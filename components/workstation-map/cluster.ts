/**
 * A small grid clustering (no markercluster package): points that fall in the same screen cell become
 * one cluster. Linear time, so 5,000 workstations re-cluster on every zoom without a pause.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Cluster<T> {
  /** Mean screen position of the members. */
  x: number;
  y: number;
  members: T[];
}

export function gridCluster<T>(items: readonly T[], project: (item: T) => Point, cellSize = 60): Cluster<T>[] {
  const cells = new Map<string, Cluster<T>>();
  for (const item of items) {
    const { x, y } = project(item);
    const key = `${Math.floor(x / cellSize)}:${Math.floor(y / cellSize)}`;
    const cell = cells.get(key);
    if (cell) {
      const n = cell.members.push(item);
      cell.x += (x - cell.x) / n;
      cell.y += (y - cell.y) / n;
    } else {
      cells.set(key, { x, y, members: [item] });
    }
  }
  return [...cells.values()];
}
