import type { FrameSize } from './frame.ts';

export type SizeChoice = 'fit' | 'social' | 'slide' | 'a4';

export interface SizePreset {
  label: string;
  width: number;
  height: number;
  /**
   * How many pixels stand for one pixel of the 1× design (margins, text):
   * chosen so the text reads at the size each preset is seen at. A4 at
   * 300 dpi is 300 / 96 of a 96-dpi screen pixel.
   */
  unit: number;
  /**
   * The smallest entity or relationship label that reads at the size the
   * image is seen at, in the image's own pixels. The export squeezes or
   * spreads the layout until every label is at least this tall (see
   * readableFit.ts), and sizes the legend's text from it.
   */
  labelPx: number;
  /**
   * The legend may sit beside the graph (when it leaves the graph more room);
   * otherwise it goes below, which suits the card and the portrait page.
   */
  legendBeside: boolean;
}

export const SIZE_PRESETS: Record<Exclude<SizeChoice, 'fit'>, SizePreset> = {
  social: {
    label: 'Social card, 1200 × 675',
    width: 1200,
    height: 675,
    unit: 1.5,
    // A feed shows the card about half size on a phone: 12 px there is the least that still reads.
    labelPx: 12,
    legendBeside: true,
  },
  slide: {
    label: 'Slide, 1920 × 1080',
    width: 1920,
    height: 1080,
    unit: 2,
    // 14 px at 1920 × 1080: text a projector's audience reads from the back of a small room.
    labelPx: 14,
    legendBeside: true,
  },
  a4: {
    label: 'A4 print, 300 dpi (2480 × 3508)',
    width: 2480,
    height: 3508,
    unit: 300 / 96,
    // 7 pt on paper, the smallest print type a graphic desk uses: 7 / 72 inch at 300 dpi.
    labelPx: (7 / 72) * 300,
    legendBeside: false,
  },
};

export const SIZE_CHOICES: { value: SizeChoice; label: string }[] = [
  { value: 'fit', label: 'The graph’s own size' },
  ...(Object.entries(SIZE_PRESETS) as [Exclude<SizeChoice, 'fit'>, SizePreset][]).map(
    ([value, preset]) => ({ value, label: preset.label }),
  ),
];

/** The frame size for a choice; `scale` only matters for "fit". */
export function frameSize(choice: SizeChoice, scale: number): FrameSize {
  if (choice === 'fit') return { kind: 'fit', scale };
  const { width, height, unit, labelPx, legendBeside } = SIZE_PRESETS[choice];
  return { kind: 'preset', width, height, unit, labelPx, legendBeside };
}
