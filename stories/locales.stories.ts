import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/index.js';
import { createDemoService } from '../src/adapters/demo-service.js';
import type { AgentLogin } from '../src/elements/agent-login/agent-login.js';
import { SUPPORTED_LOCALES, directionOf, type Locale } from '../src/i18n/terms.js';

interface Args {
  colorScheme: '' | 'light' | 'dark';
  latencyMs: number;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Types an email on the first step and submits it, as an agent would, to show the password step. */
async function toPasswordStep(el: AgentLogin, address: string): Promise<void> {
  for (let i = 0; i < 100 && el.step !== 'email'; i++) await wait(20);
  await el.updateComplete;
  const find = (selector: string) =>
    el.querySelector<HTMLElement>(`[data-agent-login-credentials] ${selector}`) ?? el.shadowRoot!.querySelector<HTMLElement>(selector);
  const input = find('input[name="username"]') as HTMLInputElement | null;
  if (!input) return;
  input.value = address;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  (find('form') as HTMLFormElement | null)?.requestSubmit();
}

/** One `<agent-login>` on the demo service, in `locale`; `email` drives it to the password step. */
function inLocale(locale: Locale, email?: string) {
  return ({ colorScheme, latencyMs }: Args) => html`<div style="max-inline-size: 420px">
    <agent-login
      .service=${createDemoService({ latencyMs })}
      lang=${locale}
      color-scheme=${colorScheme || 'light'}
      ${ref((el) => el && email && void toPasswordStep(el as AgentLogin, email))}
    ></agent-login>
  </div>`;
}

const meta: Meta<Args> = {
  title: 'Localisation/Locales',
  component: 'agent-login',
  args: { colorScheme: '', latencyMs: 300 },
  argTypes: { colorScheme: { control: 'select', options: ['', 'light', 'dark'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** English, the source locale, bundled with the elements. */
export const English: Story = { render: inLocale('en') };

/** Portuguese (Brazil), in the wording of the Agent Desktop help: "Iniciar sessão". */
export const PortugueseBrazil: Story = { name: 'Português (Brasil)', render: inLocale('pt-BR') };

/** Spanish, polite "usted": "Iniciar sesión", "extensión", "número de marcación". */
export const Spanish: Story = { name: 'Español', render: inLocale('es') };

/** French, with the no-break spaces of French typography: "Connexion", "poste", "numéro de composition". */
export const French: Story = { name: 'Français', render: inLocale('fr') };

/** German, formal "Sie": "Anmelden", "Nebenstelle", "Rufnummer". */
export const German: Story = { name: 'Deutsch', render: inLocale('de') };

/** Italian: "Accedi", "interno", "numero di composizione". */
export const Italian: Story = { name: 'Italiano', render: inLocale('it') };

/** Dutch, formal "u": "Aanmelden", "toestel", "kiesnummer". */
export const Dutch: Story = { name: 'Nederlands', render: inLocale('nl') };

/** Japanese, polite です・ます with full-width punctuation: サインイン, 内線, ダイヤル番号. */
export const Japanese: Story = { name: '日本語', render: inLocale('ja') };

/** Simplified Chinese with full-width punctuation: 登录, 分机, 拨号号码. */
export const ChineseSimplified: Story = { name: '简体中文', render: inLocale('zh-CN') };

/** Korean, polite 해요체: 로그인, 내선, 다이얼 번호. */
export const Korean: Story = { name: '한국어', render: inLocale('ko') };

/** Arabic, right to left: the card mirrors; Latin digits as in phone numbers. */
export const Arabic: Story = { name: 'العربية', render: inLocale('ar') };

/** Hebrew, right to left, gender-neutral wording ("יש להזין"). */
export const Hebrew: Story = { name: 'עברית', render: inLocale('he') };

/** Right to left with left-to-right values: on the Arabic password step the email and the shortcut keep their order. */
export const RightToLeft: Story = { render: inLocale('ar', 'agent@demo.example') };

/** Every locale side by side, for reviewing length and layout at a glance; RTL ones mirror. */
export const AllLocales: Story = {
  render: ({ colorScheme, latencyMs }: Args) => html`<div
    style="display: grid; gap: 24px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr))"
  >
    ${SUPPORTED_LOCALES.map(
      (locale) => html`<figure style="margin: 0" dir=${directionOf(locale)}>
        <figcaption><code>${locale}</code></figcaption>
        <agent-login .service=${createDemoService({ latencyMs })} lang=${locale} color-scheme=${colorScheme || 'light'}></agent-login>
      </figure>`,
    )}
  </div>`,
};
