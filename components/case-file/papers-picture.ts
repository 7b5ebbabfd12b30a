import { drawPlan } from '../eligibility/plan-print.js';
import { paperText, type Paper } from './papers/index.js';

/**
 * Each paper as a PNG made on the phone (the checker's picture drawer, with the page's QR code), shown in
 * the page for a long press: WeChat's browser often ignores print and downloads. Nothing is uploaded.
 */
export async function paperPictures(papers: Paper[], link: string, font: string): Promise<string[]> {
  return Promise.all(
    papers.map(async (paper) => {
      const lines = paperText(paper);
      const canvas = drawPlan(
        lines.slice(0, -1).map((text, i) => ({ heading: i === 0, text })),
        { footer: [lines.at(-1)!], link, font },
      );
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the canvas gave no PNG');
      return URL.createObjectURL(blob);
    }),
  );
}
