// Given to gray-matter in the browser bundle (scripts/bundleOptions.mjs, grayMatterInBrowser), which keeps each
// text it reads as `file.orig = Buffer.from(text)` (lib/utils.js toBuffer) and asks whether its input is a
// Buffer: the web worker host has no Buffer. The extension never reads `orig`; its bytes as a Uint8Array are
// what Buffer.from would hold.
const encoder = new TextEncoder();

export const Buffer = {
  from: (text) => encoder.encode(text),
  isBuffer: () => false,
};
