/**
 * A small grid clustering (no markercluster package): points that fall in the same screen cell become
 * one cluster, then clusters of neighbouring cells closer than a cell merge, so no two badges overlap.
 * Near-linear time, so 5,000 workstations re-cluster on every zoom without a pause.
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
  const clusters = [...cells.values()];
  // A merged cluster moves, and may come close to one already compared: repeat until nothing merges.
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < clusters.length; i++) {
      const a = clusters[i]!;
      for (let j = i + 1; j < clusters.length; j++) {
        const b = clusters[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) >= cellSize) continue;
        const n = a.members.length + b.members.length;
        a.x += ((b.x - a.x) * b.members.length) / n;
        a.y += ((b.y - a.y) * b.members.length) / n;
        a.members.push(...b.members);
        clusters.splice(j--, 1);
        merged = true;
      }
    }
  }
  return clusters;
}
