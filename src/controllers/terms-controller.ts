import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  directionOf,
  loadTerms,
  loadedTerms,
  matchLocale,
  translate,
  SOURCE_LOCALE,
  type Locale,
  type TermArgs,
  type TermKey,
} from '../i18n/terms.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<TermsController>();
let documentObserver: MutationObserver | undefined;

/** One observer for the whole light DOM: any `lang` change re-resolves every live element. */
function watchDocument(): void {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` attribute from an element up, crossing shadow roots. */
export function closestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Gives an element its localised terms. The language is the element's `lang`, else the closest
 * ancestor's (crossing shadow roots), else the browser's. Changing `lang` anywhere re-renders in
 * place; a locale that is not loaded yet renders in English until its chunk arrives.
 */
export class TermsController implements ReactiveController {
  private readonly host: Host;
  private observer?: MutationObserver;
  private current: Locale = SOURCE_LOCALE;
  private ready: Promise<void> = Promise.resolve();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The locale in use, e.g. `pt-BR`. */
  get locale(): Locale {
    return this.current;
  }

  /** Text direction of the locale in use. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.current);
  }

  /** Resolves when the active locale's catalogue has loaded. */
  get updateComplete(): Promise<void> {
    return this.ready;
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    this.observer ??= new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.observer?.disconnect();
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const locale = matchLocale(closestLang(this.host) ?? (typeof navigator === 'undefined' ? null : navigator.language));
    if (locale === this.current && loadedTerms(locale)) return;
    this.current = locale;
    if (loadedTerms(locale)) {
      this.host.requestUpdate();
      return;
    }
    this.ready = loadTerms(locale).then(
      () => {
        if (this.current === locale) this.host.requestUpdate();
      },
      () => undefined, // a chunk that fails to load leaves the element in English
    );
  }

  /** The term in the active locale (English until the locale has loaded). */
  t<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const terms = loadedTerms(this.current) ?? loadedTerms(SOURCE_LOCALE)!;
    return translate(terms, key, ...args);
  }
}
