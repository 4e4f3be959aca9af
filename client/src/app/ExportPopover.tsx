import { lazy } from 'react';
import { useArticleSourceLine } from '../features/reader/useArticleSourceLine.ts';
import { useGraph } from '../graph/GraphContext.tsx';
import { useExplorerContext } from '../state/ExplorerContext.tsx';
import { LazyPart } from '../ui/LazyPart.tsx';
import { Panel } from '../ui/Panel.tsx';
import { useThemeToken } from '../ui/useThemeToken.ts';

// Export (every format, and canvas2svg) loads when the export form first opens, not on the first visit.
const ExportPanel = lazy(() =>
  import('../features/export/ExportPanel.tsx').then(({ ExportPanel }) => ({
    default: ExportPanel,
  })),
);

/** The export form over the canvas: the image's source line is the article's, its background the theme's. */
export function ExportPopover() {
  const { cy, tracker } = useGraph();
  const { say } = useExplorerContext();
  const sourceLine = useArticleSourceLine();
  const background = useThemeToken('--bg');
  return (
    <div className="export-popover">
      <Panel title="Export">
        <LazyPart what="the export form">
          <ExportPanel
            cy={cy}
            tracker={tracker}
            sourceLine={sourceLine}
            background={background}
            say={say}
          />
        </LazyPart>
      </Panel>
    </div>
  );
}
