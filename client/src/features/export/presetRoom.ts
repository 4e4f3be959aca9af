/**
 * A preset image's graph room and legend (frame.ts lays out the rest): the
 * legend goes below the graph, or beside it where the preset allows and the
 * graph gains from it, and shrinks to take at most LEGEND_MAX_SHARE of the
 * image, but never below the preset's readable size.
 */
import {
  LEGEND_MAX_SHARE,
  LEGEND_SIZES,
  legendBelow,
  legendBeside,
  type LegendBlock,
  type Measure,
} from './legendLayout.ts';

export interface PresetRequest {
  /** The drawn graph's bounds in model units. */
  graph: { w: number; h: number };
  legend: readonly string[];
  measure: Measure;
  size: {
    width: number;
    height: number;
    unit: number;
    /** Pixels per 1× pixel of the legend, when its type follows the graph's labels (frame.ts). */
    legendUnit?: number;
    /**
     * The least the legend may shrink to: its type stays at least the
     * preset's readable label size, even if it then takes more than
     * LEGEND_MAX_SHARE (the export's notice says so).
     */
    legendMinUnit?: number;
    legendBeside?: boolean;
  };
  /** What margins, title and source lines leave, in image pixels. */
  room: Room;
  /** Between the graph and a legend below it. */
  gap: number;
  /** Between the graph and a legend beside it. */
  besideGap: number;
  fontStack: string;
}

export interface Room {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Arrangement {
  room: Room;
  legend: LegendBlock | null;
  legendAt: { x: number; y: number };
  scale: number;
  /** The most the graph may take beside the legend, in image pixels (room is what it does take). */
  available: { w: number; h: number };
}

/** Shrink steps tried until a preset's legend takes at most LEGEND_MAX_SHARE of the image. */
const SHRINK_STEPS = [1, 0.9, 0.8, 0.7, LEGEND_SIZES.minShrink];

/**
 * A preset's graph room and legend: the legend below the graph, or beside it
 * when the preset allows that and it leaves the graph a larger scale. Either
 * way the legend is shrunk (down to LEGEND_SIZES.minShrink, or to the
 * preset's readable size) until it takes at most LEGEND_MAX_SHARE of the image.
 */
export function arrangePreset(request: PresetRequest): Arrangement {
  const { size, room, gap, fontStack } = request;
  const { unit } = size;
  const legendUnit = size.legendUnit ?? unit;
  const fits = (block: LegendBlock) =>
    block.w * block.h <= LEGEND_MAX_SHARE * size.width * size.height;
  const scaleIn = (r: Room) =>
    Math.min(
      Math.max(r.w, 1) / Math.max(request.graph.w, 1),
      Math.max(r.h, 1) / Math.max(request.graph.h, 1),
      2 * unit,
    );
  if (request.legend.length === 0)
    return {
      room,
      legend: null,
      legendAt: { x: room.x, y: room.y },
      scale: scaleIn(room),
      available: { w: room.w, h: room.h },
    };
  const least = size.legendMinUnit ?? legendUnit * LEGEND_SIZES.minShrink;
  const units = [...new Set(SHRINK_STEPS.map((k) => Math.max(legendUnit * k, least)))];
  const shrunk = (make: (u: number) => LegendBlock) =>
    units.map(make).find(fits) ?? make(units.at(-1) ?? least);
  const below = shrunk((u) => legendBelow(request.legend, room.w, u, fontStack, request.measure));
  const belowRoom = { ...room, h: room.h - below.h - gap };
  const belowScale = scaleIn(belowRoom);
  // The graph and its legend stay together, the pair centred in the room: a
  // landscape graph on a portrait page leaves no gap between them.
  const drawnHeight = request.graph.h * belowScale;
  const top = room.y + (room.h - (drawnHeight + gap + below.h)) / 2;
  const options: Arrangement[] = [
    {
      room: { ...room, y: top, h: drawnHeight },
      legend: below,
      legendAt: { x: room.x, y: top + drawnHeight + gap },
      scale: belowScale,
      available: { w: belowRoom.w, h: belowRoom.h },
    },
  ];
  if (size.legendBeside) {
    const beside = shrunk((u) =>
      legendBeside(request.legend, room.h, u, fontStack, request.measure),
    );
    const besideRoom = { ...room, w: room.w - beside.w - request.besideGap };
    if (beside.h <= room.h && besideRoom.w > room.w / 2)
      options.push({
        room: besideRoom,
        legend: beside,
        legendAt: { x: room.x + room.w - beside.w, y: room.y },
        scale: scaleIn(besideRoom),
        available: { w: besideRoom.w, h: besideRoom.h },
      });
  }
  return options.reduce((best, option) => (option.scale > best.scale ? option : best));
}
