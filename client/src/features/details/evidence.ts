/** Where the reader should go: one quote's span in one article. */
export interface EvidenceFocus {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
  /** Changes on each request, so asking twice for the same span scrolls again. */
  nonce: number;
}

let counter = 0;

export function evidenceFocus(e: {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
}): EvidenceFocus {
  counter += 1;
  return {
    articleId: e.articleId,
    sentenceIndex: e.sentenceIndex,
    start: e.start,
    end: e.end,
    nonce: counter,
  };
}
