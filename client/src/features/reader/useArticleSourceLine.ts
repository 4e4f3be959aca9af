import { useArticles } from '../../api/resources.ts';
import { articleSourceText } from '../../domain/articleSource.ts';

/**
 * "Source: <outlet>, <date>" of the article the graph is drawn from (the
 * first the API lists), for exported images; empty until the list arrives,
 * and an image without a source line is better than one with a wrong one.
 */
export function useArticleSourceLine(): string {
  const articles = useArticles();
  const first = articles.status === 'ready' ? articles.data[0] : undefined;
  return first ? `Source: ${articleSourceText(first)}` : '';
}
