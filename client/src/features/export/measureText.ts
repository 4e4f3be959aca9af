let measuring: CanvasRenderingContext2D | null = null;

/**
 * The width of `text` in `font`, from one shared canvas context: the export's
 * layout and its readable search must measure labels the same way.
 */
export function measureText(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 10;
  measuring.font = font;
  return measuring.measureText(text).width;
}
