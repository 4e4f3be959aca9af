import type { NodeShape } from '../graph/entityStyles.ts';

/** Polygon points on a 16×16 box for each node shape, so the legend matches the canvas. */
function points(shape: NodeShape): string | null {
  switch (shape) {
    case 'ellipse':
    case 'round-rectangle':
    case 'barrel':
      return null;
    case 'diamond':
      return '8,1 15,8 8,15 1,8';
    case 'round-hexagon':
      return '4,1 12,1 15,8 12,15 4,15 1,8';
    case 'round-triangle':
      return '8,1 15,15 1,15';
    case 'star':
      return '8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6';
    case 'round-tag':
      return '1,2 11,2 15,8 11,14 1,14';
    case 'round-pentagon':
      return '8,1 15,6 12,15 4,15 1,6';
    case 'round-octagon':
      return '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5';
    case 'vee':
      return '1,1 8,6 15,1 8,15';
    case 'rhomboid':
      return '4,2 15,2 12,14 1,14';
    case 'round-heptagon':
      return '8,1 14,4 15,10 11,15 5,15 1,10 2,4';
    case 'concave-hexagon':
      return '1,2 15,2 12,8 15,14 1,14 4,8';
    case 'cut-rectangle':
      return '4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5';
  }
}

export function ShapeSwatch({ shape, color }: { shape: NodeShape; color: string }) {
  const polygon = points(shape);
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {polygon ? (
        <polygon points={polygon} fill={color} />
      ) : shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={color} />
      ) : (
        <rect x="1" y="2" width="14" height="12" rx="3" fill={color} />
      )}
    </svg>
  );
}

export function LineSwatch({ color, lineStyle }: { color: string; lineStyle: string }) {
  const dash = lineStyle === 'dashed' ? '5 3' : lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}
