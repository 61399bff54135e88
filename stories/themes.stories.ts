import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../themes/momentum.css';
import '../themes/harbor.css';
import '../themes/sunrise.css';
import { createDemoService } from '../src/adapters/demo-service.js';

interface Args {
  colorScheme: 'light' | 'dark';
}

const themed = (theme: string) => ({ colorScheme }: Args) =>
  html`<div style="max-inline-size: 420px">
    <agent-login class=${theme} color-scheme=${colorScheme} lang="en" .service=${createDemoService()}></agent-login>
  </div>`;

const meta: Meta<Args> = {
  title: 'Theming/Themes',
  component: 'agent-login',
  args: { colorScheme: 'light' },
  argTypes: { colorScheme: { control: 'inline-radio', options: ['light', 'dark'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in look: no theme class. */
export const Default: Story = { render: themed('') };

/** Close to Cisco's Momentum look: Inter, pill buttons, near-black primary actions (`themes/momentum.css`). */
export const Momentum: Story = { render: themed('agent-login-theme-momentum') };

/** Momentum in dark. */
export const MomentumDark: Story = { args: { colorScheme: 'dark' }, render: themed('agent-login-theme-momentum') };

/** A calm teal theme with square corners (`themes/harbor.css`). */
export const Harbor: Story = { render: themed('agent-login-theme-harbor') };

/** A warm, rounded theme with generous spacing (`themes/sunrise.css`). */
export const Sunrise: Story = { render: themed('agent-login-theme-sunrise') };
