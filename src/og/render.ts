/**
 * Renders an Open Graph card's SVG to PNG at build time with resvg (a native module shipped by npm).
 * Fonts come from the dejavu-fonts-ttf package, never from the system or the network, so every
 * machine draws the same pixels.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { OG_FONT_FAMILY, OG_WIDTH } from './card.ts';

const require = createRequire(import.meta.url);

/** Absolute paths of the two faces the card uses. */
const OG_FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];

const OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [...OG_FONT_FILES],
    defaultFontFamily: OG_FONT_FAMILY,
  },
  fitTo: { mode: 'width', value: OG_WIDTH },
  // Text and shapes are antialiased by default; the card needs nothing else.
};

/** The PNG of `svg`, 1200 pixels wide. */
export function renderOgPng(svg: string): Buffer {
  return new Resvg(svg, OPTIONS).render().asPng();
}
