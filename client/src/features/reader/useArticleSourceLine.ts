import { useApi } from '../../api/ApiContext.tsx';
import { useResource } from '../../api/useResource.ts';

/**
 * "Source: <outlet>, <date>" of the article the graph is drawn from (the
 * first the API lists), for exported images; empty until the list arrives,
 * and an image without a source line is better than one with a wrong one.
 */
export function useArticleSourceLine(): string {
  const api = useApi();
  const articles = useResource('articles', (signal) => api.articles(signal));
  const first = articles.status === 'ready' ? articles.data[0] : undefined;
  return first ? `Source: ${first.outlet}, ${first.publishedAt.slice(0, 10)}` : '';
}
