import { useArticleSourceLine } from '../features/reader/useArticleSourceLine.ts';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { useGraph } from '../graph/GraphContext.tsx';
import { useExplorerContext } from '../state/ExplorerContext.tsx';
import { Panel } from '../ui/Panel.tsx';
import { useThemeToken } from '../ui/useThemeToken.ts';

/** The export form over the canvas: the image's source line is the article's, its background the theme's. */
export function ExportPopover() {
  const { cy } = useGraph();
  const { say } = useExplorerContext();
  return (
    <div className="export-popover">
      <Panel title="Export">
        <ExportPanel
          cy={cy}
          sourceLine={useArticleSourceLine()}
          background={useThemeToken('--bg')}
          say={say}
        />
      </Panel>
    </div>
  );
}
