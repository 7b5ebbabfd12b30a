import { LaRightsFaq } from './rights-faq.js';

LaRightsFaq.define('la-rights-faq');

declare global {
  interface HTMLElementTagNameMap {
    'la-rights-faq': LaRightsFaq;
  }
}
