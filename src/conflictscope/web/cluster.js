// Marker clustering in screen space: at a given zoom, points closer than `radius` pixels to a
// cluster's seed join it. Seeds are taken in order of fatalities (the deadliest events anchor their
// neighbourhood), and a grid of radius-sized cells keeps the search local, so this is linear in the
// number of points.

export function clusterPoints(points, project, radius) {
  const order = points.slice().sort((a, b) => (b.fatalities - a.fatalities) || (a.id < b.id ? -1 : 1));
  const grid = new Map();
  const clusters = [];
  const cellOf = (x, y) => `${Math.floor(x / radius)}:${Math.floor(y / radius)}`;
  for (const point of order) {
    const p = project(point);
    const cx = Math.floor(p.x / radius);
    const cy = Math.floor(p.y / radius);
    let best = null;
    let bestDistance = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = grid.get(`${cx + dx}:${cy + dy}`);
        if (!cell) continue;
        for (const cluster of cell) {
          const distance = Math.hypot(cluster.x - p.x, cluster.y - p.y);
          if (distance <= radius && distance < bestDistance) {
            best = cluster;
            bestDistance = distance;
          }
        }
      }
    }
    if (best) {
      best.members.push(point);
    } else {
      const cluster = { x: p.x, y: p.y, seed: point, members: [point] };
      clusters.push(cluster);
      const key = cellOf(p.x, p.y);
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(cluster);
    }
  }
  return clusters;
}

// Summary of a cluster: event count, total fatalities and the most frequent event type.
export function summarize(members) {
  const types = new Map();
  let fatalities = 0;
  for (const m of members) {
    fatalities += m.fatalities || 0;
    types.set(m.event_type, (types.get(m.event_type) || 0) + 1);
  }
  let dominant = null;
  let most = -1;
  for (const [type, n] of types) {
    if (n > most) {
      dominant = type;
      most = n;
    }
  }
  return { count: members.length, fatalities, dominant };
}
