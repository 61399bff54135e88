import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), never through a `style` attribute.
 * A strict CSP (`style-src 'self'`, no `unsafe-inline`) blocks style attributes, which is what
 * Lit's `styleMap` writes on first render; CSSOM writes are allowed. Use in element position:
 * `<div ${cssomStyle({ 'block-size': '40px' })}>`. Property names are CSS (kebab-case) names.
 */
class CssomStyle extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() must be used in element position');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
