import QRCode from 'qrcode';

/**
 * Print and picture parts of the plan, loaded only when the worker taps 「打印」 or 「存成图片」: the QR code of
 * the check page (the same encoder the site's posters use) and the plan drawn on a canvas as a PNG, made on
 * the phone (nothing is uploaded), for WeChat, whose browser often ignores window.print() (plan-picture.ts shows it).
 */

/** The QR code of `text` as one SVG path in module units (with a 4-module quiet zone). */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const margin = 4;
  let path = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + margin} ${row + margin}h1v1h-1z`;
  return { size: modules.size + 2 * margin, path };
}

export const PICTURE_WIDTH = 720;
const PAD = 32;
const TEXT = 26;
const HEADING = 30;
const LINE = 1.5;

/** Splits `text` into lines that fit `width`: at any character in Chinese, at spaces in English. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const tokens = /[\u3400-\u9fff]/.test(text) ? [...text] : text.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && context.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PictureOptions {
  /** Small lines at the end: the check page's address and the date made. */
  footer: string[];
  /** The address the QR code at the bottom opens. */
  link: string;
  font: string;
}

/** Draws the plan's lines on a canvas, PICTURE_WIDTH wide and as tall as they need. */
export function drawPlan(lines: { heading?: boolean; text: string }[], options: PictureOptions): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const inner = PICTURE_WIDTH - 2 * PAD;
  const fontOf = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${options.font}`;
  // Lay out first, to know the height, then draw.
  const laid: { font: string; size: number; text: string; gap: number }[] = [];
  for (const [index, line] of lines.entries()) {
    const size = line.heading ? HEADING : TEXT;
    context.font = fontOf(size, line.heading);
    for (const [i, text] of wrap(context, line.text, inner).entries())
      laid.push({ font: context.font, size, text, gap: i === 0 && line.heading && index > 0 ? size * 0.6 : 0 });
  }
  for (const text of options.footer) {
    context.font = fontOf(20);
    for (const piece of wrap(context, text, inner)) laid.push({ font: context.font, size: 20, text: piece, gap: 0 });
  }
  const qr = qrPath(options.link);
  const qrScale = 5;
  const height = Math.ceil(PAD * 2 + laid.reduce((sum, l) => sum + l.gap + l.size * LINE, 0) + qr.size * qrScale);
  canvas.width = PICTURE_WIDTH;
  canvas.height = height;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1f2328';
  context.textBaseline = 'top';
  let y = PAD;
  for (const line of laid) {
    y += line.gap;
    context.font = line.font;
    context.fillText(line.text, PAD, y + (line.size * (LINE - 1)) / 2);
    y += line.size * LINE;
  }
  // The QR code at the bottom, its quiet zone aligned with the text's margin.
  context.fillStyle = '#000000';
  context.translate(PAD - 4 * qrScale, y);
  context.scale(qrScale, qrScale);
  context.fill(new Path2D(qr.path));
  return canvas;
}
