// The browser half of /posters/ "a poster for a new place": fills a copy of the chosen campaign's poster with
// the typed place, the short address plus the place's code, and a QR code of that address. The QR library
// loads only now (about 10 KB), so the page's first load stays small; nothing leaves the browser.
import { placeCode } from '../lib/place-code.js';

const fill = (sheet: Element, name: string) => sheet.querySelectorAll<HTMLElement>(`[data-fill="${name}"]`);

export async function makePoster(form: HTMLFormElement): Promise<void> {
  const placeInput = form.elements.namedItem('place') as HTMLInputElement;
  const campaign = (form.elements.namedItem('campaign') as HTMLSelectElement).value;
  const error = form.querySelector<HTMLElement>('#maker-place-error')!;
  const status = form.querySelector<HTMLElement>('.maker-status')!;
  const place = placeInput.value.trim();
  const output = document.querySelector<HTMLElement>('.maker-output')!;
  error.hidden = place !== '';
  placeInput.setAttribute('aria-invalid', String(!place));
  if (!place) {
    output.hidden = true;
    status.textContent = '';
    placeInput.focus();
    return;
  }
  const template = document.querySelector<HTMLTemplateElement>(`template[data-campaign="${CSS.escape(campaign)}"]`)!;
  const code = placeCode(place);
  // "?CODE": static hosts ignore it and serve the campaign's short page; their access log keeps it.
  const url = `${template.dataset.url}?${code}`;
  let svg: string;
  try {
    const QRCode = (await import('qrcode')).default;
    // Upper case, as the build's QR codes (src/lib/short-links.ts): scheme and host ignore case.
    svg = await QRCode.toString(url.toUpperCase(), { type: 'svg', errorCorrectionLevel: 'Q', margin: 4 });
  } catch {
    status.textContent = status.dataset.failedText!;
    return;
  }
  const sheet = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  sheet.setAttribute('aria-label', place);
  for (const el of fill(sheet, 'place')) el.textContent = `${place} · ${template.dataset.codeText!.replace('{code}', code)}`;
  for (const el of fill(sheet, 'address')) el.textContent = url.replace(/^https?:\/\//, '');
  for (const el of fill(sheet, 'qr')) {
    el.innerHTML = svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
    el.dataset.url = url;
    el.setAttribute('aria-label', el.getAttribute('aria-label')!.replace('{url}', url));
  }
  output.querySelector('.sheets')!.replaceChildren(sheet);
  output.hidden = false;
  status.textContent = status.dataset.madeText!.replace('{code}', code);
}
